//! Rules on cache policies and origin request policies.

use crate::duration::Duration;
use crate::path::PropPath;
use crate::policies::cache::{DEFAULT_DEFAULT_TTL, DEFAULT_MIN_TTL};
use crate::policies::selection::Mode;
use crate::policies::{CachePolicyProps, OriginRequestPolicyProps};
use crate::rules::origin::check_seconds;
use crate::rules::text::is_header_name_char;
use crate::rules::{Check, Checker, Fact, Rule, check_comment, over_quota};
use crate::violation::Violation;

const MAX_NAME: usize = 128;
/// The names of the headers, cookies and query strings of one policy add up to at most this.
const MAX_NAMES_TOTAL: usize = 1_024;

/// Headers no policy can forward or key on, with why.
const HOP_BY_HOP: &[(&str, &str)] = &[
    ("Connection", "it is a hop-by-hop header"),
    ("Upgrade", "it is a hop-by-hop header"),
    ("TE", "it is a hop-by-hop header"),
    ("Proxy-Authorization", "it is a hop-by-hop header"),
];

impl Check for CachePolicyProps {
    fn check(&self, cx: &mut Checker<'_>) {
        check_cache_policy(self, cx);
    }
}

impl Check for OriginRequestPolicyProps {
    fn check(&self, cx: &mut Checker<'_>) {
        check_origin_request_policy(self, cx);
    }
}

/// What kind of names a list holds, for messages and quotas.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Names {
    Headers,
    Cookies,
    QueryStrings,
}

impl Names {
    /// One name of the list of `owner` (`policy`, `behavior`), for quota messages.
    fn singular(self, owner: &str) -> String {
        let what = match self {
            Names::Headers => "header",
            Names::Cookies => "cookie",
            Names::QueryStrings => "query string",
        };
        format!("{what} of the {owner}")
    }

    fn plural(self) -> &'static str {
        match self {
            Names::Headers => "headers",
            Names::Cookies => "cookies",
            Names::QueryStrings => "query strings",
        }
    }
}

pub(crate) fn check_name(name: &str, path: &PropPath, cx: &mut Checker<'_>) {
    check_name_within(name, MAX_NAME, path, cx);
}

/// Checks a name of letters, digits, `-` and `_` of at most `max` characters.
pub(crate) fn check_name_within(name: &str, max: usize, path: &PropPath, cx: &mut Checker<'_>) {
    let bad = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'));
    let problem = if name.is_empty() {
        Some("a name cannot be empty".to_owned())
    } else if let Some(c) = bad {
        Some(format!(
            "name `{name}` has the character `{c}`; CloudFront takes letters, digits, `-` and `_`"
        ))
    } else if name.len() > max {
        Some(format!(
            "the name has {} characters; CloudFront takes at most {max}",
            name.len()
        ))
    } else {
        None
    };
    if let Some(problem) = problem {
        cx.report(
            Violation::new(Rule::Name, path.clone(), problem).help(
                "leave the name out to have one generated, or use letters, digits, `-` and `_`",
            ),
        );
    }
}

/// Checks an allow or deny list at `path` (the value of the prop); returns the names' total
/// length.
fn check_list(
    mode: Mode,
    names: &[String],
    what: Names,
    quota: u64,
    quota_name: &str,
    path: &PropPath,
    cx: &mut Checker<'_>,
) -> usize {
    let listed = path.field("names");
    if matches!(mode, Mode::AllowList | Mode::DenyList)
        && names.is_empty()
        && !cx.is_unknown(&listed)
    {
        cx.report(
            Violation::new(
                Rule::PolicyList,
                path.clone(),
                format!(
                    "an allow or deny list needs at least one of the {}",
                    what.plural()
                ),
            )
            .help("list names, or use `none()` / `all()`"),
        );
    }
    check_names(names, what, "policy", quota, quota_name, &listed, cx)
}

