//! "Customizing Cache Keys and TTLs with Cache Policies": a custom cache policy.
//!
//! ```python
//! # Creating a custom cache policy  -- all parameters optional
//! my_cache_policy = cloudfront.CachePolicy(self, "myCachePolicy",
//!     cache_policy_name="MyPolicy",
//!     comment="A default policy",
//!     default_ttl=Duration.days(2),
//!     min_ttl=Duration.minutes(1),
//!     max_ttl=Duration.days(10),
//!     cookie_behavior=cloudfront.CacheCookieBehavior.all(),
//!     header_behavior=cloudfront.CacheHeaderBehavior.allow_list("X-CustomHeader"),
//!     query_string_behavior=cloudfront.CacheQueryStringBehavior.deny_list("username"),
//!     enable_accept_encoding_gzip=True,
//!     enable_accept_encoding_brotli=True
//! )
//! cloudfront.Distribution(self, "myDistCustomPolicy",
//!     default_behavior={
//!         "origin": bucket_origin,
//!         "cache_policy": my_cache_policy
//!     }
//! )
//! ```

// The seed's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the example
// keeps it, so that its template stays the seed's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("CachePolicyCustomStack").with_env("123456789012", "us-east-1");

    let bucket_origin = origins::S3Origin(s3::Bucket::new(&mut stack, "myBucket"));
    // Creating a custom cache policy -- all props optional
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
    distribution!(stack, "myDistCustomPolicy", {
        default_behavior: {
            origin: bucket_origin,
            cache_policy: my_cache_policy,
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
