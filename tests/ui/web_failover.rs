use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let primary = s3::Bucket::new(&mut stack, "primary");
    let fallback = s3::Bucket::new(&mut stack, "fallback");
    web_distribution!(stack, "codes", {
        origin_configs: [
            {
                s3_origin_source: { s3_bucket_source: primary },
                failover_criteria_status_codes: [FailoverStatusCode::NOT_FOUND],
                behaviors: [{ is_default_behavior: true }],
            },
            {
                s3_origin_source: { s3_bucket_source: primary },
                failover_s3_origin_source: { s3_bucket_source: fallback },
                failover_criteria_status_codes: [],
                behaviors: [{ path_pattern: "/empty/*" }],
            },
            {
                s3_origin_source: { s3_bucket_source: primary },
                failover_s3_origin_source: { s3_bucket_source: fallback },
                failover_criteria_status_codes: [FailoverStatusCode::BAD_GATEWAY, FailoverStatusCode::BAD_GATEWAY],
                behaviors: [{ path_pattern: "/upload/*", allowed_methods: CloudFrontAllowedMethods::ALL }],
            },
            {
                s3_origin_source: { s3_bucket_source: primary },
                failover_s3_origin_source: { s3_bucket_source: fallback },
                failover_criteria_status_codes: [FailoverStatusCode::METHOD_NOT_ALLOWED],
                behaviors: [{ path_pattern: "/unknown/*" }],
            },
        ],
    });
}
