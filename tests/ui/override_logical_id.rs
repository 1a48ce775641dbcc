use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "invalid", {
        #![override_logical_id("My-Distribution")]
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    distribution!(stack, "twice", {
        #![override_logical_id("A")]
        #![override_logical_id("B")]
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    distribution!(stack, "number", {
        #![override_logical_id(42)]
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    let bucket = s3::Bucket::new(&mut stack, "b");
    web_distribution!(stack, "web", {
        #![override_logical_id("Web")]
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
    });
}
