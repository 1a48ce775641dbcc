use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "Site");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            enable_grpc: true,
        },
        additional_behaviors: {
            "/grpc/*": {
                origin: origins::HttpOrigin("grpc.example.com", {
                    protocol_policy: OriginProtocolPolicy::HTTP_ONLY,
                }),
                allowed_methods: AllowedMethods::ALLOW_GET_HEAD_OPTIONS,
                enable_grpc: true,
            },
            "/website/*": {
                origin: origins::S3StaticWebsiteOrigin(bucket),
                allowed_methods: AllowedMethods::ALLOW_ALL,
                enable_grpc: true,
            },
        },
        http_version: HttpVersion::HTTP1_1,
    });
}
