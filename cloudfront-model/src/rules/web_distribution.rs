//! Rules on a web distribution: its origin configurations, sources and behaviors, the legacy
//! cache key and the viewer certificate. What `distribution!` checks for the same settings is
//! checked by the same rule functions: origins through [`check_origin`] (the sources as the
//! model's origins), error responses, paths, TLS, logging and the rest called with the web
//! distribution's paths.

use crate::acm::Certificate;
use crate::distribution::{AllowedMethods, CachedMethods, ErrorResponse};
use crate::duration::Duration;
use crate::expr::Expr;
use crate::path::PropPath;
use crate::rules::distribution::{
    ErrorResponseNames, check_cached_methods, check_error_responses, check_origin_count,
    check_path_pattern_list, check_shared_settings,
};
use crate::rules::logging::{check_log_bucket_acls, check_log_prefix};
use crate::rules::origin::check_origin;
use crate::rules::origin_group::{
    check_failover_methods, check_failover_status_codes, check_origin_group_count,
};
use crate::rules::policy::{Names, check_names, check_ttls};
use crate::rules::tls::{
    check_certificate_arn, check_certificate_covers, check_certificate_without_names,
    check_domain_names, check_names_without_certificate, check_security_policy,
};
use crate::rules::{Association, Fields, check_associations, check_associations_in_stack};
use crate::rules::{Check, Checker, Fact, Rule};
use crate::stack::Stack;
use crate::violation::{Target, Violation};
use crate::web_distribution::sources::{Role, Source, origin};
use crate::web_distribution::{
    Behavior, CertificateSource, CloudFrontAllowedMethods, ForwardedValues, SourceConfiguration,
    ViewerCertificate, ViewerCertificateOptions, WebDistributionProps,
};

/// The names of a web distribution's error configurations.
const ERROR_CONFIGURATION_NAMES: ErrorResponseNames = ErrorResponseNames {
    http_status: "error_code",
    response_http_status: "response_code",
    response_page_path: "response_page_path",
    ttl: "error_caching_min_ttl",
    ttl_example: "error_caching_min_ttl: 10",
};

/// Cookie names of one behavior add up to at most 512 bytes, less one per cookie (Quotas -
/// Amazon CloudFront, legacy cache settings: "Maximum number of bytes in a cookie name").
const MAX_COOKIE_BYTES: usize = 512;
/// A query string name in the cache key is at most 128 characters, all of them at most 512
/// (Quotas - Amazon CloudFront, legacy cache settings).
const MAX_QUERY_STRING: usize = 128;
const MAX_QUERY_STRINGS_TOTAL: usize = 512;

impl Check for WebDistributionProps {
    fn check(&self, cx: &mut Checker<'_>) {
        check_web_distribution(self, cx);
    }
}

/// Checks the props of a web distribution.
pub(crate) fn check_web_distribution(props: &WebDistributionProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    props.check_required(&root, cx);
    check_origin_configs(props, cx);
    check_shared_settings(props, cx);
    if let Some(responses) = &props.error_configurations {
        let path = root.field("error_configurations");
        for (i, r) in responses.iter().enumerate() {
            r.check_required(&path.index(i), cx);
        }
        let as_responses: Vec<ErrorResponse> = responses
            .iter()
            .map(|r| ErrorResponse {
                http_status: r.error_code,
                response_http_status: r.response_code,
                response_page_path: r.response_page_path.clone(),
                ttl: r.error_caching_min_ttl.map(Duration::seconds),
            })
            .collect();
        check_error_responses(&as_responses, &path, &ERROR_CONFIGURATION_NAMES, cx);
    }
    check_viewer_certificate(props, cx);
    if let Some(logging) = &props.logging_config
        && let Some(prefix) = &logging.prefix
    {
        check_log_prefix(prefix, &root.field("logging_config").field("prefix"), cx);
    }
}

