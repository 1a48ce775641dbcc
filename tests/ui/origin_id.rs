use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com", { origin_id: "" }) },
        additional_behaviors: {
            "/long/*": {
                origin: origins::HttpOrigin("long.example.com", {
                    origin_id: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                }),
            },
            "/nul/*": { origin: origins::HttpOrigin("nul.example.com", { origin_id: "api\0" }) },
            "/line/*": { origin: origins::HttpOrigin("line.example.com", { origin_id: "api\nv2" }) },
            "/ok/*": { origin: origins::HttpOrigin("ok.example.com", { origin_id: "api-v2" }) },
        },
    });
}
