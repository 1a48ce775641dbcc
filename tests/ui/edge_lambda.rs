use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    let f = lambda_function!(stack, "F", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset("lambda-handler"),
    });
    distribution!(stack, "Dist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            edge_lambdas: [
                // A response event has no request body.
                {
                    function_version: f.current_version(),
                    event_type: LambdaEdgeEventType::VIEWER_RESPONSE,
                    include_body: true,
                },
                // One function per event.
                { function_version: f.current_version(), event_type: LambdaEdgeEventType::VIEWER_RESPONSE },
            ],
        },
        additional_behaviors: {
            "latest/*": {
                origin: origins::HttpOrigin("www.example.com"),
                edge_lambdas: [{
                    function_version: lambda::Version::from_version_arn(stack, "Latest", "arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST"),
                    event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                }],
            },
            "unqualified/*": {
                origin: origins::HttpOrigin("www.example.com"),
                edge_lambdas: [{
                    function_version: lambda::Version::from_version_arn(stack, "Function", "arn:aws:lambda:us-east-1:123456789012:function:f"),
                    event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                }],
            },
            "alias/*": {
                origin: origins::HttpOrigin("www.example.com"),
                edge_lambdas: [{
                    function_version: lambda::Version::from_version_arn(stack, "Alias", "arn:aws:lambda:us-east-1:123456789012:function:f:live"),
                    event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                }],
            },
            "ireland/*": {
                origin: origins::HttpOrigin("www.example.com"),
                edge_lambdas: [{
                    function_version: lambda::Version::from_version_arn(stack, "Ireland", "arn:aws:lambda:eu-west-1:123456789012:function:f:3"),
                    event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                }],
            },
        },
    });
    add_behavior!(stack, Distribution::from_distribution_attributes(&mut stack, "Imported", DistributionAttributes {
        domain_name: "d111111abcdef8.cloudfront.net".into(),
        distribution_id: "E1A2B3C4D5E6F7".into(),
    }), "later/*", origins::HttpOrigin("www.example.com"), {
        edge_lambdas: [{
            function_version: f.current_version(),
            event_type: LambdaEdgeEventType::ORIGIN_RESPONSE,
            include_body: true,
        }],
    });
    // A CloudFront Function on a viewer event rules out Lambda@Edge on viewer events.
    let cf_function = function!(stack, "Rewrite", {
        code: FunctionCode::from_inline("function handler(event) { return event.request }"),
    });
    distribution!(stack, "Both", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            function_associations: [{ function: cf_function, event_type: FunctionEventType::VIEWER_REQUEST }],
            edge_lambdas: [
                { function_version: f.current_version(), event_type: LambdaEdgeEventType::VIEWER_RESPONSE },
                { function_version: f.current_version(), event_type: LambdaEdgeEventType::ORIGIN_REQUEST },
            ],
        },
    });
    // The same rules on a web distribution.
    web_distribution!(stack, "Web", {
        origin_configs: [{
            custom_origin_source: { domain_name: "www.example.com" },
            behaviors: [{
                is_default_behavior: true,
                lambda_function_associations: [{
                    event_type: LambdaEdgeEventType::ORIGIN_RESPONSE,
                    lambda_function: f.current_version(),
                    include_body: true,
                }],
            }],
        }],
    });
}
