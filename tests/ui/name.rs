use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    cache_policy!(stack, "spaces", { cache_policy_name: "My Policy" });
    origin_request_policy!(stack, "dots", { origin_request_policy_name: "my.policy" });
    cache_policy!(stack, "long", {
        cache_policy_name: "a-very-long-policy-name-a-very-long-policy-name-a-very-long-policy-name-a-very-long-policy-name-a-very-long-policy-name-a-very-long-policy-name-",
        comment: "A comment far longer than the one hundred and twenty-eight characters that CloudFront accepts for the comment field of a cache policy, so it fails.",
    });
}
