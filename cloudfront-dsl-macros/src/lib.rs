//! Procedural macros of [cloudfront-dsl](https://docs.rs/cloudfront-dsl): they parse the
//! CDK-like syntax, run the rule set of `cloudfront-model` on its literal parts (reporting every
//! violation at its token), and expand to calls of the model's constructors.
//!
//! This crate is a shell: what each macro does is in `cloudfront-dsl-macros-core`, a library the
//! tests and the fuzz harness link. Use the macros through the `cloudfront-dsl` crate, which
//! documents them.

use proc_macro::TokenStream;

/// Runs the macro `name` of the core crate; a panic (a bug) becomes a compile error.
fn run(name: &str, input: TokenStream) -> TokenStream {
    match cloudfront_dsl_macros_core::find(name) {
        Some(m) => m.expand_guarded(input.into()).into(),
        None => {
            let message = format!("internal error: no macro `{name}!` in the core crate");
            quote::quote!(::core::compile_error!(#message)).into()
        }
    }
}

/// Declares a CloudFront distribution; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn distribution(input: TokenStream) -> TokenStream {
    run("distribution", input)
}

/// Adds a behavior to a distribution after its creation; see the `cloudfront-dsl` crate.
#[proc_macro]
pub fn add_behavior(input: TokenStream) -> TokenStream {
    run("add_behavior", input)
}

/// Declares a web distribution (the CDK's `CloudFrontWebDistribution`); see the
/// `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn web_distribution(input: TokenStream) -> TokenStream {
    run("web_distribution", input)
}

/// Declares a cache policy; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn cache_policy(input: TokenStream) -> TokenStream {
    run("cache_policy", input)
}

/// Declares an origin request policy; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn origin_request_policy(input: TokenStream) -> TokenStream {
    run("origin_request_policy", input)
}

/// Declares a public key; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn public_key(input: TokenStream) -> TokenStream {
    run("public_key", input)
}

/// Declares a key group; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn key_group(input: TokenStream) -> TokenStream {
    run("key_group", input)
}

/// Declares a CloudFront function; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn function(input: TokenStream) -> TokenStream {
    run("function", input)
}

/// Declares a key value store; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn key_value_store(input: TokenStream) -> TokenStream {
    run("key_value_store", input)
}

/// Declares a Lambda function; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn lambda_function(input: TokenStream) -> TokenStream {
    run("lambda_function", input)
}

/// Declares an edge function (a Lambda function for Lambda@Edge); see the `cloudfront-dsl`
/// crate for the syntax.
#[proc_macro]
pub fn edge_function(input: TokenStream) -> TokenStream {
    run("edge_function", input)
}

/// Declares a response headers policy; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn response_headers_policy(input: TokenStream) -> TokenStream {
    run("response_headers_policy", input)
}

/// Declares an origin access control for S3 origins; see the `cloudfront-dsl` crate for the
/// syntax.
#[proc_macro]
pub fn s3_origin_access_control(input: TokenStream) -> TokenStream {
    run("s3_origin_access_control", input)
}

/// Declares an origin access control for Lambda function URL origins; see the
/// `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn function_url_origin_access_control(input: TokenStream) -> TokenStream {
    run("function_url_origin_access_control", input)
}

/// Declares a VPC origin; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn vpc_origin(input: TokenStream) -> TokenStream {
    run("vpc_origin", input)
}

/// Declares a real-time log configuration; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn realtime_log_config(input: TokenStream) -> TokenStream {
    run("realtime_log_config", input)
}

/// Declares an S3 bucket; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn bucket(input: TokenStream) -> TokenStream {
    run("bucket", input)
}

/// Declares a whole stack in one block, checked as a whole; see the `cloudfront-dsl` crate for
/// the syntax.
#[proc_macro]
pub fn stack(input: TokenStream) -> TokenStream {
    run("stack", input)
}

/// One value form of the DSL written outside a construct macro, checked and built as a prop
/// would; see the `cloudfront-dsl` crate.
#[proc_macro]
pub fn value(input: TokenStream) -> TokenStream {
    run("value", input)
}

/// Declares an ACM certificate; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn certificate(input: TokenStream) -> TokenStream {
    run("certificate", input)
}
