//! "Failover Origins (Origin Groups)" of today's CDK origins README: a bucket behind origin
//! access control that fails over to a web server on 404 and the 5xx codes, an API that fails
//! over to its backup on the default codes, and a behavior that shares the first group.
//!
//! ```python
//! site = origins.OriginGroup(
//!     primary_origin=origins.S3BucketOrigin.with_origin_access_control(bucket),
//!     fallback_origin=origins.HttpOrigin("www.example.com"),
//!     fallback_status_codes=[404, 500, 502, 503, 504],
//! )
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior=cloudfront.BehaviorOptions(
//!         origin=site,
//!         allowed_methods=cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
//!     ),
//!     additional_behaviors={
//!         "/api/*": cloudfront.BehaviorOptions(
//!             origin=origins.OriginGroup(
//!                 primary_origin=origins.HttpOrigin("api.example.com"),
//!                 fallback_origin=origins.HttpOrigin("api-backup.example.com", origin_path="/v1"),
//!                 selection_criteria=cloudfront.OriginSelectionCriteria.DEFAULT,
//!             ),
//!         ),
//!         "/assets/*": cloudfront.BehaviorOptions(origin=site),
//!     },
//! )
//! ```
//!
//! CloudFront fails over only GET, HEAD and OPTIONS requests: a behavior whose origin is a group
//! that allows the methods that write does not compile.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("OriginGroupStack").with_env("123456789012", "us-east-1");

    let bucket = s3::Bucket::new(&mut stack, "primaryBucket");
    let site = origins::Origin::group(
        origins::OriginGroupProps::default()
            .primary_origin(origins::S3BucketOrigin::with_origin_access_control(
                bucket,
                Default::default(),
            ))
            .fallback_origin(origins::HttpOrigin("www.example.com"))
            .fallback_status_codes([404u16, 500, 502, 503, 504]),
    );
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: site,
            allowed_methods: AllowedMethods::ALLOW_GET_HEAD_OPTIONS,
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::OriginGroup({
                    primary_origin: origins::HttpOrigin("api.example.com"),
                    fallback_origin: origins::HttpOrigin("api-backup.example.com", { origin_path: "/v1" }),
                    selection_criteria: OriginSelectionCriteria::DEFAULT,
                }),
            },
            "/assets/*": { origin: site },
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