/// The names of a list of headers, cookies or query strings of `owner` (at `listed`): none
/// empty, none twice, header names that can be headers, within the quota. Returns the names'
/// total length.
pub(crate) fn check_names(
    names: &[String],
    what: Names,
    owner: &str,
    quota: u64,
    quota_name: &str,
    listed: &PropPath,
    cx: &mut Checker<'_>,
) -> usize {
    for (i, name) in names.iter().enumerate() {
        let at = listed.index(i);
        let duplicate = names[..i].iter().any(|n| match what {
            Names::Headers => n.eq_ignore_ascii_case(name),
            _ => n == name,
        });
        let problem = if name.is_empty() {
            Some("a name cannot be empty".to_owned())
        } else if duplicate {
            Some(format!("`{name}` is listed twice"))
        } else if what == Names::Headers
            && let Some(c) = name.chars().find(|c| !is_header_name_char(*c))
        {
            Some(format!(
                "`{name}` has the character `{c:?}`, which a header name cannot hold"
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            cx.report(
                Violation::new(Rule::PolicyList, at.clone(), problem)
                    .help("fix or remove the name"),
            );
        }
        if i as u64 == quota {
            cx.report(over_quota(
                Rule::PolicyKeyCount,
                at,
                &what.singular(owner),
                i as u64 + 1,
                quota,
                quota_name,
            ));
        }
    }
    names.iter().map(String::len).sum()
}

fn check_total(total: usize, path: &PropPath, cx: &mut Checker<'_>) {
    if total > MAX_NAMES_TOTAL {
        cx.report(
            Violation::new(
                Rule::PolicyKeyCount,
                path.clone(),
                format!("the names of the policy's headers, cookies and query strings add up to {total} characters; CloudFront takes at most {MAX_NAMES_TOTAL}"),
            )
            .help("list fewer or shorter names"),
        );
    }
}

/// The cookie, header and query string lists of a cache or origin request policy's props.
macro_rules! selections {
    ($p:expr) => {
        [
            (
                Names::Cookies,
                $p.cookie_behavior
                    .as_ref()
                    .map(|c| (c.mode, c.names.as_slice())),
            ),
            (
                Names::Headers,
                $p.header_behavior
                    .as_ref()
                    .map(|h| (h.mode, h.names.as_slice())),
            ),
            (
                Names::QueryStrings,
                $p.query_string_behavior
                    .as_ref()
                    .map(|q| (q.mode, q.names.as_slice())),
            ),
        ]
    };
}

/// The kinds of policy, whose lists have quotas of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PolicyKind {
    Cache,
    OriginRequest,
}

/// A policy's list of one kind of names, when it has one: how it selects, and the names.
type Selection<'a> = (Names, Option<(Mode, &'a [String])>);

