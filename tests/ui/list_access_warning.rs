// `LIST` access on the default behavior's origin without a default root object is a warning;
// denied here, so that the case fails and its message shows.
#![deny(deprecated)]
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::S3BucketOrigin::with_origin_access_control(bucket, {
                origin_access_levels: [AccessLevel::READ, AccessLevel::LIST],
            }),
        },
    });
    // With a default root object, no warning.
    distribution!(stack, "rooted", {
        default_behavior: {
            origin: origins::S3BucketOrigin::with_origin_access_control(bucket, {
                origin_access_levels: [AccessLevel::READ, AccessLevel::LIST],
            }),
        },
        default_root_object: "index.html",
    });
}
