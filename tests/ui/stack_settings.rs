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
    // Inside `env`, each of `account` and `region` is given once, and a misspelled one is an
    // error at it with the closest suggested.
    let _ = stack!(
        "TwiceAccountStack",
        env: { account: "123456789012", account: "210987654321", region: "us-east-1" },
        {
            bucket!("Assets", {});
        }
    );
    let _ = stack!(
        "TypoRegionStack",
        env: { account: "123456789012", regoin: "us-east-1" },
        {
            bucket!("Assets", {});
        }
    );
    // An environment without its region is an error at the braces.
    let _ = stack!("NoRegionStack", env: { account: "123456789012" }, {
        bucket!("Assets", {});
    });
}
