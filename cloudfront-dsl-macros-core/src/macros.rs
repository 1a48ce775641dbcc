//! Every macro of the DSL, by name: the proc-macro crate exports each one, and the tests and the
//! fuzz harness run each one from this list.

use std::panic::{AssertUnwindSafe, catch_unwind};

use cloudfront_model::acm::CertificateOptions;
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
use proc_macro2::TokenStream;

use crate::add_behavior;
use crate::construct::{Construct, check_props, expand, shadow};
use crate::stack_block;
use crate::value_macro;

/// A macro of the DSL.
pub struct Macro {
    /// Its name, as users write it before `!`.
    pub name: &'static str,
    expand: fn(TokenStream) -> TokenStream,
}

impl Macro {
    /// Expands an invocation: the generated code, or `compile_error!`s at the tokens at fault.
    ///
    /// A panic here is a bug (no input may cause one); [`expand_guarded`](Self::expand_guarded)
    /// turns one into a compile error.
    pub fn expand(&self, input: TokenStream) -> TokenStream {
        (self.expand)(input)
    }

    /// [`expand`](Self::expand), with a panic turned into a compile error that asks for a
    /// report, rather than rustc's useless "proc macro panicked".
    pub fn expand_guarded(&self, input: TokenStream) -> TokenStream {
        match catch_unwind(AssertUnwindSafe(|| self.expand(input))) {
            Ok(tokens) => tokens,
            Err(_) => {
                let message = format!(
                    "internal error in `{}!`: please report it with this invocation",
                    self.name
                );
                quote::quote!(::core::compile_error!(#message))
            }
        }
    }
}

/// The macro called `name`.
pub fn find(name: &str) -> Option<&'static Macro> {
    MACROS.iter().find(|m| m.name == name)
}

pub(crate) const DISTRIBUTION: Construct = Construct {
    name: "distribution",
    schema: &DistributionProps::SCHEMA,
    check: check_props::<DistributionProps>,
    build: |lit, cx, stack, id| {
        shadow::<DistributionProps, _>(lit, cx, |p| {
            cloudfront_model::distribution::Distribution::new(stack, id, p)
        })
    },
    constructor: "distribution::Distribution::new",
    handle: "distribution::Distribution",
    overridable: true,
};

pub(crate) const CACHE_POLICY: Construct = Construct {
    name: "cache_policy",
    schema: &CachePolicyProps::SCHEMA,
    check: check_props::<CachePolicyProps>,
    build: |lit, cx, stack, id| {
        shadow::<CachePolicyProps, _>(lit, cx, |p| {
            cloudfront_model::policies::CachePolicy::new(stack, id, p)
        })
    },
    constructor: "policies::CachePolicy::new",
    handle: "policies::CachePolicy",
    overridable: false,
};

pub(crate) const ORIGIN_REQUEST_POLICY: Construct = Construct {
    name: "origin_request_policy",
    schema: &OriginRequestPolicyProps::SCHEMA,
    check: check_props::<OriginRequestPolicyProps>,
    build: |lit, cx, stack, id| {
        shadow::<OriginRequestPolicyProps, _>(lit, cx, |p| {
            cloudfront_model::policies::OriginRequestPolicy::new(stack, id, p)
        })
    },
    constructor: "policies::OriginRequestPolicy::new",
    handle: "policies::OriginRequestPolicy",
    overridable: false,
};

pub(crate) const PUBLIC_KEY: Construct = Construct {
    name: "public_key",
    schema: &PublicKeyProps::SCHEMA,
    check: check_props::<PublicKeyProps>,
    build: |lit, cx, stack, id| {
        shadow::<PublicKeyProps, _>(lit, cx, |p| {
            cloudfront_model::keys::PublicKey::new(stack, id, p)
        })
    },
    constructor: "keys::PublicKey::new",
    handle: "keys::PublicKey",
    overridable: false,
};

pub(crate) const KEY_GROUP: Construct = Construct {
    name: "key_group",
    schema: &KeyGroupProps::SCHEMA,
    check: check_props::<KeyGroupProps>,
    build: |lit, cx, stack, id| {
        shadow::<KeyGroupProps, _>(lit, cx, |p| {
            cloudfront_model::keys::KeyGroup::new(stack, id, p)
        })
    },
    constructor: "keys::KeyGroup::new",
    handle: "keys::KeyGroup",
    overridable: false,
};

pub(crate) const WEB_DISTRIBUTION: Construct = Construct {
    name: "web_distribution",
    schema: &WebDistributionProps::SCHEMA,
    check: check_props::<WebDistributionProps>,
    build: |lit, cx, stack, id| {
        shadow::<WebDistributionProps, _>(lit, cx, |p| {
            cloudfront_model::web_distribution::WebDistribution::new(stack, id, p)
        })
    },
    constructor: "web_distribution::WebDistribution::new",
    handle: "web_distribution::WebDistribution",
    overridable: false,
};

pub(crate) const FUNCTION: Construct = Construct {
    name: "function",
    schema: &FunctionProps::SCHEMA,
    check: check_props::<FunctionProps>,
    build: |lit, cx, stack, id| {
        shadow::<FunctionProps, _>(lit, cx, |p| {
            cloudfront_model::functions::Function::new(stack, id, p)
        })
    },
    constructor: "functions::Function::new",
    handle: "functions::Function",
    overridable: false,
};

pub(crate) const KEY_VALUE_STORE: Construct = Construct {
    name: "key_value_store",
    schema: &KeyValueStoreProps::SCHEMA,
    check: check_props::<KeyValueStoreProps>,
    build: |lit, cx, stack, id| {
        shadow::<KeyValueStoreProps, _>(lit, cx, |p| {
            cloudfront_model::key_value_store::KeyValueStore::new(stack, id, p)
        })
    },
    constructor: "key_value_store::KeyValueStore::new",
    handle: "key_value_store::KeyValueStore",
    overridable: false,
};

pub(crate) const LAMBDA_FUNCTION: Construct = Construct {
    name: "lambda_function",
    schema: &LambdaFunctionProps::SCHEMA,
    check: check_props::<LambdaFunctionProps>,
    build: |lit, cx, stack, id| {
        shadow::<LambdaFunctionProps, _>(lit, cx, |p| {
            cloudfront_model::lambda::Function::new(stack, id, p)
        })
    },
    constructor: "lambda::Function::new",
    handle: "lambda::Function",
    overridable: false,
};

pub(crate) const EDGE_FUNCTION: Construct = Construct {
    name: "edge_function",
    schema: &EdgeFunctionProps::SCHEMA,
    check: check_props::<EdgeFunctionProps>,
    build: |lit, cx, stack, id| {
        shadow::<EdgeFunctionProps, _>(lit, cx, |p| {
            cloudfront_model::experimental::EdgeFunction::new(stack, id, p)
        })
    },
    constructor: "experimental::EdgeFunction::new",
    handle: "experimental::EdgeFunction",
    overridable: false,
};

pub(crate) const RESPONSE_HEADERS_POLICY: Construct = Construct {
    name: "response_headers_policy",
    schema: &ResponseHeadersPolicyProps::SCHEMA,
    check: check_props::<ResponseHeadersPolicyProps>,
    build: |lit, cx, stack, id| {
        shadow::<ResponseHeadersPolicyProps, _>(lit, cx, |p| {
            cloudfront_model::policies::ResponseHeadersPolicy::new(stack, id, p)
        })
    },
    constructor: "policies::ResponseHeadersPolicy::new",
    handle: "policies::ResponseHeadersPolicy",
    overridable: false,
};

pub(crate) const S3_ORIGIN_ACCESS_CONTROL: Construct = Construct {
    name: "s3_origin_access_control",
    schema: &OriginAccessControlProps::SCHEMA,
    check: check_props::<OriginAccessControlProps>,
    build: |lit, cx, stack, id| {
        shadow::<OriginAccessControlProps, _>(lit, cx, |p| {
            cloudfront_model::origin_access_control::S3OriginAccessControl::new(stack, id, p)
        })
    },
    constructor: "origin_access_control::S3OriginAccessControl::new",
    handle: "origin_access_control::S3OriginAccessControl",
    overridable: false,
};

pub(crate) const FUNCTION_URL_ORIGIN_ACCESS_CONTROL: Construct = Construct {
    name: "function_url_origin_access_control",
    schema: &OriginAccessControlProps::SCHEMA,
    check: check_props::<OriginAccessControlProps>,
    build: |lit, cx, stack, id| {
        shadow::<OriginAccessControlProps, _>(lit, cx, |p| {
            cloudfront_model::origin_access_control::FunctionUrlOriginAccessControl::new(
                stack, id, p,
            )
        })
    },
    constructor: "origin_access_control::FunctionUrlOriginAccessControl::new",
    handle: "origin_access_control::FunctionUrlOriginAccessControl",
    overridable: false,
};

pub(crate) const VPC_ORIGIN: Construct = Construct {
    name: "vpc_origin",
    schema: &VpcOriginProps::SCHEMA,
    check: check_props::<VpcOriginProps>,
    build: |lit, cx, stack, id| {
        shadow::<VpcOriginProps, _>(lit, cx, |p| {
            cloudfront_model::vpc_origin::VpcOrigin::new(stack, id, p)
        })
    },
    constructor: "vpc_origin::VpcOrigin::new",
    handle: "vpc_origin::VpcOrigin",
    overridable: false,
};

pub(crate) const REALTIME_LOG_CONFIG: Construct = Construct {
    name: "realtime_log_config",
    schema: &RealtimeLogConfigProps::SCHEMA,
    check: check_props::<RealtimeLogConfigProps>,
    build: |lit, cx, stack, id| {
        shadow::<RealtimeLogConfigProps, _>(lit, cx, |p| {
            cloudfront_model::realtime_log_config::RealtimeLogConfig::new(stack, id, p)
        })
    },
    constructor: "realtime_log_config::RealtimeLogConfig::new",
    handle: "realtime_log_config::RealtimeLogConfig",
    overridable: false,
};

pub(crate) const CERTIFICATE: Construct = Construct {
    name: "certificate",
    schema: &CertificateOptions::SCHEMA,
    check: check_props::<CertificateOptions>,
    build: |lit, cx, stack, id| {
        shadow::<CertificateOptions, _>(lit, cx, |p| {
            cloudfront_model::acm::Certificate::with_options(stack, id, p)
        })
    },
    constructor: "acm::Certificate::with_options",
    handle: "acm::Certificate",
    overridable: false,
};

pub(crate) const BUCKET: Construct = Construct {
    name: "bucket",
    schema: &BucketProps::SCHEMA,
    check: check_props::<BucketProps>,
    build: |lit, cx, stack, id| {
        shadow::<BucketProps, _>(lit, cx, |p| {
            cloudfront_model::s3::Bucket::with_props(stack, id, p)
        })
    },
    constructor: "s3::Bucket::with_props",
    handle: "s3::Bucket",
    overridable: false,
};

/// The schema of the props block of the macro called `name`: a construct's props, or the
/// behavior `add_behavior!` takes; `None` for `stack!` and names of no macro.
pub fn props_schema(name: &str) -> Option<&'static cloudfront_model::schema::ObjectSchema> {
    match name {
        "add_behavior" => Some(&cloudfront_model::distribution::BehaviorOptions::SCHEMA),
        _ => construct(name).map(|c| c.schema),
    }
}

