//! Rules on origins: domain names, paths, ports, timeouts and custom headers.

use crate::duration::Duration;
use crate::elbv2::Source;
use crate::expr::Expr;
use crate::origins::{CommonProps, HttpOriginProps, Origin, OriginSpec, OriginSslPolicy};
use crate::path::PropPath;
use crate::rules::env::is_region;
use crate::rules::origin_access::check_origin_access;
use crate::rules::origin_group::check_origin_group;
use crate::rules::text::{
    FORBIDDEN_ORIGIN_HEADER_PREFIXES, FORBIDDEN_ORIGIN_HEADERS, host_name_problem,
    is_header_name_char, is_path_char, quoted,
};
use crate::rules::vpc_origin::check_vpc_access;
use crate::rules::{Checker, Fact, Rule, over_quota, raise_quota_help};
use crate::stack::Stack;
use crate::violation::Violation;

const MAX_HEADER_NAME: usize = 256;
const MAX_HEADER_VALUE: usize = 1_783;
const MAX_HEADERS_TOTAL: usize = 10_240;

/// Checks an origin written at `path`.
pub(crate) fn check_origin(origin: &Origin, path: &PropPath, cx: &mut Checker<'_>) {
    if let Some(group) = origin.as_group() {
        check_origin_group(group, path, cx);
        return;
    }
    check_origin_access(origin, path, cx);
    check_completion_timeout(origin, path, cx);
    match &*origin.0 {
        OriginSpec::S3 { .. } => check_common(&origin.common(), path, cx),
        OriginSpec::S3Website { props, .. } => {
            check_common(&origin.common(), path, cx);
            check_http(props, path, cx);
        }
        OriginSpec::Http {
            domain_name,
            props,
            rest_api,
        } => {
            if let Some(api) = rest_api {
                crate::rules::api_origin::check_rest_api(api, &path.field("api"), cx);
            }
            check_domain_name(domain_name, &path.field("domain_name"), cx);
            check_common(&origin.common(), path, cx);
            check_http(props, path, cx);
        }
        OriginSpec::LoadBalancer {
            load_balancer,
            props,
        } => {
            if let Source::DnsName(name) | Source::Attributes { dns_name: name, .. } =
                &load_balancer.source
            {
                check_domain_name(name, &path.field("load_balancer"), cx);
                check_internal_dns_name(name, &path.field("load_balancer"), cx);
            }
            check_common(&origin.common(), path, cx);
            check_http(props, path, cx);
        }
        OriginSpec::FunctionUrl { .. } => {
            check_common(&origin.common(), path, cx);
            if let Some((read, keepalive)) = origin.timeouts() {
                check_timeouts(read, keepalive, path, cx);
            }
        }
        OriginSpec::Vpc(access) => {
            check_common(&origin.common(), path, cx);
            if let Some((read, keepalive)) = origin.timeouts() {
                check_timeouts(read, keepalive, path, cx);
            }
            check_vpc_access(access, path, cx);
        }
        OriginSpec::Group(_) => {}
    }
}

pub(crate) fn check_domain_name(domain_name: &Expr, path: &PropPath, cx: &mut Checker<'_>) {
    let Some(name) = domain_name.as_literal() else {
        return;
    };
    if let Some((problem, fix)) = host_name_problem(name) {
        let mut v = Violation::new(
            Rule::OriginDomainName,
            path.clone(),
            format!("origin domain name {problem}"),
        );
        if let Some(fix) = fix.filter(|f| !f.is_empty()) {
            v = v.help(format!("write the bare host name: \"{fix}\""));
        }
        cx.report(v);
    }
}

fn check_internal_dns_name(name: &Expr, path: &PropPath, cx: &mut Checker<'_>) {
    if name
        .as_literal()
        .is_some_and(|n| n.starts_with("internal-"))
    {
        cx.report(
            Violation::new(
                Rule::LoadBalancerScheme,
                path.clone(),
                "this is the DNS name of an internal load balancer, which CloudFront cannot reach from the internet",
            )
            .help("use an internet-facing load balancer, or reach this one through `origins::VpcOrigin::with_application_load_balancer(lb)`"),
        );
    }
}

