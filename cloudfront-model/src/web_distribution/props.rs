//! The props of a web distribution (the CDK's `CloudFrontWebDistributionProps`), of its origin
//! configurations, sources and behaviors, and its viewer certificate.

use crate::acm::Certificate;
use crate::distribution::{
    AllowedMethods, CachedMethods, GeoRestriction, HttpVersion, LambdaEdgeEventType, PriceClass,
    SSLMethod, SecurityPolicyProtocol, ViewerProtocolPolicy,
};
use crate::duration::Duration;
use crate::expr::Expr;
use crate::functions::FunctionAssociation;
use crate::keys::KeyGroup;
use crate::lambda::Version;
use crate::lit::{FromLit, Lit, Lowering, lower, lower_variadic};
use crate::origin_access_identity::OriginAccessIdentity;
use crate::origins::{OriginProtocolPolicy, OriginSslPolicy};
use crate::path::PropPath;
use crate::policies::CachePolicy;
use crate::s3::Bucket;
use crate::schema::{EnumSchema, Factory, HasKind, Kind, Param};

const_enum! {
    /// The HTTP methods a web distribution's behavior processes and forwards to the origin.
    pub enum CloudFrontAllowedMethods ("web_distribution::CloudFrontAllowedMethods") {
        /// GET and HEAD (the default).
        GET_HEAD,
        /// GET, HEAD and OPTIONS.
        GET_HEAD_OPTIONS,
        /// DELETE, GET, HEAD, OPTIONS, PATCH, POST and PUT.
        ALL,
    }
}

impl CloudFrontAllowedMethods {
    /// The methods, in the order the CDK's web distribution writes them.
    pub fn methods(self) -> &'static [&'static str] {
        match self {
            Self::GET_HEAD => &["GET", "HEAD"],
            Self::GET_HEAD_OPTIONS => &["GET", "HEAD", "OPTIONS"],
            Self::ALL => &["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
        }
    }
}

impl From<CloudFrontAllowedMethods> for AllowedMethods {
    fn from(m: CloudFrontAllowedMethods) -> Self {
        match m {
            CloudFrontAllowedMethods::GET_HEAD => AllowedMethods::ALLOW_GET_HEAD,
            CloudFrontAllowedMethods::GET_HEAD_OPTIONS => AllowedMethods::ALLOW_GET_HEAD_OPTIONS,
            CloudFrontAllowedMethods::ALL => AllowedMethods::ALLOW_ALL,
        }
    }
}

const_enum! {
    /// The HTTP methods whose responses a web distribution's behavior caches.
    pub enum CloudFrontAllowedCachedMethods ("web_distribution::CloudFrontAllowedCachedMethods") {
        /// GET and HEAD (the default).
        GET_HEAD,
        /// GET, HEAD and OPTIONS.
        GET_HEAD_OPTIONS,
    }
}

impl From<CloudFrontAllowedCachedMethods> for CachedMethods {
    fn from(m: CloudFrontAllowedCachedMethods) -> Self {
        match m {
            CloudFrontAllowedCachedMethods::GET_HEAD => CachedMethods::CACHE_GET_HEAD,
            CloudFrontAllowedCachedMethods::GET_HEAD_OPTIONS => {
                CachedMethods::CACHE_GET_HEAD_OPTIONS
            }
        }
    }
}

const_enum! {
    /// A status code of the primary origin on which CloudFront retries with the failover
    /// origin. The codes CloudFront takes are 400, 403, 404, 416, 500, 502, 503 and 504
    /// ("Optimize high availability with CloudFront origin failover",
    /// <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html>);
    /// the CDK names six of them, `BAD_REQUEST` and `RANGE_NOT_SATISFIABLE` are this library's.
    pub enum FailoverStatusCode ("web_distribution::FailoverStatusCode") {
        /// 400 Bad Request.
        BAD_REQUEST,
        /// 403 Forbidden.
        FORBIDDEN,
        /// 404 Not Found.
        NOT_FOUND,
        /// 416 Range Not Satisfiable.
        RANGE_NOT_SATISFIABLE,
        /// 500 Internal Server Error.
        INTERNAL_SERVER_ERROR,
        /// 502 Bad Gateway.
        BAD_GATEWAY,
        /// 503 Service Unavailable.
        SERVICE_UNAVAILABLE,
        /// 504 Gateway Timeout.
        GATEWAY_TIMEOUT,
    }
}

