//! Rules on origin groups, of either kind of distribution: a `distribution!`'s
//! `origins::OriginGroup` and a `web_distribution!`'s failover source.
//!
//! The page these rules cite is "Optimize high availability with CloudFront origin failover",
//! CloudFront Developer Guide,
//! <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html>.

use crate::expr::Expr;
use crate::origins::{Origin, OriginGroupProps, OriginSpec, S3Access};
use crate::path::PropPath;
use crate::rules::origin::check_origin;
use crate::rules::{Checker, Rule, over_quota};
use crate::violation::Violation;

/// The status codes CloudFront fails over on (the page, "Create an origin group": 400, 403,
/// 404, 416, 500, 502, 503 and 504).
pub(crate) const FAILOVER_CODES: &[u16] = &[400, 403, 404, 416, 500, 502, 503, 504];

/// An origin group at `path`: two origins, neither a group (a group's members are origins,
/// the page's "primary origin and secondary origin"; the CDK refuses a group as either member
/// too), not the same origin twice, failing over on codes CloudFront fails over on.
pub(crate) fn check_origin_group(group: &OriginGroupProps, path: &PropPath, cx: &mut Checker<'_>) {
    group.check_required(path, cx);
    for (field, member) in [
        ("primary_origin", &group.primary_origin),
        ("fallback_origin", &group.fallback_origin),
    ] {
        let at = path.field(field);
        match member {
            Some(m) if m.as_group().is_some() => cx.report(
                Violation::new(
                    Rule::Failover,
                    at,
                    "an origin group inside an origin group: a group's members are origins, and CloudFront fails over once",
                )
                .help("use one of the inner group's origins here"),
            ),
            Some(m) => check_origin(m, &at, cx),
            None => {}
        }
    }
    if let (Some(primary), Some(fallback)) = (&group.primary_origin, &group.fallback_origin)
        && same_target(primary, fallback)
    {
        cx.report(
            Violation::new(
                Rule::Failover,
                path.field("fallback_origin"),
                "the fallback origin is the primary origin again: CloudFront would retry the origin that just failed",
            )
            .help("fail over to another bucket or another domain name"),
        );
    }
    if let Some(codes) = &group.fallback_status_codes {
        check_failover_status_codes(
            codes,
            &path.field("fallback_status_codes"),
            "list codes such as `[500, 502, 503, 504]`, or leave the prop out for those",
            cx,
        );
    }
}

/// Whether two origins reach the same content: one object, one bucket, or one literal domain
/// name and origin path.
fn same_target(a: &Origin, b: &Origin) -> bool {
    if a.is_same(b) {
        return true;
    }
    let path = |o: &Origin| o.common().origin_path.clone();
    let host = |e: &Expr| e.as_literal().map(str::to_owned);
    match (&*a.0, &*b.0) {
        (
            OriginSpec::S3 {
                bucket: x,
                access: ax,
            },
            OriginSpec::S3 {
                bucket: y,
                access: ay,
            },
        ) => {
            // Two buckets unknown at compile time are placeholders that never compare equal.
            let oac = |s: &S3Access| matches!(s, S3Access::Oac(_));
            x == y && oac(ax) == oac(ay) && path(a) == path(b)
        }
        (OriginSpec::Http { domain_name: x, .. }, OriginSpec::Http { domain_name: y, .. }) => {
            host(x).is_some() && host(x) == host(y) && path(a) == path(b)
        }
        _ => false,
    }
}

/// The status codes an origin group fails over on, at `path`: at least one, each once, each
/// one CloudFront fails over on; `help` says how to write them.
pub(crate) fn check_failover_status_codes(
    codes: &[u16],
    path: &PropPath,
    help: &str,
    cx: &mut Checker<'_>,
) {
    if codes.is_empty() {
        cx.report(
            Violation::new(
                Rule::Failover,
                path.clone(),
                "no failover status code: CloudFront needs at least one status code to fail over on",
            )
            .help(help),
        );
    }
    for (i, code) in codes.iter().enumerate() {
        let at = path.index(i);
        if !FAILOVER_CODES.contains(code) {
            cx.report(
                Violation::new(
                    Rule::Failover,
                    at,
                    format!("CloudFront fails over on status 400, 403, 404, 416, 500, 502, 503 and 504, not {code}"),
                )
                .help("use one of those codes"),
            );
        } else if codes[..i].contains(code) {
            cx.report(
                Violation::new(
                    Rule::Failover,
                    at,
                    format!("status code {code} is listed twice"),
                )
                .help("remove the duplicate"),
            );
        }
    }
}

/// A behavior whose origin is an origin group, at `allowed_path`: CloudFront fails over only
/// GET, HEAD and OPTIONS requests, and rejects a behavior of an origin group that allows POST,
/// PUT, PATCH or DELETE ("The parameter AllowedMethods cannot include POST, PUT, PATCH, or
/// DELETE for a cached behavior associated with an origin group"; the page: "origin failover
/// ... for GET, HEAD, or OPTIONS"). `fix` names the method set to use.
pub(crate) fn check_failover_methods(allowed_path: &PropPath, fix: &str, cx: &mut Checker<'_>) {
    cx.report(
        Violation::new(
            Rule::Failover,
            allowed_path.clone(),
            "the origin of this behavior has a failover, and CloudFront fails over only for GET, HEAD and OPTIONS: it rejects POST, PUT, PATCH and DELETE on a behavior of an origin group",
        )
        .help(format!("use `{fix}`, and send the methods that write to a behavior whose origin has no failover")),
    );
}

/// The `count`th origin group of a distribution (`what` says what one is), at `path`, against
/// the quota.
pub(crate) fn check_origin_group_count(
    count: u64,
    path: &PropPath,
    what: &str,
    cx: &mut Checker<'_>,
) {
    let quota = cx.quotas().origin_groups_per_distribution;
    if count == quota + 1 {
        cx.report(over_quota(
            Rule::Failover,
            path.clone(),
            what,
            count,
            quota,
            "origin_groups_per_distribution",
        ));
    }
}
