use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    // Each literal breaks a rule the value carries wherever it is used: reported at its token.
    let ssh = value!(origins::HttpOrigin("www.example.com", { http_port: 22 }));
    let geo = value!(GeoRestriction::allowlist("US", "XX"));
    let query = value!(CacheQueryStringBehavior::allow_list("utm_source", "utm_source"));
    let headers = value!(CacheHeaderBehavior::allow_list("X Bad"));
    cache_policy!(stack, "Policy", { query_string_behavior: query, header_behavior: headers });
    distribution!(stack, "myDist", {
        default_behavior: { origin: ssh },
        geo_restriction: geo,
    });
}
