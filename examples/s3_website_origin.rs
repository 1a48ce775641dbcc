//! "Creating a distribution › From an S3 Bucket", for a bucket configured as a website: the
//! bucket becomes an HTTP origin (its website endpoint), so S3's redirects and error documents
//! apply, and no origin access identity is created.
//!
//! ```python
//! my_bucket = s3.Bucket(self, "myBucket",
//!     website_index_document="index.html",
//!     website_error_document="error.html")
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
    let mut stack = Stack::new("S3WebsiteOriginStack").with_env("123456789012", "us-east-1");

    let my_bucket = s3::Bucket::with_props(
        &mut stack,
        "myBucket",
        s3::BucketProps::default()
            .website_index_document("index.html")
            .website_error_document("error.html"),
    );
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::S3Origin(my_bucket) },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
