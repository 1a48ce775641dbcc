//! The props of a distribution and of its behaviors.

use crate::acm::Certificate;
use crate::duration::Duration;
use crate::expr::Expr;
use crate::functions::FunctionAssociation;
use crate::keys::KeyGroup;
use crate::lambda::Version;
use crate::lit::{FromLit, Lit, Lowering};
use crate::origins::Origin;
use crate::path::PropPath;
use crate::policies::{CachePolicy, OriginRequestPolicy, ResponseHeadersPolicy};
use crate::realtime_log_config::RealtimeLogConfig;
use crate::s3::Bucket;
use crate::schema::{EnumSchema, Factory, HasKind, Kind, Param};

cf_enum! {
    /// Which protocols viewers may use to reach a behavior.
    pub enum ViewerProtocolPolicy ("ViewerProtocolPolicy") {
        /// HTTPS only.
        HTTPS_ONLY = "https-only",
        /// HTTP requests are redirected to HTTPS.
        REDIRECT_TO_HTTPS = "redirect-to-https",
        /// HTTP and HTTPS (the CDK's default).
        ALLOW_ALL = "allow-all",
    }
}

cf_enum! {
    /// The HTTP versions viewers may use.
    pub enum HttpVersion ("HttpVersion") {
        /// HTTP/1.1 only.
        HTTP1_1 = "http1.1",
        /// HTTP/2 and HTTP/1.1 (the default).
        HTTP2 = "http2",
        /// HTTP/3, HTTP/2 and HTTP/1.1.
        HTTP2_AND_3 = "http2and3",
        /// HTTP/3 and HTTP/1.1.
        HTTP3 = "http3",
    }
}

cf_enum! {
    /// Which edge locations serve the distribution, by price.
    pub enum PriceClass ("PriceClass") {
        /// North America and Europe.
        PRICE_CLASS_100 = "PriceClass_100",
        /// PriceClass_100 plus Asia, Middle East and Africa.
        PRICE_CLASS_200 = "PriceClass_200",
        /// Every edge location (CloudFront's default).
        PRICE_CLASS_ALL = "PriceClass_All",
    }
}

const_enum! {
    /// The HTTP methods CloudFront processes and forwards to the origin: one of the three sets
    /// CloudFront offers.
    pub enum AllowedMethods ("distribution::AllowedMethods") {
        /// GET and HEAD (the default).
        ALLOW_GET_HEAD,
        /// GET, HEAD and OPTIONS.
        ALLOW_GET_HEAD_OPTIONS,
        /// GET, HEAD, OPTIONS, PUT, PATCH, POST and DELETE.
        ALLOW_ALL,
    }
}

impl AllowedMethods {
    /// The methods, in the order the CDK writes them.
    pub fn methods(self) -> &'static [&'static str] {
        match self {
            AllowedMethods::ALLOW_GET_HEAD => &["GET", "HEAD"],
            AllowedMethods::ALLOW_GET_HEAD_OPTIONS => &["GET", "HEAD", "OPTIONS"],
            AllowedMethods::ALLOW_ALL => {
                &["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"]
            }
        }
    }
}

const_enum! {
    /// The HTTP methods whose responses CloudFront caches: one of the two sets CloudFront
    /// offers.
    pub enum CachedMethods ("distribution::CachedMethods") {
        /// GET and HEAD (the default).
        CACHE_GET_HEAD,
        /// GET, HEAD and OPTIONS.
        CACHE_GET_HEAD_OPTIONS,
    }
}

impl CachedMethods {
    /// The methods, in the order the CDK writes them.
    pub fn methods(self) -> &'static [&'static str] {
        match self {
            CachedMethods::CACHE_GET_HEAD => &["GET", "HEAD"],
            CachedMethods::CACHE_GET_HEAD_OPTIONS => &["GET", "HEAD", "OPTIONS"],
        }
    }
}

