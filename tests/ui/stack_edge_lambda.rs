use cloudfront_dsl::prelude::*;

fn main() {
    // A plain Lambda function runs at the edge only when created in us-east-1.
    let _ = stack!("Europe", env: { account: "123456789012", region: "eu-west-1" }, {
        let rewrite = lambda_function!("Rewrite", {
            runtime: Runtime::NODEJS_22_X,
            handler: "index.handler",
            code: lambda::Code::from_asset("lambda-handler"),
        });
        distribution!("Site", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                edge_lambdas: [{
                    function_version: rewrite.current_version(),
                    event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                }],
            },
        });
    });
    // Viewer events run functions of at most 128 MB for at most 5 seconds.
    let _ = stack!("Edge", env: { account: "123456789012", region: "eu-west-1" }, {
        let auth = edge_function!("Auth", {
            runtime: Runtime::NODEJS_22_X,
            handler: "index.handler",
            code: lambda::Code::from_asset("lambda-handler"),
            memory_size: 256,
            timeout: Duration::seconds(10),
        });
        distribution!("Site", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                edge_lambdas: [{
                    function_version: auth.current_version(),
                    event_type: LambdaEdgeEventType::VIEWER_REQUEST,
                }],
            },
        });
    });
}
