//! Routing: which behavior of a distribution a request path hits, what that behavior sends it
//! to, and which behaviors never apply.
//!
//! CloudFront compares a request's path with the behaviors' path patterns in order and applies
//! the first that matches, the default behavior last ([`PathPattern`] says what matching
//! means). A behavior whose pattern is covered by an earlier one never applies: the rule
//! `unreachable-behavior` warns about it, at compile time and in `synth()`.

mod format;
pub(crate) mod pattern;
mod route;
mod table;

pub use pattern::{Coverage, PathPattern};
pub use route::{EdgeAssociation, EdgeHandler, Route, RouteError, RouteTarget};
pub use table::{BehaviorRow, DistributionRouting, RoutingTable, TemplateError};

#[cfg(test)]
mod pattern_properties;
