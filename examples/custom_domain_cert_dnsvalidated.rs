//! "Domain Names and Certificates": a certificate created in the stack and validated through
//! DNS records in a Route 53 hosted zone.
//!
//! ```python
//! my_certificate = acm.DnsValidatedCertificate(self, "mySiteCert",
//!     domain_name="www.example.com",
//!     hosted_zone=hosted_zone
//! )
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior={"origin": origins.S3Origin(my_bucket)},
//!     domain_names=["www.example.com"],
//!     certificate=my_certificate
//! )
//! ```
//!
//! The CDK's `DnsValidatedCertificate` is a Lambda-backed custom resource deployed from a code
//! asset. Here the certificate is an `AWS::CertificateManager::Certificate` with DNS
//! validation through the hosted zone, which CloudFormation handles itself, so the template
//! deploys on its own; the distribution references it with `Ref` instead of the custom
//! resource's `Arn` attribute.

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the seed's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack =
        Stack::new("CustomDomainCertDnsValidatedStack").with_env("123456789012", "us-east-1");

    let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
    let hosted_zone = route53::HostedZone::from_hosted_zone_attributes(
        &mut stack,
        "HostedZone",
        route53::HostedZoneAttributes {
            hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
            zone_name: "example.com".into(),
        },
    );
    let my_certificate = acm::Certificate::new(
        &mut stack,
        "mySiteCert",
        acm::CertificateProps {
            domain_name: "www.example.com".into(),
            subject_alternative_names: vec![],
            validation: acm::CertificateValidation::from_dns(hosted_zone),
        },
    );
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::S3Origin(my_bucket) },
        domain_names: ["www.example.com"],
        certificate: my_certificate,
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