fn check_common(c: &CommonProps<'_>, path: &PropPath, cx: &mut Checker<'_>) {
    if let Some(p) = c.origin_path {
        check_origin_path(p, &path.field("origin_path"), cx);
    }
    if let Some(headers) = c.custom_headers {
        check_headers(headers, &path.field("custom_headers"), cx);
    }
    if let Some(n) = c.connection_attempts
        && !(1..=3).contains(n)
    {
        cx.report(
            Violation::new(
                Rule::ConnectionAttempts,
                path.field("connection_attempts"),
                format!("CloudFront makes 1 to 3 connection attempts, not {n}"),
            )
            .help("use a value from 1 to 3 (the default is 3)"),
        );
    }
    if let Some(d) = c.connection_timeout {
        check_seconds(
            *d,
            1,
            10,
            Rule::ConnectionTimeout,
            "connection timeout",
            "use 1 to 10 seconds (the default is 10)",
            &path.field("connection_timeout"),
            cx,
        );
    }
    if let Some(id) = c.origin_id {
        check_origin_id(id, &path.field("origin_id"), cx);
    }
    if let Some(region) = c.origin_shield_region
        && !is_region(region)
    {
        cx.report(
            Violation::new(
                Rule::OriginShield,
                path.field("origin_shield_region"),
                format!(
                    "{} is not an AWS region code, which is what CloudFront takes as the Origin Shield region",
                    quoted(region)
                ),
            )
            .help("use the code of the region closest to the origin, such as \"us-east-1\""),
        );
    }
}

/// The longest origin id: CloudFront takes ids of up to 128 characters, the length to which
/// the CDK cuts the ids it generates (`aws-cloudfront/lib/distribution.ts` in aws-cdk-lib keeps
/// the last 128 characters of `Names.uniqueId`). The CloudFormation resource schema gives the
/// id no pattern or length, so cfn-lint does not check it.
pub(crate) const MAX_ORIGIN_ID: usize = 128;

/// An origin id CloudFront does not take: empty, longer than [`MAX_ORIGIN_ID`], or with a
/// control character (the id is a value of CloudFront's XML API, and behaviors name their
/// origin by it, so one that a NUL or a line break cuts cannot be matched).
fn check_origin_id(id: &str, path: &PropPath, cx: &mut Checker<'_>) {
    let chars = id.chars().count();
    let problem = if id.is_empty() {
        "an origin id cannot be empty".to_owned()
    } else if chars > MAX_ORIGIN_ID {
        format!("the origin id has {chars} characters; CloudFront takes at most {MAX_ORIGIN_ID}")
    } else if id.chars().any(char::is_control) {
        format!(
            "the origin id {} holds a control character, which CloudFront does not take in an id",
            crate::rules::text::quoted(id)
        )
    } else {
        return;
    };
    cx.report(Violation::new(Rule::OriginId, path.clone(), problem).help(
        "use a short id of printable characters, or leave `origin_id` out to have one generated",
    ));
}

fn check_origin_path(p: &str, path: &PropPath, cx: &mut Checker<'_>) {
    // The CDK writes `/` as an empty path: the origin's root.
    if p == "/" {
        return;
    }
    let trimmed = p.trim_end_matches('/');
    let fixed = if trimmed.starts_with('/') {
        trimmed.to_owned()
    } else {
        format!("/{trimmed}")
    };
    let problem = if !p.starts_with('/') {
        Some("does not start with `/`")
    } else if p.ends_with('/') {
        Some("ends with `/`")
    } else {
        None
    };
    if let Some(problem) = problem {
        cx.report(
            Violation::new(
                Rule::OriginPath,
                path.clone(),
                format!("origin path `{p}` {problem}; CloudFront appends it to the origin's domain name and requires a leading `/` and no trailing `/`"),
            )
            .help(format!("write \"{fixed}\"")),
        );
    } else if let Some(c) = p.chars().find(|c| !is_path_char(*c)) {
        cx.report(
            Violation::new(
                Rule::OriginPath,
                path.clone(),
                format!("origin path `{p}` has the character `{c}`, which a URL path cannot hold unencoded"),
            )
            .help("percent-encode it"),
        );
    }
}

