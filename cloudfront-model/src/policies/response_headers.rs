//! Response headers policies (the CDK's `ResponseHeadersPolicy`): the headers CloudFront adds
//! to, and removes from, the responses of a behavior. Managed ones by the CDK's constant
//! names, custom ones made with `response_headers_policy!`.

use serde::Serialize;
use serde_json::{Value, json};

use crate::construct::{AccountQuota, Construct, account_quota};
use crate::duration::Duration;
use crate::naming::unique_resource_name;
use crate::policies::PolicyRef;
use crate::rules::{Check, Checker};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};

/// A response headers policy: a managed one (`ResponseHeadersPolicy::SECURITY_HEADERS`) or one
/// of the stack.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::policies::{ResponseHeadersPolicy, ResponseHeadersPolicyProps};
/// let mut stack = Stack::new("Docs");
/// let policy = ResponseHeadersPolicy::new(
///     &mut stack,
///     "Headers",
///     ResponseHeadersPolicyProps::default().remove_headers(["Server"]),
/// );
/// assert_ne!(policy, ResponseHeadersPolicy::SECURITY_HEADERS);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ResponseHeadersPolicy(pub(crate) PolicyRef);

crate::policies::managed_policies! {
    ResponseHeadersPolicy ("policies::ResponseHeadersPolicy", "a response headers policy (`ResponseHeadersPolicy::SECURITY_HEADERS`, or one made with `response_headers_policy!`)") {
        /// CORS headers that allow all origins.
        CORS_ALLOW_ALL_ORIGINS = "60669652-455b-4ae9-85a4-c4c02393f86c",
        /// CORS headers that allow all origins, with preflight.
        CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT = "5cc3b908-e619-4b99-88e5-2cf7f45965bd",
        /// Security headers (HSTS, X-Frame-Options, ...).
        SECURITY_HEADERS = "67f7725c-6f97-4210-82d7-5512b31e9d03",
        /// CORS headers that allow all origins, and security headers.
        CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS = "e61eb60c-9c35-4d20-a928-2b84e02af89c",
        /// CORS headers that allow all origins with preflight, and security headers.
        CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS = "eaab4381-ed33-4a86-88ca-d9558dc6cd63",
    }
}

cf_enum! {
    /// The value of the `X-Frame-Options` header.
    pub enum HeadersFrameOption ("policies::HeadersFrameOption") {
        /// No page may frame the response.
        DENY = "DENY",
        /// Only pages of the same origin may frame the response.
        SAMEORIGIN = "SAMEORIGIN",
    }
}

cf_enum! {
    /// The value of the `Referrer-Policy` header.
    pub enum HeadersReferrerPolicy ("policies::HeadersReferrerPolicy") {
        /// `no-referrer`.
        NO_REFERRER = "no-referrer",
        /// `no-referrer-when-downgrade`.
        NO_REFERRER_WHEN_DOWNGRADE = "no-referrer-when-downgrade",
        /// `origin`.
        ORIGIN = "origin",
        /// `origin-when-cross-origin`.
        ORIGIN_WHEN_CROSS_ORIGIN = "origin-when-cross-origin",
        /// `same-origin`.
        SAME_ORIGIN = "same-origin",
        /// `strict-origin`.
        STRICT_ORIGIN = "strict-origin",
        /// `strict-origin-when-cross-origin`.
        STRICT_ORIGIN_WHEN_CROSS_ORIGIN = "strict-origin-when-cross-origin",
        /// `unsafe-url`.
        UNSAFE_URL = "unsafe-url",
    }
}

props! {
    /// The CORS headers of a response headers policy.
    pub struct ResponseHeadersCorsBehavior ("policies::ResponseHeadersCorsBehavior") {
        /// Whether responses to CORS requests say `Access-Control-Allow-Credentials: true`.
        access_control_allow_credentials: exact(bool) ["AccessControlAllowCredentials"] required,
        /// The headers `Access-Control-Allow-Headers` lists in answers to preflight requests
        /// (`*` allows all).
        access_control_allow_headers: list(String) ["AccessControlAllowHeaders"] required,
        /// The methods `Access-Control-Allow-Methods` lists: `GET`, `DELETE`, `HEAD`, `OPTIONS`,
        /// `PATCH`, `POST`, `PUT`, or `ALL` alone.
        access_control_allow_methods: list(String) ["AccessControlAllowMethods"] required,
        /// The origins `Access-Control-Allow-Origin` may name (`*` allows all;
        /// `*.example.com` any subdomain).
        access_control_allow_origins: list(String) ["AccessControlAllowOrigins"] required,
        /// The headers `Access-Control-Expose-Headers` lists.
        access_control_expose_headers: list(String) ["AccessControlExposeHeaders"],
        /// How long browsers may cache a preflight answer (`Access-Control-Max-Age`, whole
        /// seconds).
        access_control_max_age: exact(Duration) ["AccessControlMaxAgeSec"],
        /// Whether the policy's CORS headers replace those the origin sends.
        origin_override: exact(bool) ["OriginOverride"] required,
    }
}

