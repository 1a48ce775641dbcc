//! Rules on a distribution's domain names, certificate and TLS settings.

use crate::acm::{self, Certificate, CertificateProps, CertificateResource, Source};
use crate::construct::StackRule;
use crate::distribution::{
    DistributionProps, DistributionState, SSLMethod, SecurityPolicyProtocol,
};
use crate::expr::Expr;
use crate::path::PropPath;
use crate::rules::{Checker, Fact, Rule, over_quota};
use crate::stack::Stack;
use crate::tree::NodeRef;
use crate::violation::Violation;

const CERTIFICATE_REGION: &str = "us-east-1";

/// Checks what the props alone tell about domain names, the certificate and TLS.
pub(crate) fn check_tls(props: &DistributionProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    let names_path = root.field("domain_names");
    let cert_path = root.field("certificate");
    let names = cx.fact(&names_path, &props.domain_names);
    let cert = cx.fact(&cert_path, &props.certificate);
    if cert == Fact::Absent {
        check_names_without_certificate(
            names,
            &names_path,
            "add `certificate: acm::Certificate::from_certificate_arn(\"arn:aws:acm:us-east-1:...\")` (a certificate of us-east-1 covering the names)",
            cx,
        );
    }
    if cert.is_present() && names == Fact::Absent {
        check_certificate_without_names(
            &cert_path,
            "add `domain_names: [\"www.example.com\"]`; while moving a domain name from another distribution, attach the certificate first with `domain_names: []`",
            cx,
        );
    }
    for (field, present) in [
        (
            "minimum_protocol_version",
            props.minimum_protocol_version.is_some(),
        ),
        ("ssl_support_method", props.ssl_support_method.is_some()),
    ] {
        if present && cert == Fact::Absent {
            cx.report(
                Violation::new(
                    Rule::Certificate,
                    root.field(field),
                    format!("`{field}` applies only with a certificate: with CloudFront's default certificate the distribution accepts TLSv1 whatever is set"),
                )
                .at_key()
                .help("add `certificate` (and `domain_names`), or remove this prop"),
            );
        }
    }
    let (policy, method) = (props.minimum_protocol_version, props.ssl_support_method);
    let policy_at = root.field("minimum_protocol_version");
    check_security_policy(
        policy,
        method,
        &policy_at,
        &root.field("ssl_support_method"),
        cx,
    );
    if let Fact::Known(cert) = cert {
        check_certificate_arn(cert, &cert_path, cx);
    }
    if let Some(names) = &props.domain_names {
        check_domain_names(names, &names_path, cx);
    }
}

/// Alternate domain names (at `names_path`) where the distribution has no certificate of its
/// own: CloudFront rejects them. Names given by an expression may be an empty list:
/// `synth()` decides.
pub(crate) fn check_names_without_certificate(
    names: Fact<&Vec<Expr>>,
    names_path: &PropPath,
    fix: &str,
    cx: &mut Checker<'_>,
) {
    if matches!(names, Fact::Known(n) if !n.is_empty()) {
        cx.report(
            Violation::new(
                Rule::Certificate,
                names_path.clone(),
                "domain names without a certificate: CloudFront rejects alternate domain names unless the distribution has a certificate that covers them",
            )
            .at_key()
            .help(fix),
        );
    }
}

/// A certificate (at `cert_path`) for no domain name at all.
pub(crate) fn check_certificate_without_names(
    cert_path: &PropPath,
    fix: &str,
    cx: &mut Checker<'_>,
) {
    cx.report(
        Violation::new(
            Rule::Certificate,
            cert_path.clone(),
            "a certificate without domain names is never served: viewers reach the distribution only through its cloudfront.net name",
        )
        .at_key()
        .help(fix),
    );
}

