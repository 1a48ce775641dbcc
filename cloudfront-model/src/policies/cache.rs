//! Cache policies (the CDK's `CachePolicy`).

use serde::Serialize;

use crate::construct::{AccountQuota, Construct, account_quota};
use crate::duration::Duration;
use crate::expr::Expr;
use crate::naming::{keep_first, unique_id};
use crate::policies::PolicyRef;
use crate::rules::{Check, Checker};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};

selection! {
    /// Which cookies a cache policy puts in the cache key.
    pub struct CacheCookieBehavior ("policies::CacheCookieBehavior", "a cookie behavior (`CacheCookieBehavior::none()`, `::all()`, `::allow_list(...)`, `::deny_list(...)`)") {
        none (None, none) => "none",
        all (All, none) => "all",
        allow_list (AllowList, names) => "whitelist",
        deny_list (DenyList, names) => "allExcept",
    }
}

selection! {
    /// Which headers a cache policy puts in the cache key (CloudFront offers no "all" and no
    /// deny list for headers).
    ///
    /// A list variable is spread into `allow_list`, as the CDK's `allowList(...headers)`; its
    /// names are checked by `synth()` with the rules literal names are checked by at compile
    /// time:
    ///
    /// ```
    /// use cloudfront_dsl::prelude::*;
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let headers = vec!["X-Tenant", "X-Version"];
    /// cache_policy!(stack, "byTenant", {
    ///     header_behavior: CacheHeaderBehavior::allow_list(headers),
    /// });
    /// let template = stack.synth()?;
    /// let (_, policy) = template.resources().next().unwrap();
    /// let config = &policy.properties["CachePolicyConfig"]["ParametersInCacheKeyAndForwardedToOrigin"];
    /// assert_eq!(config["HeadersConfig"]["Headers"], cloudfront_dsl::serde_json::json!(["X-Tenant", "X-Version"]));
    /// # Ok::<(), cloudfront_dsl::SynthError>(())
    /// ```
    pub struct CacheHeaderBehavior ("policies::CacheHeaderBehavior", "a header behavior (`CacheHeaderBehavior::none()`, `::allow_list(...)`)") {
        none (None, none) => "none",
        allow_list (AllowList, names) => "whitelist",
    }
}

selection! {
    /// Which query strings a cache policy puts in the cache key.
    pub struct CacheQueryStringBehavior ("policies::CacheQueryStringBehavior", "a query string behavior (`CacheQueryStringBehavior::none()`, `::all()`, `::allow_list(...)`, `::deny_list(...)`)") {
        none (None, none) => "none",
        all (All, none) => "all",
        allow_list (AllowList, names) => "whitelist",
        deny_list (DenyList, names) => "allExcept",
    }
}

props! {
    /// Props of a cache policy: `cache_policy!(stack, "id", { ... })`. All optional.
    pub struct CachePolicyProps ("policies::CachePolicyProps") {
        /// The policy's name, unique in the account (`[A-Za-z0-9_-]`, at most 128 characters);
        /// generated from the construct path and the region if omitted.
        cache_policy_name: into(String) ["Name"],
        /// A comment (at most 128 characters).
        comment: into(String) ["Comment"],
        /// How long objects stay cached when the origin sends no caching headers (default 1
        /// day, at least `min_ttl`).
        default_ttl: exact(Duration) ["DefaultTTL"],
        /// The least time objects stay cached (default 0).
        min_ttl: exact(Duration) ["MinTTL"],
        /// The most time objects stay cached (default 365 days, at least `default_ttl`).
        max_ttl: exact(Duration) ["MaxTTL"],
        /// The cookies in the cache key (default none).
        cookie_behavior: into(CacheCookieBehavior) ["CookiesConfig"],
        /// The headers in the cache key (default none).
        header_behavior: into(CacheHeaderBehavior) ["HeadersConfig"],
        /// The query strings in the cache key (default none).
        query_string_behavior: into(CacheQueryStringBehavior) ["QueryStringsConfig"],
        /// Whether gzip-compressed objects are cached apart (default false).
        enable_accept_encoding_gzip: exact(bool) ["EnableAcceptEncodingGzip"],
        /// Whether Brotli-compressed objects are cached apart (default false).
        enable_accept_encoding_brotli: exact(bool) ["EnableAcceptEncodingBrotli"],
    }
}

