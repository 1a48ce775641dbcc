//! "Viewer certificate / ACM certificate": a web distribution with a certificate of ACM
//! created in the stack.
//!
//! ```python
//! s3_bucket_source = s3.Bucket(self, "Bucket")
//!
//! certificate = certificatemanager.Certificate(self, "Certificate",
//!     domain_name="example.com",
//!     subject_alternative_names=["*.example.com"]
//! )
//!
//! distribution = cloudfront.CloudFrontWebDistribution(self, "AnAmazingWebsiteProbably",
//!     origin_configs=[SourceConfiguration(
//!         s3_origin_source=S3OriginConfig(s3_bucket_source=s3_bucket_source),
//!         behaviors=[Behavior(is_default_behavior=True)]
//!     )],
//!     viewer_certificate=cloudfront.ViewerCertificate.from_acm_certificate(certificate,
//!         aliases=["example.com", "www.example.com"],
//!         security_policy=cloudfront.SecurityPolicyProtocol.TLS_V1, # default
//!         ssl_method=cloudfront.SSLMethod.SNI
//!     )
//! )
//! ```
//!
//! The certificate is validated by email, the CDK's default; `synth()` checks that it covers
//! both aliases.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("WebDistAcmCertStack").with_env("123456789012", "us-east-1");

    let s3_bucket_source = s3::Bucket::new(&mut stack, "Bucket");
    let certificate = acm::Certificate::new(
        &mut stack,
        "Certificate",
        acm::CertificateProps {
            domain_name: "example.com".into(),
            subject_alternative_names: vec!["*.example.com".into()],
            validation: acm::CertificateValidation::from_email(),
        },
    );
    web_distribution!(stack, "AnAmazingWebsiteProbably", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: s3_bucket_source },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_acm_certificate(certificate, {
            aliases: ["example.com", "www.example.com"],
            security_policy: SecurityPolicyProtocol::TLS_V1, // default
            ssl_method: SSLMethod::SNI,
        }),
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
