use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    web_distribution!(stack, "none", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ path_pattern: "/images/*" }],
        }],
    });
    web_distribution!(stack, "two", {
        origin_configs: [
            {
                s3_origin_source: { s3_bucket_source: bucket },
                behaviors: [{ is_default_behavior: true }],
            },
            {
                custom_origin_source: { domain_name: "api.example.com" },
                behaviors: [{ is_default_behavior: true }, {}],
            },
        ],
    });
    web_distribution!(stack, "patterns", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [
                { is_default_behavior: true, path_pattern: "*" },
                { path_pattern: "/img/*" },
                { path_pattern: "img/*" },
                { path_pattern: "/a b" },
            ],
        }],
    });
}