/// The origin configurations, their origins and behaviors, and the distribution's default
/// behavior.
fn check_origin_configs(props: &WebDistributionProps, cx: &mut Checker<'_>) {
    let configs_path = PropPath::root().field("origin_configs");
    let configs = cx.fact(&configs_path, &props.origin_configs);
    let mut defaults: Vec<PropPath> = Vec::new();
    // Whether a behavior list or a default flag is only known at run time.
    let mut unknown_default = !matches!(configs, Fact::Known(_));
    let mut patterns: Vec<(&str, PropPath)> = Vec::new();
    let (mut origins, mut groups) = (0usize, 0u64);
    for (i, config) in props.origin_configs.iter().flatten().enumerate() {
        let at = configs_path.index(i);
        config.check_required(&at, cx);
        check_sources(config, &at, cx);
        for _ in [config.primary(), config.failover()].into_iter().flatten() {
            origins += 1;
            check_origin_count(origins, &at, cx);
        }
        if config.failover().is_some() {
            groups += 1;
            check_origin_group_count(
                groups,
                &at,
                "origin configuration with a failover (an origin group) of the distribution",
                cx,
            );
        }
        let behaviors_path = at.field("behaviors");
        unknown_default |= cx.is_unknown(&behaviors_path);
        for (j, b) in config.behaviors.iter().flatten().enumerate() {
            let bp = behaviors_path.index(j);
            check_behavior(b, &bp, config.failover().is_some(), cx);
            let flag = bp.field("is_default_behavior");
            match cx.fact(&flag, &b.is_default_behavior) {
                Fact::Known(true) => defaults.push(flag),
                Fact::Unknown => unknown_default = true,
                _ => match &b.path_pattern {
                    Some(p) => patterns.push((p.as_str(), bp.field("path_pattern"))),
                    None if cx.is_unknown(&bp.field("path_pattern")) => {}
                    None => cx.report(
                        Violation::new(
                            Rule::DefaultBehavior,
                            bp.clone(),
                            "a behavior that is not the default one needs a `path_pattern`: CloudFront matches it by its pattern",
                        )
                        .help("add `path_pattern: \"/images/*\"`, or `is_default_behavior: true` if this is the distribution's default behavior"),
                    ),
                },
            }
        }
    }
    if defaults.is_empty() && !unknown_default {
        cx.report(
            Violation::new(
                Rule::DefaultBehavior,
                configs_path.clone(),
                "no behavior is the default one: a distribution needs exactly one default behavior, for the requests no path pattern matches",
            )
            .at_key()
            .help("add `is_default_behavior: true` to the behavior that serves every other path"),
        );
    }
    for extra in defaults.iter().skip(1) {
        cx.report(
            Violation::new(
                Rule::DefaultBehavior,
                extra.clone(),
                "a second default behavior: a distribution has exactly one, across all origin configurations",
            )
            .help("give this behavior a `path_pattern` instead, or remove `is_default_behavior`"),
        );
    }
    check_path_pattern_list(&patterns, Target::Value, defaults.first(), cx);
}

/// The sources of an origin configuration, and each source as an origin.
fn check_sources(config: &SourceConfiguration, at: &PropPath, cx: &mut Checker<'_>) {
    let s3 = cx.fact(&at.field("s3_origin_source"), &config.s3_origin_source);
    let custom = cx.fact(
        &at.field("custom_origin_source"),
        &config.custom_origin_source,
    );
    if s3.is_present() && custom.is_present() {
        cx.report(
            Violation::new(
                Rule::OriginSource,
                at.field("custom_origin_source"),
                "an origin configuration has one source, and this one has `s3_origin_source` too",
            )
            .at_key()
            .help("move this source into an origin configuration of its own"),
        );
    } else if !s3.is_present() && !custom.is_present() {
        cx.report(
            Violation::new(
                Rule::OriginSource,
                at.clone(),
                "an origin configuration needs a source: `s3_origin_source` or `custom_origin_source`",
            )
            .help("add `s3_origin_source: { s3_bucket_source: bucket }` or `custom_origin_source: { domain_name: \"www.example.com\" }`"),
        );
    }
    let failover_s3 = cx.fact(
        &at.field("failover_s3_origin_source"),
        &config.failover_s3_origin_source,
    );
    let failover_custom = cx.fact(
        &at.field("failover_custom_origin_source"),
        &config.failover_custom_origin_source,
    );
    if failover_s3.is_present() && failover_custom.is_present() {
        cx.report(
            Violation::new(
                Rule::OriginSource,
                at.field("failover_custom_origin_source"),
                "an origin fails over to one origin, and this configuration has `failover_s3_origin_source` too",
            )
            .at_key()
            .help("keep one failover source"),
        );
    }
    let has_failover = failover_s3.is_present() || failover_custom.is_present();
    check_failover_codes(config, has_failover, at, cx);
    check_settings_given_once(config, at, cx);
    let sources = [
        (Role::Primary, config.primary(), false),
        (Role::Failover, config.failover(), true),
    ];
    for (role, source, failover) in sources {
        let Some(source) = source else { continue };
        let path = at.field(source.prop(failover));
        match source {
            Source::S3(s) => s.check_required(&path, cx),
            Source::Custom(c) => c.check_required(&path, cx),
        }
        // The configuration's own settings are checked with the primary origin only.
        let inherit = role == Role::Primary;
        if let Some((origin, renames)) = origin(config, source, role, inherit, at, &path) {
            cx.renamed(renames, |cx| check_origin(&origin, &path, cx));
        }
    }
    if let (Some(primary), Some(failover)) = (config.primary(), config.failover())
        && same_origin(primary, failover)
    {
        let failover_path = at.field(failover.prop(true));
        cx.report(
            Violation::new(
                Rule::OriginSource,
                failover_path,
                "the failover source is the origin itself: CloudFront would retry the origin that just failed",
            )
            .help("fail over to another bucket or another domain name"),
        );
    }
}