/// The security policy at `policy_path` against the SSL support method at `method_path`
/// (SNI when absent): SSLv3 needs dedicated IP addresses.
pub(crate) fn check_security_policy(
    policy: Option<SecurityPolicyProtocol>,
    method: Option<SSLMethod>,
    policy_path: &PropPath,
    method_path: &PropPath,
    cx: &mut Checker<'_>,
) {
    if policy == Some(SecurityPolicyProtocol::SSL_V3)
        && matches!(method, None | Some(SSLMethod::SNI))
        && !cx.is_unknown(method_path)
    {
        let method_prop = match method_path.last() {
            Some(crate::path::Seg::Field(name)) => name.to_string(),
            _ => String::new(),
        };
        cx.report(
            Violation::new(
                Rule::SecurityPolicy,
                policy_path.clone(),
                "SSLv3 is not available with SNI (`sni-only`, the default SSL support method)",
            )
            .help(format!("use `SecurityPolicyProtocol::TLS_V1_2_2021` (or at least `TLS_V1`), or `{method_prop}: SSLMethod::VIP`")),
        );
    }
}

/// An ACM certificate given by ARN (`path` is the certificate's): an ARN of ACM in us-east-1.
pub(crate) fn check_certificate_arn(cert: &Certificate, path: &PropPath, cx: &mut Checker<'_>) {
    let Source::Arn(arn) = &cert.source else {
        return;
    };
    let Some(arn) = arn.as_literal() else { return };
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let problem = match parts.as_slice() {
        ["arn", partition, "acm", region, account, resource]
            if partition.starts_with("aws") && account.len() == 12 && resource.starts_with("certificate/") =>
        {
            (*region != CERTIFICATE_REGION).then(|| {
                (
                    format!("the certificate is in {region}; CloudFront takes certificates of ACM in us-east-1 only"),
                    "request or import the certificate in us-east-1 and use that ARN".to_owned(),
                )
            })
        }
        _ => Some((
            format!("`{arn}` is not the ARN of an ACM certificate"),
            "use an ARN such as `arn:aws:acm:us-east-1:123456789012:certificate/<id>`".to_owned(),
        )),
    };
    if let Some((message, help)) = problem {
        cx.report(Violation::new(Rule::Certificate, path.field("arn"), message).help(help));
    }
}

/// Why `name` cannot be an alternate domain name.
fn alias_problem(name: &str) -> Option<(String, String)> {
    let lower = name.to_ascii_lowercase();
    if name != lower {
        return Some((
            format!(
                "`{name}` has upper-case letters; CloudFront takes alternate domain names in lower case"
            ),
            format!("write \"{lower}\""),
        ));
    }
    if name.len() > 253 {
        return Some((
            format!("`{name}` is longer than 253 characters"),
            "use a shorter name".to_owned(),
        ));
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return Some((
            format!("`{name}` is not a fully qualified domain name"),
            "write the whole name, such as \"www.example.com\"".to_owned(),
        ));
    }
    for (i, label) in labels.iter().enumerate() {
        if *label == "*" && i == 0 && labels.len() > 2 {
            continue;
        }
        if label.contains('*') {
            return Some((
                format!(
                    "`{name}` has a wildcard CloudFront does not take: only a whole leftmost label `*.` of a name of three labels or more"
                ),
                "write a wildcard as \"*.example.com\"".to_owned(),
            ));
        }
        let bad = label.is_empty()
            || label.len() > 63
            || label.starts_with('-')
            || label.ends_with('-')
            || !label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if bad {
            return Some((
                format!("`{name}` is not a valid domain name (label `{label}`)"),
                "use labels of letters, digits and inner `-`, at most 63 characters each"
                    .to_owned(),
            ));
        }
    }
    None
}

