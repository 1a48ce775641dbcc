// `origins::S3Origin` and its origin access identity, with an origin access control too.
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::S3Origin(bucket, { origin_access_control_id: "E2QWRUHAPOMQZL" }),
        },
    });
}
