//! "Customizing Origin Requests with Origin Request Policies": a custom policy, with the cache
//! policy of the previous section.
//!
//! ```python
//! # Creating a custom origin request policy -- all parameters optional
//! my_origin_request_policy = cloudfront.OriginRequestPolicy(stack, "OriginRequestPolicy",
//!     origin_request_policy_name="MyPolicy",
//!     comment="A default policy",
//!     cookie_behavior=cloudfront.OriginRequestCookieBehavior.none(),
//!     header_behavior=cloudfront.OriginRequestHeaderBehavior.all("CloudFront-Is-Android-Viewer"),
//!     query_string_behavior=cloudfront.OriginRequestQueryStringBehavior.allow_list("username")
//! )
//! cloudfront.Distribution(self, "myDistCustomPolicy",
//!     default_behavior={
//!         "origin": bucket_origin,
//!         "cache_policy": my_cache_policy,
//!         "origin_request_policy": my_origin_request_policy
//!     }
//! )
//! ```

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the seed's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("OriginRequestPolicyStack").with_env("123456789012", "us-east-1");

    let bucket_origin = origins::S3Origin(s3::Bucket::new(&mut stack, "myBucket"));
    let my_cache_policy = cache_policy!(stack, "myCachePolicy", {
        cache_policy_name: "MyPolicy",
        comment: "A default policy",
        default_ttl: Duration::days(2),
        min_ttl: Duration::minutes(1),
        max_ttl: Duration::days(10),
        cookie_behavior: CacheCookieBehavior::all(),
        header_behavior: CacheHeaderBehavior::allow_list("X-CustomHeader"),
        query_string_behavior: CacheQueryStringBehavior::deny_list("username"),
        enable_accept_encoding_gzip: true,
        enable_accept_encoding_brotli: true,
    });
    // Creating a custom origin request policy -- all props optional
    let my_origin_request_policy = origin_request_policy!(stack, "OriginRequestPolicy", {
        origin_request_policy_name: "MyPolicy",
        comment: "A default policy",
        cookie_behavior: OriginRequestCookieBehavior::none(),
        header_behavior: OriginRequestHeaderBehavior::all("CloudFront-Is-Android-Viewer"),
        query_string_behavior: OriginRequestQueryStringBehavior::allow_list("username"),
    });
    distribution!(stack, "myDistCustomPolicy", {
        default_behavior: {
            origin: bucket_origin,
            cache_policy: my_cache_policy,
            origin_request_policy: my_origin_request_policy,
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
