use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com", { HTTPPort: 8080 }) },
        defaultRootObject: "index.html",
        DefaultRootObject: "index.html",
        commnet: "typo",
        IPV6Enabled: false,
        frobnicate: true,
    });
}
