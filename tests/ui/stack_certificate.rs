use cloudfront_dsl::prelude::*;

fn main() {
    let _ = stack!("Ui", env: { account: "123456789012", region: "us-east-1" }, {
        let cert = certificate!("Cert", {
            domain_name: "example.com",
            subject_alternative_names: ["www.example.com"],
        });
        distribution!("Site", {
            default_behavior: { origin: origins::HttpOrigin("origin.example.com") },
            // The certificate of the block covers example.com and www.example.com only.
            domain_names: ["www.example.com", "shop.example.com"],
            certificate: cert,
        });
    });
    // CloudFront takes certificates of us-east-1: one created in a stack of eu-west-1 is not.
    let _ = stack!("Europe", env: { account: "123456789012", region: "eu-west-1" }, {
        let cert = certificate!("Cert", { domain_name: "www.example.com" });
        distribution!("Site", {
            default_behavior: { origin: origins::HttpOrigin("origin.example.com") },
            domain_names: ["www.example.com"],
            certificate: cert,
        });
    });
}
