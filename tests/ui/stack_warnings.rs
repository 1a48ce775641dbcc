// What the block-wide check finds that only warns is a warning at its token, as a construct
// macro's own warnings are: a KMS-encrypted bucket of the block read through origin access
// control, whose key policy then names every distribution of the account (only the block sees
// the bucket's encryption and the origin together). Denied here, so that the case fails and its
// message shows; without the `deny` the block compiles (`tests/stack_block.rs`).
#![deny(deprecated)]
use cloudfront_dsl::prelude::*;

fn main() {
    let _ = stack!("Ui", env: { account: "123456789012", region: "us-east-1" }, {
        let encrypted = bucket!("Encrypted", { encryption: s3::BucketEncryption::KMS });
        let plain = bucket!("Plain", {});
        distribution!("Dist", {
            default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(encrypted) },
            additional_behaviors: {
                // A bucket without a KMS key: nothing to warn about.
                "/plain/*": { origin: origins::S3BucketOrigin::with_origin_access_control(plain) },
            },
        });
    });
}
