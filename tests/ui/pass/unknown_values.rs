use cloudfront_dsl::prelude::*;

// Values given by expressions are unknown at compile time: no rule may treat them as absent
// (or as anything else). `synth()` checks them.
fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    let secs: u64 = 30;
    let hours: u64 = 2;
    let status: u16 = 404;
    let page = String::from("/404.html");
    let names = vec!["www.example.com"];
    let cert = acm::Certificate::from_certificate_arn(
        "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
    );
    let behavior = BehaviorOptions::new(origins::HttpOrigin("api.example.com"));
    let methods = AllowedMethods::ALLOW_GET_HEAD_OPTIONS;
    let logging = true;
    cache_policy!(stack, "ttls", {
        default_ttl: Duration::seconds(secs),
        max_ttl: Duration::hours(1),
        min_ttl: Duration::hours(hours),
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { read_timeout: Duration::seconds(secs) }),
            allowed_methods: methods,
            cached_methods: CachedMethods::CACHE_GET_HEAD_OPTIONS,
        },
        additional_behaviors: { "/api/*": behavior },
        error_responses: [
            { http_status: status, ttl: Duration::seconds(secs) },
            { http_status: 500, response_http_status: 200, response_page_path: page },
        ],
        domain_names: names,
        certificate: cert,
        enable_logging: logging,
        log_file_prefix: "cdn/",
    });
// Lists that may be empty at run time: no certificate needed, no conflict with signers.
    let no_names: Vec<&str> = Vec::new();
    let no_groups: Vec<KeyGroup> = Vec::new();
    distribution!(stack, "maybeEmpty", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            trusted_key_groups: no_groups,
            trusted_signers: ["self"],
        },
        domain_names: no_names,
    });
    let err = stack.synth().expect_err("min_ttl above max_ttl, known only at run time");
    assert!(err.to_string().contains("ttls.default_ttl"), "{err}");
}
