//! ACM certificates for a distribution's alternate domain names.
//!
//! A certificate is imported by ARN ([`Certificate::from_certificate_arn`]) or created in the
//! stack and validated through DNS records in a Route 53 hosted zone ([`Certificate::new`]).
//! The CDK's `DnsValidatedCertificate` deploys a Lambda-backed custom resource for this; the
//! certificate made here is a plain `AWS::CertificateManager::Certificate`, which CloudFormation
//! validates through the hosted zone itself, so the template deploys on its own.

use serde::Serialize;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering, lower};
use crate::path::PropPath;
use crate::route53::HostedZone;
use crate::rules::Checker;
use crate::schema::{EnumSchema, Factory, HasKind, Kind, Param};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// A certificate of ACM.
///
/// ```
/// use cloudfront_dsl::acm::Certificate;
/// let cert = Certificate::from_certificate_arn(
///     "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
/// );
/// assert!(cert.certificate_arn().as_literal().is_some());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Certificate {
    pub(crate) source: Source,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Source {
    /// A certificate outside the stack, by ARN.
    Arn(Expr),
    /// A certificate of the stack (its resource node).
    Node(NodeRef),
}

/// How a certificate created in the stack proves the domain is yours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CertificateValidation {
    /// The zone DNS validation writes its records to; `None` for validation by email.
    pub(crate) zone: Option<HostedZone>,
}

impl CertificateValidation {
    /// DNS validation through records CloudFormation creates in `zone`.
    pub fn from_dns(zone: HostedZone) -> CertificateValidation {
        CertificateValidation { zone: Some(zone) }
    }

    /// Validation by email (the CDK's default): ACM mails the contacts of each name's
    /// registered domain (`example.com` for `www.example.com`), and the stack waits until one
    /// of them approves.
    ///
    /// ```
    /// use cloudfront_dsl::acm::{CertificateProps, CertificateValidation};
    /// let props = CertificateProps {
    ///     domain_name: "example.com".into(),
    ///     subject_alternative_names: vec!["*.example.com".into()],
    ///     validation: CertificateValidation::from_email(),
    /// };
    /// # let _ = props;
    /// ```
    pub fn from_email() -> CertificateValidation {
        CertificateValidation { zone: None }
    }
}

props! {
    /// Props of a certificate the `certificate!` macro declares (the CDK's `acm.Certificate`):
    /// `certificate!(stack, "Cert", { domain_name: "www.example.com" })`; they make the
    /// [`CertificateProps`] of [`Certificate::new`].
    pub struct CertificateOptions ("acm::CertificateOptions") {
        /// The main domain name, such as `www.example.com` (or `*.example.com`).
        domain_name: into(String) ["DomainName", "domainName"] required,
        /// The other names the certificate covers.
        subject_alternative_names: list(String) ["SubjectAlternativeNames", "subjectAlternativeNames"],
        /// How ACM validates the names: by email when left out, as in the CDK.
        validation: into(CertificateValidation) ["ValidationMethod"],
    }
}

impl crate::rules::Check for CertificateOptions {
    /// What is wrong with the certificate alone: its names (syntax, wildcards, length,
    /// duplicates, how many), as `synth()` checks them. Whether a validation zone holds them
    /// needs the zone's name, which a `stack!` block and `synth()` know.
    fn check(&self, cx: &mut Checker<'_>) {
        self.check_required(&PropPath::root(), cx);
        // A main name known only at run time stands as empty: its own problems are the
        // checker's to drop, those of the literal names beside it are not.
        let main = PropPath::root().field("domain_name");
        if self.domain_name.is_some() || cx.is_unknown(&main) {
            let sans = self
                .subject_alternative_names
                .as_deref()
                .unwrap_or_default();
            let domain_name = self.domain_name.as_deref().unwrap_or_default();
            crate::rules::check_certificate_names(domain_name, sans, None, cx);
        }
    }
}

#[doc(hidden)]
/// The schema of a certificate's validation: `acm::CertificateValidation::from_dns(zone)` or
/// `acm::CertificateValidation::from_email()`.
pub const CERTIFICATE_VALIDATION_SCHEMA: EnumSchema = EnumSchema {
    name: "CertificateValidation",
    rust: "acm::CertificateValidation",
    what: "a validation (`acm::CertificateValidation::from_dns(zone)` or `acm::CertificateValidation::from_email()`)",
    consts: &[],
    factories: &[
        Factory {
            name: "from_dns",
            rust: "acm::CertificateValidation::from_dns",
            params: &[Param {
                name: "zone",
                kind: &Kind::Handle("route53::HostedZone"),
                optional: false,
                variadic: false,
            }],
        },
        Factory {
            name: "from_email",
            rust: "acm::CertificateValidation::from_email",
            params: &[],
        },
    ],
};

impl HasKind for CertificateValidation {
    const KIND: Kind = Kind::Enum(&CERTIFICATE_VALIDATION_SCHEMA);
}

