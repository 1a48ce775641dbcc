//! "Customizing Origin Requests with Origin Request Policies": a managed policy.
//!
//! ```python
//! # Using an existing origin request policy
//! cloudfront.Distribution(self, "myDistManagedPolicy",
//!     default_behavior={
//!         "origin": bucket_origin,
//!         "origin_request_policy": cloudfront.OriginRequestPolicy.CORS_S3_ORIGIN
//!     }
//! )
//! ```

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the seed's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack =
        Stack::new("OriginRequestPolicyManagedStack").with_env("123456789012", "us-east-1");

    let bucket_origin = origins::S3Origin(s3::Bucket::new(&mut stack, "myBucket"));
    // Using an existing origin request policy
    distribution!(stack, "myDistManagedPolicy", {
        default_behavior: {
            origin: bucket_origin,
            origin_request_policy: OriginRequestPolicy::CORS_S3_ORIGIN,
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
