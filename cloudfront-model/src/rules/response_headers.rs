//! Rules on response headers policies.
//!
//! The page these rules cite is "Understand response headers policies", CloudFront Developer
//! Guide,
//! <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/understanding-response-headers-policies.html>
//! ("the page" below); the quotas are those of "Quotas on response headers policies", Quotas -
//! Amazon CloudFront,
//! <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html>.

use crate::duration::Duration;
use crate::path::PropPath;
use crate::policies::{
    ResponseCustomHeader, ResponseHeadersCorsBehavior, ResponseHeadersPolicyProps,
    ResponseSecurityHeadersBehavior,
};
use crate::rules::origin::check_seconds;
use crate::rules::policy::{Names, check_name, check_names};
use crate::rules::text::is_header_name_char;
use crate::rules::{Checker, Fact, Rule, check_comment, over_quota, raise_quota_help};
use crate::violation::Violation;

/// The methods `Access-Control-Allow-Methods` takes (the page, "Access-Control-Allow-Methods";
/// the enum of CloudFormation's schema).
const CORS_METHODS: &[&str] = &[
    "GET", "DELETE", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "ALL",
];

/// Headers a response headers policy cannot remove (the page, "Headers that you can't
/// remove"); a name ending in `-` stands for every header it begins. The page lists no headers
/// a policy cannot add: these are hop-by-hop headers and CloudFront's own, which it writes on
/// every response itself, so this rule refuses them as custom headers too.
const READ_ONLY_HEADERS: &[&str] = &[
    "Connection",
    "Content-Encoding",
    "Content-Length",
    "Expect",
    "Host",
    "Keep-Alive",
    "Proxy-Authenticate",
    "Proxy-Authorization",
    "Proxy-Connection",
    "Trailer",
    "Transfer-Encoding",
    "Upgrade",
    "Via",
    "Warning",
    "X-Accel-Buffering",
    "X-Accel-Charset",
    "X-Accel-Limit-Rate",
    "X-Accel-Redirect",
    "X-Amz-Cf-",
    "X-Amzn-Auth",
    "X-Amzn-Cf-Billing",
    "X-Amzn-Cf-Id",
    "X-Amzn-Cf-Xff",
    "X-Amzn-ErrorType",
    "X-Amzn-Fle-Profile",
    "X-Amzn-Header-Count",
    "X-Amzn-Header-Order",
    "X-Amzn-Lambda-Integration-Tag",
    "X-Amzn-RequestId",
    "X-Cache",
    "X-Edge-",
    "X-Forwarded-Proto",
    "X-Real-Ip",
];

/// A custom header's name and value lengths ("Custom headers", Quotas - Amazon CloudFront: a
/// header name of at most 256 characters, a value of at most 1,783).
const MAX_HEADER_NAME: usize = 256;
const MAX_HEADER_VALUE: usize = 1_783;
/// CloudFormation takes `AccessControlMaxAgeSec` as an integer of the API: a 32-bit one.
const MAX_AGE_SECONDS: u64 = i32::MAX as u64;

/// The header of `READ_ONLY_HEADERS` that `name` is, if any.
fn read_only(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    READ_ONLY_HEADERS.iter().copied().find(|h| {
        let h = h.to_ascii_lowercase();
        if h.ends_with('-') {
            lower.starts_with(&h)
        } else {
            lower == h
        }
    })
}

/// Checks the props of a response headers policy.
pub(crate) fn check_response_headers_policy(
    props: &ResponseHeadersPolicyProps,
    cx: &mut Checker<'_>,
) {
    let root = PropPath::root();
    if let Some(name) = &props.response_headers_policy_name {
        check_name(name, &root.field("response_headers_policy_name"), cx);
    }
    check_comment(&props.comment, &root.field("comment"), cx);
    if let Some(cors) = &props.cors_behavior {
        check_cors(cors, &root.field("cors_behavior"), cx);
    }
    if let Some(custom) = &props.custom_headers_behavior {
        let path = root.field("custom_headers_behavior");
        custom.check_required(&path, cx);
        if let Some(headers) = &custom.custom_headers {
            check_custom_headers(headers, &path.field("custom_headers"), cx);
        }
    }
    if let Some(security) = &props.security_headers_behavior {
        check_security(security, &root.field("security_headers_behavior"), cx);
    }
    if let Some(remove) = &props.remove_headers {
        check_remove_headers(remove, &root.field("remove_headers"), cx);
    }
    if let Some(rate) = props.server_timing_sampling_rate {
        check_sampling_rate(rate, &root.field("server_timing_sampling_rate"), cx);
    }
}