impl FromLit for CertificateValidation {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        match lit {
            Lit::Call(name, args) if name == "from_dns" => {
                let zone = lower::<HostedZone>(args.first()?, &path.field("zone"), cx)?;
                Some(CertificateValidation::from_dns(zone))
            }
            Lit::Call(name, _) if name == "from_email" => Some(CertificateValidation::from_email()),
            _ => None,
        }
    }
}

impl FromLit for HostedZone {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(HostedZone {
            node: NodeRef::placeholder(),
        })
    }
}

impl HasKind for HostedZone {
    const KIND: Kind = Kind::Handle("route53::HostedZone");
}

/// Props of a certificate created in the stack.
#[derive(Clone, Debug, PartialEq)]
pub struct CertificateProps {
    /// The main domain name, such as `www.example.com` (or `*.example.com`).
    pub domain_name: String,
    /// More names the certificate covers.
    pub subject_alternative_names: Vec<String>,
    /// How ACM validates it.
    pub validation: CertificateValidation,
}

impl Certificate {
    /// A certificate of ACM by ARN. CloudFront takes only certificates of us-east-1.
    pub fn from_certificate_arn(arn: impl Into<Expr>) -> Certificate {
        Certificate {
            source: Source::Arn(arn.into()),
        }
    }

    /// Creates a certificate in the stack, validated through DNS. CloudFront takes only
    /// certificates of us-east-1, so the stack must deploy there.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::acm::{Certificate, CertificateProps, CertificateValidation};
    /// use cloudfront_dsl::route53::{HostedZone, HostedZoneAttributes};
    ///
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let zone = HostedZone::from_hosted_zone_attributes(&mut stack, "HostedZone", HostedZoneAttributes {
    ///     hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
    ///     zone_name: "example.com".into(),
    /// });
    /// let cert = Certificate::new(&mut stack, "mySiteCert", CertificateProps {
    ///     domain_name: "www.example.com".into(),
    ///     subject_alternative_names: vec![],
    ///     validation: CertificateValidation::from_dns(zone),
    /// });
    /// assert!(cert.certificate_arn().as_literal().is_none());
    /// ```
    pub fn new(scope: &mut impl AsScope, id: &str, props: CertificateProps) -> Certificate {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let resource = stack.add_resource(scope, CertificateResource { props });
        Certificate {
            source: Source::Node(resource),
        }
    }

    /// Creates a certificate in the stack from the props of the `certificate!` macro; a
    /// missing `domain_name` is an error of `synth()`.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::acm::{Certificate, CertificateOptions};
    /// let mut stack = Stack::new("Site").with_env("123456789012", "us-east-1");
    /// Certificate::with_options(&mut stack, "Cert", CertificateOptions::default().domain_name("www.example.com"));
    /// assert!(stack.synth().is_ok());
    /// ```
    pub fn with_options(
        scope: &mut impl AsScope,
        id: &str,
        options: CertificateOptions,
    ) -> Certificate {
        let mut scope = scope.as_scope();
        let none = crate::lit::Unknowns::none();
        let quotas = crate::Quotas::default();
        let mut missing = Checker::new(&none, &quotas);
        options.check_required(&PropPath::root(), &mut missing);
        let props = CertificateProps {
            domain_name: options.domain_name.unwrap_or_default(),
            subject_alternative_names: options.subject_alternative_names.unwrap_or_default(),
            validation: options
                .validation
                .unwrap_or_else(CertificateValidation::from_email),
        };
        let cert = Certificate::new(&mut scope, id, props);
        if let Source::Node(node) = cert.source {
            let (stack, _) = scope.into_parts();
            let construct = stack.scope_of(node);
            for v in missing.into_violations() {
                stack.record(construct, v);
            }
        }
        cert
    }

    /// The certificate's ARN.
    pub fn certificate_arn(&self) -> Expr {
        match &self.source {
            Source::Arn(arn) => arn.clone(),
            Source::Node(node) => Expr::node_ref(*node),
        }
    }
}

impl From<&Certificate> for Certificate {
    fn from(c: &Certificate) -> Self {
        c.clone()
    }
}

#[doc(hidden)]
/// The schema of `acm::Certificate::from_certificate_arn(...)`.
pub const CERTIFICATE_SCHEMA: EnumSchema = EnumSchema {
    name: "Certificate",
    rust: "acm::Certificate",
    what: "a certificate (`acm::Certificate::from_certificate_arn(\"arn:aws:acm:us-east-1:...\")`, or one made with `acm::Certificate::new`)",
    consts: &[],
    factories: &[Factory {
        name: "from_certificate_arn",
        rust: "acm::Certificate::from_certificate_arn",
        params: &[Param {
            name: "arn",
            kind: &Kind::Expr,
            optional: false,
            variadic: false,
        }],
    }],
};

impl HasKind for Certificate {
    const KIND: Kind = Kind::Enum(&CERTIFICATE_SCHEMA);
}

impl FromLit for Certificate {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        match lit {
            Lit::Call(name, args) if name == "from_certificate_arn" => {
                let arn = lower::<Expr>(args.first()?, &path.field("arn"), cx)?;
                Some(Certificate::from_certificate_arn(arn))
            }
            _ => None,
        }
    }

    /// A certificate given by an expression stands for itself, so that the props around it
    /// (the domain names of a viewer certificate) are still checked.
    fn opaque() -> Option<Self> {
        Some(Certificate {
            source: Source::Node(NodeRef::placeholder()),
        })
    }
}

#[derive(Debug)]
pub(crate) struct CertificateResource {
    pub(crate) props: CertificateProps,
}

impl Construct for CertificateResource {
    fn check(&self, stack: &Stack, cx: &mut Checker<'_>) {
        crate::rules::check_certificate(&self.props, stack, cx);
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Validation<'a> {
            domain_name: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            hosted_zone_id: Option<Expr>,
            #[serde(skip_serializing_if = "Option::is_none")]
            validation_domain: Option<&'a str>,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Tag {
            key: &'static str,
            value: String,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Properties<'a> {
            domain_name: &'a str,
            domain_validation_options: Vec<Validation<'a>>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            subject_alternative_names: &'a [String],
            tags: [Tag; 1],
            validation_method: &'static str,
        }
        let p = &self.props;
        let zone_id = p
            .validation
            .zone
            .map(|zone| ids.resolve(&zone.hosted_zone_id()));
        let options = match &zone_id {
            Some(zone_id) => validation_names(p)
                .into_iter()
                .map(|name| Validation {
                    domain_name: name,
                    hosted_zone_id: Some(zone_id.clone()),
                    validation_domain: None,
                })
                .collect(),
            // As the CDK: every name, each validated through its registered domain.
            None => all_names(p)
                .map(|name| Validation {
                    domain_name: name,
                    hosted_zone_id: None,
                    validation_domain: Some(registered_domain(name)),
                })
                .collect(),
        };
        let path = ids.stack.app_path(node);
        Ok(Element::Resource(CfnResource::new(
            "AWS::CertificateManager::Certificate",
            serde_json::to_value(Properties {
                domain_name: &p.domain_name,
                domain_validation_options: options,
                subject_alternative_names: &p.subject_alternative_names,
                tags: [Tag {
                    key: "Name",
                    // As the CDK: the construct path, cut to what ACM takes in a tag.
                    value: crate::naming::keep_first(&path.join("/"), MAX_TAG_VALUE).to_owned(),
                }],
                validation_method: if zone_id.is_some() { "DNS" } else { "EMAIL" },
            })?,
        )))
    }
}

