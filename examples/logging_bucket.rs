//! "Logging": logs to a bucket of the stack, with a prefix and cookies.
//!
//! ```python
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior={"origin": origins.HttpOrigin("www.example.com")},
//!     enable_logging=True, # Optional, this is implied if logBucket is specified
//!     log_bucket=s3.Bucket(self, "LogBucket"),
//!     log_file_prefix="distribution-access-logs/",
//!     log_includes_cookies=True
//! )
//! ```
//!
//! CloudFront delivers standard logs through ACLs, and S3 creates buckets with ACLs off, so
//! the CDK example as written fails to deploy. Here the log bucket lets the object writer own
//! the objects, which turns ACLs on; without that, `synth()` refuses the stack.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("LoggingBucketStack").with_env("123456789012", "us-east-1");

    let log_bucket = s3::Bucket::with_props(
        &mut stack,
        "LogBucket",
        s3::BucketProps::default().object_ownership(s3::ObjectOwnership::OBJECT_WRITER),
    );
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        enable_logging: true, // Optional, this is implied if log_bucket is specified
        log_bucket: log_bucket,
        log_file_prefix: "distribution-access-logs/",
        log_includes_cookies: true,
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
