//! "CloudFrontWebDistribution / Restrictions": a web distribution that serves two countries.
//!
//! ```python
//! cloudfront.CloudFrontWebDistribution(stack, "MyDistribution",
//!     # ...
//!     geo_restriction=GeoRestriction.whitelist("US", "UK")
//! )
//! ```
//!
//! `UK` is not an ISO 3166-1 code (the United Kingdom's is `GB`), and CloudFront rejects it:
//! it does not compile here (`tests/ui/web_dist_geo_as_written.rs`, which suggests `GB`).
//! `whitelist` is the CDK's former name of `allowlist`; it still compiles, with a deprecation
//! warning. The elided origin configuration is an S3 bucket, as in `web_dist_basic`.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("WebDistGeoStack").with_env("123456789012", "us-east-1");

    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    web_distribution!(stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: source_bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        geo_restriction: GeoRestriction::allowlist("US", "GB"),
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
