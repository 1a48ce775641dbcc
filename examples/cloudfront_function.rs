//! "CloudFront Function": a function with inline code on the default behavior's viewer
//! requests.
//!
//! ```python
//! cf_function = cloudfront.Function(stack, "Function",
//!     code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.request }")
//! )
//!
//! cloudfront.Distribution(stack, "distro",
//!     default_behavior={
//!         "origin": origins.S3Origin(s3_bucket),
//!         "function_associations": [{
//!             "function": cf_function,
//!             "event_type": cloudfront.FunctionEventType.VIEWER_REQUEST
//!         }]
//!     }
//! )
//! ```
//!
//! The function's name is generated from the region and the construct path, and it is published
//! to the LIVE stage, as in the CDK. The code is parsed at compile time.

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the CDK app's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("CloudFrontFunctionStack").with_env("123456789012", "us-east-1");
    let s3_bucket = s3::Bucket::new(&mut stack, "s3Bucket");

    let cf_function = function!(stack, "Function", {
        code: FunctionCode::from_inline("function handler(event) { return event.request }"),
    });

    distribution!(stack, "distro", {
        default_behavior: {
            origin: origins::S3Origin(s3_bucket),
            function_associations: [{
                function: cf_function,
                event_type: FunctionEventType::VIEWER_REQUEST,
            }],
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