/// The construct macro called `name` (taking `(stack, "id", { props })`).
pub(crate) fn construct(name: &str) -> Option<&'static Construct> {
    CONSTRUCTS.iter().copied().find(|c| c.name == name)
}

/// Every construct macro (taking `(stack, "id", { props })`).
pub(crate) const CONSTRUCTS: &[&Construct] = &[
    &DISTRIBUTION,
    &WEB_DISTRIBUTION,
    &CACHE_POLICY,
    &ORIGIN_REQUEST_POLICY,
    &PUBLIC_KEY,
    &KEY_GROUP,
    &FUNCTION,
    &KEY_VALUE_STORE,
    &LAMBDA_FUNCTION,
    &EDGE_FUNCTION,
    &RESPONSE_HEADERS_POLICY,
    &S3_ORIGIN_ACCESS_CONTROL,
    &FUNCTION_URL_ORIGIN_ACCESS_CONTROL,
    &VPC_ORIGIN,
    &REALTIME_LOG_CONFIG,
    &BUCKET,
    &CERTIFICATE,
];

/// Every macro, in the order the `cloudfront-dsl` crate documents them.
pub const MACROS: &[Macro] = &[
    Macro {
        name: "distribution",
        expand: |i| expand(&DISTRIBUTION, i),
    },
    Macro {
        name: "add_behavior",
        expand: add_behavior::expand,
    },
    Macro {
        name: "web_distribution",
        expand: |i| expand(&WEB_DISTRIBUTION, i),
    },
    Macro {
        name: "cache_policy",
        expand: |i| expand(&CACHE_POLICY, i),
    },
    Macro {
        name: "origin_request_policy",
        expand: |i| expand(&ORIGIN_REQUEST_POLICY, i),
    },
    Macro {
        name: "public_key",
        expand: |i| expand(&PUBLIC_KEY, i),
    },
    Macro {
        name: "key_group",
        expand: |i| expand(&KEY_GROUP, i),
    },
    Macro {
        name: "function",
        expand: |i| expand(&FUNCTION, i),
    },
    Macro {
        name: "key_value_store",
        expand: |i| expand(&KEY_VALUE_STORE, i),
    },
    Macro {
        name: "lambda_function",
        expand: |i| expand(&LAMBDA_FUNCTION, i),
    },
    Macro {
        name: "edge_function",
        expand: |i| expand(&EDGE_FUNCTION, i),
    },
    Macro {
        name: "response_headers_policy",
        expand: |i| expand(&RESPONSE_HEADERS_POLICY, i),
    },
    Macro {
        name: "s3_origin_access_control",
        expand: |i| expand(&S3_ORIGIN_ACCESS_CONTROL, i),
    },
    Macro {
        name: "function_url_origin_access_control",
        expand: |i| expand(&FUNCTION_URL_ORIGIN_ACCESS_CONTROL, i),
    },
    Macro {
        name: "vpc_origin",
        expand: |i| expand(&VPC_ORIGIN, i),
    },
    Macro {
        name: "realtime_log_config",
        expand: |i| expand(&REALTIME_LOG_CONFIG, i),
    },
    Macro {
        name: "bucket",
        expand: |i| expand(&BUCKET, i),
    },
    Macro {
        name: "certificate",
        expand: |i| expand(&CERTIFICATE, i),
    },
    Macro {
        name: "value",
        expand: value_macro::expand,
    },
    Macro {
        name: "stack",
        expand: stack_block::expand,
    },
];

#[cfg(test)]
mod tests {
    /// The shell exports exactly the macros of the list, so that whatever runs every macro of
    /// the list (the fuzz harness) runs every macro users have.
    #[test]
    fn the_shell_exports_every_macro_of_the_list() {
        let shell = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../cloudfront-dsl-macros/src/lib.rs"),
        )
        .unwrap();
        let mut exported: Vec<&str> = shell
            .split("#[proc_macro]")
            .skip(1)
            .filter_map(|rest| rest.split("pub fn ").nth(1)?.split('(').next())
            .collect();
        let mut listed: Vec<&str> = super::MACROS.iter().map(|m| m.name).collect();
        exported.sort_unstable();
        listed.sort_unstable();
        assert_eq!(exported, listed);
    }
}
