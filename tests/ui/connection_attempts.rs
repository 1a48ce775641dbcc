use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "myBucket");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::S3Origin(bucket, { connection_attempts: 5 }) },
    });
}
