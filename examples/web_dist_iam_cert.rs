//! "Viewer certificate / IAM certificate": a web distribution with a server certificate
//! uploaded to IAM.
//!
//! ```python
//! s3_bucket_source = s3.Bucket(self, "Bucket")
//!
//! distribution = cloudfront.CloudFrontWebDistribution(self, "AnAmazingWebsiteProbably",
//!     origin_configs=[SourceConfiguration(
//!         s3_origin_source=S3OriginConfig(s3_bucket_source=s3_bucket_source),
//!         behaviors=[Behavior(is_default_behavior=True)]
//!     )],
//!     viewer_certificate=cloudfront.ViewerCertificate.from_iam_certificate("certificateId",
//!         aliases=["example.com"],
//!         security_policy=cloudfront.SecurityPolicyProtocol.SSL_V3, # default
//!         ssl_method=cloudfront.SSLMethod.SNI
//!     )
//! )
//! ```
//!
//! The CDK example does not synthesize: SSLv3 is only available with dedicated IP addresses
//! (`SSLMethod::VIP`), and its certificate id is not one (IAM ids of server certificates
//! start with `ASCA` and have at least 16 characters). Both are compile errors here
//! (`tests/ui/web_dist_iam_cert_as_written.rs`); the example keeps SNI with `TLS_V1`, and uses
//! an id of the form IAM prints.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("WebDistIamCertStack").with_env("123456789012", "us-east-1");

    let s3_bucket_source = s3::Bucket::new(&mut stack, "Bucket");
    web_distribution!(stack, "AnAmazingWebsiteProbably", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: s3_bucket_source },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_iam_certificate("ASCACKCEVSQ6C2EXAMPLE", {
            aliases: ["example.com"],
            security_policy: SecurityPolicyProtocol::TLS_V1,
            ssl_method: SSLMethod::SNI,
        }),
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