props! {
    /// A header a response headers policy adds.
    pub struct ResponseCustomHeader ("policies::ResponseCustomHeader") {
        /// The header's name.
        header: into(String) ["Header"] required,
        /// The header's value.
        value: into(String) ["Value"] required,
        /// Whether it replaces the header the origin sends.
        r#override: exact(bool) ["Override"] required,
    }
}

props! {
    /// The headers a response headers policy adds.
    pub struct ResponseCustomHeadersBehavior ("policies::ResponseCustomHeadersBehavior") {
        /// The headers (at most 10 by default).
        custom_headers: list(ResponseCustomHeader) ["CustomHeadersConfig", "Items"] required,
    }
}

props! {
    /// The `Content-Security-Policy` header.
    pub struct ResponseHeadersContentSecurityPolicy ("policies::ResponseHeadersContentSecurityPolicy") {
        /// The policy's directives (at most 1783 characters by default).
        content_security_policy: into(String) ["ContentSecurityPolicy"] required,
        /// Whether it replaces the header the origin sends.
        r#override: exact(bool) ["Override"] required,
    }
}

props! {
    /// The `X-Content-Type-Options: nosniff` header.
    pub struct ResponseHeadersContentTypeOptions ("policies::ResponseHeadersContentTypeOptions") {
        /// Whether it replaces the header the origin sends.
        r#override: exact(bool) ["Override"] required,
    }
}

props! {
    /// The `X-Frame-Options` header.
    pub struct ResponseHeadersFrameOptions ("policies::ResponseHeadersFrameOptions") {
        /// `DENY` or `SAMEORIGIN`.
        frame_option: exact(HeadersFrameOption) ["FrameOption"] required,
        /// Whether it replaces the header the origin sends.
        r#override: exact(bool) ["Override"] required,
    }
}

props! {
    /// The `Referrer-Policy` header.
    pub struct ResponseHeadersReferrerPolicy ("policies::ResponseHeadersReferrerPolicy") {
        /// The policy.
        referrer_policy: exact(HeadersReferrerPolicy) ["ReferrerPolicy"] required,
        /// Whether it replaces the header the origin sends.
        r#override: exact(bool) ["Override"] required,
    }
}

props! {
    /// The `Strict-Transport-Security` header.
    pub struct ResponseHeadersStrictTransportSecurity ("policies::ResponseHeadersStrictTransportSecurity") {
        /// Its `max-age` (whole seconds).
        access_control_max_age: exact(Duration) ["AccessControlMaxAgeSec", "max_age"] required,
        /// Whether it says `includeSubDomains`.
        include_subdomains: exact(bool) ["IncludeSubdomains"],
        /// Whether it replaces the header the origin sends.
        r#override: exact(bool) ["Override"] required,
        /// Whether it says `preload`.
        preload: exact(bool) ["Preload"],
    }
}

props! {
    /// The `X-XSS-Protection` header.
    pub struct ResponseHeadersXSSProtection ("policies::ResponseHeadersXSSProtection") {
        /// Whether it says `mode=block` (not with `report_uri`).
        mode_block: exact(bool) ["ModeBlock"],
        /// Whether it replaces the header the origin sends.
        r#override: exact(bool) ["Override"] required,
        /// Whether XSS filtering is on (`1`) or off (`0`).
        protection: exact(bool) ["Protection"] required,
        /// The URI it says reports go to (not with `mode_block`).
        report_uri: into(String) ["ReportUri"],
    }
}

