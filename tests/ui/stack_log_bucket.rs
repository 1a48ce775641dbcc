use cloudfront_dsl::prelude::*;

fn main() {
    let _ = stack!("Ui", env: { account: "123456789012", region: "us-east-1" }, {
        // S3 creates buckets with ACLs off; CloudFront's standard logs need them.
        let logs = bucket!("Logs", { versioned: true });
        distribution!("Dist", {
            default_behavior: { origin: origins::HttpOrigin("www.example.com") },
            log_bucket: logs,
        });
    });
}
