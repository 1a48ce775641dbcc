use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::OriginGroup({
                primary_origin: origins::HttpOrigin("www.example.com"),
                fallback_origin: origins::HttpOrigin("backup.example.com"),
                fallback_status_codes: [500, 200, 500],
            }),
            allowed_methods: AllowedMethods::ALLOW_ALL,
        },
        additional_behaviors: {
            "/none/*": {
                origin: origins::OriginGroup({
                    primary_origin: origins::HttpOrigin("a.example.com"),
                    fallback_origin: origins::HttpOrigin("b.example.com"),
                    fallback_status_codes: [],
                }),
            },
            "/same/*": {
                origin: origins::OriginGroup({
                    primary_origin: origins::HttpOrigin("c.example.com", { origin_path: "/v1" }),
                    fallback_origin: origins::HttpOrigin("c.example.com", { origin_path: "/v1" }),
                }),
            },
            "/nested/*": {
                origin: origins::OriginGroup({
                    primary_origin: origins::OriginGroup({
                        primary_origin: origins::HttpOrigin("d.example.com"),
                        fallback_origin: origins::HttpOrigin("e.example.com"),
                    }),
                    fallback_origin: origins::HttpOrigin("f.example.com"),
                }),
            },
            "/alone/*": {
                origin: origins::OriginGroup({ primary_origin: origins::HttpOrigin("g.example.com") }),
            },
        },
    });
}