props! {
    /// Props of a behavior: the default one, an additional one, or one added with
    /// `add_behavior`.
    pub struct BehaviorOptions ("distribution::BehaviorOptions") {
        /// Where requests that match the behavior go.
        origin: into(Origin) ["TargetOriginId"] required,
        /// Which HTTP methods CloudFront processes and forwards (default GET and HEAD).
        allowed_methods: exact(AllowedMethods) ["AllowedMethods"],
        /// Which HTTP methods' responses CloudFront caches (default GET and HEAD).
        cached_methods: exact(CachedMethods) ["CachedMethods"],
        /// Which protocols viewers may use (default `ALLOW_ALL`).
        viewer_protocol_policy: exact(ViewerProtocolPolicy) ["ViewerProtocolPolicy"],
        /// Whether CloudFront compresses objects for viewers that accept it (default `true`).
        compress: exact(bool) ["Compress"],
        /// Whether to serve Microsoft Smooth Streaming media (default `false`).
        smooth_streaming: exact(bool) ["SmoothStreaming"],
        /// The cache key and TTLs (default `CachePolicy::CACHING_OPTIMIZED`).
        cache_policy: into(CachePolicy) ["CachePolicyId"],
        /// What CloudFront forwards to the origin beyond the cache key (default nothing).
        origin_request_policy: into(OriginRequestPolicy) ["OriginRequestPolicyId"],
/// The headers CloudFront adds to its responses.
        response_headers_policy: into(ResponseHeadersPolicy) ["ResponseHeadersPolicyId"],
        /// Key groups whose keys sign the URLs or cookies the behavior requires (at most 4
        /// by default).
        trusted_key_groups: list(KeyGroup) ["TrustedKeyGroups"],
        /// AWS accounts whose CloudFront key pairs sign URLs or cookies: the legacy way,
        /// replaced by `trusted_key_groups`.
        trusted_signers: list(String) ["TrustedSigners"],
        /// CloudFront Functions run on the behavior's viewer events, at most one per event.
        function_associations: list(FunctionAssociation) ["FunctionAssociations"],
        /// Whether CloudFront proxies gRPC requests to the origin (needs `ALLOW_ALL` methods,
        /// an HTTP version with HTTP/2 and an origin reached over HTTPS).
        enable_grpc: exact(bool) ["GrpcConfig"],
        /// The real-time log configuration of the behavior's requests.
        realtime_log_config: into(RealtimeLogConfig) ["RealtimeLogConfigArn"],
        /// Lambda@Edge functions run on the behavior's events, at most one per event.
        edge_lambdas: list(EdgeLambda) ["LambdaFunctionAssociations", "edgeLambdas"],
    }
}

cf_enum! {
    /// The event of a behavior a Lambda@Edge function runs on (the CDK's
    /// `LambdaEdgeEventType`).
    pub enum LambdaEdgeEventType ("distribution::LambdaEdgeEventType") {
        /// Before CloudFront forwards a request to the origin (cache misses only).
        ORIGIN_REQUEST = "origin-request",
        /// After CloudFront receives the origin's response, before it caches it.
        ORIGIN_RESPONSE = "origin-response",
        /// When CloudFront receives a viewer's request, before it looks in its cache.
        VIEWER_REQUEST = "viewer-request",
        /// Before CloudFront returns a response to the viewer.
        VIEWER_RESPONSE = "viewer-response",
    }
}

impl LambdaEdgeEventType {
    /// Whether the event is a viewer event (viewer request or response), which Lambda@Edge
    /// runs with lower limits than origin events.
    pub const fn is_viewer_event(self) -> bool {
        matches!(self, Self::VIEWER_REQUEST | Self::VIEWER_RESPONSE)
    }

    /// Whether the function sees the request (viewer or origin request), and so may get its
    /// body.
    pub const fn is_request_event(self) -> bool {
        matches!(self, Self::VIEWER_REQUEST | Self::ORIGIN_REQUEST)
    }
}

props! {
    /// A Lambda@Edge function on one event of a behavior (the CDK's `EdgeLambda`).
    pub struct EdgeLambda ("distribution::EdgeLambda") {
        /// The function's version: `my_function.current_version()`, or
        /// `lambda::Version::from_version_arn(stack, "id", "arn:...")`.
        function_version: into(Version) ["LambdaFunctionARN", "functionVersion"] required,
        /// The event it runs on.
        event_type: exact(LambdaEdgeEventType) ["EventType", "eventType"] required,
        /// Whether the function gets the request's body (request events only).
        include_body: exact(bool) ["IncludeBody", "includeBody"],
    }
}

