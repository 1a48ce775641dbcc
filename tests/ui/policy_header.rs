use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    cache_policy!(stack, "cache", {
        header_behavior: CacheHeaderBehavior::allow_list("Accept-Encoding", "Cookie", "Connection"),
    });
    origin_request_policy!(stack, "forward", {
        header_behavior: OriginRequestHeaderBehavior::allow_list("Authorization"),
    });
    origin_request_policy!(stack, "extras", {
        header_behavior: OriginRequestHeaderBehavior::all("CloudFront-Viewer-Country", "X-Custom"),
    });
}