/// The CORS headers: methods of CloudFront's set (`ALL` alone), origins where the page allows
/// a wildcard, and no wildcard beside `Access-Control-Allow-Credentials: true`, which
/// CloudFront refuses ("The parameter Access-Control-Allow-Headers cannot contain * when
/// allowCredentials is true", as the API answers) and browsers ignore for origins.
fn check_cors(cors: &ResponseHeadersCorsBehavior, path: &PropPath, cx: &mut Checker<'_>) {
    cors.check_required(path, cx);
    let methods_path = path.field("access_control_allow_methods");
    if let Some(methods) = &cors.access_control_allow_methods {
        if methods.is_empty() {
            cx.report(
                Violation::new(
                    Rule::ResponseHeadersPolicy,
                    methods_path.clone(),
                    "no method: `Access-Control-Allow-Methods` needs at least one",
                )
                .help("list the methods, such as `[\"GET\", \"HEAD\"]`, or `[\"ALL\"]`"),
            );
        }
        for (i, m) in methods.iter().enumerate() {
            let at = methods_path.index(i);
            if !CORS_METHODS.contains(&m.as_str()) {
                let upper = m.to_ascii_uppercase();
                let help = if CORS_METHODS.contains(&upper.as_str()) {
                    format!("write \"{upper}\"")
                } else {
                    "use GET, DELETE, HEAD, OPTIONS, PATCH, POST, PUT, or ALL alone".to_owned()
                };
                cx.report(
                    Violation::new(
                        Rule::ResponseHeadersPolicy,
                        at,
                        format!("CloudFront's CORS headers allow the methods GET, DELETE, HEAD, OPTIONS, PATCH, POST, PUT and ALL, not `{m}`"),
                    )
                    .help(help),
                );
            } else if methods[..i].contains(m) {
                cx.report(
                    Violation::new(
                        Rule::ResponseHeadersPolicy,
                        at,
                        format!("`{m}` is listed twice"),
                    )
                    .help("remove the duplicate"),
                );
            } else if m == "ALL" && methods.len() > 1 {
                cx.report(
                    Violation::new(
                        Rule::ResponseHeadersPolicy,
                        at,
                        "`ALL` stands for every method and cannot be combined with others",
                    )
                    .help("keep `[\"ALL\"]` alone, or list the methods without it"),
                );
            }
        }
    }
    for (field, list) in [
        (
            "access_control_allow_headers",
            &cors.access_control_allow_headers,
        ),
        (
            "access_control_expose_headers",
            &cors.access_control_expose_headers,
        ),
    ] {
        if let Some(headers) = list {
            check_names(
                headers,
                Names::Headers,
                "policy",
                u64::MAX,
                "",
                &path.field(field),
                cx,
            );
        }
    }
    let origins_path = path.field("access_control_allow_origins");
    if let Some(origins) = &cors.access_control_allow_origins {
        if origins.is_empty() {
            cx.report(
                Violation::new(
                    Rule::ResponseHeadersPolicy,
                    origins_path.clone(),
                    "no origin: `Access-Control-Allow-Origin` needs at least one",
                )
                .help("list the origins, such as `[\"https://www.example.com\"]`, or `[\"*\"]` for all"),
            );
        }
        for (i, origin) in origins.iter().enumerate() {
            if let Some(problem) = origin_wildcard_problem(origin) {
                cx.report(
                    Violation::new(Rule::ResponseHeadersPolicy, origins_path.index(i), problem)
                        .help("put `*` alone, or as the whole leftmost label (`https://*.example.com`)"),
                );
            }
        }
    }
    let credentials = cx.fact(
        &path.field("access_control_allow_credentials"),
        &cors.access_control_allow_credentials,
    );
    if credentials != Fact::Known(&true) {
        return;
    }
    for (field, list, what) in [
        (
            "access_control_allow_headers",
            &cors.access_control_allow_headers,
            "headers",
        ),
        (
            "access_control_allow_origins",
            &cors.access_control_allow_origins,
            "origins",
        ),
    ] {
        let at = path.field(field);
        for (i, item) in list.iter().flatten().enumerate() {
            // A wildcard in the wrong place has its own error.
            let misplaced = what == "origins" && origin_wildcard_problem(item).is_some();
            if item.contains('*') && !misplaced {
                cx.report(
                    Violation::new(
                        Rule::ResponseHeadersPolicy,
                        at.index(i),
                        format!("a wildcard in the allowed {what} beside `access_control_allow_credentials: true`: CloudFront refuses it, and browsers send no credentials to a wildcard"),
                    )
                    .help(format!("list the {what} by name, or set `access_control_allow_credentials: false`")),
                );
            }
        }
    }
}

