use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    web_distribution!(stack, "fv", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [
                {
                    is_default_behavior: true,
                    forwarded_values: { query_string: false, cookies: { forward: "allowlist" } },
                },
                {
                    path_pattern: "/a/*",
                    forwarded_values: { query_string: false, cookies: { forward: "whitelist" } },
                },
                {
                    path_pattern: "/b/*",
                    forwarded_values: {
                        query_string: false,
                        cookies: { forward: "none", whitelisted_names: ["session"] },
                        query_string_cache_keys: ["page"],
                    },
                },
                {
                    path_pattern: "/c/*",
                    forwarded_values: {
                        query_string: true,
                        headers: ["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9", "H10", "H11"],
                    },
                },
                {
                    path_pattern: "/d/*",
                    cache_policy: CachePolicy::CACHING_OPTIMIZED,
                    forwarded_values: { query_string: true },
                    max_ttl: Duration::days(1),
                },
                {
                    path_pattern: "/f/*",
                    forwarded_values: {
                        query_string: true,
                        cookies: { forward: "whitelist", whitelisted_names: ["cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc2", "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc3"] },
                        query_string_cache_keys: ["qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"],
                    },
                },
                {
                    path_pattern: "/e/*",
                    min_ttl: Duration::hours(2),
                    default_ttl: Duration::hours(1),
                },
            ],
        }],
    });
}