/// Whether two sources are the same origin: one bucket, or one domain name and path.
fn same_origin(a: Source<'_>, b: Source<'_>) -> bool {
    match (a, b) {
        (Source::S3(a), Source::S3(b)) => {
            a.s3_bucket_source.is_some()
                && a.s3_bucket_source == b.s3_bucket_source
                && a.origin_path == b.origin_path
        }
        (Source::Custom(a), Source::Custom(b)) => {
            let host = |e: &Option<Expr>| e.as_ref().and_then(Expr::as_literal).map(str::to_owned);
            host(&a.domain_name).is_some()
                && host(&a.domain_name) == host(&b.domain_name)
                && a.origin_path == b.origin_path
        }
        _ => false,
    }
}

fn check_failover_codes(
    config: &SourceConfiguration,
    has_failover: bool,
    at: &PropPath,
    cx: &mut Checker<'_>,
) {
    let codes_path = at.field("failover_criteria_status_codes");
    let Some(codes) = &config.failover_criteria_status_codes else {
        return;
    };
    if !has_failover {
        cx.report(
            Violation::new(
                Rule::Failover,
                codes_path.clone(),
                "failover status codes have no effect: the origin configuration has no failover source",
            )
            .at_key()
            .help("add `failover_s3_origin_source` or `failover_custom_origin_source`, or remove the status codes"),
        );
    }
    let codes: Vec<u16> = codes.iter().map(|c| c.code()).collect();
    check_failover_status_codes(
        &codes,
        &codes_path,
        "list codes such as `[FailoverStatusCode::INTERNAL_SERVER_ERROR]`, or leave the prop out for 500, 502, 503 and 504",
        cx,
    );
}

/// A setting given on the configuration (the CDK's former place) and on a source: the CDK
/// takes only one.
fn check_settings_given_once(config: &SourceConfiguration, at: &PropPath, cx: &mut Checker<'_>) {
    #[allow(deprecated)]
    let on_config = [
        ("origin_path", config.origin_path.is_some()),
        ("origin_headers", config.origin_headers.is_some()),
        (
            "origin_shield_region",
            config.origin_shield_region.is_some(),
        ),
    ];
    let sources = [(config.primary(), false), (config.failover(), true)];
    for (field, given) in on_config {
        if !given {
            continue;
        }
        for (source, failover) in sources {
            let Some(source) = source else { continue };
            let on_source = match (source, field) {
                (Source::S3(s), "origin_path") => s.origin_path.is_some(),
                (Source::S3(s), "origin_headers") => s.origin_headers.is_some(),
                (Source::S3(s), _) => s.origin_shield_region.is_some(),
                (Source::Custom(c), "origin_path") => c.origin_path.is_some(),
                (Source::Custom(c), "origin_headers") => c.origin_headers.is_some(),
                (Source::Custom(c), _) => c.origin_shield_region.is_some(),
            };
            if on_source {
                cx.report(
                    Violation::new(
                        Rule::OriginSource,
                        at.field(source.prop(failover)).field(field),
                        format!("`{field}` is given on the origin configuration too, which applies it to every source"),
                    )
                    .at_key()
                    .help(format!("remove `{field}` from the origin configuration and give each source its own")),
                );
            }
        }
    }
}

