use cloudfront_dsl::prelude::*;

fn main() {
    // An AWS account id is 12 digits; a region code is lower-case words joined by `-`, ending in
    // a number. Each is an error at its literal, both in one compile.
    let _ = stack!("SiteStack", env: { account: "1234-5678-9012", region: "us-east-1" }, {
        bucket!("Assets", {});
    });
    let _ = stack!("OtherStack", env: { account: "123456789012", region: "US East" }, {
        bucket!("Assets", {});
    });
    let _ = stack!("BothStack", env: { account: "12345", region: "useast1" }, {
        bucket!("Assets", {});
    });
}
