use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "regional", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        web_acl_id: "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/site/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
    });
    distribution!(stack, "elsewhere", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        web_acl_id: "arn:aws:wafv2:eu-west-1:123456789012:global/webacl/site/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
    });
    distribution!(stack, "garbage", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        web_acl_id: "my-acl",
    });
}
