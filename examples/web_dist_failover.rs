//! "Origin Fallback": CloudFront retries a second bucket when the first answers with an error.
//!
//! ```python
//! CloudFrontWebDistribution(stack, "ADistribution",
//!     origin_configs=[{
//!         "s3_origin_source": {
//!             "s3_bucket_source": s3.Bucket.from_bucket_name(stack, "aBucket", "myoriginbucket"),
//!             "origin_path": "/",
//!             "origin_headers": {
//!                 "my_header": "42"
//!             }
//!         },
//!         "failover_s3_origin_source": {
//!             "s3_bucket_source": s3.Bucket.from_bucket_name(stack, "aBucketFallback", "myoriginbucketfallback"),
//!             "origin_path": "/somewhere",
//!             "origin_headers": {
//!                 "my_header2": "21"
//!             }
//!         },
//!         "failover_criteria_status_codes": [FailoverStatusCode.INTERNAL_SERVER_ERROR],
//!         "behaviors": [{
//!             "is_default_behavior": True
//!         }
//!         ]
//!     }
//!     ]
//! )
//! ```
//!
//! The origin path `/` is the bucket's root, which CloudFront writes as an empty path (it
//! takes no origin path that ends with `/`); the CDK writes `/`.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("WebDistFailoverStack").with_env("123456789012", "us-east-1");

    let a_bucket = s3::Bucket::from_bucket_name(&mut stack, "aBucket", "myoriginbucket");
    let a_bucket_fallback =
        s3::Bucket::from_bucket_name(&mut stack, "aBucketFallback", "myoriginbucketfallback");
    web_distribution!(stack, "ADistribution", {
        origin_configs: [{
            s3_origin_source: {
                s3_bucket_source: a_bucket,
                origin_path: "/",
                origin_headers: {
                    "my_header": "42",
                },
            },
            failover_s3_origin_source: {
                s3_bucket_source: a_bucket_fallback,
                origin_path: "/somewhere",
                origin_headers: {
                    "my_header2": "21",
                },
            },
            failover_criteria_status_codes: [FailoverStatusCode::INTERNAL_SERVER_ERROR],
            behaviors: [{
                is_default_behavior: true,
            }],
        }],
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
