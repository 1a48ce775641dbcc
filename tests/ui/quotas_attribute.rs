use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        #![quotas(origin_reponse_timeout = 180)]
        #![cache(forever)]
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
}