fn check_headers(headers: &[(String, Expr)], path: &PropPath, cx: &mut Checker<'_>) {
    let quota = cx.quotas().origin_custom_headers;
    let excess = usize::try_from(quota).ok().and_then(|q| headers.get(q));
    if let Some((name, _)) = excess {
        cx.report(
            over_quota(
                Rule::OriginHeaderCount,
                path.key(name.clone()),
                "custom header of the origin",
                quota + 1,
                quota,
                "origin_custom_headers",
            )
            .at_key(),
        );
    }
    let mut total = 0;
    // Header names seen so far, case folded: a lookup, not a scan of the earlier ones.
    let mut seen = std::collections::BTreeSet::new();
    for (name, value) in headers {
        let key = path.key(name.clone());
        total += name.len();
        let lower = name.to_ascii_lowercase();
        let forbidden = FORBIDDEN_ORIGIN_HEADERS
            .iter()
            .find(|h| h.eq_ignore_ascii_case(name));
        let prefix = FORBIDDEN_ORIGIN_HEADER_PREFIXES
            .iter()
            .find(|p| lower.starts_with(&p.to_ascii_lowercase()));
        let duplicate = !seen.insert(lower.clone());
        let bad_char = name.chars().find(|c| !is_header_name_char(*c));
        let problem = if name.is_empty() {
            Some((
                Rule::OriginHeaderName,
                "a custom header name cannot be empty".to_owned(),
            ))
        } else if let Some(h) = forbidden {
            Some((
                Rule::OriginHeaderName,
                format!(
                    "CloudFront does not let an origin add the header `{h}`: it sets or removes it itself"
                ),
            ))
        } else if let Some(p) = prefix {
            Some((
                Rule::OriginHeaderName,
                format!(
                    "header names starting with `{p}` are reserved for AWS, so CloudFront does not add `{name}`"
                ),
            ))
        } else if duplicate {
            Some((
                Rule::OriginHeaderName,
                format!("the header `{name}` is given twice (header names are case-insensitive)"),
            ))
        } else if let Some(c) = bad_char {
            Some((
                Rule::OriginHeaderName,
                format!("`{name}` has the character `{c:?}`, which a header name cannot hold"),
            ))
        } else if name.len() > MAX_HEADER_NAME {
            Some((
                Rule::OriginHeaderLength,
                format!(
                    "the header name has {} characters; CloudFront takes at most {MAX_HEADER_NAME}",
                    name.len()
                ),
            ))
        } else {
            None
        };
        if let Some((rule, problem)) = problem {
            cx.report(
                Violation::new(rule, key.clone(), problem)
                    .at_key()
                    .help("remove or rename the header"),
            );
        }
        if let Some(v) = value.as_literal() {
            total += v.len();
            if v.len() > MAX_HEADER_VALUE {
                cx.report(
                    Violation::new(
                        Rule::OriginHeaderLength,
                        key,
                        format!("the value of `{name}` has {} characters; CloudFront takes at most {MAX_HEADER_VALUE}", v.len()),
                    )
                    .help("shorten the value"),
                );
            }
        }
    }
    if total > MAX_HEADERS_TOTAL {
        cx.report(
            Violation::new(
                Rule::OriginHeaderLength,
                path.clone(),
                format!("the custom headers' names and values add up to {total} characters; CloudFront takes at most {MAX_HEADERS_TOTAL} per origin"),
            )
            .help("shorten or remove headers"),
        );
    }
}

fn check_http(p: &HttpOriginProps, path: &PropPath, cx: &mut Checker<'_>) {
    check_ports_and_protocols(p.http_port, p.https_port, &p.origin_ssl_protocols, path, cx);
    check_timeouts(&p.read_timeout, &p.keepalive_timeout, path, cx);
}

/// The ports CloudFront connects to (80, 443 or 1024-65535; "HTTP port" and "HTTPS port",
/// Origin settings, CloudFront Developer Guide) and the TLS protocols it may use, of a custom
/// origin or a VPC origin, at `path`.
pub(crate) fn check_ports_and_protocols(
    http_port: Option<u16>,
    https_port: Option<u16>,
    ssl_protocols: &Option<Vec<OriginSslPolicy>>,
    path: &PropPath,
    cx: &mut Checker<'_>,
) {
    for (field, port) in [("http_port", http_port), ("https_port", https_port)] {
        if let Some(port) = port
            && !(port == 80 || port == 443 || port >= 1024)
        {
            cx.report(
                Violation::new(
                    Rule::OriginPort,
                    path.field(field),
                    format!(
                        "CloudFront connects to origins on port 80, 443 or 1024-65535, not {port}"
                    ),
                )
                .help("use 80, 443, or a port from 1024 to 65535"),
            );
        }
    }
    if let Some(protocols) = ssl_protocols
        && protocols.is_empty()
    {
        cx.report(
            Violation::new(
                Rule::OriginSslProtocols,
                path.field("origin_ssl_protocols"),
                "no SSL protocol is allowed, so CloudFront could not connect over HTTPS",
            )
            .help("allow at least `OriginSslPolicy::TLS_V1_2`, or leave the prop out for that default"),
        );
    }
}

/// The longest response completion timeout CloudFront takes, in seconds (the CDK's range;
/// "Response completion timeout", Origin settings, CloudFront Developer Guide,
/// <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html>).
const MAX_COMPLETION_TIMEOUT: u64 = 3600;
/// CloudFront's response timeout when none is set, in seconds (the page above).
const DEFAULT_READ_TIMEOUT: u64 = 30;

