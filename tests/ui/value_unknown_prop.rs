use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    // A misspelled prop of an origin's props block, and the CDK's camelCase spelling.
    let web = value!(origins::HttpOrigin("www.example.com", { origin_idd: "web", httpPort: 8080 }));
    distribution!(stack, "myDist", { default_behavior: { origin: web } });
}
