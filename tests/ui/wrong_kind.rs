use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: "www.example.com",
            compress: "yes",
            viewer_protocol_policy: HttpVersion::HTTP2,
        },
        comment: 42,
        enabled: 1,
        error_responses: [{ http_status: "404" }],
        geo_restriction: GeoRestriction::allowlist(1),
    });
    distribution!(stack, "ports", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com", { http_port: 70000, https_port: -1 }) },
    });
}
