//! "Domain Names and Certificates": a custom minimum protocol version.
//!
//! ```python
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior={"origin": origins.S3Origin(my_bucket)},
//!     domain_names=["www.example.com"],
//!     minimum_protocol_version=SecurityPolicyProtocol.TLS_V1_2016
//! )
//! ```
//!
//! As written, the CDK example has no certificate: the CDK then drops the minimum protocol
//! version and writes domain names CloudFront rejects (the deployment fails). cloudfront-dsl
//! refuses that at compile time (`tests/ui/certificate.rs`), so this example adds the
//! certificate.

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the seed's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("MinProtocolVersionStack").with_env("123456789012", "us-east-1");

    let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::S3Origin(my_bucket) },
        domain_names: ["www.example.com"],
        certificate: acm::Certificate::from_certificate_arn(
            "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
        ),
        minimum_protocol_version: SecurityPolicyProtocol::TLS_V1_2016,
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