/// Checks the cookie, header and query string lists of a policy against the quotas of its
/// kind, and their names' total length.
fn check_selections(kind: PolicyKind, selections: &[Selection<'_>], cx: &mut Checker<'_>) {
    let q = cx.quotas().clone();
    let mut total = 0;
    for (what, selection) in selections {
        let Some((mode, names)) = selection else {
            continue;
        };
        let (quota, quota_name, field) = match (kind, what) {
            (PolicyKind::Cache, Names::Cookies) => (
                q.cookies_per_cache_policy,
                "cookies_per_cache_policy",
                "cookie_behavior",
            ),
            (PolicyKind::Cache, Names::Headers) => (
                q.headers_per_cache_policy,
                "headers_per_cache_policy",
                "header_behavior",
            ),
            (PolicyKind::Cache, Names::QueryStrings) => (
                q.query_strings_per_cache_policy,
                "query_strings_per_cache_policy",
                "query_string_behavior",
            ),
            (_, Names::Cookies) => (
                q.cookies_per_origin_request_policy,
                "cookies_per_origin_request_policy",
                "cookie_behavior",
            ),
            (_, Names::Headers) => (
                q.headers_per_origin_request_policy,
                "headers_per_origin_request_policy",
                "header_behavior",
            ),
            (_, Names::QueryStrings) => (
                q.query_strings_per_origin_request_policy,
                "query_strings_per_origin_request_policy",
                "query_string_behavior",
            ),
        };
        total += check_list(
            *mode,
            names,
            *what,
            quota,
            quota_name,
            &PropPath::root().field(field),
            cx,
        );
    }
    check_total(total, &PropPath::root(), cx);
}

fn check_cache_policy(p: &CachePolicyProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    if let Some(name) = &p.cache_policy_name {
        check_name(name, &root.field("cache_policy_name"), cx);
    }
    check_comment(&p.comment, &root.field("comment"), cx);
    check_ttls(&p.min_ttl, &p.default_ttl, &p.max_ttl, &root, cx);
    check_selections(PolicyKind::Cache, &selections!(p), cx);
    if let Some(h) = &p.header_behavior {
        let path = root.field("header_behavior");
        for (i, name) in h.names.iter().enumerate() {
            let reason = if name.eq_ignore_ascii_case("Accept-Encoding") {
                Some((
                    "CloudFront puts `Accept-Encoding` in the cache key itself, through the compression flags",
                    "remove it and set `enable_accept_encoding_gzip: true` / `enable_accept_encoding_brotli: true`",
                ))
            } else if name.eq_ignore_ascii_case("Cookie") {
                Some((
                    "cookies go in the cache key through `cookie_behavior`, not as a header",
                    "remove it and use `cookie_behavior: CacheCookieBehavior::allow_list(...)`",
                ))
            } else {
                HOP_BY_HOP
                    .iter()
                    .find(|(h, _)| h.eq_ignore_ascii_case(name))
                    .map(|(_, why)| (*why, "remove it"))
            };
            if let Some((why, help)) = reason {
                cx.report(
                    Violation::new(
                        Rule::PolicyHeader,
                        path.field("names").index(i),
                        format!("a cache policy cannot put `{name}` in the cache key: {why}"),
                    )
                    .help(help),
                );
            }
        }
    }
    check_caching_disabled(p, cx);
}

/// The TTLs of a cache policy or of a legacy cache behavior, whose props `min_ttl`,
/// `default_ttl` and `max_ttl` are under `root`: whole seconds, and
/// `min_ttl <= default_ttl <= max_ttl` with CloudFront's defaults for those not given.
pub(crate) fn check_ttls(
    min_ttl: &Option<Duration>,
    default_ttl: &Option<Duration>,
    max_ttl: &Option<Duration>,
    root: &PropPath,
    cx: &mut Checker<'_>,
) {
    for (field, value) in [
        ("min_ttl", *min_ttl),
        ("default_ttl", *default_ttl),
        ("max_ttl", *max_ttl),
    ] {
        if let Some(d) = value {
            check_seconds(
                d,
                0,
                u64::MAX,
                Rule::Ttl,
                field,
                "use whole seconds",
                &root.field(field),
                cx,
            );
        }
    }
    let min = cx.fact(&root.field("min_ttl"), min_ttl).copied();
    let default = cx.fact(&root.field("default_ttl"), default_ttl).copied();
    let max = cx.fact(&root.field("max_ttl"), max_ttl).copied();
    if let (Fact::Known(min), Fact::Known(default)) = (min, default)
        && default < min
    {
        cx.report(
            Violation::new(
                Rule::Ttl,
                root.field("default_ttl"),
                format!("default_ttl ({default}) is below min_ttl ({min}); CloudFront needs min_ttl <= default_ttl <= max_ttl"),
            )
            .help("raise default_ttl or lower min_ttl"),
        );
        return;
    }
    // Without a default TTL, the CDK uses 1 day, raised to the minimum.
    let effective_default = match (default, min) {
        (Fact::Known(d), _) => Some((d, "")),
        (Fact::Absent, Fact::Known(m)) => Some((
            DEFAULT_DEFAULT_TTL.max(m),
            " (default_ttl is not set, so it is 1 day, or min_ttl if larger)",
        )),
        (Fact::Absent, Fact::Absent) => Some((
            DEFAULT_DEFAULT_TTL.max(DEFAULT_MIN_TTL),
            " (default_ttl is not set, so it is 1 day)",
        )),
        _ => None,
    };
    if let (Fact::Known(max), Some((default, why))) = (max, effective_default)
        && max < default
    {
        cx.report(
            Violation::new(
                Rule::Ttl,
                root.field("max_ttl"),
                format!("max_ttl ({max}) is below the default TTL ({default}){why}; CloudFront needs min_ttl <= default_ttl <= max_ttl"),
            )
            .help("raise max_ttl, or set a default_ttl no larger than it"),
        );
    }
}

fn check_caching_disabled(p: &CachePolicyProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    if p.max_ttl != Some(Duration::seconds(0)) {
        return;
    }
    let mut keyed: Vec<&'static str> = Vec::new();
    if p.cookie_behavior
        .as_ref()
        .is_some_and(|c| c.mode != Mode::None)
    {
        keyed.push("cookie_behavior");
    }
    if p.header_behavior
        .as_ref()
        .is_some_and(|c| c.mode != Mode::None)
    {
        keyed.push("header_behavior");
    }
    if p.query_string_behavior
        .as_ref()
        .is_some_and(|c| c.mode != Mode::None)
    {
        keyed.push("query_string_behavior");
    }
    if p.enable_accept_encoding_gzip == Some(true) {
        keyed.push("enable_accept_encoding_gzip");
    }
    if p.enable_accept_encoding_brotli == Some(true) {
        keyed.push("enable_accept_encoding_brotli");
    }
    for field in keyed {
        cx.report(
            Violation::new(
                Rule::CachingDisabled,
                root.field(field),
                "with max_ttl 0 the policy disables caching, and CloudFront then rejects anything in the cache key",
            )
            .help("use `CachePolicy::CACHING_DISABLED` with an origin request policy to forward values, or give max_ttl at least 1 second"),
        );
    }
}

fn check_origin_request_policy(p: &OriginRequestPolicyProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    if let Some(name) = &p.origin_request_policy_name {
        check_name(name, &root.field("origin_request_policy_name"), cx);
    }
    check_comment(&p.comment, &root.field("comment"), cx);
    check_selections(PolicyKind::OriginRequest, &selections!(p), cx);
    if let Some(h) = &p.header_behavior {
        let path = root.field("header_behavior");
        for (i, name) in h.names.iter().enumerate() {
            let at = path.field("names").index(i);
            let reason = if name.eq_ignore_ascii_case("Authorization")
                || name.eq_ignore_ascii_case("Accept-Encoding")
            {
                Some((
                    format!(
                        "an origin request policy cannot forward `{name}`; CloudFront forwards it only when it is in the cache key"
                    ),
                    "put it in a cache policy's key instead".to_owned(),
                ))
            } else if h.mode == Mode::All
                && !name
                    .get(..11)
                    .is_some_and(|p| p.eq_ignore_ascii_case("CloudFront-"))
            {
                Some((
                    format!(
                        "`all(...)` forwards every viewer header already; what it lists are the headers CloudFront adds, whose names start with `CloudFront-`, and `{name}` does not"
                    ),
                    "list only `CloudFront-*` headers, or use `allow_list(...)`".to_owned(),
                ))
            } else {
                HOP_BY_HOP
                    .iter()
                    .find(|(h, _)| h.eq_ignore_ascii_case(name))
                    .map(|(_, why)| {
                        (
                            format!("an origin request policy cannot forward `{name}`: {why}"),
                            "remove it".to_owned(),
                        )
                    })
            };
            if let Some((message, help)) = reason {
                cx.report(Violation::new(Rule::PolicyHeader, at, message).help(help));
            }
        }
    }
}
