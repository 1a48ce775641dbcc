//! Rules on a distribution's own props and on its behaviors.

use crate::distribution::DistributionState;
use crate::distribution::bind::js_object_order;
use crate::distribution::{
    AddBehaviorArgs, AllowedMethods, BehaviorOptions, CachedMethods, DistributionProps,
    ErrorResponse, GeoRestriction,
};
use crate::expr::Expr;
use crate::origins::Origin;
use crate::path::PropPath;
use crate::routing::PathPattern;
use crate::routing::pattern::{COVERAGE_BUDGET, Earlier};
use crate::rules::grpc::{check_grpc, check_grpc_http_version};
use crate::rules::logging::{check_log_bucket_in_stack, check_logging};
use crate::rules::origin::{check_load_balancer_in_stack, check_origin, check_seconds};
use crate::rules::origin_access::{
    check_function_url_in_stack, check_list_access, check_oac_bucket_ownership,
    check_public_bucket_origin,
};
use crate::rules::origin_group::{check_failover_methods, check_origin_group_count};
use crate::rules::text::{COUNTRY_CODES, country_code_for};
use crate::rules::tls::{check_certificate_in_stack, check_tls};
use crate::rules::{Check, Checker, Fact, Rule, check_comment, over_quota};
use crate::stack::Stack;
use crate::violation::{Target, Violation};

const MAX_ROOT_OBJECT: usize = 255;
const ERROR_CODES: &[u16] = &[400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504];

impl Check for DistributionProps {
    fn check(&self, cx: &mut Checker<'_>) {
        check_distribution(self, cx);
    }
}

impl Check for AddBehaviorArgs {
    fn check(&self, cx: &mut Checker<'_>) {
        let root = PropPath::root();
        if let Some(pattern) = &self.path_pattern {
            check_path_pattern(pattern, &root.field("path_pattern"), cx);
        }
        if let Some(behavior) = &self.behavior {
            check_behavior(
                behavior,
                &root.field("behavior"),
                &mut SeenOrigins::default(),
                cx,
            );
        }
    }
}

/// Every behavior of the props with its path: the default one first, then the others.
fn behaviors(props: &DistributionProps) -> Vec<(PropPath, &BehaviorOptions)> {
    let root = PropPath::root();
    let mut out = Vec::new();
    if let Some(b) = &props.default_behavior {
        out.push((root.field("default_behavior"), b));
    }
    for (pattern, b) in props.additional_behaviors.iter().flatten() {
        out.push((root.field("additional_behaviors").key(pattern.clone()), b));
    }
    out
}

/// Checks the props of a distribution.
pub(crate) fn check_distribution(props: &DistributionProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    props.check_required(&root, cx);
    let mut origins = SeenOrigins::default();
    check_path_patterns(props, cx);
    for (path, behavior) in behaviors(props) {
        check_behavior(behavior, &path, &mut origins, cx);
    }
    if let Some((grpc, _)) = behaviors(props)
        .into_iter()
        .find(|(_, b)| b.enable_grpc == Some(true))
    {
        let path = root.field("http_version");
        check_grpc_http_version(cx.fact(&path, &props.http_version), &path, &grpc, cx);
    }
    check_shared_settings(props, cx);
    if let Some(responses) = &props.error_responses {
        let path = root.field("error_responses");
        for (i, r) in responses.iter().enumerate() {
            r.check_required(&path.index(i), cx);
        }
        check_error_responses(responses, &path, &ERROR_RESPONSE_NAMES, cx);
    }
    check_tls(props, cx);
    check_logging(props, cx);
    check_list_access(props, cx);
}

/// The settings of its own a distribution of either kind has under the same names, at the
/// root of its props.
pub(crate) trait SharedSettings {
    fn comment(&self) -> &Option<String>;
    fn default_root_object(&self) -> &Option<String>;
    fn geo_restriction(&self) -> &Option<GeoRestriction>;
    fn web_acl_id(&self) -> &Option<Expr>;
}

macro_rules! shared_settings {
    ($($props:ty),*) => {$(
        impl SharedSettings for $props {
            fn comment(&self) -> &Option<String> {
                &self.comment
            }
            fn default_root_object(&self) -> &Option<String> {
                &self.default_root_object
            }
            fn geo_restriction(&self) -> &Option<GeoRestriction> {
                &self.geo_restriction
            }
            fn web_acl_id(&self) -> &Option<Expr> {
                &self.web_acl_id
            }
        }
    )*};
}

