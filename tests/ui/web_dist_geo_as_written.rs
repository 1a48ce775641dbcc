// The CDK README's geographic restriction, as written: `UK` is not an ISO 3166-1 code.
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("WebDistGeoStack");
    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    web_distribution!(stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: source_bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        geo_restriction: GeoRestriction::whitelist("US", "UK"),
    });
}
