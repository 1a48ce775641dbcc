use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "myBucket");
    // The CDK README's own `minimum_protocol_version` example, as written: no certificate.
    distribution!(stack, "asWritten", {
        default_behavior: { origin: origins::S3Origin(bucket) },
        domain_names: ["www.example.com"],
        minimum_protocol_version: SecurityPolicyProtocol::TLS_V1_2016,
    });
    distribution!(stack, "noNames", {
        default_behavior: { origin: origins::S3Origin(bucket) },
        certificate: acm::Certificate::from_certificate_arn(
            "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
        ),
    });
    distribution!(stack, "wrongRegion", {
        default_behavior: { origin: origins::S3Origin(bucket) },
        domain_names: ["www.example.com"],
        certificate: acm::Certificate::from_certificate_arn(
            "arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
        ),
        ssl_support_method: SSLMethod::SNI,
    });
    distribution!(stack, "notAcm", {
        default_behavior: { origin: origins::S3Origin(bucket) },
        domain_names: ["www.example.com"],
        certificate: acm::Certificate::from_certificate_arn("arn:aws:iam::123456789012:server-certificate/site"),
    });
    distribution!(stack, "methodWithoutCertificate", {
        default_behavior: { origin: origins::S3Origin(bucket) },
        ssl_support_method: SSLMethod::VIP,
    });
}
