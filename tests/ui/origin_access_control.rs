use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    let site = s3::Bucket::new(&mut stack, "site");
    let lb = elbv2::ApplicationLoadBalancer::from_dns_name("my-lb-1234567890.us-east-1.elb.amazonaws.com");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::S3BucketOrigin::with_origin_access_identity(bucket, {
                origin_access_control_id: "E2QWRUHAPOMQZL",
            }),
        },
        additional_behaviors: {
            "/twice/*": {
                origin: origins::S3BucketOrigin::with_origin_access_control(bucket, {
                    origin_access_control_id: "E2QWRUHAPOMQZL",
                    origin_access_levels: [AccessLevel::READ, AccessLevel::WRITE, AccessLevel::READ],
                }),
            },
            "/none/*": {
                origin: origins::S3BucketOrigin::with_origin_access_control(bucket, { origin_access_levels: [] }),
            },
            "/site/*": {
                origin: origins::S3StaticWebsiteOrigin(site, { origin_access_control_id: "E2QWRUHAPOMQZL" }),
            },
            "/lb/*": {
                origin: origins::LoadBalancerV2Origin(lb, { origin_access_control_id: "E2QWRUHAPOMQZL" }),
            },
        },
    });
    s3_origin_access_control!(stack, "Oac", {
        origin_access_control_name: "an-origin-access-control-name-of-more-than-sixty-four-characters-x",
        signing: Signing::SIGV4A_ALWAYS,
    });
}
