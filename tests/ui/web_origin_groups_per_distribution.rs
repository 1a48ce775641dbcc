use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    web_distribution!(stack, "groups", {
        origin_configs: [
            {
                custom_origin_source: { domain_name: "o0.example.com" },
                failover_custom_origin_source: { domain_name: "f0.example.com" },
                behaviors: [{ is_default_behavior: true }],
            },
            {
                custom_origin_source: { domain_name: "o1.example.com" },
                failover_custom_origin_source: { domain_name: "f1.example.com" },
                behaviors: [{ path_pattern: "/p1/*" }],
            },
            {
                custom_origin_source: { domain_name: "o2.example.com" },
                failover_custom_origin_source: { domain_name: "f2.example.com" },
                behaviors: [{ path_pattern: "/p2/*" }],
            },
            {
                custom_origin_source: { domain_name: "o3.example.com" },
                failover_custom_origin_source: { domain_name: "f3.example.com" },
                behaviors: [{ path_pattern: "/p3/*" }],
            },
            {
                custom_origin_source: { domain_name: "o4.example.com" },
                failover_custom_origin_source: { domain_name: "f4.example.com" },
                behaviors: [{ path_pattern: "/p4/*" }],
            },
            {
                custom_origin_source: { domain_name: "o5.example.com" },
                failover_custom_origin_source: { domain_name: "f5.example.com" },
                behaviors: [{ path_pattern: "/p5/*" }],
            },
            {
                custom_origin_source: { domain_name: "o6.example.com" },
                failover_custom_origin_source: { domain_name: "f6.example.com" },
                behaviors: [{ path_pattern: "/p6/*" }],
            },
            {
                custom_origin_source: { domain_name: "o7.example.com" },
                failover_custom_origin_source: { domain_name: "f7.example.com" },
                behaviors: [{ path_pattern: "/p7/*" }],
            },
            {
                custom_origin_source: { domain_name: "o8.example.com" },
                failover_custom_origin_source: { domain_name: "f8.example.com" },
                behaviors: [{ path_pattern: "/p8/*" }],
            },
            {
                custom_origin_source: { domain_name: "o9.example.com" },
                failover_custom_origin_source: { domain_name: "f9.example.com" },
                behaviors: [{ path_pattern: "/p9/*" }],
            },
            {
                custom_origin_source: { domain_name: "o10.example.com" },
                failover_custom_origin_source: { domain_name: "f10.example.com" },
                behaviors: [{ path_pattern: "/p10/*" }],
            },
        ],
    });
}