props! {
    /// A custom error response: what CloudFront returns when the origin answers with an error.
    pub struct ErrorResponse ("distribution::ErrorResponse") {
        /// The HTTP status code of the origin's error (400, 403, 404, 405, 414, 416, 500-504).
        http_status: exact(u16) ["ErrorCode"] required,
        /// The status code CloudFront returns instead (200 or one of the error codes above).
        response_http_status: exact(u16) ["ResponseCode"],
        /// The page CloudFront returns instead, a path starting with `/`.
        response_page_path: into(String) ["ResponsePagePath"],
        /// How long CloudFront caches the error (whole seconds).
        ttl: exact(Duration) ["ErrorCachingMinTTL"],
    }
}

/// Whether a geographic restriction allows or blocks its locations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoRestrictionType {
    /// Only viewers in the locations are served.
    Allowlist,
    /// Viewers in the locations are refused.
    Denylist,
}

/// Which countries may (or may not) reach the distribution.
///
/// ```
/// use cloudfront_dsl::distribution::GeoRestriction;
/// let eu_only = GeoRestriction::allowlist(["DE", "FR", "IT"]);
/// assert_eq!(eu_only.locations(), ["DE", "FR", "IT"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeoRestriction {
    pub(crate) restriction_type: GeoRestrictionType,
    pub(crate) locations: Vec<String>,
}

impl GeoRestriction {
    /// Serve only viewers in these countries (ISO 3166-1 alpha-2 codes).
    ///
    /// In a construct macro the codes are given one by one (`allowlist("US", "GB")`), as a list
    /// (`allowlist(["US", "GB"])`), or as a list variable, spread as the CDK's
    /// `allowlist(...countries)`: literal codes are checked at compile time, a variable's by
    /// `synth()`, the error naming the code's place.
    ///
    /// ```
    /// use cloudfront_dsl::prelude::*;
    /// let mut stack = Stack::new("Docs");
    /// let countries = vec!["US", "XX"];
    /// distribution!(stack, "myDist", {
    ///     default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    ///     geo_restriction: GeoRestriction::allowlist(countries),
    /// });
    /// let e = stack.synth().unwrap_err();
    /// assert_eq!(e.errors[0].path(), "myDist.geo_restriction.locations[1]");
    /// ```
    pub fn allowlist<I: IntoIterator<Item = impl Into<String>>>(locations: I) -> Self {
        Self::new(GeoRestrictionType::Allowlist, locations)
    }

    /// Refuse viewers in these countries (ISO 3166-1 alpha-2 codes).
    pub fn denylist<I: IntoIterator<Item = impl Into<String>>>(locations: I) -> Self {
        Self::new(GeoRestrictionType::Denylist, locations)
    }

    /// The CDK's former name of [`allowlist`](Self::allowlist).
    #[deprecated(note = "use `GeoRestriction::allowlist`, the CDK's current name")]
    pub fn whitelist<I: IntoIterator<Item = impl Into<String>>>(locations: I) -> Self {
        Self::allowlist(locations)
    }

    /// The CDK's former name of [`denylist`](Self::denylist).
    #[deprecated(note = "use `GeoRestriction::denylist`, the CDK's current name")]
    pub fn blacklist<I: IntoIterator<Item = impl Into<String>>>(locations: I) -> Self {
        Self::denylist(locations)
    }

    fn new<I: IntoIterator<Item = impl Into<String>>>(
        restriction_type: GeoRestrictionType,
        locations: I,
    ) -> Self {
        Self {
            restriction_type,
            locations: locations.into_iter().map(Into::into).collect(),
        }
    }

    /// Allowed or blocked.
    pub fn restriction_type(&self) -> GeoRestrictionType {
        self.restriction_type
    }

    /// The country codes.
    pub fn locations(&self) -> &[String] {
        &self.locations
    }
}

const LOCATIONS: &[Param] = &[Param {
    name: "locations",
    kind: &Kind::Str,
    optional: false,
    variadic: true,
}];

#[doc(hidden)]
/// The schema of `GeoRestriction`'s factories.
pub const GEO_RESTRICTION_SCHEMA: EnumSchema = EnumSchema {
    name: "GeoRestriction",
    rust: "distribution::GeoRestriction",
    what: "a geographic restriction (`GeoRestriction::allowlist(\"US\", ...)`)",
    consts: &[],
    factories: &[
        Factory {
            name: "allowlist",
            rust: "distribution::GeoRestriction::allowlist",
            params: LOCATIONS,
        },
        Factory {
            name: "denylist",
            rust: "distribution::GeoRestriction::denylist",
            params: LOCATIONS,
        },
        Factory {
            name: "whitelist",
            rust: "distribution::GeoRestriction::whitelist",
            params: LOCATIONS,
        },
        Factory {
            name: "blacklist",
            rust: "distribution::GeoRestriction::blacklist",
            params: LOCATIONS,
        },
    ],
};

