//! "Creating a distribution › From an S3 Bucket".
//!
//! ```python
//! my_bucket = s3.Bucket(self, "myBucket")
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior=BehaviorOptions(origin=origins.S3Origin(my_bucket))
//! )
//! ```

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the seed's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("S3OriginStack").with_env("123456789012", "us-east-1");

    // Creates a distribution for a S3 bucket.
    let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::S3Origin(my_bucket) },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
