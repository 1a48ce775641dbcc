//! What the procedural macros of [cloudfront-dsl](https://docs.rs/cloudfront-dsl) do: parse the
//! CDK-like syntax, run the rule set of `cloudfront-model` on its literal parts (reporting every
//! violation at its token), and expand to calls of the model's constructors.
//!
//! The `cloudfront-dsl-macros` crate is a thin shell over this one: a proc-macro crate cannot be
//! linked into another program, and the tests and the fuzz harness need to run every macro on
//! token streams of their own. Use the macros through the `cloudfront-dsl` crate, which
//! documents them.
//!
//! ```
//! use std::str::FromStr;
//! let input = proc_macro2::TokenStream::from_str(
//!     r#"stack, "myDist", { default_behavior: { origin: origins::HttpOrigin("www.example.com", { http_port: 22 }) } }"#,
//! ).unwrap();
//! let out = cloudfront_dsl_macros_core::find("distribution").unwrap().expand(input).to_string();
//! assert!(out.contains("compile_error") && out.contains("origin-port"));
//! ```

mod add_behavior;
mod construct;
mod diag;
mod expand;
#[doc(hidden)]
pub mod fuzz;
mod lower;
mod macros;
mod parse;
mod precheck;
mod shape;
mod stack_block;
mod value;
mod value_macro;

pub use macros::{MACROS, Macro, find, props_schema};

#[cfg(test)]
mod robustness;
