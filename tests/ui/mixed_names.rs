use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let more = ["utm_medium"];
    let countries = ["US"];
    // Literal names beside a variable are checked at their tokens; the variable's at `synth()`.
    cache_policy!(stack, "Policy", {
        query_string_behavior: CacheQueryStringBehavior::allow_list("utm_source", more, "utm_source"),
        header_behavior: CacheHeaderBehavior::allow_list(more, "X Bad"),
    });
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        geo_restriction: GeoRestriction::allowlist(countries, "XX"),
    });
}