impl FailoverStatusCode {
    /// The HTTP status code.
    pub const fn code(self) -> u16 {
        match self {
            Self::BAD_REQUEST => 400,
            Self::FORBIDDEN => 403,
            Self::NOT_FOUND => 404,
            Self::RANGE_NOT_SATISFIABLE => 416,
            Self::INTERNAL_SERVER_ERROR => 500,
            Self::BAD_GATEWAY => 502,
            Self::SERVICE_UNAVAILABLE => 503,
            Self::GATEWAY_TIMEOUT => 504,
        }
    }
}

props! {
    /// An S3 bucket as the source of an origin configuration (the CDK's `S3OriginConfig`).
    pub struct S3OriginConfig ("web_distribution::S3OriginConfig") {
        /// The bucket.
        s3_bucket_source: into(Bucket) ["bucket", "DomainName"] required,
        /// The identity CloudFront reads the bucket as; it gets read access to the bucket's
        /// objects. Without one, the bucket must be readable by everyone.
        origin_access_identity: into(OriginAccessIdentity) ["OriginAccessIdentity"],
        /// A path CloudFront appends to the domain name when it requests from the origin;
        /// starts with `/`, does not end with `/`.
        origin_path: into(String) ["OriginPath"],
        /// Headers CloudFront adds to every request it sends to the origin.
        origin_headers: map(Expr) ["OriginCustomHeaders", "custom_headers"],
        /// The region of the Origin Shield cache layer in front of this origin.
        origin_shield_region: into(String) ["OriginShield"],
    }
}

props! {
    /// A custom (HTTP) origin as the source of an origin configuration (the CDK's
    /// `CustomOriginConfig`).
    pub struct CustomOriginConfig ("web_distribution::CustomOriginConfig") {
        /// The origin's host name (not a URL).
        domain_name: into(Expr) ["DomainName"] required,
        /// The HTTP port (80, 443 or 1024-65535; default 80).
        http_port: exact(u16) ["HTTPPort"],
        /// The HTTPS port (80, 443 or 1024-65535; default 443).
        https_port: exact(u16) ["HTTPSPort"],
        /// How long CloudFront keeps an idle connection open (1 second to the account's quota;
        /// default 5 seconds).
        origin_keepalive_timeout: exact(Duration) ["OriginKeepaliveTimeout", "keepalive_timeout"],
        /// HTTP, HTTPS, or whatever the viewer used (default HTTPS only).
        origin_protocol_policy: exact(OriginProtocolPolicy) ["OriginProtocolPolicy", "protocol_policy"],
        /// How long CloudFront waits for a response (1 second to the account's quota; default
        /// 30 seconds).
        origin_read_timeout: exact(Duration) ["OriginReadTimeout", "read_timeout"],
        /// The TLS protocols CloudFront may use over HTTPS (default TLSv1.2 only).
        allowed_origin_ssl_versions: list(OriginSslPolicy) ["OriginSSLProtocols", "origin_ssl_protocols"],
        /// A path CloudFront appends to the domain name when it requests from the origin;
        /// starts with `/`, does not end with `/`.
        origin_path: into(String) ["OriginPath"],
        /// Headers CloudFront adds to every request it sends to the origin.
        origin_headers: map(Expr) ["OriginCustomHeaders", "custom_headers"],
        /// The region of the Origin Shield cache layer in front of this origin.
        origin_shield_region: into(String) ["OriginShield"],
    }
}

props! {
    /// The legacy cache key: what CloudFront forwards to the origin and caches by (the
    /// CloudFormation `ForwardedValues`).
    pub struct ForwardedValues ("web_distribution::ForwardedValues") {
        /// Whether query strings are forwarded (and, without `query_string_cache_keys`, all
        /// of them are in the cache key).
        query_string: exact(bool) ["QueryString"] required,
        /// Which cookies are forwarded.
        cookies: into(CookiePreference) ["Cookies"],
        /// The headers forwarded and cached by (`"*"` forwards all of them).
        headers: list(String) ["Headers"],
        /// The query strings in the cache key, when `query_string` is `true`.
        query_string_cache_keys: list(String) ["QueryStringCacheKeys"],
    }
}

