use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        domain_names: ["www.example.com"],
        certificate: acm::Certificate::from_certificate_arn(
            "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
        ),
        minimum_protocol_version: SecurityPolicyProtocol::SSL_V3,
    });
}
