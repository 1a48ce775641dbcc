use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    let bucket = s3::Bucket::new(&mut stack, "Site");
    let f = lambda_function!(stack, "F", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;"),
    });
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
            "/edge/*": {
                origin: origins::HttpOrigin("grpc.example.com"),
                allowed_methods: AllowedMethods::ALLOW_ALL,
                enable_grpc: true,
                edge_lambdas: [{ function_version: f.current_version(), event_type: LambdaEdgeEventType::ORIGIN_REQUEST }],
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
