//! Procedural macros of [cloudfront-dsl](https://docs.rs/cloudfront-dsl): they parse the
//! CDK-like syntax, run the rule set of `cloudfront-model` on its literal parts (reporting every
//! violation at its token), and expand to calls of the model's constructors.
//!
//! Use them through the `cloudfront-dsl` crate, which documents them.

mod construct;
mod diag;
mod expand;
mod lower;
mod parse;
mod value;

use std::panic::{AssertUnwindSafe, catch_unwind};

use cloudfront_model::distribution::DistributionProps;
use construct::{Construct, check_props, expand};
use proc_macro::TokenStream;

/// Runs an expansion; should it ever panic, the user gets a compile error instead of a
/// useless "proc macro panicked".
fn guarded(def: &Construct, input: TokenStream) -> TokenStream {
    let input: proc_macro2::TokenStream = input.into();
    match catch_unwind(AssertUnwindSafe(|| expand(def, input))) {
        Ok(tokens) => tokens.into(),
        Err(_) => {
            let message = format!(
                "internal error in `{}!`: please report it with this invocation",
                def.name
            );
            quote::quote!(::core::compile_error!(#message)).into()
        }
    }
}

const DISTRIBUTION: Construct = Construct {
    name: "distribution",
    schema: &DistributionProps::SCHEMA,
    check: check_props::<DistributionProps>,
    constructor: "distribution::Distribution::new",
    handle: "distribution::Distribution",
};

/// Declares a CloudFront distribution; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn distribution(input: TokenStream) -> TokenStream {
    guarded(&DISTRIBUTION, input)
}

#[cfg(test)]
mod robustness;
