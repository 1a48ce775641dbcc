use cloudfront_dsl::prelude::*;

// "Did you mean" weighs a constant's `_`-separated parts: a missing or extra word counts more
// than shared letters, and a small set of constants is listed whole.
fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_HTTPS,
            allowed_methods: AllowedMethods::ALL,
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::HttpOrigin("api.example.com"),
                allowed_methods: AllowedMethods::ALLOW_ALL_METHODS,
            },
        },
        http_version: HttpVersion::HTTP2_3,
        minimum_protocol_version: SecurityPolicyProtocol::TLS_V1_2,
    });
    web_distribution!(stack, "web", {
        origin_configs: [{
            custom_origin_source: { domain_name: "www.example.com" },
            behaviors: [{ is_default_behavior: true, allowed_methods: CloudFrontAllowedMethods::ALLOW_ALL }],
        }],
    });
}
