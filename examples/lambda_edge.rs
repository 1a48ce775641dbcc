//! "Lambda@Edge": a Lambda@Edge function on the default behavior, run on every viewer
//! request. The stack is in eu-west-1, so the edge function creates the us-east-1 stack that
//! holds the function (Lambda@Edge functions live in us-east-1), and the stack reads the
//! version's ARN from it.
//!
//! ```python
//! my_func = cloudfront.experimental.EdgeFunction(self, "MyFunction",
//!     runtime=lambda_.Runtime.NODEJS_12_X,
//!     handler="index.handler",
//!     code=lambda_.Code.from_asset(path.join(__dirname, "lambda-handler"))
//! )
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior={
//!         "origin": origins.S3Origin(my_bucket),
//!         "edge_lambdas": [{
//!             "function_version": my_func.current_version,
//!             "event_type": cloudfront.LambdaEdgeEventType.VIEWER_REQUEST
//!         }
//!         ]
//!     }
//! )
//! ```
//!
//! Lambda no longer creates functions with `NODEJS_12_X` (`Runtime::NODEJS_12_X` does not
//! compile, and says so); the example uses `NODEJS_22_X`, as the CDK app of its golden does.

// `origins.S3Origin`, as the CDK app of its golden (`tests/cdk/apps/lambda-edge.js`) writes it,
// which today's CDK deprecates for `S3BucketOrigin`: the example keeps it, so that its template
// stays the golden's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks: the distribution's stack, which owns the us-east-1 stack of its edge
/// function.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("LambdaEdgeStack").with_env("123456789012", "eu-west-1");

    let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
    let my_func = edge_function!(stack, "MyFunction", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(concat!(env!("CARGO_MANIFEST_DIR"), "/lambda-handler")),
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::S3Origin(my_bucket),
            edge_lambdas: [{
                function_version: my_func.current_version(),
                event_type: LambdaEdgeEventType::VIEWER_REQUEST,
            }],
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
