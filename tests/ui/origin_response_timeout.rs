use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "tooLong", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { read_timeout: Duration::minutes(3) }),
        },
    });
    distribution!(stack, "zero", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { read_timeout: Duration::seconds(0) }),
        },
    });
}
