use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "Bucket");
    let f = function!(stack, "F", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
    });
    let g = function!(stack, "G", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
    });
    let edge = lambda::Version::from_version_arn(
        &mut stack,
        "Version",
        "arn:aws:lambda:us-east-1:123456789012:function:functionName:1",
    );
    web_distribution!(stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [
                {
                    is_default_behavior: true,
                    function_associations: [{ function: f, event_type: FunctionEventType::ORIGIN_REQUEST }],
                },
                {
                    path_pattern: "images/*",
                    function_associations: [
                        { function: f, event_type: FunctionEventType::VIEWER_REQUEST },
                        { function: g, event_type: FunctionEventType::VIEWER_REQUEST },
                        { function: g },
                    ],
                    lambda_function_associations: [{
                        event_type: LambdaEdgeEventType::VIEWER_RESPONSE,
                        lambda_function: edge,
                    }],
                },
            ],
        }],
    });
}
