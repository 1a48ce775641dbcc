//! A stack imported by `cloudfront-dsl import`.

// The template's S3 origins use origin access identities, which `origins::S3Origin`
// writes (the CDK deprecates it for `S3BucketOrigin`, which uses origin access control).
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The imported stack.
pub fn stack() -> Stack {
    stack!("MinProtocolVersionAsWrittenStack", {
        let my_bucket = bucket!("myBucket", {});
        distribution!("myDist", {
            default_behavior: { origin: origins::S3Origin(my_bucket) },
            domain_names: ["www.example.com"],
        });
    })
}

fn main() {
    let _ = stack();
}