/// Tag values are at most 256 characters; the CDK keeps the first 255.
const MAX_TAG_VALUE: usize = 255;

/// The names ACM validates: each name once, and no `*.example.com` beside `example.com` (both
/// need the same DNS record, and CloudFormation fails on the duplicate).
fn validation_names(p: &CertificateProps) -> Vec<&str> {
    let all: Vec<&str> = all_names(p).collect();
    let mut out: Vec<&str> = Vec::with_capacity(all.len());
    for name in &all {
        let base = name.strip_prefix("*.");
        let covered_by_base = base.is_some_and(|b| all.iter().any(|n| n.eq_ignore_ascii_case(b)));
        if !covered_by_base && !out.iter().any(|o| o.eq_ignore_ascii_case(name)) {
            out.push(name);
        }
    }
    out
}

/// The main name, then the subject alternative names.
fn all_names(p: &CertificateProps) -> impl Iterator<Item = &str> {
    std::iter::once(p.domain_name.as_str())
        .chain(p.subject_alternative_names.iter().map(String::as_str))
}

/// The domain registered for `name` (`example.co.uk` for `*.www.example.co.uk`), by the Public
/// Suffix List, whose contacts ACM mails; the name itself when it has none.
fn registered_domain(name: &str) -> &str {
    let host = name.strip_prefix("*.").unwrap_or(name);
    psl::domain_str(host).unwrap_or(host)
}

/// Whether a certificate for `covered` serves `alias`: the same name, or a wildcard covering
/// exactly one more label (`*.example.com` serves `www.example.com`, not `example.com`).
pub(crate) fn covers(covered: &str, alias: &str) -> bool {
    if covered.eq_ignore_ascii_case(alias) {
        return true;
    }
    match (covered.strip_prefix("*."), alias.split_once('.')) {
        (Some(parent), Some((_, alias_parent))) => parent.eq_ignore_ascii_case(alias_parent),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{covers, registered_domain};

    #[test]
    fn email_validation_goes_to_the_registered_domain() {
        assert_eq!(registered_domain("*.example.com"), "example.com");
        assert_eq!(registered_domain("www.shop.example.co.uk"), "example.co.uk");
        assert_eq!(registered_domain("example.com"), "example.com");
    }

    #[test]
    fn wildcards_cover_one_label() {
        assert!(covers("www.example.com", "WWW.example.com"));
        assert!(covers("*.example.com", "www.example.com"));
        assert!(covers("*.example.com", "*.example.com"));
        assert!(!covers("*.example.com", "example.com"));
        assert!(!covers("*.example.com", "a.b.example.com"));
    }
}