/// The CDK's defaults: objects stay cached 0 s at least, 1 day by default, 365 days at most.
pub(crate) const DEFAULT_MIN_TTL: Duration = Duration::seconds(0);
pub(crate) const DEFAULT_DEFAULT_TTL: Duration = Duration::days(1);
pub(crate) const DEFAULT_MAX_TTL: Duration = Duration::days(365);

impl CachePolicyProps {
    /// The TTLs as the CDK computes them: the default at least the minimum, the maximum at
    /// least the default.
    pub(crate) fn effective_ttls(&self) -> (Duration, Duration, Duration) {
        let min = self.min_ttl.unwrap_or(DEFAULT_MIN_TTL);
        let default = self.default_ttl.unwrap_or(DEFAULT_DEFAULT_TTL).max(min);
        let max = self.max_ttl.unwrap_or(DEFAULT_MAX_TTL).max(default);
        (min, default, max)
    }
}

/// A cache policy: a managed one (`CachePolicy::CACHING_OPTIMIZED`) or one of the stack.
///
/// ```
/// use cloudfront_dsl::{Duration, Stack};
/// use cloudfront_dsl::policies::{CachePolicy, CachePolicyProps, CacheQueryStringBehavior};
/// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
/// let policy = CachePolicy::new(&mut stack, "myCachePolicy", CachePolicyProps::default()
///     .default_ttl(Duration::days(2))
///     .query_string_behavior(CacheQueryStringBehavior::deny_list(["username"])));
/// assert_ne!(policy, CachePolicy::CACHING_OPTIMIZED);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CachePolicy(pub(crate) PolicyRef);

crate::policies::managed_policies! {
    CachePolicy ("policies::CachePolicy", "a cache policy (`CachePolicy::CACHING_OPTIMIZED`, or one made with `cache_policy!`)") {
        /// For Amplify hosting.
        AMPLIFY = "2e54312d-136d-493c-8eb9-b001f22f67d2",
        /// Caching tuned for compressible content (the default of every behavior).
        CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6",
        /// Caching tuned for content that is not compressed.
        CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS = "b2884449-e4de-46a7-ac36-70bc7f1ddd6d",
        /// No caching: every request goes to the origin.
        CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
        /// For AWS Elemental MediaPackage origins.
        ELEMENTAL_MEDIA_PACKAGE = "08627262-05a9-4f76-9ded-b50ca2e3a84f",
        /// Follows the origin's Cache-Control headers.
        USE_ORIGIN_CACHE_CONTROL_HEADERS = "83da9c7e-98b4-4e11-a168-04f0df8e2c65",
        /// Follows the origin's Cache-Control headers, query strings in the key.
        USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS = "4cc15a8a-d715-48a4-82b8-cc0b614638fe",
    }
}

impl CachePolicy {
    /// Creates a cache policy in the stack.
    pub fn new(scope: &mut impl AsScope, id: &str, props: CachePolicyProps) -> CachePolicy {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let resource = stack.add_resource(scope, CachePolicyResource { props });
        stack.add_stack_rule(&crate::rules::NAMES_OF_THE_STACK);
        CachePolicy(PolicyRef::Node(resource))
    }
}

#[derive(Debug)]
pub(crate) struct CachePolicyResource {
    pub(crate) props: CachePolicyProps,
}

/// Generated names are cut to 110 characters before the region is appended.
const MAX_GENERATED_NAME: usize = 110;

