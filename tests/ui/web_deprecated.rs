// The CDK's deprecated spellings compile, with a deprecation warning naming the current one;
// denied here so that the warnings show.
#![deny(deprecated)]
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    web_distribution!(stack, "old", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            origin_path: "/site",
            behaviors: [{ is_default_behavior: true, trusted_signers: ["123456789012"] }],
        }],
        alias_configuration: {
            acm_cert_ref: "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
            names: ["www.example.com"],
        },
        geo_restriction: GeoRestriction::whitelist("US", "GB"),
    });
    distribution!(stack, "new", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        geo_restriction: GeoRestriction::blacklist("RU"),
    });
}
