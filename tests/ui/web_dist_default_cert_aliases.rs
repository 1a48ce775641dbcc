// The CDK README's default certificate, as written: an alias CloudFront's certificate does
// not cover.
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("WebDistDefaultCertStack");
    let s3_bucket_source = s3::Bucket::new(&mut stack, "Bucket");
    web_distribution!(stack, "AnAmazingWebsiteProbably", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: s3_bucket_source },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_cloud_front_default_certificate("www.example.com"),
    });
}
