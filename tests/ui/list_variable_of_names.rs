use cloudfront_dsl::prelude::*;

// A list variable is spread into a factory that takes names one by one (the CDK's
// `allowList(...names)`); a value that is neither a name nor a list of names is refused at the
// argument, in the DSL's words.
fn main() {
    let mut stack = Stack::new("Ui");
    let ports = vec![80, 443];
    cache_policy!(stack, "numbers", {
        header_behavior: CacheHeaderBehavior::allow_list(ports),
    });
    let country = 44;
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        geo_restriction: GeoRestriction::allowlist("US", country),
    });
}
