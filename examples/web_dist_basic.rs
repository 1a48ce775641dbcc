//! "CloudFrontWebDistribution API": a web distribution over an S3 bucket.
//!
//! ```python
//! source_bucket = Bucket(self, "Bucket")
//!
//! distribution = CloudFrontWebDistribution(self, "MyDistribution",
//!     origin_configs=[{
//!         "s3_origin_source": {
//!             "s3_bucket_source": source_bucket
//!         },
//!         "behaviors": [{"is_default_behavior": True}]
//!     }
//!     ]
//! )
//! ```

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("WebDistBasicStack").with_env("123456789012", "us-east-1");

    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    web_distribution!(stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: {
                s3_bucket_source: source_bucket,
            },
            behaviors: [{ is_default_behavior: true }],
        }],
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