/// A web distribution's behaviors: `lambda_function_associations: [{ lambda_function, ... }]`.
const LAMBDA_FUNCTION_ASSOCIATIONS: Fields = Fields {
    list: "lambda_function_associations",
    version: "lambda_function",
};

/// A behavior at `path`; `failover` says whether its origin has a failover.
fn check_behavior(b: &Behavior, path: &PropPath, failover: bool, cx: &mut Checker<'_>) {
    if b.is_default_behavior == Some(true) && b.path_pattern.is_some() {
        cx.report(
            Violation::new(
                Rule::DefaultBehavior,
                path.field("path_pattern"),
                "the default behavior matches every path (`*`); it has no path pattern of its own",
            )
            .at_key()
            .help("remove `path_pattern`, or remove `is_default_behavior` to make this an additional behavior"),
        );
    }
    let allowed_path = path.field("allowed_methods");
    let allowed = cx.fact(&allowed_path, &b.allowed_methods).copied();
    let allowed = match allowed {
        Fact::Known(m) => Some(AllowedMethods::from(m)),
        _ => None,
    };
    let allowed_fact = match (&allowed, cx.is_unknown(&allowed_path)) {
        (Some(m), _) => Fact::Known(m),
        (None, true) => Fact::Unknown,
        (None, false) => Fact::Absent,
    };
    check_cached_methods(
        allowed_fact,
        b.cached_methods.map(CachedMethods::from),
        &path.field("cached_methods"),
        "add `allowed_methods: CloudFrontAllowedMethods::GET_HEAD_OPTIONS`, or cache `CloudFrontAllowedCachedMethods::GET_HEAD`",
        cx,
    );
    if failover && b.allowed_methods == Some(CloudFrontAllowedMethods::ALL) {
        check_failover_methods(
            &allowed_path,
            "CloudFrontAllowedMethods::GET_HEAD_OPTIONS",
            cx,
        );
    }
    #[allow(deprecated)]
    let signers = &b.trusted_signers;
    crate::rules::check_trusted_key_groups(&b.trusted_key_groups, signers, path, cx);
    crate::rules::check_function_associations(&b.function_associations, path, cx);
    if let Some(list) = &b.lambda_function_associations {
        let field = path.field(LAMBDA_FUNCTION_ASSOCIATIONS.list);
        for (i, a) in list.iter().enumerate() {
            a.check_required(&field.index(i), cx);
        }
        let functions = b
            .function_associations
            .as_ref()
            .is_some_and(|f| !f.is_empty());
        let view: Vec<Association<'_>> = list.iter().map(Association::from).collect();
        check_associations(&view, &LAMBDA_FUNCTION_ASSOCIATIONS, functions, path, cx);
    }
    let policy = cx.fact(&path.field("cache_policy"), &b.cache_policy);
    if policy.is_present() {
        check_beside_cache_policy(b, path, cx);
    } else {
        check_ttls(&b.min_ttl, &b.default_ttl, &b.max_ttl, path, cx);
    }
    if let Some(f) = &b.forwarded_values {
        check_forwarded_values(f, &path.field("forwarded_values"), cx);
    }
}

/// The legacy cache settings of a behavior that has a cache policy: CloudFront takes the cache
/// key and TTLs from one or the other.
fn check_beside_cache_policy(b: &Behavior, path: &PropPath, cx: &mut Checker<'_>) {
    let legacy = [
        ("forwarded_values", b.forwarded_values.is_some()),
        ("min_ttl", b.min_ttl.is_some()),
        ("default_ttl", b.default_ttl.is_some()),
        ("max_ttl", b.max_ttl.is_some()),
    ];
    for (field, given) in legacy {
        let at = path.field(field);
        if given || cx.is_unknown(&at) {
            cx.report(
                Violation::new(
                    Rule::ForwardedValues,
                    at,
                    format!("`{field}` beside a cache policy: CloudFront takes the cache key and TTLs from the policy, and rejects a behavior that has both"),
                )
                .at_key()
                .help(format!("remove `{field}` and set it in the cache policy, or remove `cache_policy`")),
            );
        }
    }
}

