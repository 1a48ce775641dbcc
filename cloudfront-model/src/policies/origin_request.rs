//! Origin request policies (the CDK's `OriginRequestPolicy`).

use serde::Serialize;

use crate::construct::{AccountQuota, Construct, account_quota};
use crate::expr::Expr;
use crate::naming::unique_id;
use crate::policies::PolicyRef;
use crate::policies::cache::Behavior;
use crate::policies::selection::Mode;
use crate::rules::{Check, Checker};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};

selection! {
    /// Which cookies an origin request policy forwards to the origin.
    ///
    /// A list variable is spread into `allow_list` and `deny_list`, as the CDK's
    /// `denyList(...cookies)`, and may stand beside names given one by one; its names are
    /// checked by `synth()`:
    ///
    /// ```
    /// use cloudfront_dsl::prelude::*;
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let tracking: &[&str] = &["_ga", "_gid"];
    /// origin_request_policy!(stack, "noTracking", {
    ///     cookie_behavior: OriginRequestCookieBehavior::deny_list(tracking, "_fbp"),
    /// });
    /// let template = stack.synth()?;
    /// let (_, policy) = template.resources().next().unwrap();
    /// let cookies = &policy.properties["OriginRequestPolicyConfig"]["CookiesConfig"];
    /// assert_eq!(cookies["CookieBehavior"], "allExcept");
    /// assert_eq!(cookies["Cookies"], cloudfront_dsl::serde_json::json!(["_ga", "_gid", "_fbp"]));
    /// # Ok::<(), cloudfront_dsl::SynthError>(())
    /// ```
    pub struct OriginRequestCookieBehavior ("policies::OriginRequestCookieBehavior", "a cookie behavior (`OriginRequestCookieBehavior::none()`, `::all()`, `::allow_list(...)`, `::deny_list(...)`)") {
        none (None, none) => "none",
        all (All, none) => "all",
        allow_list (AllowList, names) => "whitelist",
        deny_list (DenyList, names) => "allExcept",
    }
}

selection! {
    /// Which headers an origin request policy forwards to the origin; `all(...)` forwards every
    /// viewer header plus the CloudFront headers listed (`CloudFront-Is-Mobile-Viewer`, ...).
    pub struct OriginRequestHeaderBehavior ("policies::OriginRequestHeaderBehavior", "a header behavior (`OriginRequestHeaderBehavior::none()`, `::all(...)`, `::allow_list(...)`, `::deny_list(...)`)") {
        none (None, none) => "none",
        all (All, names) => "allViewer",
        allow_list (AllowList, names) => "whitelist",
        deny_list (DenyList, names) => "allExcept",
    }
}

selection! {
    /// Which query strings an origin request policy forwards to the origin.
    pub struct OriginRequestQueryStringBehavior ("policies::OriginRequestQueryStringBehavior", "a query string behavior (`OriginRequestQueryStringBehavior::none()`, `::all()`, `::allow_list(...)`, `::deny_list(...)`)") {
        none (None, none) => "none",
        all (All, none) => "all",
        allow_list (AllowList, names) => "whitelist",
        deny_list (DenyList, names) => "allExcept",
    }
}

props! {
    /// Props of an origin request policy: `origin_request_policy!(stack, "id", { ... })`. All
    /// optional.
    pub struct OriginRequestPolicyProps ("policies::OriginRequestPolicyProps") {
        /// The policy's name, unique in the account (`[A-Za-z0-9_-]`, at most 128 characters);
        /// generated from the construct path if omitted.
        origin_request_policy_name: into(String) ["Name"],
        /// A comment (at most 128 characters).
        comment: into(String) ["Comment"],
        /// The cookies forwarded (default none).
        cookie_behavior: into(OriginRequestCookieBehavior) ["CookiesConfig"],
        /// The headers forwarded (default none).
        header_behavior: into(OriginRequestHeaderBehavior) ["HeadersConfig"],
        /// The query strings forwarded (default none).
        query_string_behavior: into(OriginRequestQueryStringBehavior) ["QueryStringsConfig"],
    }
}

/// An origin request policy: a managed one (`OriginRequestPolicy::CORS_S3_ORIGIN`) or one of
/// the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OriginRequestPolicy(pub(crate) PolicyRef);

