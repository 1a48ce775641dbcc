use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    cache_policy!(stack, "noCache", {
        default_ttl: Duration::seconds(0),
        max_ttl: Duration::seconds(0),
        query_string_behavior: CacheQueryStringBehavior::all(),
        enable_accept_encoding_gzip: true,
    });
}
