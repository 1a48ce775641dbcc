use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    cache_policy!(stack, "defaultBelowMin", {
        min_ttl: Duration::hours(2),
        default_ttl: Duration::hours(1),
    });
    cache_policy!(stack, "maxBelowDefault", {
        default_ttl: Duration::days(2),
        max_ttl: Duration::days(1),
    });
    cache_policy!(stack, "maxBelowImplicitDefault", {
        max_ttl: Duration::hours(1),
    });
    cache_policy!(stack, "fractions", {
        min_ttl: Duration::millis(500),
    });
}
