//! "Multiple Behaviors & Origins": behaviors given at creation, sharing one origin.
//!
//! ```python
//! bucket_origin = origins.S3Origin(my_bucket)
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior={
//!         "origin": bucket_origin,
//!         "allowed_methods": AllowedMethods.ALLOW_ALL,
//!         "viewer_protocol_policy": ViewerProtocolPolicy.REDIRECT_TO_HTTPS
//!     },
//!     additional_behaviors={
//!         "/images/*.jpg": {
//!             "origin": bucket_origin,
//!             "viewer_protocol_policy": ViewerProtocolPolicy.REDIRECT_TO_HTTPS
//!         }
//!     }
//! )
//! ```

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the seed's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("MultipleBehaviorsStack").with_env("123456789012", "us-east-1");

    let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
    // One origin object used by two behaviors is one origin of the distribution.
    let bucket_origin = origins::S3Origin(my_bucket);
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: bucket_origin,
            allowed_methods: AllowedMethods::ALLOW_ALL,
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
        },
        additional_behaviors: {
            "/images/*.jpg": {
                origin: bucket_origin,
                viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
            },
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
