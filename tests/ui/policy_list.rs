use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    cache_policy!(stack, "lists", {
        cookie_behavior: CacheCookieBehavior::allow_list(),
        header_behavior: CacheHeaderBehavior::allow_list("X-Tenant", "x-tenant", "X Bad"),
        query_string_behavior: CacheQueryStringBehavior::deny_list(""),
    });
    cache_policy!(stack, "noAll", {
        header_behavior: CacheHeaderBehavior::all(),
    });
    origin_request_policy!(stack, "wrongType", {
        header_behavior: CacheHeaderBehavior::none(),
    });
}
