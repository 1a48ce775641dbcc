use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        geo_restriction: GeoRestriction::allowlist("US", "UK", "de", "XX", "US"),
    });
    distribution!(stack, "empty", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        geo_restriction: GeoRestriction::denylist(),
    });
}