props! {
    /// The security headers of a response headers policy.
    pub struct ResponseSecurityHeadersBehavior ("policies::ResponseSecurityHeadersBehavior") {
        /// `Content-Security-Policy`.
        content_security_policy: into(ResponseHeadersContentSecurityPolicy) ["ContentSecurityPolicy"],
        /// `X-Content-Type-Options: nosniff`.
        content_type_options: into(ResponseHeadersContentTypeOptions) ["ContentTypeOptions"],
        /// `X-Frame-Options`.
        frame_options: into(ResponseHeadersFrameOptions) ["FrameOptions"],
        /// `Referrer-Policy`.
        referrer_policy: into(ResponseHeadersReferrerPolicy) ["ReferrerPolicy"],
        /// `Strict-Transport-Security`.
        strict_transport_security: into(ResponseHeadersStrictTransportSecurity) ["StrictTransportSecurity"],
        /// `X-XSS-Protection`.
        xss_protection: into(ResponseHeadersXSSProtection) ["XSSProtection"],
    }
}

props! {
    /// Props of a response headers policy: `response_headers_policy!(stack, "id", { ... })`.
    /// All optional.
    pub struct ResponseHeadersPolicyProps ("policies::ResponseHeadersPolicyProps") {
        /// The policy's name, unique in the account (`[A-Za-z0-9_-]`, at most 128
        /// characters); generated from the construct path if omitted.
        response_headers_policy_name: into(String) ["Name"],
        /// A comment (at most 128 characters).
        comment: into(String) ["Comment"],
        /// The CORS headers.
        cors_behavior: into(ResponseHeadersCorsBehavior) ["CorsConfig"],
        /// Headers of your own.
        custom_headers_behavior: into(ResponseCustomHeadersBehavior) ["CustomHeadersConfig"],
        /// The security headers.
        security_headers_behavior: into(ResponseSecurityHeadersBehavior) ["SecurityHeadersConfig"],
        /// Headers CloudFront removes from the origin's responses.
        remove_headers: list(String) ["RemoveHeadersConfig"],
        /// The percentage of responses that get the `Server-Timing` header (0 to 100, at most
        /// four decimals); no header when omitted.
        server_timing_sampling_rate: exact(f64) ["ServerTimingHeadersConfig", "SamplingRate"],
    }
}

impl ResponseHeadersPolicy {
    /// Creates a response headers policy in the stack.
    pub fn new(
        scope: &mut impl AsScope,
        id: &str,
        props: ResponseHeadersPolicyProps,
    ) -> ResponseHeadersPolicy {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let resource = stack.add_resource(scope, ResponseHeadersPolicyResource { props });
        stack.add_stack_rule(&crate::rules::NAMES_OF_THE_STACK);
        ResponseHeadersPolicy(PolicyRef::Node(resource))
    }
}

#[derive(Debug)]
pub(crate) struct ResponseHeadersPolicyResource {
    pub(crate) props: ResponseHeadersPolicyProps,
}

/// Custom response headers policies count toward a quota of the account.
static RESPONSE_HEADERS_POLICIES: AccountQuota = account_quota!(
    response_headers_policies_per_account,
    "response headers policy of the stack"
);

/// Generated names are at most 128 characters, as the CDK cuts them.
const MAX_GENERATED_NAME: usize = 128;

impl Check for ResponseHeadersPolicyProps {
    fn check(&self, cx: &mut Checker<'_>) {
        crate::rules::check_response_headers_policy(self, cx);
    }
}

/// `{"Items": [...]}`.
#[derive(Serialize)]
struct Items<T> {
    #[serde(rename = "Items")]
    items: T,
}

/// A number as the CDK writes it: a whole number without a fraction.
fn number(n: f64) -> Value {
    // Whole sampling rates fit an i64 exactly; others keep their fraction.
    #[allow(clippy::cast_possible_truncation)]
    let whole = n as i64;
    #[allow(clippy::cast_precision_loss)]
    if whole as f64 == n {
        json!(whole)
    } else {
        json!(n)
    }
}

impl Construct for ResponseHeadersPolicyResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&RESPONSE_HEADERS_POLICIES)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        let p = &self.props;
        let seconds = |d: Duration| d.whole_seconds();
        let mut config = serde_json::Map::new();
        if let Some(c) = &p.comment {
            config.insert("Comment".into(), json!(c));
        }
        if let Some(cors) = &p.cors_behavior {
            let mut out = serde_json::Map::new();
            out.insert(
                "AccessControlAllowCredentials".into(),
                json!(cors.access_control_allow_credentials),
            );
            for (key, list) in [
                (
                    "AccessControlAllowHeaders",
                    &cors.access_control_allow_headers,
                ),
                (
                    "AccessControlAllowMethods",
                    &cors.access_control_allow_methods,
                ),
                (
                    "AccessControlAllowOrigins",
                    &cors.access_control_allow_origins,
                ),
                (
                    "AccessControlExposeHeaders",
                    &cors.access_control_expose_headers,
                ),
            ] {
                if let Some(items) = list {
                    out.insert(key.into(), json!(Items { items }));
                }
            }
            if let Some(age) = cors.access_control_max_age {
                out.insert("AccessControlMaxAgeSec".into(), json!(seconds(age)));
            }
            out.insert("OriginOverride".into(), json!(cors.origin_override));
            config.insert("CorsConfig".into(), out.into());
        }
        if let Some(custom) = &p.custom_headers_behavior {
            let items: Vec<Value> = custom
                .custom_headers
                .iter()
                .flatten()
                .map(|h| json!({ "Header": h.header, "Override": h.r#override, "Value": h.value }))
                .collect();
            config.insert("CustomHeadersConfig".into(), json!(Items { items }));
        }
        let name = match &p.response_headers_policy_name {
            Some(n) => n.clone(),
            None => unique_resource_name(&ids.stack.app_path(node), MAX_GENERATED_NAME, ""),
        };
        config.insert("Name".into(), json!(name));
        if let Some(headers) = &p.remove_headers {
            let items: Vec<Value> = headers.iter().map(|h| json!({ "Header": h })).collect();
            config.insert("RemoveHeadersConfig".into(), json!(Items { items }));
        }
        if let Some(security) = &p.security_headers_behavior {
            config.insert("SecurityHeadersConfig".into(), security_config(security));
        }
        if let Some(rate) = p.server_timing_sampling_rate {
            config.insert(
                "ServerTimingHeadersConfig".into(),
                json!({ "Enabled": true, "SamplingRate": number(rate) }),
            );
        }
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::ResponseHeadersPolicy",
            json!({ "ResponseHeadersPolicyConfig": config }),
        )))
    }
}

/// The `SecurityHeadersConfig` of a policy: each header's settings, absent ones left out.
fn security_config(s: &ResponseSecurityHeadersBehavior) -> Value {
    let mut out = serde_json::Map::new();
    let mut insert = |key: &str, value: Option<Value>| {
        if let Some(v) = value {
            out.insert(key.into(), v);
        }
    };
    insert(
        "ContentSecurityPolicy",
        s.content_security_policy.as_ref().map(|c| {
            json!({ "ContentSecurityPolicy": c.content_security_policy, "Override": c.r#override })
        }),
    );
    insert(
        "ContentTypeOptions",
        s.content_type_options
            .as_ref()
            .map(|c| json!({ "Override": c.r#override })),
    );
    insert(
        "FrameOptions",
        s.frame_options
            .as_ref()
            .map(|f| json!({ "FrameOption": f.frame_option, "Override": f.r#override })),
    );
    insert(
        "ReferrerPolicy",
        s.referrer_policy
            .as_ref()
            .map(|r| json!({ "Override": r.r#override, "ReferrerPolicy": r.referrer_policy })),
    );
    insert(
        "StrictTransportSecurity",
        s.strict_transport_security.as_ref().map(|h| {
            let mut m = serde_json::Map::new();
            m.insert(
                "AccessControlMaxAgeSec".into(),
                json!(h.access_control_max_age.map(|d| d.whole_seconds())),
            );
            if let Some(v) = h.include_subdomains {
                m.insert("IncludeSubdomains".into(), json!(v));
            }
            m.insert("Override".into(), json!(h.r#override));
            if let Some(v) = h.preload {
                m.insert("Preload".into(), json!(v));
            }
            Value::Object(m)
        }),
    );
    insert(
        "XSSProtection",
        s.xss_protection.as_ref().map(|x| {
            let mut m = serde_json::Map::new();
            if let Some(v) = x.mode_block {
                m.insert("ModeBlock".into(), json!(v));
            }
            m.insert("Override".into(), json!(x.r#override));
            m.insert("Protection".into(), json!(x.protection));
            if let Some(v) = &x.report_uri {
                m.insert("ReportUri".into(), json!(v));
            }
            Value::Object(m)
        }),
    );
    Value::Object(out)
}