crate::policies::managed_policies! {
    OriginRequestPolicy ("policies::OriginRequestPolicy", "an origin request policy (`OriginRequestPolicy::CORS_S3_ORIGIN`, or one made with `origin_request_policy!`)") {
        /// Forwards User-Agent and Referer.
        USER_AGENT_REFERER_HEADERS = "acba4595-bd28-49b8-b9fe-13317c0390fa",
        /// Forwards the CORS headers, for custom origins.
        CORS_CUSTOM_ORIGIN = "59781a5b-3903-41f3-afcb-af62929ccde1",
        /// Forwards the CORS headers, for S3 origins.
        CORS_S3_ORIGIN = "88a5eaf4-2fd4-4709-b370-b4c650ea3fcf",
        /// Forwards everything the viewer sent.
        ALL_VIEWER = "216adef6-5c7f-47e4-b989-5492eafa07d3",
        /// For AWS Elemental MediaTailor origins.
        ELEMENTAL_MEDIA_TAILOR = "775133bc-15f2-49f9-abea-afb2e0bf67d2",
        /// Forwards everything the viewer sent, and the CloudFront headers.
        ALL_VIEWER_AND_CLOUDFRONT_2022 = "33f36d7e-f396-46d9-90e0-52428a34d9dc",
        /// Forwards everything the viewer sent but the Host header.
        ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac",
        /// Forwards only the Host header.
        HOST_HEADER_ONLY = "bf0718e1-ba1e-49d1-88b1-f726733018ae",
    }
}

impl OriginRequestPolicy {
    /// Creates an origin request policy in the stack.
    pub fn new(
        scope: &mut impl AsScope,
        id: &str,
        props: OriginRequestPolicyProps,
    ) -> OriginRequestPolicy {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let resource = stack.add_resource(scope, OriginRequestPolicyResource { props });
        stack.add_stack_rule(&crate::rules::NAMES_OF_THE_STACK);
        OriginRequestPolicy(PolicyRef::Node(resource))
    }
}

#[derive(Debug)]
pub(crate) struct OriginRequestPolicyResource {
    pub(crate) props: OriginRequestPolicyProps,
}

/// Custom origin request policies count toward a quota of the account.
static ORIGIN_REQUEST_POLICIES: AccountQuota = account_quota!(
    origin_request_policies_per_account,
    "origin request policy of the stack"
);

impl Construct for OriginRequestPolicyResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&ORIGIN_REQUEST_POLICIES)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Config<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            comment: Option<&'a str>,
            cookies_config: Behavior<'a>,
            headers_config: Behavior<'a>,
            name: Expr,
            query_strings_config: Behavior<'a>,
        }
        #[derive(Serialize)]
        struct Properties<'a> {
            #[serde(rename = "OriginRequestPolicyConfig")]
            config: Config<'a>,
        }
        let p = &self.props;
        let cookies_none = OriginRequestCookieBehavior::none();
        let cookies = p.cookie_behavior.as_ref().unwrap_or(&cookies_none);
        let headers_none = OriginRequestHeaderBehavior::none();
        let headers = p.header_behavior.as_ref().unwrap_or(&headers_none);
        let qs_none = OriginRequestQueryStringBehavior::none();
        let query_strings = p.query_string_behavior.as_ref().unwrap_or(&qs_none);
        // `all(...)` with CloudFront headers listed is its own behavior.
        let header_behavior = if headers.mode == Mode::All && !headers.names.is_empty() {
            "allViewerAndWhitelistCloudFront"
        } else {
            headers.cfn_behavior()
        };
        let name = match &p.origin_request_policy_name {
            Some(n) => n.clone(),
            None => unique_id(&ids.stack.app_path(node)),
        };
        let properties = Properties {
            config: Config {
                comment: p.comment.as_deref(),
                cookies_config: Behavior {
                    behavior_key: "CookieBehavior",
                    behavior: cookies.cfn_behavior(),
                    names_key: "Cookies",
                    names: &cookies.names,
                },
                headers_config: Behavior {
                    behavior_key: "HeaderBehavior",
                    behavior: header_behavior,
                    names_key: "Headers",
                    names: &headers.names,
                },
                name: Expr::literal(name),
                query_strings_config: Behavior {
                    behavior_key: "QueryStringBehavior",
                    behavior: query_strings.cfn_behavior(),
                    names_key: "QueryStrings",
                    names: &query_strings.names,
                },
            },
        };
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::OriginRequestPolicy",
            serde_json::to_value(properties)?,
        )))
    }
}
