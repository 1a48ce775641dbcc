use cloudfront_dsl::prelude::*;

fn main() {
    // The settings before the block are `env` and `description`: another name is an error at
    // it, with the closest setting suggested.
    let _ = stack!("TypoStack", descripton: "The site", {
        bucket!("Assets", {});
    });
    // Each setting is given once: the second is an error at its name.
    let _ = stack!("TwiceStack", description: "The site", description: "The docs", {
        bucket!("Assets", {});
    });
    let _ = stack!(
        "TwiceEnvStack",
        env: { account: "123456789012", region: "us-east-1" },
        env: { account: "123456789012", region: "eu-west-1" },
        {
            bucket!("Assets", {});
        }
    );
}