props! {
    /// Which cookies a behavior forwards to the origin (the CloudFormation `Cookies`).
    pub struct CookiePreference ("web_distribution::CookiePreference") {
        /// `"none"` (the default), `"all"`, or `"whitelist"` for the cookies in
        /// `whitelisted_names`.
        forward: into(String) ["Forward"] required,
        /// The cookies forwarded with `forward: "whitelist"` (`*` and `?` are wildcards).
        whitelisted_names: list(String) ["WhitelistedNames"],
    }
}

props! {
    /// A behavior of an origin configuration (the CDK's `Behavior`).
    pub struct Behavior ("web_distribution::Behavior") {
        /// Whether this is the distribution's default behavior (exactly one is).
        is_default_behavior: exact(bool),
        /// The path pattern of a behavior that is not the default one.
        path_pattern: into(String) ["PathPattern"],
        /// Which HTTP methods CloudFront processes and forwards (default GET and HEAD).
        allowed_methods: exact(CloudFrontAllowedMethods) ["AllowedMethods"],
        /// Which HTTP methods' responses CloudFront caches (default GET and HEAD).
        cached_methods: exact(CloudFrontAllowedCachedMethods) ["CachedMethods"],
        /// Whether CloudFront compresses objects for viewers that accept it (default `true`).
        compress: exact(bool) ["Compress"],
        /// How long objects stay cached when the origin sends no caching headers (whole
        /// seconds; CloudFront's default is 1 day).
        default_ttl: exact(Duration) ["DefaultTTL"],
        /// The shortest time objects stay cached (whole seconds; default 0).
        min_ttl: exact(Duration) ["MinTTL"],
        /// The longest time objects stay cached (whole seconds; CloudFront's default is one
        /// year).
        max_ttl: exact(Duration) ["MaxTTL"],
        /// The legacy cache key (default: no query strings, no cookies, no headers).
        forwarded_values: into(ForwardedValues) ["ForwardedValues"],
        /// A cache policy instead of `forwarded_values` and the TTLs: the current way to set
        /// the cache key.
        cache_policy: into(CachePolicy) ["CachePolicyId"],
        /// Key groups whose keys sign the URLs or cookies the behavior requires (at most 4
        /// by default).
        trusted_key_groups: list(KeyGroup) ["TrustedKeyGroups"],
        /// AWS accounts whose CloudFront key pairs sign URLs or cookies.
        #[deprecated(note = "use `trusted_key_groups`: key groups replace trusted signers")]
        trusted_signers: list(String) ["TrustedSigners"],
        /// Which protocols viewers may use (default: the distribution's
        /// `viewer_protocol_policy`, itself `REDIRECT_TO_HTTPS` by default).
        viewer_protocol_policy: exact(ViewerProtocolPolicy) ["ViewerProtocolPolicy"],
        /// CloudFront Functions run on the behavior's viewer events, at most one per event.
        function_associations: list(FunctionAssociation) ["FunctionAssociations"],
        /// Lambda@Edge functions run on the behavior's events, at most one per event.
        lambda_function_associations: list(LambdaFunctionAssociation) ["LambdaFunctionAssociations"],
    }
}

props! {
    /// A Lambda@Edge function on one event of a web distribution's behavior (the CDK's
    /// `LambdaFunctionAssociation`); the same rules as a distribution's `edge_lambdas` apply.
    pub struct LambdaFunctionAssociation ("web_distribution::LambdaFunctionAssociation") {
        /// The event it runs on.
        event_type: exact(LambdaEdgeEventType) ["EventType", "eventType"] required,
        /// The function's version: `my_function.current_version()`, or
        /// `lambda::Version::from_version_arn(stack, "id", "arn:...")`.
        lambda_function: into(Version) ["LambdaFunctionARN", "lambdaFunction"] required,
        /// Whether the function gets the request's body (request events only).
        include_body: exact(bool) ["IncludeBody", "includeBody"],
    }
}

impl<'a> From<&'a LambdaFunctionAssociation> for crate::rules::Association<'a> {
    fn from(l: &'a LambdaFunctionAssociation) -> crate::rules::Association<'a> {
        crate::rules::Association {
            version: l.lambda_function.as_ref(),
            event_type: l.event_type,
            include_body: l.include_body,
        }
    }
}

