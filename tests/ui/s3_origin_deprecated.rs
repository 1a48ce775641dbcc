// `origins::S3Origin` warns as the CDK deprecates it, naming the replacement; denied here, so
// that the case fails and its message shows.
#![deny(deprecated)]
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::S3Origin(bucket) },
    });
    let _builder = origins::S3Origin(bucket);
}
