use cloudfront_dsl::prelude::*;

fn main() {
    let host = |name: &str| format!("{name}.example.com");
    let _ = stack!("Mixed", env: { account: "123456789012", region: "us-east-1" }, {
        let cert = certificate!("Cert", { domain_name: "www.example.com" });
        // The literal alias the certificate does not cover is an error here; the one computed
        // at run time is checked by `synth()`.
        distribution!("Site", {
            default_behavior: { origin: origins::HttpOrigin(host("origin")) },
            domain_names: [host("shop"), "api.example.com"],
            certificate: cert,
        });
        // A log bucket made at run time is checked by `synth()`; one of the block, here.
        let runtime_logs = s3::Bucket::new(&mut stack, "RuntimeLogs");
        let logs = bucket!("Logs", {});
        distribution!("Other", {
            default_behavior: { origin: origins::HttpOrigin("www.example.com") },
            log_bucket: logs,
        });
        distribution!("Third", {
            default_behavior: { origin: origins::HttpOrigin("www.example.com") },
            log_bucket: runtime_logs,
        });
    });
}