props! {
    /// An origin with its behaviors (the CDK's `SourceConfiguration`): exactly one of
    /// `s3_origin_source` and `custom_origin_source`, and optionally a failover source.
    pub struct SourceConfiguration ("web_distribution::SourceConfiguration") {
        /// An S3 bucket as the origin.
        s3_origin_source: into(S3OriginConfig) ["S3OriginConfig"],
        /// A custom (HTTP) origin.
        custom_origin_source: into(CustomOriginConfig) ["CustomOriginConfig"],
        /// An S3 bucket CloudFront falls back to when the origin fails.
        failover_s3_origin_source: into(S3OriginConfig),
        /// A custom origin CloudFront falls back to when the origin fails.
        failover_custom_origin_source: into(CustomOriginConfig),
        /// The origin's status codes on which CloudFront falls back (default 500, 502, 503 and
        /// 504).
        failover_criteria_status_codes: list(FailoverStatusCode) ["FailoverCriteria", "StatusCodes"],
        /// How many times CloudFront tries to connect to the origin (1-3, default 3).
        connection_attempts: exact(u32) ["ConnectionAttempts"],
        /// How long each connection attempt waits (1-10 seconds, default 10).
        connection_timeout: exact(Duration) ["ConnectionTimeout"],
        /// The region of the Origin Shield cache layer in front of the origin and its failover.
        origin_shield_region: into(String) ["OriginShield"],
        /// A path CloudFront appends to the origins' domain names.
        #[deprecated(note = "set `origin_path` on `s3_origin_source` or `custom_origin_source`")]
        origin_path: into(String) ["OriginPath"],
        /// Headers CloudFront adds to the requests it sends to the origins.
        #[deprecated(note = "set `origin_headers` on `s3_origin_source` or `custom_origin_source`")]
        origin_headers: map(Expr) ["OriginCustomHeaders"],
        /// The behaviors that go to this origin.
        behaviors: list(Behavior) ["CacheBehaviors", "DefaultCacheBehavior"] required,
    }
}

props! {
    /// Where a web distribution writes its standard logs (the CDK's `LoggingConfiguration`).
    pub struct LoggingConfiguration ("web_distribution::LoggingConfiguration") {
        /// The bucket; it must accept ACLs. One is created when none is given.
        bucket: into(Bucket) ["Bucket", "log_bucket"],
        /// Whether the logs include cookies (default `false`).
        include_cookies: exact(bool) ["IncludeCookies"],
        /// A prefix for the log files' keys, such as `cdn-logs/`.
        prefix: into(String) ["Prefix", "log_file_prefix"],
    }
}

props! {
    /// A custom error response of a web distribution (CloudFormation's `CustomErrorResponse`,
    /// as the CDK takes it).
    pub struct CustomErrorResponse ("web_distribution::CustomErrorResponse") {
        /// The HTTP status code of the origin's error (400, 403, 404, 405, 414, 416, 500-504).
        error_code: exact(u16) ["ErrorCode", "http_status"] required,
        /// The status code CloudFront returns instead (200 or one of the error codes above).
        response_code: exact(u16) ["ResponseCode", "response_http_status"],
        /// The page CloudFront returns instead, a path starting with `/`.
        response_page_path: into(String) ["ResponsePagePath"],
        /// How long CloudFront caches the error, in seconds.
        error_caching_min_ttl: exact(u64) ["ErrorCachingMinTTL", "ttl"],
    }
}

props! {
    /// The certificate, domain names and TLS settings of `ViewerCertificate::from_acm_certificate`
    /// and `from_iam_certificate` (the CDK's `ViewerCertificateOptions`).
    pub struct ViewerCertificateOptions ("web_distribution::ViewerCertificateOptions") {
        /// The distribution's own domain names; each must be covered by the certificate.
        aliases: list(Expr) ["Aliases", "domain_names", "names"],
        /// The oldest TLS version viewers may use (CloudFront's default: TLSv1).
        security_policy: exact(SecurityPolicyProtocol) ["MinimumProtocolVersion", "minimum_protocol_version"],
        /// How CloudFront serves HTTPS (default `SNI`).
        ssl_method: exact(SSLMethod) ["SslSupportMethod", "ssl_support_method"],
    }
}

props! {
    /// The CDK's former way to give a web distribution domain names and an ACM certificate.
    pub struct AliasConfiguration ("web_distribution::AliasConfiguration") {
        /// The ARN of the ACM certificate (in us-east-1).
        acm_cert_ref: into(Expr) ["AcmCertificateArn"] required,
        /// The distribution's own domain names.
        names: list(Expr) ["Aliases"] required,
        /// The oldest TLS version viewers may use.
        security_policy: exact(SecurityPolicyProtocol) ["MinimumProtocolVersion"],
        /// How CloudFront serves HTTPS (default `SNI`).
        ssl_method: exact(SSLMethod) ["SslSupportMethod"],
    }
}

