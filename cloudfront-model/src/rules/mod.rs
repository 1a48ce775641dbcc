//! The one rule set.
//!
//! Every check lives here, written once against the typed props. The macros run it at compile
//! time on the literal parts of an invocation (values given by Rust expressions are unknown then,
//! see [`Fact`]); `Stack::synth()` runs it at run time on complete values. Each violation names
//! the property path it is about, which the macro maps back to the offending token.
//!
//! The machinery ([`Checker`], [`Fact`], the [`Rule`] catalog, the stack's own names) belongs to
//! the core; the rules of each construct are modules of their own.

mod api_origin;
mod bucket;
pub(crate) mod catalog;
pub(crate) mod checker;
mod distribution;
mod edge;
pub(crate) mod env;
mod functions;
mod grpc;
pub(crate) mod ids;
mod keys;
mod lambda;
mod logging;
mod names;
pub(crate) mod origin;
mod origin_access;
mod origin_group;
mod policy;
mod realtime_logs;
mod response_headers;
pub(crate) mod template_limits;
pub(crate) mod text;
mod tls;
pub(crate) mod vpc_origin;
pub(crate) mod web_distribution;

pub use bucket::check_bucket_name;
pub use catalog::{Rule, Severity};
pub use checker::{Check, Checker, Fact};
pub(crate) use checker::{over_quota, raise_quota_help};
pub(crate) use distribution::{check_bound_distribution, check_distribution};
pub(crate) use edge::{
    Association, Fields, check_associations, check_associations_in_stack, check_edge_lambdas,
    check_edge_lambdas_in_stack,
};
pub(crate) use functions::{
    FUNCTIONS_OF_THE_STACK, STORES_OF_THE_STACK, check_function_associations,
    check_function_associations_in_stack,
};
pub use ids::{MAX_STACK_DESCRIPTION_BYTES, check_logical_id};
pub(crate) use keys::check_trusted_key_groups;
pub(crate) use lambda::{
    check_edge_function_props, check_function_resource, edge_function_refusal,
};
pub(crate) use names::NAMES_OF_THE_STACK;
pub(crate) use origin_access::{
    check_origin_access_control, imported_bucket_policy, wildcard_key_policy,
};
pub(crate) use realtime_logs::check_realtime_log_config;
pub(crate) use response_headers::check_response_headers_policy;
pub(crate) use tls::{DOMAIN_NAMES_OF_THE_STACK, check_certificate, check_certificate_names};
pub(crate) use vpc_origin::{check_vpc_origin, check_vpc_origin_in_stack};
pub(crate) use web_distribution::{check_bound_web_distribution, check_web_distribution};

use crate::path::PropPath;
use crate::violation::Violation;

/// Checks a comment: CloudFront takes at most 128 characters.
pub(crate) fn check_comment(comment: &Option<String>, path: &PropPath, cx: &mut Checker<'_>) {
    const MAX_COMMENT: usize = 128;
    if let Some(c) = comment
        && c.chars().count() > MAX_COMMENT
    {
        cx.report(
            Violation::new(
                Rule::Comment,
                path.clone(),
                format!(
                    "the comment has {} characters; CloudFront takes at most {MAX_COMMENT}",
                    c.chars().count()
                ),
            )
            .help("shorten the comment"),
        );
    }
}