shared_settings!(
    DistributionProps,
    crate::web_distribution::WebDistributionProps
);

/// The comment, default root object, geographic restriction and web ACL of a distribution.
pub(crate) fn check_shared_settings(props: &impl SharedSettings, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    check_comment(props.comment(), &root.field("comment"), cx);
    if let Some(o) = props.default_root_object() {
        check_default_root_object(o, &root.field("default_root_object"), cx);
    }
    if let Some(g) = props.geo_restriction() {
        check_geo_restriction(g, &root.field("geo_restriction"), cx);
    }
    if let Some(acl) = props.web_acl_id() {
        check_web_acl_id(acl, &root.field("web_acl_id"), cx);
    }
}

/// The characters CloudFront takes in a path pattern (`*` and `?` are wildcards).
fn is_path_pattern_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "_-.*$/~\"'@:+&?".contains(c)
}

const MAX_PATH_PATTERN: usize = 255;

/// The origins the behaviors checked so far point at.
#[derive(Default)]
struct SeenOrigins<'a> {
    /// The origin objects of the behaviors, checked once each.
    checked: Vec<&'a Origin>,
    /// The origins the distribution renders: each plain origin, each group's members.
    rendered: Vec<&'a Origin>,
    /// How many origin groups.
    groups: u64,
}

/// The origins an origin renders as, each with its path: a group's members, or the origin.
pub(crate) fn members<'a>(
    origin: &'a Origin,
    path: &PropPath,
) -> Vec<(&'a Origin, PropPath, bool)> {
    match origin.as_group() {
        Some(group) => [
            (&group.primary_origin, "primary_origin", false),
            (&group.fallback_origin, "fallback_origin", true),
        ]
        .into_iter()
        .filter_map(|(m, field, fallback)| Some((m.as_ref()?, path.field(field), fallback)))
        .collect(),
        None => vec![(origin, path.clone(), false)],
    }
}

/// Checks a behavior at `path`, and its origin unless an earlier behavior has the same origin
/// object (`seen` collects them, to count the distribution's origins and origin groups).
fn check_behavior<'a>(
    behavior: &'a BehaviorOptions,
    path: &PropPath,
    seen: &mut SeenOrigins<'a>,
    cx: &mut Checker<'_>,
) {
    behavior.check_required(path, cx);
    check_methods(behavior, path, cx);
    crate::rules::check_trusted_key_groups(
        &behavior.trusted_key_groups,
        &behavior.trusted_signers,
        path,
        cx,
    );
    crate::rules::check_function_associations(&behavior.function_associations, path, cx);
    let functions = behavior
        .function_associations
        .as_ref()
        .is_some_and(|f| !f.is_empty());
    crate::rules::check_edge_lambdas(&behavior.edge_lambdas, functions, path, cx);
    check_grpc(behavior, path, cx);
    let Some(origin) = &behavior.origin else {
        return;
    };
    let origin_path = path.field("origin");
    let allowed = cx.fact(&path.field("allowed_methods"), &behavior.allowed_methods);
    if origin.as_group().is_some() && allowed == Fact::Known(&AllowedMethods::ALLOW_ALL) {
        check_failover_methods(
            &path.field("allowed_methods"),
            "AllowedMethods::ALLOW_GET_HEAD_OPTIONS",
            cx,
        );
    }
    if seen.checked.iter().any(|o| o.is_same(origin)) {
        return;
    }
    seen.checked.push(origin);
    check_origin(origin, &origin_path, cx);
    if origin.as_group().is_some() {
        seen.groups += 1;
        check_origin_group_count(
            seen.groups,
            &origin_path,
            "origin group of the distribution",
            cx,
        );
    }
    for (member, at, fallback) in members(origin, &origin_path) {
        // A fallback that is an origin of the distribution already is not another origin.
        if fallback && seen.rendered.iter().any(|o| o.is_same(member)) {
            continue;
        }
        if let Some(id) = member.common().origin_id.as_deref()
            && seen
                .rendered
                .iter()
                .any(|o| o.common().origin_id.as_deref() == Some(id))
        {
            cx.report(
                Violation::new(
                    Rule::OriginId,
                    at.field("origin_id"),
                    format!(
                        "origin id {} is already the id of another origin of the distribution",
                        crate::rules::text::quoted(id)
                    ),
                )
                .help(
                    "give each origin its own id, or leave `origin_id` out to have one generated",
                ),
            );
        }
        seen.rendered.push(member);
        check_origin_count(seen.rendered.len(), &at, cx);
    }
}

