//! Procedural macros of [cloudfront-dsl](https://docs.rs/cloudfront-dsl): they parse the
//! CDK-like syntax, run the rule set of `cloudfront-model` on its literal parts (reporting every
//! violation at its token), and expand to calls of the model's constructors.
//!
//! Use them through the `cloudfront-dsl` crate, which documents them.

mod add_behavior;
mod construct;
mod diag;
mod expand;
mod lower;
mod parse;
mod value;

use std::panic::{AssertUnwindSafe, catch_unwind};

use cloudfront_model::distribution::DistributionProps;
use cloudfront_model::experimental::EdgeFunctionProps;
use cloudfront_model::functions::FunctionProps;
use cloudfront_model::key_value_store::KeyValueStoreProps;
use cloudfront_model::keys::{KeyGroupProps, PublicKeyProps};
use cloudfront_model::lambda::FunctionProps as LambdaFunctionProps;
use cloudfront_model::origin_access_control::OriginAccessControlProps;
use cloudfront_model::policies::{
    CachePolicyProps, OriginRequestPolicyProps, ResponseHeadersPolicyProps,
};
use cloudfront_model::realtime_log_config::RealtimeLogConfigProps;
use cloudfront_model::s3::BucketProps;
use cloudfront_model::vpc_origin::VpcOriginProps;
use cloudfront_model::web_distribution::WebDistributionProps;
use construct::{Construct, check_props, expand};
use proc_macro::TokenStream;

/// Runs an expansion; should it ever panic, the user gets a compile error instead of a
/// useless "proc macro panicked".
fn guarded(
    name: &str,
    input: TokenStream,
    expand: impl FnOnce(proc_macro2::TokenStream) -> proc_macro2::TokenStream,
) -> TokenStream {
    let input: proc_macro2::TokenStream = input.into();
    match catch_unwind(AssertUnwindSafe(|| expand(input))) {
        Ok(tokens) => tokens.into(),
        Err(_) => {
            let message =
                format!("internal error in `{name}!`: please report it with this invocation");
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
    overridable: true,
};

const CACHE_POLICY: Construct = Construct {
    name: "cache_policy",
    schema: &CachePolicyProps::SCHEMA,
    check: check_props::<CachePolicyProps>,
    constructor: "policies::CachePolicy::new",
    handle: "policies::CachePolicy",
    overridable: false,
};

const ORIGIN_REQUEST_POLICY: Construct = Construct {
    name: "origin_request_policy",
    schema: &OriginRequestPolicyProps::SCHEMA,
    check: check_props::<OriginRequestPolicyProps>,
    constructor: "policies::OriginRequestPolicy::new",
    handle: "policies::OriginRequestPolicy",
    overridable: false,
};

const PUBLIC_KEY: Construct = Construct {
    name: "public_key",
    schema: &PublicKeyProps::SCHEMA,
    check: check_props::<PublicKeyProps>,
    constructor: "keys::PublicKey::new",
    handle: "keys::PublicKey",
    overridable: false,
};

const KEY_GROUP: Construct = Construct {
    name: "key_group",
    schema: &KeyGroupProps::SCHEMA,
    check: check_props::<KeyGroupProps>,
    constructor: "keys::KeyGroup::new",
    handle: "keys::KeyGroup",
    overridable: false,
};

const RESPONSE_HEADERS_POLICY: Construct = Construct {
    name: "response_headers_policy",
    schema: &ResponseHeadersPolicyProps::SCHEMA,
    check: check_props::<ResponseHeadersPolicyProps>,
    constructor: "policies::ResponseHeadersPolicy::new",
    handle: "policies::ResponseHeadersPolicy",
    overridable: false,
};

const S3_ORIGIN_ACCESS_CONTROL: Construct = Construct {
    name: "s3_origin_access_control",
    schema: &OriginAccessControlProps::SCHEMA,
    check: check_props::<OriginAccessControlProps>,
    constructor: "origin_access_control::S3OriginAccessControl::new",
    handle: "origin_access_control::S3OriginAccessControl",
    overridable: false,
};

const FUNCTION_URL_ORIGIN_ACCESS_CONTROL: Construct = Construct {
    name: "function_url_origin_access_control",
    schema: &OriginAccessControlProps::SCHEMA,
    check: check_props::<OriginAccessControlProps>,
    constructor: "origin_access_control::FunctionUrlOriginAccessControl::new",
    handle: "origin_access_control::FunctionUrlOriginAccessControl",
    overridable: false,
};

const VPC_ORIGIN: Construct = Construct {
    name: "vpc_origin",
    schema: &VpcOriginProps::SCHEMA,
    check: check_props::<VpcOriginProps>,
    constructor: "vpc_origin::VpcOrigin::new",
    handle: "vpc_origin::VpcOrigin",
    overridable: false,
};

const REALTIME_LOG_CONFIG: Construct = Construct {
    name: "realtime_log_config",
    schema: &RealtimeLogConfigProps::SCHEMA,
    check: check_props::<RealtimeLogConfigProps>,
    constructor: "realtime_log_config::RealtimeLogConfig::new",
    handle: "realtime_log_config::RealtimeLogConfig",
    overridable: false,
};

const WEB_DISTRIBUTION: Construct = Construct {
    name: "web_distribution",
    schema: &WebDistributionProps::SCHEMA,
    check: check_props::<WebDistributionProps>,
    constructor: "web_distribution::WebDistribution::new",
    handle: "web_distribution::WebDistribution",
    overridable: false,
};

/// Declares a web distribution (the CDK's `CloudFrontWebDistribution`); see the
/// `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn web_distribution(input: TokenStream) -> TokenStream {
    guarded("web_distribution", input, |i| expand(&WEB_DISTRIBUTION, i))
}

const FUNCTION: Construct = Construct {
    name: "function",
    schema: &FunctionProps::SCHEMA,
    check: check_props::<FunctionProps>,
    constructor: "functions::Function::new",
    handle: "functions::Function",
    overridable: false,
};

const KEY_VALUE_STORE: Construct = Construct {
    name: "key_value_store",
    schema: &KeyValueStoreProps::SCHEMA,
    check: check_props::<KeyValueStoreProps>,
    constructor: "key_value_store::KeyValueStore::new",
    handle: "key_value_store::KeyValueStore",
    overridable: false,
};

/// Declares a CloudFront function; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn function(input: TokenStream) -> TokenStream {
    guarded("function", input, |i| expand(&FUNCTION, i))
}