/// Why an allowed origin has its wildcard where the page does not allow one (`*` alone, or as
/// the leftmost label of the host: not the top-level domain, not right of a subdomain, not
/// inside a label).
fn origin_wildcard_problem(origin: &str) -> Option<String> {
    if origin == "*" || !origin.contains('*') {
        return None;
    }
    let host = origin.split_once("://").map_or(origin, |(_, h)| h);
    let host = host.split([':', '/']).next().unwrap_or(host);
    let labels: Vec<&str> = host.split('.').collect();
    let fine = labels.first() == Some(&"*")
        && labels.len() > 2
        && labels[1..].iter().all(|l| !l.contains('*'))
        && !origin[..origin.len() - host.len()].contains('*');
    (!fine).then(|| {
        format!("`{origin}` has a wildcard CloudFront does not take: only `*` alone, or `*` as the leftmost label of the domain")
    })
}

/// The custom headers: within the quota, valid names not given twice, lengths within
/// CloudFront's, none that CloudFront writes itself.
fn check_custom_headers(headers: &[ResponseCustomHeader], path: &PropPath, cx: &mut Checker<'_>) {
    let quota = cx.quotas().custom_headers_per_response_headers_policy;
    for (i, h) in headers.iter().enumerate() {
        let at = path.index(i);
        h.check_required(&at, cx);
        if i as u64 == quota {
            cx.report(over_quota(
                Rule::ResponseHeadersPolicy,
                at.clone(),
                "custom header of the policy",
                i as u64 + 1,
                quota,
                "custom_headers_per_response_headers_policy",
            ));
        }
        let header_path = at.field("header");
        if let Some(name) = &h.header {
            let duplicate = headers[..i].iter().any(|o| {
                o.header
                    .as_deref()
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
            });
            let problem = if name.is_empty() {
                Some("a header name cannot be empty".to_owned())
            } else if let Some(c) = name.chars().find(|c| !is_header_name_char(*c)) {
                Some(format!(
                    "`{name}` has the character `{c:?}`, which a header name cannot hold"
                ))
            } else if duplicate {
                Some(format!(
                    "the header `{name}` is given twice (header names are case-insensitive)"
                ))
            } else if name.chars().count() > MAX_HEADER_NAME {
                Some(format!(
                    "the header name has {} characters; CloudFront takes at most {MAX_HEADER_NAME}",
                    name.chars().count()
                ))
            } else {
                read_only(name).map(|h| format!("CloudFront writes `{}` itself; a response headers policy cannot add it or remove it", h.trim_end_matches('-')))
            };
            if let Some(problem) = problem {
                cx.report(
                    Violation::new(Rule::ResponseHeadersPolicy, header_path, problem)
                        .help("rename or remove the header"),
                );
            }
        }
        if let Some(value) = &h.value
            && value.chars().count() > MAX_HEADER_VALUE
        {
            cx.report(
                Violation::new(
                    Rule::ResponseHeadersPolicy,
                    at.field("value"),
                    format!(
                        "the value has {} characters; CloudFront takes at most {MAX_HEADER_VALUE}",
                        value.chars().count()
                    ),
                )
                .help("shorten the value"),
            );
        }
    }
}

/// The headers removed: valid names, none twice (CloudFormation's schema wants them unique),
/// none the page says a policy cannot remove.
fn check_remove_headers(headers: &[String], path: &PropPath, cx: &mut Checker<'_>) {
    check_names(headers, Names::Headers, "policy", u64::MAX, "", path, cx);
    for (i, name) in headers.iter().enumerate() {
        if let Some(h) = read_only(name) {
            let what = if h.ends_with('-') {
                format!("the `{h}*` headers")
            } else {
                format!("`{h}`")
            };
            cx.report(
                Violation::new(
                    Rule::ResponseHeadersPolicy,
                    path.index(i),
                    format!("CloudFront does not let a response headers policy remove {what}"),
                )
                .help("remove it from `remove_headers`"),
            );
        }
    }
}

