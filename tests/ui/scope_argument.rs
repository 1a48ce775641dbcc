use cloudfront_dsl::prelude::*;

fn main() {
    let stack_name = "Ui";
    distribution!(stack_name, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
}
