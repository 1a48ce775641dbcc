use cloudfront_dsl::prelude::*;

fn main() {
    // CloudFormation takes stack names of letters, digits and hyphens, starting with a letter.
    let _ = stack!("site_stack", {
        bucket!("Assets", {});
    });
}
