use cloudfront_dsl::prelude::*;

fn main() {
    let _ = stack!("Ui", {
        bucket!("Assets", {});
        // A second construct with the id of the first: both would get one logical id.
        bucket!("Assets", { versioned: true });
        distribution!("Cdn", {
            #![override_logical_id("SiteDistribution")]
            default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        });
        // A logical id another resource of the block takes.
        distribution!("NewCdn", {
            #![override_logical_id("SiteDistribution")]
            default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        });
    });
}