/// The legacy cache key at `path`.
fn check_forwarded_values(f: &ForwardedValues, path: &PropPath, cx: &mut Checker<'_>) {
    f.check_required(path, cx);
    let q = cx.quotas().clone();
    if let Some(cookies) = &f.cookies {
        let cookies_path = path.field("cookies");
        cookies.check_required(&cookies_path, cx);
        let names_path = cookies_path.field("whitelisted_names");
        let names = cx.fact(&names_path, &cookies.whitelisted_names);
        let no_names =
            matches!(names, Fact::Absent) || matches!(names, Fact::Known(n) if n.is_empty());
        match cookies.forward.as_deref() {
            Some("whitelist") if no_names => cx.report(
                Violation::new(
                    Rule::ForwardedValues,
                    cookies_path.field("forward"),
                    "`forward: \"whitelist\"` forwards the cookies in `whitelisted_names`, and there are none",
                )
                .help("list the cookies in `whitelisted_names: [\"session-id\"]`, or forward `\"none\"`"),
            ),
            Some(other @ ("none" | "all")) if names.is_present() => cx.report(
                Violation::new(
                    Rule::ForwardedValues,
                    names_path.clone(),
                    format!("with `forward: \"{other}\"` CloudFront drops `whitelisted_names`"),
                )
                .at_key()
                .help("forward `\"whitelist\"` to forward only these cookies, or remove `whitelisted_names`"),
            ),
            Some("whitelist" | "none" | "all") | None => {}
            Some(other) => {
                let fix = match other.to_ascii_lowercase().as_str() {
                    "allowlist" | "allow_list" | "allow-list" | "whitelist" => "whitelist",
                    "all" => "all",
                    _ => "none",
                };
                cx.report(
                    Violation::new(
                        Rule::ForwardedValues,
                        cookies_path.field("forward"),
                        format!("CloudFront forwards cookies `\"none\"`, `\"all\"` or `\"whitelist\"`, not `\"{other}\"`"),
                    )
                    .help(format!("did you mean \"{fix}\"?")),
                );
            }
        }
        if let Some(names) = &cookies.whitelisted_names {
            check_names(
                names,
                Names::Cookies,
                "behavior",
                q.cookies_per_cache_behavior,
                "cookies_per_cache_behavior",
                &names_path,
                cx,
            );
            let bytes: usize = names.iter().map(String::len).sum();
            if bytes + names.len() > MAX_COOKIE_BYTES {
                cx.report(
                    Violation::new(
                        Rule::ForwardedValues,
                        names_path,
                        format!("the cookie names add up to {bytes} bytes; CloudFront takes at most {MAX_COOKIE_BYTES} less one per cookie ({})", MAX_COOKIE_BYTES - names.len()),
                    )
                    .help("forward fewer cookies, or use `*` wildcards"),
                );
            }
        }
    }
    if let Some(headers) = &f.headers {
        check_names(
            headers,
            Names::Headers,
            "behavior",
            q.headers_per_cache_behavior,
            "headers_per_cache_behavior",
            &path.field("headers"),
            cx,
        );
    }
    if let Some(keys) = &f.query_string_cache_keys {
        let keys_path = path.field("query_string_cache_keys");
        if f.query_string == Some(false) {
            cx.report(
                Violation::new(
                    Rule::ForwardedValues,
                    keys_path.clone(),
                    "query string cache keys have no effect: `query_string` is `false`, so no query string is forwarded",
                )
                .at_key()
                .help("set `query_string: true`, or remove `query_string_cache_keys`"),
            );
        }
        let total = check_names(
            keys,
            Names::QueryStrings,
            "behavior",
            q.query_strings_per_cache_behavior,
            "query_strings_per_cache_behavior",
            &keys_path,
            cx,
        );
        for (i, key) in keys.iter().enumerate() {
            if key.chars().count() > MAX_QUERY_STRING {
                cx.report(
                    Violation::new(
                        Rule::ForwardedValues,
                        keys_path.index(i),
                        format!("the query string name has {} characters; CloudFront takes at most {MAX_QUERY_STRING}", key.chars().count()),
                    )
                    .help("shorten it"),
                );
            }
        }
        if total > MAX_QUERY_STRINGS_TOTAL {
            cx.report(
                Violation::new(
                    Rule::ForwardedValues,
                    keys_path,
                    format!("the query string names add up to {total} characters; CloudFront takes at most {MAX_QUERY_STRINGS_TOTAL}"),
                )
                .help("list fewer or shorter names"),
            );
        }
    }
}

