//! CloudFront quotas the rules check against.
//!
//! Quotas are per AWS account, and AWS raises most of them on request, so the values here are
//! the documented defaults and a stack can declare its own (`Stack::with_quotas`, or
//! `#![quotas(name = value)]` inside a macro invocation, which also raises the stack's quota).

use std::fmt;

macro_rules! quotas {
    ($(
        $(#[$meta:meta])*
        $name:ident : $default:literal, $unit:literal;
    )*) => {
        /// The quotas of the account a stack deploys to.
        ///
        /// ```
        /// use cloudfront_model::Quotas;
        /// let mut quotas = Quotas::default();
        /// assert_eq!(quotas.origin_response_timeout, 120);
        /// quotas.set("origin_response_timeout", 180).unwrap();
        /// assert_eq!(quotas.origin_response_timeout, 180);
        /// assert!(quotas.set("origin_reponse_timeout", 180).is_err());
        /// ```
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Quotas {
            $(
                $(#[$meta])*
                pub $name: u64,
            )*
        }

        impl Default for Quotas {
            fn default() -> Self {
                Self { $($name: $default,)* }
            }
        }

        impl Quotas {
            /// The name, default and unit of every quota.
            pub const ALL: &'static [(&'static str, u64, &'static str)] =
                &[$((stringify!($name), $default, $unit)),*];

            /// Sets the quota called `name`.
            pub fn set(&mut self, name: &str, value: u64) -> Result<(), UnknownQuota> {
                match name {
                    $(stringify!($name) => self.$name = value,)*
                    _ => return Err(UnknownQuota(name.to_owned())),
                }
                Ok(())
            }

            /// Raises the quota called `name` to at least `value`.
            pub fn raise(&mut self, name: &str, value: u64) -> Result<(), UnknownQuota> {
                match name {
                    $(stringify!($name) => self.$name = self.$name.max(value),)*
                    _ => return Err(UnknownQuota(name.to_owned())),
                }
                Ok(())
            }
        }
    };
}

quotas! {
    /// Response timeout per origin, in seconds ("Response timeout per origin").
    origin_response_timeout: 120, "seconds";
    /// Keep-alive timeout per origin, in seconds ("Keep-alive timeout per origin").
    origin_keepalive_timeout: 120, "seconds";
    /// Custom headers CloudFront adds to the requests it sends to one origin.
    origin_custom_headers: 30, "headers";
    /// Origins per distribution.
    origins_per_distribution: 100, "origins";
    /// Cache behaviors per distribution.
    cache_behaviors_per_distribution: 75, "behaviors";
    /// Alternate domain names (CNAMEs) per distribution.
    alternate_domain_names_per_distribution: 100, "names";
/// Domain names (the main one and the alternative ones) of one ACM certificate.
    domain_names_per_certificate: 10, "names";
    /// Custom cache policies per account (the rules count those of one stack).
    cache_policies_per_account: 20, "policies";
    /// Custom origin request policies per account (the rules count those of one stack).
    origin_request_policies_per_account: 20, "policies";
    /// Headers in the cache key of one cache policy.
    headers_per_cache_policy: 10, "headers";
    /// Cookies in the cache key of one cache policy.
    cookies_per_cache_policy: 10, "cookies";
    /// Query strings in the cache key of one cache policy.
    query_strings_per_cache_policy: 10, "query strings";
    /// Headers one origin request policy forwards.
    headers_per_origin_request_policy: 10, "headers";
    /// Cookies one origin request policy forwards.
    cookies_per_origin_request_policy: 10, "cookies";
/// Query strings one origin request policy forwards.
    query_strings_per_origin_request_policy: 10, "query strings";
    /// Public keys in one key group.
    public_keys_per_key_group: 5, "public keys";
    /// Key groups one cache behavior trusts.
    key_groups_per_cache_behavior: 4, "key groups";
    /// Key groups per account (the rules count those of one stack).
    key_groups_per_account: 10, "key groups";
    /// Origin groups per distribution ("Origin groups per distribution", Quotas - Amazon
    /// CloudFront, <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html>).
    origin_groups_per_distribution: 10, "origin groups";
    /// Headers a behavior's legacy cache settings (`forwarded_values`) forward ("Headers per
    /// cache behavior" under the legacy cache settings of the Quotas page, called whitelisted
    /// headers before May 2021).
    headers_per_cache_behavior: 10, "headers";
    /// Cookies a behavior's legacy cache settings forward (the Quotas page, as above).
    cookies_per_cache_behavior: 10, "cookies";
    /// Query strings a behavior's legacy cache settings put in the cache key (the Quotas page,
    /// as above).
    query_strings_per_cache_behavior: 10, "query strings";
    /// CloudFront Functions per account (the rules count those of one stack).
    functions_per_account: 100, "functions";
    /// Distributions associated with one CloudFront function (the rules count those of one
    /// stack).
    distributions_per_function: 100, "distributions";
    /// Key value stores per account (the rules count those of one stack).
    key_value_stores_per_account: 50, "key value stores";
    /// Origin access controls per account (the rules count those of one stack; Quotas - Amazon
    /// CloudFront, "Origin access controls per AWS account").
    origin_access_controls_per_account: 100, "origin access controls";
    /// Custom response headers policies per account (the rules count those of one stack;
    /// Quotas - Amazon CloudFront, "Response headers policies per AWS account").
    response_headers_policies_per_account: 20, "policies";
    /// Custom headers one response headers policy adds (Quotas - Amazon CloudFront, "Custom
    /// headers: maximum number you can add to a response headers policy").
    custom_headers_per_response_headers_policy: 10, "headers";
    /// Characters of the Content-Security-Policy a response headers policy writes (Quotas -
    /// Amazon CloudFront, "Maximum length of a value in the Content-Security-Policy header").
    content_security_policy_characters: 1783, "characters";
    /// VPC origins per account (the rules count those of one stack; Quotas - Amazon
    /// CloudFront, "VPC origins per AWS account").
    vpc_origins_per_account: 25, "VPC origins";
    /// Real-time log configurations per account (the rules count those of one stack; Quotas -
    /// Amazon CloudFront, "Real-time log configurations per AWS account").
    realtime_log_configs_per_account: 150, "configurations";
}

/// A quota name that does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownQuota(pub String);

impl fmt::Display for UnknownQuota {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown quota `{}`", self.0)
    }
}

impl std::error::Error for UnknownQuota {}