/// Which certificate a viewer certificate serves.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum CertificateSource {
    /// A certificate of ACM.
    Acm(Certificate),
    /// A server certificate of IAM, by id.
    Iam(String),
    /// CloudFront's own certificate for `*.cloudfront.net`.
    CloudFrontDefault,
}

/// How a web distribution serves HTTPS (the CDK's `ViewerCertificate`): CloudFront's default
/// certificate, or a certificate of ACM or IAM with the domain names it covers.
///
/// ```
/// use cloudfront_dsl::acm::Certificate;
/// use cloudfront_dsl::web_distribution::{ViewerCertificate, ViewerCertificateOptions};
/// let cert = Certificate::from_certificate_arn(
///     "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
/// );
/// let viewer = ViewerCertificate::from_acm_certificate(
///     cert,
///     ViewerCertificateOptions::default().aliases(["www.example.com"]),
/// );
/// assert_eq!(viewer.aliases().len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct ViewerCertificate {
    pub(crate) source: CertificateSource,
    pub(crate) options: ViewerCertificateOptions,
}

impl ViewerCertificate {
    /// A certificate of ACM (in us-east-1) for the `aliases` of the options.
    pub fn from_acm_certificate(
        certificate: impl Into<Certificate>,
        options: ViewerCertificateOptions,
    ) -> Self {
        Self {
            source: CertificateSource::Acm(certificate.into()),
            options,
        }
    }

    /// A server certificate uploaded to IAM, by its id (`ASCA...`, as
    /// `aws iam get-server-certificate` prints it).
    pub fn from_iam_certificate(
        iam_certificate_id: impl Into<String>,
        options: ViewerCertificateOptions,
    ) -> Self {
        Self {
            source: CertificateSource::Iam(iam_certificate_id.into()),
            options,
        }
    }

    /// CloudFront's own certificate, which covers only the distribution's `cloudfront.net`
    /// name: CloudFront rejects alternate domain names with it, so `aliases` must be empty.
    pub fn from_cloud_front_default_certificate<I>(aliases: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<Expr>,
    {
        Self {
            source: CertificateSource::CloudFrontDefault,
            options: ViewerCertificateOptions::default().aliases(aliases),
        }
    }

    /// The domain names.
    pub fn aliases(&self) -> &[Expr] {
        self.options.aliases.as_deref().unwrap_or_default()
    }
}

const fn param(name: &'static str, kind: &'static Kind, optional: bool, variadic: bool) -> Param {
    Param {
        name,
        kind,
        optional,
        variadic,
    }
}

#[doc(hidden)]
/// The schema of `ViewerCertificate`'s factories.
pub const VIEWER_CERTIFICATE_SCHEMA: EnumSchema = EnumSchema {
    name: "ViewerCertificate",
    rust: "web_distribution::ViewerCertificate",
    what: "a viewer certificate (`ViewerCertificate::from_acm_certificate(certificate, { aliases: [...] })`, ...)",
    consts: &[],
    factories: &[
        Factory {
            name: "from_acm_certificate",
            rust: "web_distribution::ViewerCertificate::from_acm_certificate",
            params: &[
                param("certificate", &Certificate::KIND, false, false),
                param("options", &ViewerCertificateOptions::KIND, true, false),
            ],
        },
        Factory {
            name: "from_iam_certificate",
            rust: "web_distribution::ViewerCertificate::from_iam_certificate",
            params: &[
                param("iam_certificate_id", &Kind::Str, false, false),
                param("options", &ViewerCertificateOptions::KIND, true, false),
            ],
        },
        Factory {
            name: "from_cloud_front_default_certificate",
            rust: "web_distribution::ViewerCertificate::from_cloud_front_default_certificate",
            params: &[param("aliases", &Kind::Expr, true, true)],
        },
    ],
};

impl HasKind for ViewerCertificate {
    const KIND: Kind = Kind::Enum(&VIEWER_CERTIFICATE_SCHEMA);
}

impl FromLit for ViewerCertificate {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        // The options block is flattened: `viewer_certificate.aliases`, not
        // `viewer_certificate.options.aliases`.
        let options = |cx: &mut Lowering| {
            args.get(1)
                .map_or(Some(ViewerCertificateOptions::default()), |o| {
                    lower(o, path, cx)
                })
        };
        Some(match name.as_str() {
            "from_acm_certificate" => {
                let certificate =
                    lower::<Certificate>(args.first()?, &path.field("certificate"), cx)?;
                Self::from_acm_certificate(certificate, options(cx)?)
            }
            "from_iam_certificate" => {
                // An id given by an expression is unknown: the rules leave it to `synth()`.
                let id = lower::<String>(args.first()?, &path.field("iam_certificate_id"), cx)
                    .unwrap_or_default();
                Self::from_iam_certificate(id, options(cx)?)
            }
            "from_cloud_front_default_certificate" => Self::from_cloud_front_default_certificate(
                lower_variadic::<Expr>(args, &path.field("aliases"), cx)?,
            ),
            _ => return None,
        })
    }
}

