//! CloudFront quotas the rules check against.
//!
//! Quotas are per AWS account, and AWS raises most of them on request, so the values here are
//! the documented defaults and a stack can declare its own (`Stack::with_quotas`, or
//! `#![quotas(name = value)]` inside a macro invocation, which also raises the stack's quota).
//!
//! Each default is the one of the current Quotas page of the CloudFront Developer Guide
//! (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html>),
//! row by row as below; where older copies of the page disagree, the field's documentation says
//! which value they give and why the current one is taken.
//!
//! | Quota | Default | Row of the Quotas page it rests on |
//! |---|---|---|
//! | `origin_response_timeout` | 120 seconds | CloudFront Developer Guide, Quotas: "Response timeout per origin" |
//! | `origin_keepalive_timeout` | 120 seconds | CloudFront Developer Guide, Quotas: "Keep-alive timeout per origin" |
//! | `origin_custom_headers` | 30 headers | CloudFront Developer Guide, Quotas: "Custom headers: maximum number of custom headers that you can configure CloudFront to add to origin requests" |
//! | `origins_per_distribution` | 100 origins | CloudFront Developer Guide, Quotas: "Origins per distribution" |
//! | `cache_behaviors_per_distribution` | 75 behaviors | CloudFront Developer Guide, Quotas: "Cache behaviors per distribution" |
//! | `alternate_domain_names_per_distribution` | 100 names | CloudFront Developer Guide, Quotas: "Alternate domain names (CNAMEs) per distribution" |
//! | `domain_names_per_certificate` | 10 names | ACM User Guide, Quotas: "Domain names per ACM certificate" |
//! | `cache_policies_per_account` | 20 policies | CloudFront Developer Guide, Quotas: "Cache policies per AWS account" |
//! | `origin_request_policies_per_account` | 20 policies | CloudFront Developer Guide, Quotas: "Origin request policies per AWS account" |
//! | `headers_per_cache_policy` | 10 headers | CloudFront Developer Guide, Quotas: "Headers per cache policy" |
//! | `cookies_per_cache_policy` | 10 cookies | CloudFront Developer Guide, Quotas: "Cookies per cache policy" |
//! | `query_strings_per_cache_policy` | 10 query strings | CloudFront Developer Guide, Quotas: "Query strings per cache policy" |
//! | `headers_per_origin_request_policy` | 10 headers | CloudFront Developer Guide, Quotas: "Headers per origin request policy" |
//! | `cookies_per_origin_request_policy` | 10 cookies | CloudFront Developer Guide, Quotas: "Cookies per origin request policy" |
//! | `query_strings_per_origin_request_policy` | 10 query strings | CloudFront Developer Guide, Quotas: "Query strings per origin request policy" |
//! | `public_keys_per_key_group` | 5 public keys | CloudFront Developer Guide, Quotas: "Public keys in a single key group" |
//! | `key_groups_per_cache_behavior` | 4 key groups | CloudFront Developer Guide, Quotas: "Key groups associated with a single cache behavior" |
//! | `key_groups_per_account` | 10 key groups | CloudFront Developer Guide, Quotas: "Key groups per AWS account" |
//! | `public_keys_per_account` | 10 public keys | CloudFront Developer Guide, Quotas: "Maximum number of public keys that can be added to one AWS account" |
//! | `origin_groups_per_distribution` | 10 origin groups | CloudFront Developer Guide, Quotas: "Origin groups per distribution" |
//! | `headers_per_cache_behavior` | 10 headers | CloudFront Developer Guide, Quotas: "Headers per cache behavior" |
//! | `cookies_per_cache_behavior` | 10 cookies | CloudFront Developer Guide, Quotas: "Cookies per cache behavior" |
//! | `query_strings_per_cache_behavior` | 10 query strings | CloudFront Developer Guide, Quotas: "Query strings per cache behavior" |
//! | `functions_per_account` | 100 functions | CloudFront Developer Guide, Quotas: "Functions per AWS account" |
//! | `distributions_per_function` | 100 distributions | CloudFront Developer Guide, Quotas: "Maximum number of distributions associated with a single function" |
//! | `key_value_stores_per_account` | 50 key value stores | CloudFront Developer Guide, Quotas: "Key value stores per AWS account" |
//! | `origin_access_controls_per_account` | 100 origin access controls | CloudFront Developer Guide, Quotas: "Origin access controls per AWS account" |
//! | `response_headers_policies_per_account` | 20 policies | CloudFront Developer Guide, Quotas: "Response headers policies per AWS account" |
//! | `custom_headers_per_response_headers_policy` | 10 headers | CloudFront Developer Guide, Quotas: "Custom headers per response headers policy" |
//! | `content_security_policy_characters` | 1783 characters | CloudFront Developer Guide, Quotas: "Length of the content security policy value in a response headers policy" |
//! | `vpc_origins_per_account` | 25 VPC origins | CloudFront Developer Guide, Quotas: "VPC origins per AWS account" |
//! | `realtime_log_configs_per_account` | 150 configurations | CloudFront Developer Guide, Quotas: "Maximum number of real-time log delivery configurations per AWS account" |

