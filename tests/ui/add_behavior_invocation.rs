use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let dist = distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    add_behavior!(stack, dist, "/a/*", origins::HttpOrigin("a.example.com"), {
        origin: origins::HttpOrigin("b.example.com"),
        viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTP,
    });
    add_behavior!(stack, dist, "/b/*", origins::HttpOrigin("https://b.example.com"));
    add_behavior!(stack, dist);
}