/// The viewer certificate as the rules see it: from `viewer_certificate`, or from the former
/// `alias_configuration` (whose ARN is the certificate's), with the path of its props.
fn viewer_certificate(props: &WebDistributionProps) -> Option<(ViewerCertificate, PropPath)> {
    let root = PropPath::root();
    #[allow(deprecated)]
    let alias = &props.alias_configuration;
    match (&props.viewer_certificate, alias) {
        (Some(v), _) => Some((v.clone(), root.field("viewer_certificate"))),
        (None, Some(a)) => Some((
            ViewerCertificate {
                source: CertificateSource::Acm(Certificate::from_certificate_arn(
                    a.acm_cert_ref.clone().unwrap_or_else(|| Expr::literal("")),
                )),
                options: ViewerCertificateOptions {
                    aliases: a.names.clone(),
                    security_policy: a.security_policy,
                    ssl_method: a.ssl_method,
                },
            },
            root.field("alias_configuration"),
        )),
        (None, None) => None,
    }
}

/// The alternate domain names of a web distribution, with where they are written.
pub(crate) fn aliases(props: &WebDistributionProps) -> Option<(Vec<Expr>, PropPath)> {
    let (certificate, base) = viewer_certificate(props)?;
    let path = if base == PropPath::root().field("alias_configuration") {
        base.field("names")
    } else {
        base.field("aliases")
    };
    Some((certificate.aliases().to_vec(), path))
}

fn check_viewer_certificate(props: &WebDistributionProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    #[allow(deprecated)]
    let alias = cx.fact(
        &root.field("alias_configuration"),
        &props.alias_configuration,
    );
    let viewer = cx.fact(&root.field("viewer_certificate"), &props.viewer_certificate);
    if alias.is_present() && viewer.is_present() {
        cx.report(
            Violation::new(
                Rule::Certificate,
                root.field("alias_configuration"),
                "`alias_configuration` beside `viewer_certificate`: a distribution has one certificate",
            )
            .at_key()
            .help("remove `alias_configuration` and list its names as the certificate's `aliases`"),
        );
        return;
    }
    let Some((certificate, base)) = viewer_certificate(props) else {
        return;
    };
    // The former configuration names its props otherwise.
    let renames = if base.last() == root.field("alias_configuration").last() {
        vec![
            (base.field("aliases"), base.field("names")),
            (
                base.field("certificate").field("arn"),
                base.field("acm_cert_ref"),
            ),
            (base.field("certificate"), base.field("acm_cert_ref")),
        ]
    } else {
        Vec::new()
    };
    cx.renamed(renames, |cx| {
        check_certificate_options(&certificate, &base, cx)
    });
}

fn check_certificate_options(
    certificate: &ViewerCertificate,
    base: &PropPath,
    cx: &mut Checker<'_>,
) {
    let options = &certificate.options;
    let aliases_path = base.field("aliases");
    let aliases = cx.fact(&aliases_path, &options.aliases);
    let never_served = "add the domain names as `aliases: [\"www.example.com\"]`; while moving a domain name from another distribution, attach the certificate first with `aliases: []`";
    match &certificate.source {
        CertificateSource::CloudFrontDefault => check_names_without_certificate(
            aliases,
            &aliases_path,
            "use `ViewerCertificate::from_acm_certificate(certificate, { aliases: [...] })` with a certificate of ACM in us-east-1 that covers the names",
            cx,
        ),
        CertificateSource::Acm(cert) => {
            let cert_path = base.field("certificate");
            if aliases == Fact::Absent {
                check_certificate_without_names(&cert_path, never_served, cx);
            }
            check_certificate_arn(cert, &cert_path, cx);
        }
        CertificateSource::Iam(id) => {
            let id_path = base.field("iam_certificate_id");
            if aliases == Fact::Absent {
                check_certificate_without_names(&id_path, never_served, cx);
            }
            check_iam_certificate_id(id, &id_path, cx);
        }
    }
    let (policy, method) = (options.security_policy, options.ssl_method);
    let policy_at = base.field("security_policy");
    check_security_policy(policy, method, &policy_at, &base.field("ssl_method"), cx);
    if let Some(names) = &options.aliases {
        check_domain_names(names, &aliases_path, cx);
    }
}

