use cloudfront_dsl::prelude::*;

#[allow(deprecated)]
fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    web_distribution!(stack, "both", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_cloud_front_default_certificate(),
        alias_configuration: {
            acm_cert_ref: "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
            names: ["www.example.com"],
        },
    });
    web_distribution!(stack, "acm", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_acm_certificate(
            acm::Certificate::from_certificate_arn(
                "arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
            ),
        ),
    });
    web_distribution!(stack, "names", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_iam_certificate("ASCACKCEVSQ6C2EXAMPLE", {
            aliases: ["WWW.example.com", "*.*.example.com"],
        }),
    });
    web_distribution!(stack, "legacy", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        alias_configuration: {
            acm_cert_ref: "arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
            names: ["www.example.com"],
            security_policy: SecurityPolicyProtocol::SSL_V3,
        },
    });
    // Certificates and ids given by expressions: what is written around them is still checked.
    let cert = acm::Certificate::from_certificate_arn(
        "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
    );
    let id = String::from("ASCACKCEVSQ6C2EXAMPLE");
    web_distribution!(stack, "variables", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_acm_certificate(cert, { aliases: ["www..example.com"] }),
    });
    web_distribution!(stack, "id", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_iam_certificate(id, {
            aliases: ["www.example.com"],
            security_policy: SecurityPolicyProtocol::SSL_V3,
        }),
    });
}
