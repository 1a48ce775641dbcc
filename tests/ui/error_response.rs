use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        error_responses: [
            { http_status: 401, ttl: Duration::seconds(10) },
            { http_status: 404, response_http_status: 200 },
            { http_status: 403, response_http_status: 302, response_page_path: "index.html" },
            { http_status: 500 },
            { http_status: 404, ttl: Duration::seconds(1) },
        ],
    });
}
