//! "Viewer certificate / Default certificate": a web distribution on CloudFront's own
//! certificate.
//!
//! ```python
//! s3_bucket_source = s3.Bucket(self, "Bucket")
//!
//! distribution = cloudfront.CloudFrontWebDistribution(self, "AnAmazingWebsiteProbably",
//!     origin_configs=[SourceConfiguration(
//!         s3_origin_source=S3OriginConfig(s3_bucket_source=s3_bucket_source),
//!         behaviors=[Behavior(is_default_behavior=True)]
//!     )],
//!     viewer_certificate=cloudfront.ViewerCertificate.from_cloud_front_default_certificate("www.example.com")
//! )
//! ```
//!
//! The CDK example gives the default certificate an alias, `www.example.com`. CloudFront
//! rejects that: an alternate domain name needs a trusted certificate that covers it
//! ("Requirements for using alternate domain names", CloudFront Developer Guide), and the
//! default certificate covers only `*.cloudfront.net`. So the alias does not compile here
//! (`tests/ui/web_dist_default_cert_aliases.rs`), and the example serves the distribution on
//! its `cloudfront.net` name only. For `www.example.com`, use an ACM certificate, as in
//! `web_dist_acm_cert`.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("WebDistDefaultCertStack").with_env("123456789012", "us-east-1");

    let s3_bucket_source = s3::Bucket::new(&mut stack, "Bucket");
    web_distribution!(stack, "AnAmazingWebsiteProbably", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: s3_bucket_source },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_cloud_front_default_certificate(),
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
