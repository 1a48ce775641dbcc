use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            trusted_signers: ["self", "123456789012", "", "1234-5678-9012", "self\n", "SELF"],
        },
    });
}