/// A path pattern on its own: what `add_behavior` can check before it knows the distribution.
fn check_path_pattern(pattern: &str, at: &PropPath, cx: &mut Checker<'_>) -> bool {
    if let Some((message, help)) = path_pattern_problem(pattern) {
        cx.report(
            Violation::new(Rule::PathPattern, at.clone(), message)
                .at_key()
                .help(help),
        );
        return false;
    }
    true
}

/// Why CloudFront rejects `pattern` as a path pattern, and how to fix it.
fn path_pattern_problem(pattern: &str) -> Option<(String, String)> {
    if pattern.is_empty() {
        Some((
            "a path pattern cannot be empty".to_owned(),
            "write a pattern such as \"/images/*\"".to_owned(),
        ))
    } else if pattern == "*" || pattern == "/*" {
        Some((
            "only the default behavior matches every path (`*`)".to_owned(),
            "set these options on `default_behavior` instead".to_owned(),
        ))
    } else if pattern.len() > MAX_PATH_PATTERN {
        Some((
            format!(
                "the path pattern has {} characters; CloudFront takes at most {MAX_PATH_PATTERN}",
                pattern.len()
            ),
            "shorten it".to_owned(),
        ))
    } else {
        pattern
            .chars()
            .find(|c| !is_path_pattern_char(*c))
            .map(|c| {
                (
                    format!(
                        "path pattern `{pattern}` has the character `{c}`, which CloudFront rejects"
                    ),
                    "use letters, digits, `_-.*$/~\"'@:+&?` (`*` and `?` are wildcards)".to_owned(),
                )
            })
    }
}

fn check_path_patterns(props: &DistributionProps, cx: &mut Checker<'_>) {
    let Some(additional) = &props.additional_behaviors else {
        return;
    };
    let root = PropPath::root().field("additional_behaviors");
    // In the order the template lists them, which is the order CloudFront matches them in.
    let patterns: Vec<(&str, PropPath)> = js_object_order(additional)
        .into_iter()
        .map(|(pattern, _)| (pattern.as_str(), root.key(pattern.clone())))
        .collect();
    let default = PropPath::root().field("default_behavior");
    check_path_pattern_list(&patterns, Target::Key, Some(&default), cx);
}

/// The path patterns of a distribution's behaviors other than the default one, in the order
/// CloudFront matches them, each with where it is written (a map key, or a prop's value as
/// `target` says): each valid, none shadowed by an earlier one, within the quota. `default`
/// is where the default behavior is written, for the warning that it never applies.
pub(crate) fn check_path_pattern_list(
    patterns: &[(&str, PropPath)],
    target: Target,
    default: Option<&PropPath>,
    cx: &mut Checker<'_>,
) {
    let quota = cx.quotas().cache_behaviors_per_distribution;
    let aimed = |v: Violation| match target {
        Target::Key => v.at_key(),
        Target::Value => v,
    };
    // The valid patterns so far, for coverage, and the work coverage may take in all.
    let mut earlier_patterns = Earlier::default();
    let mut budget = COVERAGE_BUDGET;
    let mut catch_all: Option<&str> = None;
    // The first pattern of each normalized spelling: a lookup, not a scan of the earlier ones.
    let mut firsts: std::collections::BTreeMap<&str, &str> = std::collections::BTreeMap::new();
    for (i, (pattern, at)) in patterns.iter().enumerate() {
        // A leading `/` is optional: `images/*` and `/images/*` are the same pattern.
        let normalized = pattern.trim_start_matches('/');
        let earlier = match firsts.entry(normalized) {
            std::collections::btree_map::Entry::Occupied(e) => Some((*e.get(), ())),
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(*pattern);
                None
            }
        };
        let valid = match path_pattern_problem(pattern) {
            Some((message, help)) => {
                cx.report(aimed(
                    Violation::new(Rule::PathPattern, at.clone(), message).help(help),
                ));
                false
            }
            None => true,
        };
        if valid && let Some((first, _)) = earlier {
            cx.report(aimed(
                Violation::new(
                    Rule::PathPattern,
                    at.clone(),
                    format!("path pattern `{pattern}` is the same as `{first}`, which comes first, so this behavior could never match"),
                )
                .help("merge the two behaviors or remove one"),
            ));
        } else if valid {
            let this = PathPattern::new(pattern);
            if let Some(cover) = earlier_patterns.first_cover(&this, &mut budget) {
                cx.report(aimed(unreachable_behavior(
                    earlier_patterns.get(cover),
                    &this,
                    at,
                )));
            }
            if this.matches_every_path() {
                catch_all.get_or_insert(pattern);
            }
            earlier_patterns.push(this);
        }
        // The default behavior counts as one.
        if i as u64 + 1 == quota {
            cx.report(aimed(over_quota(
                Rule::CacheBehaviorsPerDistribution,
                at.clone(),
                "cache behavior of the distribution",
                i as u64 + 2,
                quota,
                "cache_behaviors_per_distribution",
            )));
        }
    }
    if let (Some(pattern), Some(default)) = (catch_all, default) {
        cx.report(
            Violation::new(
                Rule::UnreachableBehavior,
                default.clone(),
                format!("the default behavior never applies: path pattern `{pattern}` matches every path, and CloudFront tries it first"),
            )
            .at_key()
            .help(format!("remove the behavior for `{pattern}` and give its options to the default behavior")),
        );
    }
}

