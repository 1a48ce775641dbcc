use cloudfront_dsl::prelude::*;

fn main() {
    // A construct used by a distribution before it is declared: in a block, as in a CDK
    // constructor, a construct is a value bound by `let`, so a use before its declaration is
    // rustc's own error at the use. No block can name a construct declared after it, and so
    // none can make ids depend on such an order.
    let _ = stack!("Ui", env: { account: "123456789012", region: "us-east-1" }, {
        distribution!("Site", {
            default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(assets) },
            domain_names: ["www.example.com"],
            certificate: cert,
        });
        let assets = bucket!("Assets", {});
        let cert = certificate!("Cert", { domain_name: "www.example.com" });
    });
}