/// The security headers: the `Content-Security-Policy` value within the quota, a
/// `Strict-Transport-Security` max age CloudFormation takes, and an `X-XSS-Protection` that
/// says what it means (the page: "You can specify `true` for `block`, or you can specify a
/// reporting URI, but you can't specify both together"; with protection off, `mode=block` and
/// `report=` are not written).
fn check_security(s: &ResponseSecurityHeadersBehavior, path: &PropPath, cx: &mut Checker<'_>) {
    if let Some(csp) = &s.content_security_policy {
        let at = path.field("content_security_policy");
        csp.check_required(&at, cx);
        let quota = cx.quotas().content_security_policy_characters;
        if let Some(value) = &csp.content_security_policy {
            let n = value.chars().count() as u64;
            if n > quota {
                cx.report(
                    Violation::new(
                        Rule::ResponseHeadersPolicy,
                        at.field("content_security_policy"),
                        format!("the Content-Security-Policy has {n} characters; CloudFront takes at most {quota} (account quota)"),
                    )
                    .help(format!("shorten the policy; {}", raise_quota_help("content_security_policy_characters"))),
                );
            }
        }
    }
    if let Some(c) = &s.content_type_options {
        c.check_required(&path.field("content_type_options"), cx);
    }
    if let Some(f) = &s.frame_options {
        f.check_required(&path.field("frame_options"), cx);
    }
    if let Some(r) = &s.referrer_policy {
        r.check_required(&path.field("referrer_policy"), cx);
    }
    if let Some(hsts) = &s.strict_transport_security {
        let at = path.field("strict_transport_security");
        hsts.check_required(&at, cx);
        if let Some(age) = hsts.access_control_max_age {
            check_max_age(age, &at.field("access_control_max_age"), cx);
        }
    }
    if let Some(xss) = &s.xss_protection {
        let at = path.field("xss_protection");
        xss.check_required(&at, cx);
        let report = cx.fact(&at.field("report_uri"), &xss.report_uri);
        if xss.mode_block == Some(true) && report.is_present() {
            cx.report(
                Violation::new(
                    Rule::ResponseHeadersPolicy,
                    at.field("mode_block"),
                    "`mode_block: true` beside `report_uri`: CloudFront writes `mode=block` or a report URI in `X-XSS-Protection`, not both",
                )
                .at_key()
                .help("remove `mode_block`, or remove `report_uri`"),
            );
        }
        if xss.protection == Some(false) {
            for (field, given) in [
                ("mode_block", xss.mode_block == Some(true)),
                ("report_uri", report.is_present()),
            ] {
                if given {
                    cx.report(
                        Violation::new(
                            Rule::ResponseHeadersPolicy,
                            at.field(field),
                            format!("`{field}` has no effect with `protection: false`: the header says `X-XSS-Protection: 0`"),
                        )
                        .at_key()
                        .help(format!("set `protection: true`, or remove `{field}`")),
                    );
                }
            }
        }
    }
}

/// A max age in whole seconds that fits CloudFormation's integer.
fn check_max_age(age: Duration, path: &PropPath, cx: &mut Checker<'_>) {
    check_seconds(
        age,
        0,
        MAX_AGE_SECONDS,
        Rule::ResponseHeadersPolicy,
        "max age",
        "use whole seconds up to 2147483647 (68 years)",
        path,
        cx,
    );
}

/// The `Server-Timing` sampling rate: a percentage from 0 to 100 with at most four decimals
/// (the page, "Sampling rate and Pragma request header"; CloudFormation's schema: `multipleOf`
/// 0.0001).
fn check_sampling_rate(rate: f64, path: &PropPath, cx: &mut Checker<'_>) {
    let problem = if !(0.0..=100.0).contains(&rate) {
        Some(format!(
            "the sampling rate is {rate}; CloudFront takes a percentage from 0 to 100"
        ))
    } else {
        // The shortest decimal that reads back as the number, as JavaScript prints it.
        let text = format!("{rate}");
        let decimals = text.split_once('.').map_or(0, |(_, d)| d.len());
        (decimals > 4).then(|| {
            format!(
                "the sampling rate {text} has {decimals} decimals; CloudFront takes at most four"
            )
        })
    };
    if let Some(problem) = problem {
        cx.report(
            Violation::new(Rule::ResponseHeadersPolicy, path.clone(), problem)
                .help("use a percentage such as 5 or 12.5"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_of_allowed_origins() {
        for fine in [
            "*",
            "https://*.example.org",
            "*.example.org",
            "https://www.example.com:8443",
        ] {
            assert_eq!(origin_wildcard_problem(fine), None, "{fine}");
        }
        for bad in [
            "https://example.*",
            "https://test.*.example.org",
            "https://exa*mple.org",
            "*.org",
            "http*://example.org",
        ] {
            assert!(origin_wildcard_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn read_only_headers_match_case_insensitively_and_by_prefix() {
        assert_eq!(read_only("content-length"), Some("Content-Length"));
        assert_eq!(read_only("X-Amz-Cf-Pop"), Some("X-Amz-Cf-"));
        assert_eq!(read_only("X-Amz-Date"), None);
        assert_eq!(read_only("Server"), None);
    }
}