/// The warning that the behavior at `at`, for `later`, never applies because `cover` comes
/// first.
fn unreachable_behavior(cover: &PathPattern, later: &PathPattern, at: &PropPath) -> Violation {
    Violation::new(
        Rule::UnreachableBehavior,
        at.clone(),
        format!(
            "path pattern `{later}` never matches: `{cover}` comes first and matches every path this one does (such as `{}`), so CloudFront never applies this behavior",
            later.example_path()
        ),
    )
    .help(format!("move this behavior before the one for `{cover}`, or remove it"))
}

fn check_methods(b: &BehaviorOptions, path: &PropPath, cx: &mut Checker<'_>) {
    let allowed = cx.fact(&path.field("allowed_methods"), &b.allowed_methods);
    check_cached_methods(
        allowed,
        b.cached_methods,
        &path.field("cached_methods"),
        "add `allowed_methods: AllowedMethods::ALLOW_GET_HEAD_OPTIONS`, or cache `CachedMethods::CACHE_GET_HEAD`",
        cx,
    );
}

/// The methods a behavior caches (at `cached_path`) must be methods it allows.
pub(crate) fn check_cached_methods(
    allowed: Fact<&AllowedMethods>,
    cached: Option<CachedMethods>,
    cached_path: &PropPath,
    fix: &str,
    cx: &mut Checker<'_>,
) {
    let allows_options = match allowed {
        Fact::Known(m) => *m != AllowedMethods::ALLOW_GET_HEAD,
        Fact::Absent => false,
        Fact::Unknown => true,
    };
    if cached == Some(CachedMethods::CACHE_GET_HEAD_OPTIONS) && !allows_options {
        cx.report(
            Violation::new(
                Rule::CachedMethods,
                cached_path.clone(),
                "the behavior caches OPTIONS responses but does not allow OPTIONS requests (cached methods must be allowed methods)",
            )
            .help(fix),
        );
    }
}

/// The `count`th origin of a distribution (at `path`), against the quota.
pub(crate) fn check_origin_count(count: usize, path: &PropPath, cx: &mut Checker<'_>) {
    let quota = cx.quotas().origins_per_distribution;
    if count as u64 == quota + 1 {
        cx.report(over_quota(
            Rule::OriginsPerDistribution,
            path.clone(),
            "origin of the distribution",
            count as u64,
            quota,
            "origins_per_distribution",
        ));
    }
}

/// A default root object at `path`.
fn check_default_root_object(o: &str, path: &PropPath, cx: &mut Checker<'_>) {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "_-.*$/~\"'&".contains(c);
    let problem = if o.starts_with('/') {
        Some((
            format!(
                "the default root object `{o}` starts with `/`; CloudFront wants it relative to the root"
            ),
            format!("write \"{}\"", o.trim_start_matches('/')),
        ))
    } else if o.len() > MAX_ROOT_OBJECT {
        Some((
            format!(
                "the default root object has {} characters; CloudFront takes at most {MAX_ROOT_OBJECT}",
                o.len()
            ),
            "shorten it".to_owned(),
        ))
    } else {
        o.chars().find(|c| !allowed(*c)).map(|c| {
            (
                format!(
                    "the default root object has the character `{c}`, which CloudFront rejects"
                ),
                "use letters, digits and `_-.*$/~\"'&` only".to_owned(),
            )
        })
    };
    if let Some((message, help)) = problem {
        cx.report(Violation::new(Rule::DefaultRootObject, path.clone(), message).help(help));
    }
}

