use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let secret = String::from("s3cr3t");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", {
                custom_headers: {
                    "X-Origin-Verify": secret,
                    "Host": "origin.example.com",
                    "X-Amz-Date": "today",
                    "x-origin-verify": "again",
                    "X Space": "1",
                },
            }),
        },
    });
}