/// IAM server certificate ids are 16 to 128 word characters (ServerCertificateMetadata, IAM
/// API Reference); CloudFront takes at most 32 (its API model, as cfn-lint's schema has it).
/// IAM's unique ids of certificates start with `ASCA` ("IAM identifiers", IAM User Guide).
const IAM_ID_LENGTHS: std::ops::RangeInclusive<usize> = 16..=32;

fn check_iam_certificate_id(id: &str, path: &PropPath, cx: &mut Checker<'_>) {
    let problem = if id.starts_with("arn:") {
        Some(format!(
            "`{id}` is the ARN of a certificate; CloudFront takes the certificate's id"
        ))
    } else if !id.starts_with("ASCA") {
        Some(format!(
            "`{id}` is not an IAM certificate id, which starts with `ASCA` (a certificate's name is not its id)"
        ))
    } else if !IAM_ID_LENGTHS.contains(&id.len()) {
        Some(format!(
            "`{id}` has {} characters; IAM certificate ids have 16 to 32",
            id.len()
        ))
    } else {
        id.chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '_'))
            .map(|c| {
                format!("`{id}` has the character `{c}`, which an IAM certificate id cannot hold")
            })
    };
    if let Some(problem) = problem {
        cx.report(
            Violation::new(Rule::IamCertificate, path.clone(), problem)
                .help("use the id `aws iam get-server-certificate --server-certificate-name NAME` prints (`ServerCertificateId`, such as \"ASCACKCEVSQ6C2EXAMPLE\")"),
        );
    }
}

/// Checks what only the stack knows: log buckets and certificates of the stack, and the
/// buckets of S3 sources.
pub(crate) fn check_bound_web_distribution(
    props: &WebDistributionProps,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let root = PropPath::root();
    if let Some(bucket) = props.logging_config.as_ref().and_then(|l| l.bucket) {
        check_log_bucket_acls(
            bucket,
            &root.field("logging_config").field("bucket"),
            stack,
            cx,
        );
    }
    if let Some((certificate, base)) = viewer_certificate(props)
        && let CertificateSource::Acm(cert) = &certificate.source
    {
        check_certificate_covers(
            cert,
            certificate.aliases(),
            &base.field("certificate"),
            &base.field("aliases"),
            stack,
            cx,
        );
    }
    let configs = root.field("origin_configs");
    for (i, config) in props.origin_configs.iter().flatten().enumerate() {
        let behaviors = configs.index(i).field("behaviors");
        for (j, b) in config.behaviors.iter().flatten().enumerate() {
            crate::rules::check_function_associations_in_stack(
                &b.function_associations,
                &behaviors.index(j),
                stack,
                cx,
            );
            if let Some(list) = &b.lambda_function_associations {
                let view: Vec<Association<'_>> = list.iter().map(Association::from).collect();
                check_associations_in_stack(
                    &view,
                    &LAMBDA_FUNCTION_ASSOCIATIONS,
                    &behaviors.index(j),
                    stack,
                    cx,
                );
            }
        }
        for (source, failover) in [(config.primary(), false), (config.failover(), true)] {
            if let Some(Source::S3(s)) = source
                && let Some(bucket) = s.s3_bucket_source
                && s.origin_access_identity.is_some()
            {
                crate::rules::origin_access::check_public_bucket_of_source(
                    bucket,
                    &configs
                        .index(i)
                        .field(source.map_or("", |s| s.prop(failover)))
                        .field("s3_bucket_source"),
                    stack,
                    cx,
                );
            }
            if let Some(Source::S3(s)) = source
                && let Some(bucket) = s.s3_bucket_source
                && !stack.holds(bucket.resource)
            {
                cx.report(
                    Violation::new(
                        Rule::Reference,
                        configs
                            .index(i)
                            .field(source.map_or("", |s| s.prop(failover)))
                            .field("s3_bucket_source"),
                        "the bucket belongs to another stack (or to none), so the origin's domain name would not resolve",
                    )
                    .help("create the bucket in this stack, or import it with `s3::Bucket::from_bucket_name(&mut stack, ...)`"),
                );
            }
        }
    }
}
