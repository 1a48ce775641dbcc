use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let logs = s3::Bucket::new(&mut stack, "Logs");
    distribution!(stack, "disabledWithBucket", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        enable_logging: false,
        log_bucket: logs,
    });
    distribution!(stack, "prefixWithoutLogging", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        log_file_prefix: "cdn/",
        log_includes_cookies: true,
    });
    distribution!(stack, "leadingSlash", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        enable_logging: true,
        log_file_prefix: "/cdn/",
    });
}