/// Declares a key value store; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn key_value_store(input: TokenStream) -> TokenStream {
    guarded("key_value_store", input, |i| expand(&KEY_VALUE_STORE, i))
}

const LAMBDA_FUNCTION: Construct = Construct {
    name: "lambda_function",
    schema: &LambdaFunctionProps::SCHEMA,
    check: check_props::<LambdaFunctionProps>,
    constructor: "lambda::Function::new",
    handle: "lambda::Function",
    overridable: false,
};

const EDGE_FUNCTION: Construct = Construct {
    name: "edge_function",
    schema: &EdgeFunctionProps::SCHEMA,
    check: check_props::<EdgeFunctionProps>,
    constructor: "experimental::EdgeFunction::new",
    handle: "experimental::EdgeFunction",
    overridable: false,
};

/// Declares a Lambda function; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn lambda_function(input: TokenStream) -> TokenStream {
    guarded("lambda_function", input, |i| expand(&LAMBDA_FUNCTION, i))
}

/// Declares an edge function (a Lambda function for Lambda@Edge); see the `cloudfront-dsl`
/// crate for the syntax.
#[proc_macro]
pub fn edge_function(input: TokenStream) -> TokenStream {
    guarded("edge_function", input, |i| expand(&EDGE_FUNCTION, i))
}

/// Declares a response headers policy; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn response_headers_policy(input: TokenStream) -> TokenStream {
    guarded("response_headers_policy", input, |i| {
        expand(&RESPONSE_HEADERS_POLICY, i)
    })
}

/// Declares an origin access control for S3 origins; see the `cloudfront-dsl` crate for the
/// syntax.
#[proc_macro]
pub fn s3_origin_access_control(input: TokenStream) -> TokenStream {
    guarded("s3_origin_access_control", input, |i| {
        expand(&S3_ORIGIN_ACCESS_CONTROL, i)
    })
}

/// Declares an origin access control for Lambda function URL origins; see the
/// `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn function_url_origin_access_control(input: TokenStream) -> TokenStream {
    guarded("function_url_origin_access_control", input, |i| {
        expand(&FUNCTION_URL_ORIGIN_ACCESS_CONTROL, i)
    })
}

/// Declares a VPC origin; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn vpc_origin(input: TokenStream) -> TokenStream {
    guarded("vpc_origin", input, |i| expand(&VPC_ORIGIN, i))
}

/// Declares a real-time log configuration; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn realtime_log_config(input: TokenStream) -> TokenStream {
    guarded("realtime_log_config", input, |i| {
        expand(&REALTIME_LOG_CONFIG, i)
    })
}

const BUCKET: Construct = Construct {
    name: "bucket",
    schema: &BucketProps::SCHEMA,
    check: check_props::<BucketProps>,
    constructor: "s3::Bucket::with_props",
    handle: "s3::Bucket",
    overridable: false,
};

/// Declares an S3 bucket; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn bucket(input: TokenStream) -> TokenStream {
    guarded("bucket", input, |i| expand(&BUCKET, i))
}

/// Declares a public key; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn public_key(input: TokenStream) -> TokenStream {
    guarded("public_key", input, |i| expand(&PUBLIC_KEY, i))
}

/// Declares a key group; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn key_group(input: TokenStream) -> TokenStream {
    guarded("key_group", input, |i| expand(&KEY_GROUP, i))
}

/// Declares a CloudFront distribution; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn distribution(input: TokenStream) -> TokenStream {
    guarded("distribution", input, |i| expand(&DISTRIBUTION, i))
}

/// Declares a cache policy; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn cache_policy(input: TokenStream) -> TokenStream {
    guarded("cache_policy", input, |i| expand(&CACHE_POLICY, i))
}

/// Declares an origin request policy; see the `cloudfront-dsl` crate for the syntax.
#[proc_macro]
pub fn origin_request_policy(input: TokenStream) -> TokenStream {
    guarded("origin_request_policy", input, |i| {
        expand(&ORIGIN_REQUEST_POLICY, i)
    })
}

/// Adds a behavior to a distribution after its creation; see the `cloudfront-dsl` crate.
#[proc_macro]
pub fn add_behavior(input: TokenStream) -> TokenStream {
    guarded("add_behavior", input, add_behavior::expand)
}

#[cfg(test)]
mod robustness;
