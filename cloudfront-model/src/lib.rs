//! The typed model, the rule set and the CloudFormation output of
//! [cloudfront-dsl](https://docs.rs/cloudfront-dsl).
//!
//! This crate knows nothing of macros: it holds stacks and their constructs (buckets,
//! distributions, origins), the CloudFormation intrinsics ([`Expr`]), the one rule set
//! ([`rules`]) and the rendering of templates that match what the AWS CDK synthesizes. The
//! `cloudfront-dsl` crate re-exports it and adds the macros, which run the same rules at compile
//! time.
//!
//! ```
//! use cloudfront_dsl::{Stack, s3::Bucket, origins::S3BucketOrigin};
//! use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
//!
//! let mut stack = Stack::new("S3OriginStack").with_env("123456789012", "us-east-1");
//! let bucket = Bucket::new(&mut stack, "myBucket");
//! let origin = S3BucketOrigin::with_origin_access_control(bucket, Default::default());
//! Distribution::new(&mut stack, "myDist", DistributionProps::new(BehaviorOptions::new(origin)));
//! let template = stack.synth()?;
//! assert_eq!(template.resources().count(), 4);
//! # Ok::<(), cloudfront_dsl::SynthError>(())
//! ```

#[macro_use]
mod define;

pub mod acm;
pub mod apigateway;
pub mod apigatewayv2;
pub mod app;
pub mod appsync;
pub mod asset;
mod construct;
pub mod distribution;
pub mod duration;
pub mod ec2;
pub mod ecr;
pub mod elbv2;
pub mod experimental;
pub mod expr;
pub mod function_url;
pub mod functions;
mod iam;
mod import;
mod javascript;
pub mod key_value_store;
pub mod keys;
pub mod lambda;
#[doc(hidden)]
pub mod lit;
mod mapping;
pub mod naming;
mod oai;
pub mod origin_access_control;
pub mod origin_access_identity;
pub mod origins;
mod output;
pub mod overrides;
pub mod path;
pub mod policies;
pub mod quotas;
mod raw;
pub mod realtime_log_config;
pub mod redact;
pub mod removal_policy;
pub mod route53;
pub mod routing;
pub mod rules;
pub mod s3;
#[doc(hidden)]
pub mod schema;
pub mod scope;
mod shape;
pub mod size;
mod sqs;
mod ssm;
pub mod stack;
pub mod tags;
pub mod template;
mod tree;
pub mod violation;
pub mod vpc_origin;
pub mod web_distribution;

pub use app::App;
pub use distribution::{
    AllowedMethods, BehaviorOptions, CachedMethods, Distribution, DistributionProps, ErrorResponse,
    GeoRestriction, HttpVersion, PriceClass, ViewerProtocolPolicy,
};
pub use duration::Duration;
pub use expr::Expr;
pub use path::PropPath;
pub use policies::{
    CacheCookieBehavior, CacheHeaderBehavior, CachePolicy, CacheQueryStringBehavior,
    OriginRequestCookieBehavior, OriginRequestHeaderBehavior, OriginRequestPolicy,
    OriginRequestQueryStringBehavior, ResponseHeadersPolicy,
};
pub use quotas::Quotas;
pub use removal_policy::RemovalPolicy;
pub use rules::Rule;
pub use scope::{AsScope, Scope};
pub use size::Size;
pub use stack::{Env, Stack, SynthError, SynthViolation};
pub use template::{CfnOutput, CfnResource, Template};
pub use tree::NodeRef;
pub use violation::{Target, Violation};
