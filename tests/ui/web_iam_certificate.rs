use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    web_distribution!(stack, "d0", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_iam_certificate("arn:aws:iam::123456789012:server-certificate/www", { aliases: ["www.example.com"] }),
    });
    web_distribution!(stack, "d1", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_iam_certificate("my-cert", { aliases: ["www.example.com"] }),
    });
    web_distribution!(stack, "d2", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_iam_certificate("ASCASHORT", { aliases: ["www.example.com"] }),
    });
    web_distribution!(stack, "d3", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        viewer_certificate: ViewerCertificate::from_iam_certificate("ASCA-CKCEVSQ6C2EXAMPLE", { aliases: ["www.example.com"] }),
    });
}
