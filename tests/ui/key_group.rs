use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let k = public_key!(stack, "K", { encoded_key: file("keys/rsa2048.pem") });
    key_group!(stack, "Empty", { items: [] });
    key_group!(stack, "Six", { items: [k, k, k, k, k, k] });
    let g = key_group!(stack, "G", { items: [k] });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            trusted_key_groups: [g, g, g, g, g],
        },
        additional_behaviors: {
            "/legacy/*": {
                origin: origins::HttpOrigin("www.example.com"),
                trusted_key_groups: [g],
                trusted_signers: ["self"],
            },
        },
    });
}
