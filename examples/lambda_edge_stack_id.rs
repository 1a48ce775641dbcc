//! "Lambda@Edge": edge functions of a stack outside us-east-1, each in a us-east-1 stack
//! named by `stack_id` (so that other applications of the account can find them). Each runs
//! on one behavior of a distribution over an HTTP origin.
//!
//! ```python
//! my_func1 = cloudfront.experimental.EdgeFunction(self, "MyFunction1",
//!     runtime=lambda_.Runtime.NODEJS_12_X,
//!     handler="index.handler",
//!     code=lambda_.Code.from_asset(path.join(__dirname, "lambda-handler1")),
//!     stack_id="edge-lambda-stack-id-1"
//! )
//!
//! my_func2 = cloudfront.experimental.EdgeFunction(self, "MyFunction2",
//!     runtime=lambda_.Runtime.NODEJS_12_X,
//!     handler="index.handler",
//!     code=lambda_.Code.from_asset(path.join(__dirname, "lambda-handler2")),
//!     stack_id="edge-lambda-stack-id-2"
//! )
//! ```
//!
//! The example uses `NODEJS_22_X`: Lambda no longer creates functions with `NODEJS_12_X`.

use cloudfront_dsl::prelude::*;

/// The example's stacks: the distribution's stack, which owns the two us-east-1 stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("LambdaEdgeStackIdStack").with_env("123456789012", "eu-west-1");

    let my_func1 = edge_function!(stack, "MyFunction1", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(concat!(env!("CARGO_MANIFEST_DIR"), "/lambda-handler1")),
        stack_id: "edge-lambda-stack-id-1",
    });
    let my_func2 = edge_function!(stack, "MyFunction2", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(concat!(env!("CARGO_MANIFEST_DIR"), "/lambda-handler2")),
        stack_id: "edge-lambda-stack-id-2",
    });
    let origin = origins::HttpOrigin("www.example.com");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origin,
            edge_lambdas: [{
                function_version: my_func1.current_version(),
                event_type: LambdaEdgeEventType::VIEWER_REQUEST,
            }],
        },
        additional_behaviors: {
            "images/*": {
                origin: origin,
                edge_lambdas: [{
                    function_version: my_func2.current_version(),
                    event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                }],
            },
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