/// Alternate domain names at `path`: host names CloudFront takes, each once, within the quota.
pub(crate) fn check_domain_names(names: &[Expr], path: &PropPath, cx: &mut Checker<'_>) {
    let quota = cx.quotas().alternate_domain_names_per_distribution;
    for (i, name) in names.iter().enumerate() {
        let at = path.index(i);
        if i as u64 == quota {
            cx.report(over_quota(
                Rule::DomainNamesPerDistribution,
                at.clone(),
                "domain name of the distribution",
                i as u64 + 1,
                quota,
                "alternate_domain_names_per_distribution",
            ));
        }
        let Some(name) = name.as_literal() else {
            continue;
        };
        let duplicate = names[..i]
            .iter()
            .filter_map(Expr::as_literal)
            .any(|n| n.eq_ignore_ascii_case(name));
        let problem = if duplicate {
            Some((
                format!("`{name}` is listed twice"),
                "remove the duplicate".to_owned(),
            ))
        } else {
            alias_problem(name)
        };
        if let Some((message, help)) = problem {
            cx.report(Violation::new(Rule::DomainName, at, message).help(help));
        }
    }
}

/// Two distributions of the stack with one alternate domain name: CloudFront gives a name to
/// one distribution only, and rejects the second (`CNAMEAlreadyExists`), while a wildcard on one
/// and a name it covers on another may coexist in one account
/// (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html>, "Using
/// the wildcard * in alternate domain names"). Registered by every distribution.
pub(crate) static DOMAIN_NAMES_OF_THE_STACK: StackRule = StackRule {
    name: "domain names of the stack's distributions",
    check: check_domain_names_of_the_stack,
};

fn check_domain_names_of_the_stack(stack: &Stack, found: &mut Vec<(NodeRef, Violation)>) {
    // Each distribution of either kind with its names and where they are written, in template
    // order.
    let mut distributions: Vec<(NodeRef, Vec<Expr>, PropPath)> = stack
        .constructs::<DistributionState>()
        .map(|(node, state)| {
            let names = state.effective_props().domain_names.clone();
            (
                node,
                names.unwrap_or_default(),
                PropPath::root().field("domain_names"),
            )
        })
        .collect();
    distributions.extend(
        stack
            .constructs::<crate::web_distribution::WebDistributionState>()
            .filter_map(|(node, state)| {
                let (names, path) = crate::rules::web_distribution::aliases(&state.props)?;
                Some((node, names, path))
            }),
    );
    distributions.sort_by_key(|(node, _, _)| node.node);
    // Each name with the distribution that has it.
    let mut taken: Vec<(String, String)> = Vec::new();
    for (node, names, names_path) in distributions {
        let mut own: Vec<(String, String)> = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let Some(name) = name.as_literal() else {
                continue;
            };
            if let Some((_, other)) = taken.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
                found.push((
                    node,
                    Violation::new(
                        Rule::DomainName,
                        names_path.index(i),
                        format!("`{name}` is also an alternate domain name of `{other}`; CloudFront gives a domain name to one distribution only and rejects the second (CNAMEAlreadyExists)"),
                    )
                    .help("keep the name on one distribution; to move it, take it off the other distribution first"),
                ));
            } else {
                own.push((name.to_owned(), stack.construct_path(node.node)));
            }
        }
        taken.extend(own);
    }
}

/// Checks what the stack knows: a certificate created in it must be in us-east-1 and cover
/// every domain name.
pub(crate) fn check_certificate_in_stack(
    props: &DistributionProps,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let root = PropPath::root();
    if let Some(cert) = &props.certificate {
        check_certificate_covers(
            cert,
            props.domain_names.as_deref().unwrap_or_default(),
            &root.field("certificate"),
            &root.field("domain_names"),
            stack,
            cx,
        );
    }
}

