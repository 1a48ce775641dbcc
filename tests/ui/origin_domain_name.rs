use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "scheme", {
        default_behavior: { origin: origins::HttpOrigin("https://www.example.com/") },
    });
    distribution!(stack, "path", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com/static") },
    });
    distribution!(stack, "port", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com:8080") },
    });
    distribution!(stack, "chars", {
        default_behavior: { origin: origins::HttpOrigin("www example.com") },
    });
}