props! {
    /// Props of a web distribution: `web_distribution!(stack, "id", { ... })` (the CDK's
    /// `CloudFrontWebDistributionProps`).
    pub struct WebDistributionProps ("web_distribution::WebDistributionProps") {
        /// The origins, each with its behaviors; exactly one behavior of them all is the
        /// default one. They write the distribution's origins, origin groups and behaviors
        /// (and stand for the legacy single origin).
        origin_configs: list(SourceConfiguration) ["Origins", "origins", "OriginGroups", "DefaultCacheBehavior", "CacheBehaviors", "S3Origin", "CustomOrigin"] required,
        /// How the distribution serves HTTPS (default CloudFront's certificate, with no
        /// domain names of its own); its `aliases` are the distribution's domain names.
        viewer_certificate: into(ViewerCertificate) ["ViewerCertificate", "certificate", "Aliases", "CNAMEs"],
        /// Domain names and an ACM certificate, the CDK's former way.
        #[deprecated(note = "use `viewer_certificate: ViewerCertificate::from_acm_certificate(certificate, { aliases: [...] })`")]
        alias_configuration: into(AliasConfiguration) ["Aliases"],
        /// A comment (at most 128 characters).
        comment: into(String) ["Comment"],
        /// Whether the distribution serves requests (default `true`).
        enabled: exact(bool) ["Enabled"],
        /// The object returned for a request to the root URL (default `index.html`).
        default_root_object: into(String) ["DefaultRootObject"],
        /// Whether viewers may connect over IPv6 (default `true`).
        enable_ip_v6: exact(bool) ["IPV6Enabled", "enable_ipv6"],
        /// The HTTP versions viewers may use (default `HTTP2`).
        http_version: exact(HttpVersion) ["HttpVersion"],
        /// Which edge locations serve the distribution (default `PRICE_CLASS_100`).
        price_class: exact(PriceClass) ["PriceClass"],
        /// The protocols viewers may use, for behaviors that set none (default
        /// `REDIRECT_TO_HTTPS`).
        viewer_protocol_policy: exact(ViewerProtocolPolicy) ["ViewerProtocolPolicy"],
        /// Standard logs to S3 (default off).
        logging_config: into(LoggingConfiguration) ["Logging", "enable_logging"],
        /// What CloudFront returns when an origin answers with an error.
        error_configurations: list(CustomErrorResponse) ["CustomErrorResponses", "error_responses"],
        /// The AWS WAF web ACL in front of the distribution: a WAFv2 web ACL ARN (scope
        /// CLOUDFRONT, in us-east-1) or a WAF Classic web ACL id.
        web_acl_id: into(Expr) ["WebACLId", "webACLId"],
        /// Which countries may reach the distribution.
        geo_restriction: into(GeoRestriction) ["Restrictions"],
    }
}

impl WebDistributionProps {
    /// Props with `origin_configs` set: the one prop a web distribution needs.
    ///
    /// ```
    /// use cloudfront_dsl::web_distribution::{Behavior, CustomOriginConfig, SourceConfiguration, WebDistributionProps};
    /// let props = WebDistributionProps::new([SourceConfiguration::default()
    ///     .custom_origin_source(CustomOriginConfig::default().domain_name("www.example.com"))
    ///     .behaviors([Behavior::default().is_default_behavior(true)])]);
    /// assert_eq!(props.origin_configs.map(|c| c.len()), Some(1));
    /// ```
    pub fn new(origin_configs: impl IntoIterator<Item = SourceConfiguration>) -> Self {
        Self::default().origin_configs(origin_configs)
    }
}
