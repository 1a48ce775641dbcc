use cloudfront_dsl::prelude::*;

fn main() {
    let _ = stack!("Ui", env: { account: "123456789012", region: "us-east-1" }, {
        let cert = certificate!("Cert", { domain_name: "www.example.com" });
        distribution!("Site", {
            default_behavior: { origin: origins::HttpOrigin("origin.example.com") },
            domain_names: ["www.example.com"],
            certificate: cert,
        });
        // CloudFront gives an alternate domain name to one distribution only.
        distribution!("Staging", {
            default_behavior: { origin: origins::HttpOrigin("staging.example.com") },
            domain_names: ["www.example.com"],
            certificate: cert,
        });
    });
}
