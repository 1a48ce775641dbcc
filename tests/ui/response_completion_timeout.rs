use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", {
                read_timeout: Duration::seconds(60),
                response_completion_timeout: Duration::seconds(45),
            }),
        },
        additional_behaviors: {
            "/default/*": {
                origin: origins::HttpOrigin("a.example.com", { response_completion_timeout: Duration::seconds(20) }),
            },
            "/long/*": {
                origin: origins::HttpOrigin("b.example.com", { response_completion_timeout: Duration::hours(2) }),
            },
        },
    });
}