impl HasKind for GeoRestriction {
    const KIND: Kind = Kind::Enum(&GEO_RESTRICTION_SCHEMA);
}

impl FromLit for GeoRestriction {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        let locations = crate::lit::lower_variadic::<String>(args, &path.field("locations"), cx)?;
        Some(match name.as_str() {
            "allowlist" | "whitelist" => Self::allowlist(locations),
            "denylist" | "blacklist" => Self::denylist(locations),
            _ => return None,
        })
    }
}

cf_enum! {
    /// The oldest TLS protocol and ciphers viewers may use (CloudFront's security policy).
    pub enum SecurityPolicyProtocol ("distribution::SecurityPolicyProtocol") {
        /// SSLv3: only with the `vip` method.
        SSL_V3 = "SSLv3",
        /// TLSv1.
        TLS_V1 = "TLSv1",
        /// TLSv1_2016.
        TLS_V1_2016 = "TLSv1_2016",
        /// TLSv1.1_2016.
        TLS_V1_1_2016 = "TLSv1.1_2016",
        /// TLSv1.2_2018.
        TLS_V1_2_2018 = "TLSv1.2_2018",
        /// TLSv1.2_2019.
        TLS_V1_2_2019 = "TLSv1.2_2019",
        /// TLSv1.2_2021 (the default with a certificate).
        TLS_V1_2_2021 = "TLSv1.2_2021",
        /// TLSv1.2_2025.
        TLS_V1_2_2025 = "TLSv1.2_2025",
        /// TLSv1.3_2025.
        TLS_V1_3_2025 = "TLSv1.3_2025",
    }
}

cf_enum! {
    /// How CloudFront serves HTTPS for the distribution's own domain names.
    pub enum SSLMethod ("distribution::SSLMethod") {
        /// Server Name Indication (the default; no extra charge).
        SNI = "sni-only",
        /// Dedicated IP addresses for viewers without SNI (extra charge; AWS must approve
        /// security policies other than TLSv1 and SSLv3).
        VIP = "vip",
        /// Static IP addresses, where AWS has enabled them for the account.
        STATIC_IP = "static-ip",
    }
}

props! {
    /// Props of a distribution: `distribution!(stack, "id", { ... })`.
    pub struct DistributionProps ("distribution::DistributionProps") {
        /// The behavior of requests no additional behavior matches. Its origin, and those of
        /// the additional behaviors, write the distribution's origins and origin groups (and
        /// stand for the legacy single origin).
        default_behavior: into(BehaviorOptions) ["DefaultCacheBehavior", "OriginGroups", "S3Origin", "CustomOrigin"] required,
        /// Behaviors for URL path patterns, matched in order before the default behavior.
        additional_behaviors: map(BehaviorOptions) ["CacheBehaviors"],
        /// A comment (at most 128 characters).
        comment: into(String) ["Comment"],
        /// Whether the distribution serves requests (default `true`).
        enabled: exact(bool) ["Enabled"],
        /// The object returned for a request to the root URL, such as `index.html`.
        default_root_object: into(String) ["DefaultRootObject"],
        /// The HTTP versions viewers may use (default `HTTP2`).
        http_version: exact(HttpVersion) ["HttpVersion"],
        /// Whether viewers may connect over IPv6 (default `true`).
        enable_ipv6: exact(bool) ["IPV6Enabled", "IsIPV6Enabled"],
        /// Which edge locations serve the distribution (CloudFront's default: all).
        price_class: exact(PriceClass) ["PriceClass"],
        /// What CloudFront returns when the origin answers with an error.
        error_responses: list(ErrorResponse) ["CustomErrorResponses"],
        /// Which countries may reach the distribution.
        geo_restriction: into(GeoRestriction) ["Restrictions"],
        /// The AWS WAF web ACL in front of the distribution: a WAFv2 web ACL ARN (scope
        /// CLOUDFRONT, in us-east-1) or a WAF Classic web ACL id.
        web_acl_id: into(Expr) ["WebACLId"],
        /// The distribution's own domain names (alternate domain names, CNAMEs); each must be
        /// covered by `certificate`.
        domain_names: list(Expr) ["Aliases", "CNAMEs"],
        /// The certificate for `domain_names`, from ACM in us-east-1.
        certificate: into(Certificate) ["ViewerCertificate", "AcmCertificateArn"],
        /// The oldest TLS version viewers may use (default `TLS_V1_2_2021`); needs a
        /// certificate.
        minimum_protocol_version: exact(SecurityPolicyProtocol) ["MinimumProtocolVersion"],
        /// How CloudFront serves HTTPS (default `SNI`); needs a certificate.
        ssl_support_method: exact(SSLMethod) ["SslSupportMethod"],
        /// Whether CloudFront writes standard access logs to S3 (implied by `log_bucket`; a
        /// bucket is created when none is given).
        enable_logging: exact(bool) ["Logging"],
        /// The bucket the logs go to; it must accept ACLs.
        log_bucket: into(Bucket),
        /// A prefix for the log files' keys, such as `cdn-logs/`.
        log_file_prefix: into(String) ["Prefix"],
        /// Whether the logs include cookies (default `false`).
        log_includes_cookies: exact(bool) ["IncludeCookies"],
        /// Whether CloudFront publishes the distribution's additional metrics (origin latency,
        /// cache hit rate, error rates by status) to CloudWatch, at a charge: an
        /// `AWS::CloudFront::MonitoringSubscription`.
        publish_additional_metrics: exact(bool) ["MonitoringSubscription"],
    }
}

