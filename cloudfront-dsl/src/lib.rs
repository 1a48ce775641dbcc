//! Describe Amazon CloudFront infrastructure in Rust, have the compiler reject broken
//! configurations, and get CloudFormation templates out.
//!
//! The syntax is the AWS CDK's (props keep their Python names, constants and factories their
//! CDK names), so a CDK example ports line by line:
//!
//! ```
//! use cloudfront_dsl::prelude::*;
//!
//! let mut stack = Stack::new("S3OriginStack").with_env("123456789012", "us-east-1");
//! let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
//! distribution!(stack, "myDist", {
//!     default_behavior: { origin: origins::S3Origin(my_bucket) },
//! });
//! let template = stack.synth()?;
//! assert!(template.resource("myDist9DB766F3").is_some());
//! # Ok::<(), cloudfront_dsl::SynthError>(())
//! ```
//!
//! An invalid configuration does not compile, and the error points at the offending token:
//!
//! ```compile_fail
//! use cloudfront_dsl::prelude::*;
//! let mut stack = Stack::new("Broken");
//! distribution!(stack, "myDist", {
//!     // error: origin domain name `https://www.example.com/` has a scheme (`https://`) ...
//!     default_behavior: { origin: origins::HttpOrigin("https://www.example.com/") },
//! });
//! ```
//!
//! # The pieces
//! - [`distribution!`] declares a distribution; values are literals, CDK constants and
//!   factories, nested `{ prop: value }` blocks, `[...]` lists, `{ "key": value }` maps, or any
//!   Rust expression of the right type.
//! - The typed model ([`Stack`], [`s3`], [`origins`], [`mod@distribution`], ...) is also usable
//!   directly, without macros; [`Stack::synth`] runs the same rules at run time and returns
//!   every violation with its property path.
//! - [`cli`] turns an example or a small binary into a template generator
//!   (`cargo run --example s3_origin -- --out infra/`).

mod private;

pub mod cli;
pub mod output;

pub use cloudfront_model::*;
/// JSON values, for [`CfnResource`] properties written by hand.
pub use serde_json;

/// Declares a CloudFront distribution in a stack and returns its
/// [`Distribution`] handle.
///
/// `distribution!(stack, "id", { props })` takes the stack (a `Stack` or a `&mut Stack`), the
/// construct id (from which the logical id derives, as in the CDK) and the
/// [props](distribution::DistributionProps) in CDK syntax:
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("HttpOriginStack").with_env("123456789012", "us-east-1");
/// let dist = distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::HttpOrigin("www.example.com", {
///             protocol_policy: OriginProtocolPolicy::HTTPS_ONLY,
///             read_timeout: Duration::seconds(30),
///             custom_headers: { "X-Origin-Verify": "secret" },
///         }),
///         viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
///     },
///     comment: "www",
///     price_class: PriceClass::PRICE_CLASS_100,
///     error_responses: [{ http_status: 404, response_http_status: 200, response_page_path: "/index.html" }],
/// });
/// let domain = dist.distribution_domain_name();
/// assert!(stack.synth().is_ok());
/// # let _ = domain;
/// ```
///
/// Every literal is checked at compile time by the rule set; a value given by a Rust
/// expression is checked when [`Stack::synth`] runs. A stack whose account has a raised quota
/// declares it with an inner attribute, which also raises the stack's quota at run time:
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Slow");
/// distribution!(stack, "myDist", {
///     #![quotas(origin_response_timeout = 180)]
///     default_behavior: {
///         origin: origins::HttpOrigin("reports.example.com", { read_timeout: Duration::seconds(180) }),
///     },
/// });
/// assert_eq!(stack.quotas().origin_response_timeout, 180);
/// ```
pub use cloudfront_dsl_macros::distribution;

/// Everything an example needs, in one import.
pub mod prelude {
    pub use crate::distribution;
    pub use crate::distribution::{
        BehaviorOptions, Distribution, DistributionProps, ErrorResponse, GeoRestriction,
        HttpVersion, PriceClass, ViewerProtocolPolicy,
    };
    pub use crate::elbv2::{ApplicationLoadBalancer, NetworkLoadBalancer};
    pub use crate::origins::{OriginProtocolPolicy, OriginSslPolicy};
    pub use crate::{CfnResource, Duration, Expr, Quotas, Stack, SynthError, Template};
    pub use crate::{elbv2, origins, s3};
}

#[doc(hidden)]
pub mod __private {
    pub use crate::private::*;
}
