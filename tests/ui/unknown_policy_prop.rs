use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    cache_policy!(stack, "p", {
        name: "MyPolicy",
        defaultTtl: Duration::days(1),
        MaxTTL: Duration::days(2),
        cookie_behavior: CacheCookieBehavior::allowList("a"),
    });
}
