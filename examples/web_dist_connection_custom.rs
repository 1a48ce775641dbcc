//! "Connection behaviors between CloudFront and your origin", with values other than the
//! defaults: one connection attempt of at most 5 seconds.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack =
        Stack::new("WebDistConnectionCustomStack").with_env("123456789012", "us-east-1");

    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    web_distribution!(stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: source_bucket },
            behaviors: [{ is_default_behavior: true }],
            connection_attempts: 1,
            connection_timeout: Duration::seconds(5),
        }],
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
