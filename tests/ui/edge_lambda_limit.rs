use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    // The function written where it is associated: its limits on that event, at its props.
    distribution!(stack, "Dist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            edge_lambdas: [{
                function_version: lambda_function!(stack, "Viewer", {
                    runtime: Runtime::NODEJS_22_X,
                    handler: "index.handler",
                    code: lambda::Code::from_asset("lambda-handler"),
                    memory_size: 256,
                    timeout: Duration::seconds(10),
                    environment: { "STAGE": "prod" },
                }).current_version(),
                event_type: LambdaEdgeEventType::VIEWER_REQUEST,
            }],
        },
        additional_behaviors: {
            "api/*": {
                origin: origins::HttpOrigin("api.example.com"),
                edge_lambdas: [{
                    function_version: edge_function!(stack, "Origin", {
                        runtime: Runtime::NODEJS_22_X,
                        handler: "index.handler",
                        code: lambda::Code::from_asset("lambda-handler"),
                        memory_size: 1024,
                        timeout: Duration::seconds(30),
                    }).current_version(),
                    event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                }, {
                    function_version: edge_function!(stack, "Response", {
                        runtime: Runtime::NODEJS_22_X,
                        handler: "index.handler",
                        code: lambda::Code::from_asset("lambda-handler"),
                        memory_size: 1024,
                    }).current_version(),
                    event_type: LambdaEdgeEventType::VIEWER_RESPONSE,
                }],
            },
        },
    });
}
