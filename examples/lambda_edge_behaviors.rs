//! "Lambda@Edge": functions on additional behaviors, given when the distribution is created
//! and added after, with `add_behavior!`. The function is the us-east-1 function of the
//! previous example; the behavior added after creation goes to a second distribution over the
//! same origin (the README elides that distribution, and adding `images/*` twice to one
//! distribution would repeat a path pattern).
//!
//! ```python
//! # assigning at Distribution creation
//! my_origin = origins.S3Origin(my_bucket)
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior={"origin": my_origin},
//!     additional_behaviors={
//!         "images/*": {
//!             "origin": my_origin,
//!             "edge_lambdas": [{
//!                 "function_version": my_func.current_version,
//!                 "event_type": cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
//!                 "include_body": True
//!             }
//!             ]
//!         }
//!     }
//! )
//!
//! # assigning after creation
//! my_distribution.add_behavior("images/*", my_origin,
//!     edge_lambdas=[{
//!         "function_version": my_func.current_version,
//!         "event_type": cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE
//!     }
//!     ]
//! )
//! ```

// `origins.S3Origin`, as the CDK app of its golden (`tests/cdk/apps/lambda-edge-behaviors.js`) writes it,
// which today's CDK deprecates for `S3BucketOrigin`: the example keeps it, so that its template
// stays the golden's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("LambdaEdgeBehaviorsStack").with_env("123456789012", "us-east-1");

    let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
    let my_func = lambda_function!(stack, "MyFunction", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(concat!(env!("CARGO_MANIFEST_DIR"), "/lambda-handler")),
    });

    // assigning at Distribution creation
    let my_origin = origins::S3Origin(my_bucket);
    distribution!(stack, "myDist", {
        default_behavior: { origin: my_origin },
        additional_behaviors: {
            "images/*": {
                origin: my_origin,
                edge_lambdas: [{
                    function_version: my_func.current_version(),
                    event_type: LambdaEdgeEventType::ORIGIN_REQUEST,
                    include_body: true,
                }],
            },
        },
    });

    // assigning after creation
    let my_distribution = distribution!(stack, "myDistribution", {
        default_behavior: { origin: my_origin },
    });
    add_behavior!(stack, my_distribution, "images/*", my_origin, {
        edge_lambdas: [{
            function_version: my_func.current_version(),
            event_type: LambdaEdgeEventType::VIEWER_RESPONSE,
        }],
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
