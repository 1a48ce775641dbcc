use cloudfront_dsl::prelude::*;

// A negative number is one error over the `-` and the number, saying what the value takes.
fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { connection_attempts: -1 }),
        },
        error_responses: [
            { http_status: 404, ttl: Duration::seconds(-10) },
            { http_status: 403, ttl: -10 },
            { http_status: 500, ttl: 10 },
        ],
    });
    cache_policy!(stack, "Policy", { min_ttl: Duration::minutes(-1) });
}
