//! "Lambda@Edge": in a stack of us-east-1, a plain Lambda function can be a Lambda@Edge
//! function. It runs on the default behavior's viewer requests, as in the first example.
//!
//! ```python
//! my_func = lambda_.Function(self, "MyFunction",
//!     runtime=lambda_.Runtime.NODEJS_12_X,
//!     handler="index.handler",
//!     code=lambda_.Code.from_asset(path.join(__dirname, "lambda-handler"))
//! )
//! ```
//!
//! The example uses `NODEJS_22_X`: Lambda no longer creates functions with `NODEJS_12_X`.

// `origins.S3Origin`, as the CDK app of its golden (`tests/cdk/apps/lambda-edge-us-east-1.js`) writes it,
// which today's CDK deprecates for `S3BucketOrigin`: the example keeps it, so that its template
// stays the golden's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("LambdaEdgeUsEast1Stack").with_env("123456789012", "us-east-1");

    let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
    let my_func = lambda_function!(stack, "MyFunction", {
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
