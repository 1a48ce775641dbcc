//! "Multiple Behaviors & Origins": the default behavior's methods and viewer protocol policy.
//!
//! ```python
//! my_web_distribution = cloudfront.Distribution(self, "myDist",
//!     default_behavior={
//!         "origin": origins.S3Origin(my_bucket),
//!         "allowed_methods": AllowedMethods.ALLOW_ALL,
//!         "viewer_protocol_policy": ViewerProtocolPolicy.REDIRECT_TO_HTTPS
//!     }
//! )
//! ```

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the seed's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("DefaultBehaviorStack").with_env("123456789012", "us-east-1");

    let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::S3Origin(my_bucket),
            allowed_methods: AllowedMethods::ALLOW_ALL,
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