props! {
    /// The arguments of `add_behavior!`, as the rules see them: a path pattern and the
    /// behavior for it.
    // Machinery of the macro: users write `add_behavior!` or `Distribution::add_behavior`.
    #[doc(hidden)]
    pub struct AddBehaviorArgs ("distribution::AddBehaviorArgs") {
        /// The path pattern the behavior matches.
        path_pattern: into(String) required,
        /// The behavior, its origin included.
        behavior: into(BehaviorOptions) required,
    }
}

impl DistributionProps {
    /// Props with `default_behavior` set: the one prop a distribution needs.
    ///
    /// ```
    /// use cloudfront_dsl::distribution::{BehaviorOptions, DistributionProps};
    /// use cloudfront_dsl::origins::HttpOrigin;
    /// let props = DistributionProps::new(BehaviorOptions::new(HttpOrigin("www.example.com")))
    ///     .comment("static site");
    /// assert!(props.default_behavior.is_some());
    /// ```
    pub fn new(default_behavior: BehaviorOptions) -> Self {
        Self::default().default_behavior(default_behavior)
    }
}

impl BehaviorOptions {
    /// Options with `origin` set: the one prop a behavior needs.
    pub fn new(origin: impl Into<Origin>) -> Self {
        Self::default().origin(origin)
    }

    /// The cache policy the behavior renders with: the CDK's default when none is set.
    pub(crate) fn effective_cache_policy(&self) -> CachePolicy {
        self.cache_policy.unwrap_or(CachePolicy::CACHING_OPTIMIZED)
    }

    /// The viewer protocol policy the behavior renders with: the CDK's default when none is
    /// set.
    pub(crate) fn effective_viewer_protocol_policy(&self) -> ViewerProtocolPolicy {
        self.viewer_protocol_policy
            .unwrap_or(ViewerProtocolPolicy::ALLOW_ALL)
    }

    /// Whether the behavior compresses: the CDK's default when unset.
    pub(crate) fn effective_compress(&self) -> bool {
        self.compress.unwrap_or(true)
    }
}

impl DistributionProps {
    /// The behaviors in the order the template lists them, which is the order CloudFront
    /// tries them in: the additional behaviors (in the order a JavaScript object iterates their
    /// keys, as the CDK keeps them in one), then the default behavior, with `None` for its
    /// pattern.
    pub(crate) fn behaviors_in_order(&self) -> Vec<(Option<&str>, &BehaviorOptions)> {
        let additional = self
            .additional_behaviors
            .iter()
            .flat_map(|m| crate::distribution::bind::js_object_order(m))
            .map(|(pattern, b)| (Some(pattern.as_str()), b));
        additional
            .chain(self.default_behavior.iter().map(|b| (None, b)))
            .collect()
    }
}