/// One `*Config` of a policy: `{"<Kind>Behavior": ..., "<Kind>s": [...]}`.
pub(crate) struct Behavior<'a> {
    pub(crate) behavior_key: &'static str,
    pub(crate) behavior: &'static str,
    pub(crate) names_key: &'static str,
    pub(crate) names: &'a [String],
}

impl Serialize for Behavior<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry(self.behavior_key, self.behavior)?;
        if !self.names.is_empty() {
            m.serialize_entry(self.names_key, self.names)?;
        }
        m.end()
    }
}

/// Custom cache policies count toward a quota of the account.
static CACHE_POLICIES: AccountQuota =
    account_quota!(cache_policies_per_account, "cache policy of the stack");

impl Construct for CachePolicyResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&CACHE_POLICIES)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Parameters<'a> {
            cookies_config: Behavior<'a>,
            enable_accept_encoding_brotli: bool,
            enable_accept_encoding_gzip: bool,
            headers_config: Behavior<'a>,
            query_strings_config: Behavior<'a>,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Config<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            comment: Option<&'a str>,
            #[serde(rename = "DefaultTTL")]
            default_ttl: u64,
            #[serde(rename = "MaxTTL")]
            max_ttl: u64,
            #[serde(rename = "MinTTL")]
            min_ttl: u64,
            name: Expr,
            parameters_in_cache_key_and_forwarded_to_origin: Parameters<'a>,
        }
        #[derive(Serialize)]
        struct Properties<'a> {
            #[serde(rename = "CachePolicyConfig")]
            config: Config<'a>,
        }
        let p = &self.props;
        let (min, default, max) = p.effective_ttls();
        let none = CacheCookieBehavior::none();
        let cookies = p.cookie_behavior.as_ref().unwrap_or(&none);
        let headers_none = CacheHeaderBehavior::none();
        let headers = p.header_behavior.as_ref().unwrap_or(&headers_none);
        let qs_none = CacheQueryStringBehavior::none();
        let query_strings = p.query_string_behavior.as_ref().unwrap_or(&qs_none);
        let name = match &p.cache_policy_name {
            Some(n) => Expr::literal(n.clone()),
            None => generated_name(ids.stack, node),
        };
        let properties = Properties {
            config: Config {
                comment: p.comment.as_deref(),
                default_ttl: default.whole_seconds(),
                max_ttl: max.whole_seconds(),
                min_ttl: min.whole_seconds(),
                name,
                parameters_in_cache_key_and_forwarded_to_origin: Parameters {
                    cookies_config: Behavior {
                        behavior_key: "CookieBehavior",
                        behavior: cookies.cfn_behavior(),
                        names_key: "Cookies",
                        names: &cookies.names,
                    },
                    enable_accept_encoding_brotli: p.enable_accept_encoding_brotli.unwrap_or(false),
                    enable_accept_encoding_gzip: p.enable_accept_encoding_gzip.unwrap_or(false),
                    headers_config: Behavior {
                        behavior_key: "HeaderBehavior",
                        behavior: headers.cfn_behavior(),
                        names_key: "Headers",
                        names: &headers.names,
                    },
                    query_strings_config: Behavior {
                        behavior_key: "QueryStringBehavior",
                        behavior: query_strings.cfn_behavior(),
                        names_key: "QueryStrings",
                        names: &query_strings.names,
                    },
                },
            },
        };
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::CachePolicy",
            serde_json::to_value(properties)?,
        )))
    }
}

/// The CDK's name for a cache policy: its unique id, cut to 110 characters, then the region
/// (cache policy names are account-wide, so the region keeps stacks of two regions apart).
fn generated_name(stack: &Stack, node: u32) -> Expr {
    let id = unique_id(&stack.app_path(node));
    let base = keep_first(&id, MAX_GENERATED_NAME);
    match stack.region() {
        Some(region) => Expr::literal(format!("{base}-{region}")),
        None => Expr::join("", [Expr::literal(format!("{base}-")), Expr::region()]),
    }
}
