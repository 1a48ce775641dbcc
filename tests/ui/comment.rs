use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        comment: "This comment is far longer than the one hundred and twenty-eight characters CloudFront accepts for a distribution, so it is rejected.",
    });
}