use std::fmt;

macro_rules! quotas {
    ($(
        $(#[$meta:meta])*
        $name:ident : $default:literal, $unit:literal;
    )*) => {
        /// The quotas of the account a stack deploys to.
        ///
        /// ```
        /// use cloudfront_dsl::Quotas;
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
    /// Response timeout per origin, in seconds: "Response timeout per origin", 1-120 seconds,
    /// under "General quotas on distributions" of the Quotas page (copies before 2023 say
    /// 1-60; the current page is taken).
    origin_response_timeout: 120, "seconds";
    /// Keep-alive timeout per origin, in seconds: "Keep-alive timeout per origin", 1-120
    /// seconds, under "General quotas on distributions" (copies before 2023 say 1-60).
    origin_keepalive_timeout: 120, "seconds";
    /// Custom headers CloudFront adds to the requests it sends to one origin: "Custom headers:
    /// maximum number of custom headers that you can configure CloudFront to add to origin
    /// requests", 30, under "Quotas on headers". The copies of the page from 2017 to March 2023
    /// say 10; the current page says 30 and is taken, as a template is checked against the
    /// service as it is (an account held to 10 declares `#![quotas(origin_custom_headers = 10)]`
    /// or `Quotas::set`).
    origin_custom_headers: 30, "headers";
    /// Origins per distribution: "Origins per distribution", 100, under "General quotas on
    /// distributions" (25 in copies before 2023).
    origins_per_distribution: 100, "origins";
    /// Cache behaviors per distribution: "Cache behaviors per distribution", 75, under "General
    /// quotas on distributions" (25 in copies before 2023). The page does not say whether the
    /// default behavior counts, nor does the API reference (`DefaultCacheBehavior` is kept
    /// apart from the `CacheBehaviors` list, whose `Quantity` is "the number of cache behaviors
    /// for this distribution"). The rules count it, so that no template CloudFront might refuse
    /// is emitted: 74 additional behaviors under the default quota; an account that takes 75
    /// raises the quota to 76.
    cache_behaviors_per_distribution: 75, "behaviors";
    /// Alternate domain names per distribution: "Alternate domain names (CNAMEs) per
    /// distribution", 100, under "General quotas on distributions".
    alternate_domain_names_per_distribution: 100, "names";
    /// Domain names (the main one and the alternative ones) of one ACM certificate: "Domain
    /// names per ACM certificate", 10, on the Quotas page of the AWS Certificate Manager User
    /// Guide (<https://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html>).
    domain_names_per_certificate: 10, "names";
    /// Custom cache policies per account (the rules count those of one stack): "Cache policies
    /// per AWS account", 20, under "General quotas on policies".
    cache_policies_per_account: 20, "policies";
    /// Custom origin request policies per account (the rules count those of one stack):
    /// "Origin request policies per AWS account", 20, under "General quotas on policies".
    origin_request_policies_per_account: 20, "policies";
    /// Headers in the cache key of one cache policy: "Headers per cache policy", 10, under
    /// "General quotas on policies".
    headers_per_cache_policy: 10, "headers";
    /// Cookies in the cache key of one cache policy: "Cookies per cache policy", 10, under
    /// "General quotas on policies".
    cookies_per_cache_policy: 10, "cookies";
    /// Query strings in the cache key of one cache policy: "Query strings per cache policy",
    /// 10, under "General quotas on policies".
    query_strings_per_cache_policy: 10, "query strings";
    /// Headers one origin request policy forwards: "Headers per origin request policy", 10,
    /// under "General quotas on policies".
    headers_per_origin_request_policy: 10, "headers";
    /// Cookies one origin request policy forwards: "Cookies per origin request policy", 10,
    /// under "General quotas on policies".
    cookies_per_origin_request_policy: 10, "cookies";
    /// Query strings one origin request policy forwards: "Query strings per origin request
    /// policy", 10, under "General quotas on policies".
    query_strings_per_origin_request_policy: 10, "query strings";
    /// Public keys in one key group: "Public keys in a single key group", 5, under "Quotas on
    /// key groups".
    public_keys_per_key_group: 5, "public keys";
    /// Key groups one cache behavior trusts: "Key groups associated with a single cache
    /// behavior", 4, under "Quotas on key groups".
    key_groups_per_cache_behavior: 4, "key groups";
    /// Key groups per account (the rules count those of one stack): "Key groups per AWS
    /// account", 10, under "Quotas on key groups".
    key_groups_per_account: 10, "key groups";
    /// Public keys per account (the rules count those of one stack): "Maximum number of public
    /// keys that can be added to one AWS account", 10, under "Quotas on field-level
    /// encryption". It counts every public key, those of key groups (signed URLs and cookies)
    /// too: the row counts the keys added to the account, and a key is added the one way
    /// whatever it is for (the API Reference's `CreatePublicKey`, "Uploads a public key to
    /// CloudFront that you can use with signed URLs and signed cookies, or with field-level
    /// encryption", whose earlier text said "You can add a maximum of 10 public keys with one
    /// AWS account"); `ListPublicKeys` lists them all as one set. The page gives no way to
    /// raise it, but an account AWS raised it for declares it as any other.
    public_keys_per_account: 10, "public keys";
    /// Origin groups per distribution: "Origin groups per distribution", 10, under "General
    /// quotas on distributions".
    origin_groups_per_distribution: 10, "origin groups";
    /// Headers a behavior's legacy cache settings (`forwarded_values`) forward: "Headers per
    /// cache behavior", 10, under "Quotas on headers" (legacy cache settings; called
    /// whitelisted headers before May 2021).
    headers_per_cache_behavior: 10, "headers";
    /// Cookies a behavior's legacy cache settings forward: "Cookies per cache behavior", 10,
    /// under "Quotas on cookies (legacy cache settings)".
    cookies_per_cache_behavior: 10, "cookies";
    /// Query strings a behavior's legacy cache settings put in the cache key: "Query strings
    /// per cache behavior", 10, under "Quotas on query strings (legacy cache settings)".
    query_strings_per_cache_behavior: 10, "query strings";
    /// CloudFront Functions per account (the rules count those of one stack): "Functions per
    /// AWS account", 100, under "Quotas on CloudFront Functions".
    functions_per_account: 100, "functions";
    /// Distributions associated with one CloudFront function (the rules count those of one
    /// stack): "Maximum number of distributions associated with a single function", 100, under
    /// "Quotas on CloudFront Functions".
    distributions_per_function: 100, "distributions";
    /// Key value stores per account (the rules count those of one stack): "Key value stores
    /// per AWS account", 50, under "Quotas on key value stores".
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

#[cfg(test)]
mod tests {
    /// The table of the module's documentation lists every quota with its default.
    #[test]
    fn the_docs_table_lists_every_quota() {
        let source = include_str!("quotas.rs");
        let rows: Vec<&str> = source
            .lines()
            .filter(|l| l.starts_with("//! | `"))
            .collect();
        assert_eq!(rows.len(), super::Quotas::ALL.len());
        for (name, default, unit) in super::Quotas::ALL {
            let row = format!("//! | `{name}` | {default} {unit} |");
            assert!(rows.iter().any(|r| r.starts_with(&row)), "{row}");
        }
    }
}
