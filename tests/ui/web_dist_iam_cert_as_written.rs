// The CDK README's IAM certificate, as written: SSLv3 with SNI, and a name where the id goes.
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("WebDistIamCertStack");
    let s3_bucket_source = s3::Bucket::new(&mut stack, "Bucket");
    web_distribution!(stack, "AnAmazingWebsiteProbably", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: s3_bucket_source },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_iam_certificate("certificateId", {
            aliases: ["example.com"],
            security_policy: SecurityPolicyProtocol::SSL_V3, // default
            ssl_method: SSLMethod::SNI,
        }),
    });
}
