use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("https://www.example.com", {
                http_port: 81,
                connection_attempts: 0,
                custom_headers: { "Cookie": "a=b" },
            }),
        },
        comment: "fine",
        default_root_object: "/index.html",
    });
}
