//! "Connection behaviors between CloudFront and your origin": connection attempts and the
//! connection timeout of an origin.
//!
//! ```python
//! distribution = CloudFrontWebDistribution(self, "MyDistribution",
//!     origin_configs=[{...,
//!         "connection_attempts": 3,
//!         "connection_timeout": cdk.Duration.seconds(10)
//!     }
//!     ]
//! )
//! ```
//!
//! The elided origin configuration is an S3 bucket, as in `web_dist_basic`; 3 attempts and
//! 10 seconds are also the defaults, which the web distribution always writes.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("WebDistConnectionStack").with_env("123456789012", "us-east-1");

    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    web_distribution!(stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: source_bucket },
            behaviors: [{ is_default_behavior: true }],
            connection_attempts: 3,
            connection_timeout: Duration::seconds(10),
        }],
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
