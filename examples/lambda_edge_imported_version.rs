//! "Lambda@Edge": a version of a Lambda@Edge function that exists outside the app (created
//! in another stack), by ARN.
//!
//! ```python
//! function_version = lambda_.Version.from_version_arn(self, "Version", "arn:aws:lambda:us-east-1:123456789012:function:functionName:1")
//!
//! cloudfront.Distribution(self, "distro",
//!     default_behavior={
//!         "origin": origins.S3Origin(s3_bucket),
//!         "edge_lambdas": [{
//!             "function_version": function_version,
//!             "event_type": cloudfront.LambdaEdgeEventType.VIEWER_REQUEST
//!         }
//!         ]
//!     }
//! )
//! ```

// `origins.S3Origin`, as the CDK app of its golden (`tests/cdk/apps/lambda-edge-imported-version.js`) writes it,
// which today's CDK deprecates for `S3BucketOrigin`: the example keeps it, so that its template
// stays the golden's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack =
        Stack::new("LambdaEdgeImportedVersionStack").with_env("123456789012", "us-east-1");

    let s3_bucket = s3::Bucket::new(&mut stack, "s3Bucket");
    let function_version = lambda::Version::from_version_arn(
        &mut stack,
        "Version",
        "arn:aws:lambda:us-east-1:123456789012:function:functionName:1",
    );
    distribution!(stack, "distro", {
        default_behavior: {
            origin: origins::S3Origin(s3_bucket),
            edge_lambdas: [{
                function_version: function_version,
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
