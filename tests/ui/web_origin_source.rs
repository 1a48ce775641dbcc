use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    web_distribution!(stack, "sources", {
        origin_configs: [
            {
                s3_origin_source: { s3_bucket_source: bucket },
                custom_origin_source: { domain_name: "api.example.com" },
                behaviors: [{ is_default_behavior: true }],
            },
            {
                behaviors: [{ path_pattern: "/none/*" }],
            },
            {
                custom_origin_source: { domain_name: "a.example.com" },
                failover_s3_origin_source: { s3_bucket_source: bucket },
                failover_custom_origin_source: { domain_name: "b.example.com" },
                behaviors: [{ path_pattern: "/two/*" }],
            },
            {
                custom_origin_source: { domain_name: "a.example.com", origin_path: "/v1" },
                failover_custom_origin_source: { domain_name: "a.example.com", origin_path: "/v1" },
                behaviors: [{ path_pattern: "/same/*" }],
            },
            {
                custom_origin_source: { domain_name: "c.example.com", origin_shield_region: "us-east-1" },
                origin_shield_region: "eu-west-1",
                behaviors: [{ path_pattern: "/shield/*" }],
            },
        ],
    });
}
