//! "Multiple Behaviors & Origins": a behavior added after creation. As in the CDK README, the
//! added behavior gets a second `S3Origin` of the same bucket, so the distribution has two
//! origins, each with its own origin access identity.
//!
//! ```python
//! my_web_distribution = cloudfront.Distribution(self, "myDist",
//!     default_behavior={
//!         "origin": origins.S3Origin(my_bucket),
//!         "allowed_methods": AllowedMethods.ALLOW_ALL,
//!         "viewer_protocol_policy": ViewerProtocolPolicy.REDIRECT_TO_HTTPS
//!     }
//! )
//! my_web_distribution.add_behavior("/images/*.jpg", origins.S3Origin(my_bucket),
//!     viewer_protocol_policy=ViewerProtocolPolicy.REDIRECT_TO_HTTPS
//! )
//! ```

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the seed's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("AddBehaviorStack").with_env("123456789012", "us-east-1");

    let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
    let my_web_distribution = distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::S3Origin(my_bucket),
            allowed_methods: AllowedMethods::ALLOW_ALL,
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
        },
    });
    add_behavior!(stack, my_web_distribution, "/images/*.jpg", origins::S3Origin(my_bucket), {
        viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
