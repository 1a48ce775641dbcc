use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    let rsa = public_key!(stack, "Rsa", {
        encoded_key: file("../keys/rsa2048.pem"),
        comment: "signing key",
        public_key_name: "signing-key_1",
    });
    let ec = public_key!(stack, "Ec", { encoded_key: file("../keys/p256.pem") });
    let group = key_group!(stack, "Group", { items: [rsa, ec], key_group_name: "signers", comment: "both" });
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com"), trusted_key_groups: [group] },
        additional_behaviors: { "/legacy/*": { origin: origins::HttpOrigin("old.example.com"), trusted_signers: ["self"] } },
    });
    let template = stack.synth().expect("valid");
    // `tests/ui.rs` lints what the pass cases write here.
    let dir = cloudfront_dsl_tests::ui_pass_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("keys.template.json"), template.to_json_pretty()).unwrap();
}
