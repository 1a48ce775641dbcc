use cloudfront_dsl::prelude::*;

const HANDLER: &str = "exports.handler = async (event) => event.Records[0].cf.request;";

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    // Within every event's limits, and written where it is associated.
    let viewer = lambda_function!(stack, "Viewer", {
        runtime: Runtime::NODEJS_24_X,
        handler: "index.handler",
        code: lambda::Code::from_inline(HANDLER),
        memory_size: 128,
        timeout: Duration::seconds(5),
        description: "runs on viewer requests",
    });
    // Settings a function may have when it is not used at the edge.
    lambda_function!(stack, "Regional", {
        runtime: Runtime::PYTHON_3_14,
        handler: "index.handler",
        code: lambda::Code::from_inline("def handler(event, context):\n    return event\n"),
        architecture: Architecture::ARM_64,
        environment: { "STAGE": "prod" },
        tracing: Tracing::ACTIVE,
        ephemeral_storage_size: Size::gibibytes(2),
        memory_size: 10240,
        timeout: Duration::minutes(15),
    });
    let dist = distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            edge_lambdas: [
                { function_version: viewer.current_version(), event_type: LambdaEdgeEventType::VIEWER_REQUEST },
                {
                    function_version: edge_function!(stack, "Origin", {
                        runtime: Runtime::NODEJS_22_X,
                        handler: "index.handler",
                        code: lambda::Code::from_inline(HANDLER),
                        memory_size: 2048,
                        timeout: Duration::seconds(30),
                    }).current_version(),
                    event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                    include_body: true,
                },
            ],
        },
    });
    // A CloudFront Function on the viewer events, Lambda@Edge on the origin events.
    let rewrite = function!(stack, "Rewrite", {
        code: FunctionCode::from_inline("function handler(event) { return event.request }"),
    });
    add_behavior!(stack, dist, "/api/*", origins::HttpOrigin("api.example.com"), {
        function_associations: [{ function: rewrite, event_type: FunctionEventType::VIEWER_REQUEST }],
        edge_lambdas: [{
            function_version: lambda::Version::from_version_arn(stack, "Version", "arn:aws:lambda:us-east-1:123456789012:function:api:12"),
            event_type: LambdaEdgeEventType::ORIGIN_RESPONSE,
        }],
    });
    let template = stack.synth().expect("valid");
    // `tests/ui.rs` lints what the pass cases write here.
    let dir = cloudfront_dsl_tests::ui_pass_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("lambda.template.json"), template.to_json_pretty()).unwrap();
}
