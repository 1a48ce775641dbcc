use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    let bucket = s3::Bucket::new(&mut stack, "Bucket");
    let api = apigateway::RestApi::from_rest_api_id(&mut stack, "Api", "a1b2c3d4e5", "prod");
    distribution!(stack, "Dist", {
        default_behavior: {
            // A REST API origin is HTTPS on its stage URL: no protocol to choose.
            origin: origins::RestApiOrigin(&api, {
                protocol_policy: OriginProtocolPolicy::HTTP_ONLY,
                read_timeout: Duration::seconds(0),
                origin_path: "v2/",
            }),
        },
        additional_behaviors: {
            // An API is a value of the program, not a literal.
            "/a/*": { origin: origins::RestApiOrigin("a1b2c3d4e5") },
            "/b/*": { origin: origins::RestApiOrgin(&api) },
            // A misspelled type of a factory written as the CDK's static methods are.
            "/c/*": { origin: origins::S3BucketOriginX::with_origin_access_identity(bucket) },
            // The model's own constructors pass through as Rust.
            "/d/*": { origin: origins::Origin::http("www.example.com", Default::default()) },
        },
    });
}
