use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    let name = String::from("FromVariable");
    let cache = cache_policy!(stack, "cache", {
        #![quotas(headers_per_cache_policy = 12)]
        cache_policy_name: name,
        min_ttl: Duration::days(2),
        header_behavior: CacheHeaderBehavior::allow_list(
            "H0", "H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9", "H10", "H11"
        ),
        cookie_behavior: CacheCookieBehavior::deny_list("tracking"),
    });
    let disabled = cache_policy!(stack, "disabled", {
        default_ttl: Duration::seconds(0),
        max_ttl: Duration::seconds(0),
    });
    let forward = origin_request_policy!(stack, "forward", {
        header_behavior: OriginRequestHeaderBehavior::all(),
        query_string_behavior: OriginRequestQueryStringBehavior::all(),
    });
    let origin = origins::HttpOrigin("www.example.com");
    let dist = distribution!(stack, "myDist", {
        default_behavior: {
            origin: origin.clone(),
            cache_policy: cache,
            origin_request_policy: forward,
            response_headers_policy: ResponseHeadersPolicy::SECURITY_HEADERS,
            allowed_methods: AllowedMethods::ALLOW_GET_HEAD_OPTIONS,
            cached_methods: CachedMethods::CACHE_GET_HEAD_OPTIONS,
        },
        additional_behaviors: {
            "/api/*": { origin: origin.clone(), cache_policy: disabled, allowed_methods: AllowedMethods::ALLOW_ALL },
            "/static/*": { origin: origin.clone(), cache_policy: CachePolicy::CACHING_OPTIMIZED },
        },
    });
    add_behavior!(stack, dist, "/reports/*", origins::HttpOrigin("reports.example.com", { read_timeout: Duration::seconds(180) }), {
        #![quotas(origin_response_timeout = 180)]
        origin_request_policy: OriginRequestPolicy::ALL_VIEWER,
    });
    let pattern = String::from("/late/*");
    add_behavior!(stack, dist, pattern, origin);
    let template = stack.synth().expect("valid");
    // `tests/ui.rs` lints what the pass cases write here.
    let dir = cloudfront_dsl_tests::ui_pass_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("policies.template.json"), template.to_json_pretty()).unwrap();
}
