use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    // The CDK's methods are one constant of a few sets, not a list of names; a prop that takes
    // one value given a list of one; an enum of many constants.
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            allowed_methods: ["GET", "HEAD", "POST"],
            cached_methods: ["GET", "HEAD"],
            viewer_protocol_policy: ["https"],
            origin_request_policy: [OriginRequestPolicy::CORS_S3_ORIGIN],
        },
    });
    lambda_function!(stack, "Fn", {
        runtime: ["nodejs20.x"],
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async () => {};"),
    });
}