/// What a construct calls the props of an error response, for paths and messages.
pub(crate) struct ErrorResponseNames {
    pub(crate) http_status: &'static str,
    pub(crate) response_http_status: &'static str,
    pub(crate) response_page_path: &'static str,
    pub(crate) ttl: &'static str,
    /// A `ttl` prop as the construct writes one.
    pub(crate) ttl_example: &'static str,
}

/// The names of `distribution!`'s error responses.
const ERROR_RESPONSE_NAMES: ErrorResponseNames = ErrorResponseNames {
    http_status: "http_status",
    response_http_status: "response_http_status",
    response_page_path: "response_page_path",
    ttl: "ttl",
    ttl_example: "ttl: Duration::seconds(10)",
};

/// The error responses of a distribution, at `path` (a list): each one, and each status once.
pub(crate) fn check_error_responses(
    responses: &[ErrorResponse],
    path: &PropPath,
    names: &ErrorResponseNames,
    cx: &mut Checker<'_>,
) {
    for (i, r) in responses.iter().enumerate() {
        check_error_response(r, &path.index(i), names, cx);
        if let Some(code) = r.http_status
            && responses[..i].iter().any(|o| o.http_status == Some(code))
        {
            cx.report(
                Violation::new(
                    Rule::ErrorResponse,
                    path.index(i).field(names.http_status),
                    format!("status {code} already has an error response"),
                )
                .help("merge the two error responses"),
            );
        }
    }
}

fn check_error_response(
    r: &ErrorResponse,
    path: &PropPath,
    names: &ErrorResponseNames,
    cx: &mut Checker<'_>,
) {
    let status_path = path.field(names.response_http_status);
    let page_path = path.field(names.response_page_path);
    let ttl_path = path.field(names.ttl);
    if let Some(code) = r.http_status
        && !ERROR_CODES.contains(&code)
    {
        cx.report(
            Violation::new(
                Rule::ErrorResponse,
                path.field(names.http_status),
                format!("CloudFront customizes the responses to status 400, 403, 404, 405, 414, 416 and 500-504, not {code}"),
            )
            .help("use one of those codes"),
        );
    }
    if let Some(code) = r.response_http_status
        && code != 200
        && !ERROR_CODES.contains(&code)
    {
        cx.report(
            Violation::new(
                Rule::ErrorResponse,
                status_path.clone(),
                format!("CloudFront answers an error with 200, 400, 403, 404, 405, 414, 416 or 500-504, not {code}"),
            )
            .help("use one of those codes"),
        );
    }
    let page = cx.fact(&page_path, &r.response_page_path);
    if let Some(page) = page.known()
        && !page.starts_with('/')
    {
        cx.report(
            Violation::new(
                Rule::ErrorResponse,
                page_path.clone(),
                format!("the response page path `{page}` does not start with `/`"),
            )
            .help(format!("write \"/{page}\"")),
        );
    }
    let status = cx.fact(&status_path, &r.response_http_status);
    if status.is_present() && !page.is_present() {
        cx.report(
            Violation::new(
                Rule::ErrorResponse,
                status_path.clone(),
                "CloudFront needs a response page to answer with another status code (it rejects a `ResponseCode` without a `ResponsePagePath`)",
            )
            .at_key()
            .help(format!(
                "add `{}: \"/error.html\"`, or remove `{}`",
                names.response_page_path, names.response_http_status
            )),
        );
    }
    let ttl = cx.fact(&ttl_path, &r.ttl);
    if !status.is_present() && !page.is_present() && !ttl.is_present() {
        cx.report(
            Violation::new(
                Rule::ErrorResponse,
                path.clone(),
                format!(
                    "an error response needs at least one of `{}`, `{}` or `{}`",
                    names.response_http_status, names.response_page_path, names.ttl
                ),
            )
            .help(format!(
                "add `{}` to change how long the error is cached, or a response page",
                names.ttl_example
            )),
        );
    }
    if let Some(ttl) = ttl.known() {
        check_seconds(
            *ttl,
            0,
            u64::MAX,
            Rule::ErrorResponse,
            "error caching TTL",
            "use whole seconds",
            &ttl_path,
            cx,
        );
    }
}

