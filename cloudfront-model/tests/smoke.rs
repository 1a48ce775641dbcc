use cloudfront_model::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_model::origins::{HttpOrigin, S3Origin};
use cloudfront_model::s3::{Bucket, BucketProps};
use cloudfront_model::Stack;

fn golden(name: &str) -> String {
    std::fs::read_to_string(format!("{}/../tests/fixtures/golden/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn s3_origin() {
    let mut stack = Stack::new("S3OriginStack").with_env("123456789012", "us-east-1");
    let b = Bucket::new(&mut stack, "myBucket");
    Distribution::new(&mut stack, "myDist", DistributionProps::new(BehaviorOptions::new(S3Origin(b))));
    let t = stack.synth().unwrap().to_json_pretty() + "\n";
    assert_eq!(t, golden("s3-origin"));
}

#[test]
fn s3_website() {
    let mut stack = Stack::new("S3WebsiteOriginStack").with_env("123456789012", "us-east-1");
    let b = Bucket::with_props(&mut stack, "myBucket", BucketProps::default().website_index_document("index.html").website_error_document("error.html"));
    Distribution::new(&mut stack, "myDist", DistributionProps::new(BehaviorOptions::new(S3Origin(b))));
    let t = stack.synth().unwrap().to_json_pretty() + "\n";
    assert_eq!(t, golden("s3-website-origin"));
}

#[test]
fn http() {
    let mut stack = Stack::new("HttpOriginStack").with_env("123456789012", "us-east-1");
    Distribution::new(&mut stack, "myDist", DistributionProps::new(BehaviorOptions::new(HttpOrigin("www.example.com"))));
    let t = stack.synth().unwrap().to_json_pretty() + "\n";
    assert_eq!(t, golden("http-origin"));
}