/// The response completion timeout of an origin: 1 to 3600 whole seconds, and no shorter than
/// the response (read) timeout, since CloudFront waits that long for each byte ("Response
/// completion timeout", Origin settings, as above).
fn check_completion_timeout(origin: &Origin, path: &PropPath, cx: &mut Checker<'_>) {
    let Some(completion) = *origin.common().response_completion_timeout else {
        return;
    };
    let at = path.field("response_completion_timeout");
    check_seconds(
        completion,
        1,
        MAX_COMPLETION_TIMEOUT,
        Rule::OriginResponseTimeout,
        "response completion timeout",
        "use 1 to 3600 seconds, or leave it out to let a response take as long as it takes",
        &at,
        cx,
    );
    let Some((read_timeout, _)) = origin.timeouts() else {
        return;
    };
    let read_path = path.field("read_timeout");
    let read = match cx.fact(&read_path, read_timeout) {
        Fact::Known(d) => d.to_seconds(),
        Fact::Absent => Some(DEFAULT_READ_TIMEOUT),
        Fact::Unknown => None,
    };
    if let (Some(read), Some(total)) = (read, completion.to_seconds())
        && (1..=MAX_COMPLETION_TIMEOUT).contains(&total)
        && total < read
    {
        let (of, shorten) = if read_timeout.is_some() {
            ("`read_timeout`", "shorten `read_timeout`")
        } else {
            (
                "the default response timeout",
                "set a shorter `read_timeout`",
            )
        };
        cx.report(
            Violation::new(
                Rule::OriginResponseTimeout,
                at,
                format!("the response completion timeout ({total} s) is shorter than {of} ({read} s); CloudFront takes one at least as long as the response timeout"),
            )
            .help(format!("use at least {read} seconds, or {shorten}")),
        );
    }
}

/// The response (read) and keep-alive timeouts of a custom origin, against the account's
/// quotas.
fn check_timeouts(
    read: &Option<Duration>,
    keepalive: &Option<Duration>,
    path: &PropPath,
    cx: &mut Checker<'_>,
) {
    let quotas = cx.quotas().clone();
    if let Some(d) = *read {
        check_seconds(
            d,
            1,
            quotas.origin_response_timeout,
            Rule::OriginResponseTimeout,
            "response timeout",
            &format!(
                "use 1 to {} seconds; {}",
                quotas.origin_response_timeout,
                raise_quota_help("origin_response_timeout")
            ),
            &path.field("read_timeout"),
            cx,
        );
    }
    if let Some(d) = *keepalive {
        check_seconds(
            d,
            1,
            quotas.origin_keepalive_timeout,
            Rule::OriginKeepaliveTimeout,
            "keep-alive timeout",
            &format!(
                "use 1 to {} seconds; {}",
                quotas.origin_keepalive_timeout,
                raise_quota_help("origin_keepalive_timeout")
            ),
            &path.field("keepalive_timeout"),
            cx,
        );
    }
}

/// Checks a duration CloudFormation takes in whole seconds, within `min..=max`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn check_seconds(
    d: Duration,
    min: u64,
    max: u64,
    rule: Rule,
    what: &str,
    help: &str,
    path: &PropPath,
    cx: &mut Checker<'_>,
) {
    if d.is_out_of_range() {
        cx.report(
            Violation::new(
                rule,
                path.clone(),
                format!("the {what} is out of range: {d}; CloudFront accepts {min} to {max} s"),
            )
            .help(help),
        );
        return;
    }
    match d.to_seconds() {
        None => cx.report(
            Violation::new(
                Rule::WholeSeconds,
                path.clone(),
                format!("the {what} is {d}; CloudFormation takes it in whole seconds"),
            )
            .help("use `Duration::seconds(n)`"),
        ),
        Some(s) if s < min || s > max => cx.report(
            Violation::new(
                rule,
                path.clone(),
                format!("the {what} is {s} s; CloudFront accepts {min} to {max} s"),
            )
            .help(help),
        ),
        Some(_) => {}
    }
}

/// Checks, with the stack at hand, the load balancers origins point at by logical id.
pub(crate) fn check_load_balancer_in_stack(
    origin: &Origin,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let OriginSpec::LoadBalancer { load_balancer, .. } = &*origin.0 else {
        return;
    };
    let Source::LogicalId(id) = &load_balancer.source else {
        return;
    };
    let path = path.field("load_balancer");
    const LB_TYPE: &str = "AWS::ElasticLoadBalancingV2::LoadBalancer";
    match stack.raw_resource(id) {
        None => cx.report(
            Violation::new(
                Rule::Reference,
                path,
                format!("the stack holds no resource `{id}`, so the origin's domain name would not resolve"),
            )
            .help("add the load balancer with `stack.add_cfn_resource`, or import it with `from_dns_name`"),
        ),
        Some(r) if r.resource_type != LB_TYPE => cx.report(Violation::new(
            Rule::Reference,
            path,
            format!("`{id}` is a `{}`, not a `{LB_TYPE}`", r.resource_type),
        )),
        Some(r) => {
            if r.properties.get("Scheme").and_then(|s| s.as_str()) == Some("internal") {
                cx.report(
                    Violation::new(
                        Rule::LoadBalancerScheme,
                        path,
                        format!("`{id}` is an internal load balancer, which CloudFront cannot reach from the internet"),
                    )
                    .help("set its `Scheme` to `internet-facing`"),
                );
            }
        }
    }
}
