//! Routing: which behavior of a distribution a request path hits, what that behavior sends it
//! to, and which behaviors never apply.
//!
//! CloudFront compares a request's path with the behaviors' path patterns in order and applies
//! the first that matches, the default behavior last ([`PathPattern`] says what matching
//! means). A behavior whose pattern is covered by an earlier one never applies: the rule
//! `unreachable-behavior` warns about it, at compile time and in `synth()`.
//!
//! - [`Distribution::route`](crate::distribution::Distribution::route) gives the [`Route`] of a
//!   path: the behavior, its target, policies, what runs at the edge on each event, its viewer
//!   protocol policy; [`Distribution::routes`](crate::distribution::Distribution::routes) gives
//!   every behavior's.
//! - [`RoutingTable`] describes the distributions of a stack or of a template's JSON, as
//!   Markdown ([`RoutingTable::to_markdown`]) or as a Mermaid flowchart
//!   ([`RoutingTable::to_mermaid`]): what the command line's `routes` prints.
//!
//! A route is read from the distribution's props and bound origins, with the defaults its
//! template is written with. Each kind of target and of edge association is one variant of
//! [`RouteTarget`] and [`EdgeHandler`], and contributes to a route in one place, so a kind a
//! distribution gains (origin groups, Lambda@Edge) adds a variant and that place.

mod format;
pub(crate) mod pattern;
mod route;
mod table;

pub use pattern::{Coverage, PathPattern};
pub use route::{EdgeAssociation, EdgeHandler, Route, RouteError, RouteTarget};
pub use table::{BehaviorRow, DistributionRouting, RoutingTable, TemplateError};

#[cfg(test)]
mod pattern_properties;
