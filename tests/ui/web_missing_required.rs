use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    web_distribution!(stack, "empty", {});
    web_distribution!(stack, "parts", {
        origin_configs: [
            {
                s3_origin_source: {},
                behaviors: [{ is_default_behavior: true, forwarded_values: { cookies: {} } }],
            },
            { custom_origin_source: {} },
        ],
        error_configurations: [{ response_page_path: "/error.html" }],
    });
}