/// A geographic restriction at `path`.
fn check_geo_restriction(g: &GeoRestriction, path: &PropPath, cx: &mut Checker<'_>) {
    let locations = path.field("locations");
    if g.locations.is_empty() {
        cx.report(
            Violation::new(
                Rule::GeoRestriction,
                path.clone(),
                "a geographic restriction needs at least one country",
            )
            .help("list countries by ISO 3166-1 alpha-2 code, such as `GeoRestriction::allowlist(\"US\", \"GB\")`"),
        );
    }
    for (i, code) in g.locations.iter().enumerate() {
        if COUNTRY_CODES.binary_search(&code.as_str()).is_ok() {
            if g.locations[..i].contains(code) {
                cx.report(
                    Violation::new(
                        Rule::GeoRestriction,
                        locations.index(i),
                        format!("`{code}` is listed twice"),
                    )
                    .help("remove the duplicate"),
                );
            }
            continue;
        }
        let upper = code.to_ascii_uppercase();
        let fix = country_code_for(&upper).or_else(|| {
            COUNTRY_CODES
                .binary_search(&upper.as_str())
                .ok()
                .map(|i| COUNTRY_CODES[i])
        });
        let mut v = Violation::new(
            Rule::GeoRestriction,
            locations.index(i),
            format!("`{code}` is not an ISO 3166-1 alpha-2 country code"),
        );
        v = match fix {
            Some(fix) => v.help(format!("did you mean \"{fix}\"?")),
            None => v.help("use the two-letter upper-case ISO 3166-1 code"),
        };
        cx.report(v);
    }
}

/// A web ACL id or ARN at `path`.
fn check_web_acl_id(acl: &Expr, path: &PropPath, cx: &mut Checker<'_>) {
    let Some(id) = acl.as_literal() else { return };
    if is_uuid(id) {
        return;
    }
    let problem = match id.split(':').collect::<Vec<_>>().as_slice() {
        ["arn", partition, "wafv2", region, account, resource]
            if partition.starts_with("aws") && account.len() == 12 =>
        {
            if !resource.starts_with("global/webacl/") {
                Some("is not a web ACL of scope CLOUDFRONT (`global/webacl/...`); a regional web ACL cannot protect a distribution".to_owned())
            } else if *region != "us-east-1" {
                Some(format!(
                    "is in {region}; web ACLs of scope CLOUDFRONT live in us-east-1"
                ))
            } else {
                None
            }
        }
        _ => Some("is neither a WAFv2 web ACL ARN nor a WAF Classic web ACL id".to_owned()),
    };
    if let Some(problem) = problem {
        cx.report(
            Violation::new(Rule::WebAclId, path.clone(), format!("web ACL `{id}` {problem}"))
                .help("use the ARN of a WAFv2 web ACL created with scope CLOUDFRONT in us-east-1 (`arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>`)"),
        );
    }
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Checks what only the stack knows: the resources origins reference by logical id.
pub(crate) fn check_bound_distribution(
    state: &DistributionState,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let props = state.effective_props();
    check_certificate_in_stack(&props, stack, cx);
    check_log_bucket_in_stack(&props, stack, cx);
    let mut seen: Vec<&Origin> = Vec::new();
    for (path, behavior) in behaviors(&props) {
        crate::rules::check_function_associations_in_stack(
            &behavior.function_associations,
            &path,
            stack,
            cx,
        );
        crate::rules::check_edge_lambdas_in_stack(&behavior.edge_lambdas, &path, stack, cx);
        if let Some(origin) = &behavior.origin
            && !seen.iter().any(|o| o.is_same(origin))
        {
            seen.push(origin);
            for (member, at, _) in members(origin, &path.field("origin")) {
                check_load_balancer_in_stack(member, &at, stack, cx);
                check_oac_bucket_ownership(member, &at, stack, cx);
                check_public_bucket_origin(member, &at, stack, cx);
                crate::rules::api_origin::check_rest_api_in_stack(member, &at, stack, cx);
                check_function_url_in_stack(member, &at, stack, cx);
                crate::rules::vpc_origin::check_vpc_origin_of_origin(member, &at, stack, cx);
            }
        }
    }
}
