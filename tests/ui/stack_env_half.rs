use cloudfront_dsl::prelude::*;

fn main() {
    // One half of the environment computed: the literal half is checked at compile time, at its
    // token; the computed one at `synth()` (`tests/stack_block.rs`).
    let region = std::env::var("REGION").unwrap_or_default();
    let _ = stack!("SiteStack", env: { account: "1234-5678-9012", region: region }, {
        bucket!("Assets", {});
    });
    let account = std::env::var("ACCOUNT").unwrap_or_default();
    let _ = stack!("OtherStack", env: { account: account, region: "US East" }, {
        bucket!("Assets", {});
    });
    // A right literal half beside a computed one: no error here.
    let region = String::from("eu-west-1");
    let _ = stack!("GoodStack", env: { account: "123456789012", region: region }, {
        bucket!("Assets", {});
    });
}