/// A certificate created in the stack (at `cert_path`) must be in us-east-1 and cover every
/// domain name (at `names_path`).
pub(crate) fn check_certificate_covers(
    cert: &Certificate,
    names: &[Expr],
    cert_path: &PropPath,
    names_path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let Source::Node(node) = &cert.source else {
        return;
    };
    let Some(cert) = stack.construct::<CertificateResource>(*node) else {
        return;
    };
    if let Some(region) = stack.region()
        && region != CERTIFICATE_REGION
    {
        cx.report(
            Violation::new(
                Rule::Certificate,
                cert_path.clone(),
                format!("the certificate is created in this stack, in {region}; CloudFront takes certificates of ACM in us-east-1 only"),
            )
            .help("create the certificate in a stack of us-east-1 and pass its ARN"),
        );
    }
    let covered: Vec<&str> = std::iter::once(cert.props.domain_name.as_str())
        .chain(
            cert.props
                .subject_alternative_names
                .iter()
                .map(String::as_str),
        )
        .collect();
    for (i, name) in names.iter().enumerate() {
        let Some(name) = name.as_literal() else {
            continue;
        };
        if !covered.iter().any(|c| acm::covers(c, name)) {
            cx.report(
                Violation::new(
                    Rule::Certificate,
                    names_path.index(i),
                    format!("the certificate covers {}, not `{name}`; CloudFront rejects a domain name its certificate does not cover", covered.join(", ")),
                )
                .help("add the name to the certificate's subject alternative names, or use a certificate that covers it"),
            );
        }
    }
}

/// ACM takes a main domain name of at most 64 characters.
const MAX_CERTIFICATE_DOMAIN: usize = 64;

/// Checks a certificate created in the stack: its names, and that the validation zone can hold
/// their validation records.
pub(crate) fn check_certificate(props: &CertificateProps, stack: &Stack, cx: &mut Checker<'_>) {
    let zone = props.validation.zone.and_then(|zone| {
        stack.resolve_known(&zone.zone_name()).and_then(|e| {
            e.as_literal()
                .map(|z| z.trim_end_matches('.').to_ascii_lowercase())
        })
    });
    check_certificate_names(
        &props.domain_name,
        &props.subject_alternative_names,
        zone.as_deref(),
        cx,
    );
}

/// The rules of a certificate's names, which need nothing of the stack but the name of the
/// zone that validates them (`None` when it is unknown, or validation is by email): what
/// `certificate!` checks outside a `stack!` block, where the zone is a handle it cannot read.
pub(crate) fn check_certificate_names(
    domain_name: &str,
    subject_alternative_names: &[String],
    zone: Option<&str>,
    cx: &mut Checker<'_>,
) {
    let root = PropPath::root();
    let names: Vec<(PropPath, &str)> = std::iter::once((root.field("domain_name"), domain_name))
        .chain(
            subject_alternative_names
                .iter()
                .enumerate()
                .map(|(i, n)| (root.field("subject_alternative_names").index(i), n.as_str())),
        )
        .collect();
    if domain_name.len() > MAX_CERTIFICATE_DOMAIN {
        cx.report(
            Violation::new(
                Rule::Certificate,
                root.field("domain_name"),
                format!("the certificate's domain name has {} characters; ACM takes at most {MAX_CERTIFICATE_DOMAIN} for it", domain_name.len()),
            )
            .help("use a shorter main name and list the long one in `subject_alternative_names`"),
        );
    }
    let quota = cx.quotas().domain_names_per_certificate;
    for (i, (path, name)) in names.iter().enumerate() {
        if i as u64 == quota {
            cx.report(over_quota(
                Rule::Certificate,
                path.clone(),
                "domain name of the certificate",
                quota + 1,
                quota,
                "domain_names_per_certificate",
            ));
        }
        let duplicate = names[..i].iter().any(|(_, n)| n.eq_ignore_ascii_case(name));
        let problem = if duplicate {
            Some((
                format!("`{name}` is listed twice"),
                "remove the duplicate".to_owned(),
            ))
        } else {
            alias_problem(name)
        };
        if let Some((message, help)) = problem {
            cx.report(Violation::new(Rule::Certificate, path.clone(), message).help(help));
            continue;
        }
        if let Some(zone) = zone {
            let host = name.strip_prefix("*.").unwrap_or(name).to_ascii_lowercase();
            if host != zone && !host.ends_with(&format!(".{zone}")) {
                cx.report(
                    Violation::new(
                        Rule::Certificate,
                        path.clone(),
                        format!("`{name}` is not in the hosted zone `{zone}`, so its validation record cannot go there"),
                    )
                    .help("validate it through a zone that holds the name, or leave it out of this certificate"),
                );
            }
        }
    }
}
