use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            cached_methods: CachedMethods::CACHE_GET_HEAD_OPTIONS,
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::HttpOrigin("api.example.com"),
                allowed_methods: AllowedMethods::ALLOW_GET_HEAD,
                cached_methods: CachedMethods::CACHE_GET_HEAD_OPTIONS,
            },
        },
    });
}
