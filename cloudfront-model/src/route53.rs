//! Route 53: hosted zones (imported) and alias records that point a name at a distribution:
//! `A` and `AAAA` (IPv4 and IPv6 addresses) and `HTTPS` (service binding), the record types the
//! CDK's `CloudFrontTarget` serves.

use serde::Serialize;
use serde_json::json;

use crate::construct::Construct;
use crate::distribution::Distribution;
use crate::distribution::bind::DistributionState;
use crate::expr::Expr;
use crate::path::PropPath;
use crate::rules::catalog::Rule;
use crate::rules::checker::Checker;
use crate::scope::AsScope;
use crate::shape::{Kind, ObjectSchema, PropSchema};
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;
use crate::violation::Violation;

/// A Route 53 hosted zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HostedZone {
    pub(crate) node: NodeRef,
}

/// What identifies a hosted zone that exists outside the stack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostedZoneAttributes {
    /// The zone's id, such as `Z0123456789ABCDEFGHIJ`.
    pub hosted_zone_id: String,
    /// The zone's domain name, such as `example.com`.
    pub zone_name: String,
}

impl HostedZone {
    /// A hosted zone that exists outside the stack.
    pub fn from_hosted_zone_attributes(
        scope: &mut impl AsScope,
        id: &str,
        attrs: HostedZoneAttributes,
    ) -> HostedZone {
        let (stack, parent) = scope.as_scope().into_parts();
        let node = crate::import::declare(
            stack,
            parent,
            id,
            Expr::literal(attrs.hosted_zone_id),
            vec![("ZoneName", Expr::literal(attrs.zone_name))],
        );
        HostedZone { node }
    }

    /// The zone's id.
    pub fn hosted_zone_id(&self) -> Expr {
        Expr::node_ref(self.node)
    }

    /// The zone's domain name.
    pub fn zone_name(&self) -> Expr {
        Expr::node_att(self.node, "ZoneName")
    }
}

/// What an alias record points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordTarget {
    pub(crate) distribution: Distribution,
}

impl RecordTarget {
    /// An alias to a CloudFront distribution (the CDK's
    /// `RecordTarget.fromAlias(new CloudFrontTarget(distribution))`).
    pub fn from_alias(target: CloudFrontTarget) -> RecordTarget {
        RecordTarget {
            distribution: target.0,
        }
    }
}

/// A CloudFront distribution as the target of an alias record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CloudFrontTarget(pub Distribution);

/// Props of an alias record to a distribution: `A`, `AAAA` or `HTTPS` (the CDK's
/// `ARecordProps`, `AaaaRecordProps`, `HttpsRecordProps` with a `target`).
#[derive(Clone, Debug, PartialEq)]
pub struct AliasRecordProps {
    /// The zone the record goes in.
    pub zone: HostedZone,
    /// The name, relative to the zone (`www`) or fully qualified; the zone's apex if `None`.
    pub record_name: Option<String>,
    /// What the record points at.
    pub target: RecordTarget,
}

impl AliasRecordProps {
    #[doc(hidden)]
    /// The props as a schema: which CloudFormation properties of the `AWS::Route53::RecordSet`
    /// each one writes, or stands for (the zone by id or by name; the target, what the record
    /// resolves to, with the TTL an alias record takes from it), so that no property override
    /// sets one of them.
    pub const SCHEMA: ObjectSchema = ObjectSchema {
        name: "AliasRecordProps",
        rust: "route53::AliasRecordProps",
        props: &[
            PropSchema {
                name: "zone",
                kind: &Kind::Handle("route53::HostedZone"),
                required: true,
                aliases: &["HostedZoneId", "HostedZoneName"],
            },
            PropSchema {
                name: "record_name",
                kind: &Kind::Str,
                required: false,
                aliases: &["Name"],
            },
            PropSchema {
                name: "target",
                kind: &Kind::Handle("route53::RecordTarget"),
                required: true,
                aliases: &["AliasTarget", "ResourceRecords", "TTL"],
            },
        ],
    };
}

/// Props of an `A` alias record.
pub type ARecordProps = AliasRecordProps;
/// Props of an `AAAA` alias record.
pub type AaaaRecordProps = AliasRecordProps;
/// Props of an `HTTPS` alias record.
pub type HttpsRecordProps = AliasRecordProps;

/// An `A` alias record (the CDK's `route53.ARecord`): the name resolves to the distribution's
/// IPv4 addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ARecord {
    pub(crate) node: NodeRef,
}

/// An `AAAA` alias record (the CDK's `route53.AaaaRecord`): the name resolves to the
/// distribution's IPv6 addresses, which it has only with `enable_ipv6` (the default).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AaaaRecord {
    pub(crate) node: NodeRef,
}

/// An `HTTPS` alias record (the CDK's `route53.HttpsRecord` with a `target`): clients learn the
/// distribution's HTTP versions (HTTP/3, HTTP/2) before they connect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HttpsRecord {
    pub(crate) node: NodeRef,
}

/// The mapping from partition to CloudFront's hosted zone id, which alias records to a
/// distribution use (the CDK writes the same mapping under the same name).
const CLOUDFRONT_ZONE_MAP: &str = "AWSCloudFrontPartitionHostedZoneIdMap";

/// The name and value of the mapping a stack with an alias record to a distribution writes in
/// its `Mappings` section (CloudFront's hosted zone id in each partition), which
/// `cloudfront-dsl import` reads back.
///
/// ```
/// let (name, value) = cloudfront_dsl::route53::cloudfront_zone_mapping();
/// assert_eq!(name, "AWSCloudFrontPartitionHostedZoneIdMap");
/// assert_eq!(value["aws"]["zoneId"], "Z2FDTNDATAQYW2");
/// ```
pub fn cloudfront_zone_mapping() -> (&'static str, serde_json::Value) {
    (
        CLOUDFRONT_ZONE_MAP,
        json!({
            "aws": { "zoneId": "Z2FDTNDATAQYW2" },
            "aws-cn": { "zoneId": "Z3RFFRIM2A3IF5" },
        }),
    )
}

/// `override_logical_id` of a record type.
macro_rules! override_logical_id {
    ($record:ident) => {
        impl $record {
            /// Gives the record's resource the logical id `logical_id` (the CDK's
            /// `(record.node.defaultChild as CfnRecordSet).overrideLogicalId(...)`), as a
            /// stack migrated from a template keeps its ids; the example of
            /// [`ARecord::new`] shows it.
            pub fn override_logical_id(&self, stack: &mut Stack, logical_id: &str) {
                stack.override_logical_id(self.node, logical_id);
            }
        }
    };
}
override_logical_id!(ARecord);
override_logical_id!(AaaaRecord);
override_logical_id!(HttpsRecord);

impl ARecord {
    /// Creates the record.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::distribution::{Distribution, DistributionAttributes};
    /// use cloudfront_dsl::route53::*;
    ///
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let dist = Distribution::from_distribution_attributes(&mut stack, "Cdn", DistributionAttributes {
    ///     domain_name: "d111111abcdef8.cloudfront.net".into(),
    ///     distribution_id: "E1A2B3C4D5E6F7".into(),
    /// });
    /// let zone = HostedZone::from_hosted_zone_attributes(&mut stack, "Zone", HostedZoneAttributes {
    ///     hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
    ///     zone_name: "example.com".into(),
    /// });
    /// ARecord::new(&mut stack, "Www", ARecordProps {
    ///     zone,
    ///     record_name: Some("www".into()),
    ///     target: RecordTarget::from_alias(CloudFrontTarget(dist)),
    /// });
    /// assert!(stack.synth().is_ok());
    /// ```
    ///
    /// A record keeps the logical id a template gave it with `override_logical_id`:
    ///
    /// ```
    /// # use cloudfront_dsl::Stack;
    /// # use cloudfront_dsl::distribution::{Distribution, DistributionAttributes};
    /// # use cloudfront_dsl::route53::*;
    /// # let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// # let dist = Distribution::from_distribution_attributes(&mut stack, "Cdn", DistributionAttributes {
    /// #     domain_name: "d111111abcdef8.cloudfront.net".into(),
    /// #     distribution_id: "E1A2B3C4D5E6F7".into(),
    /// # });
    /// # let zone = HostedZone::from_hosted_zone_attributes(&mut stack, "Zone", HostedZoneAttributes {
    /// #     hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
    /// #     zone_name: "example.com".into(),
    /// # });
    /// let record = ARecord::new(&mut stack, "Www", ARecordProps {
    ///     zone,
    ///     record_name: Some("www".into()),
    ///     target: RecordTarget::from_alias(CloudFrontTarget(dist)),
    /// });
    /// record.override_logical_id(&mut stack, "WwwRecord");
    /// assert!(stack.synth().unwrap().resource("WwwRecord").is_some());
    /// ```
    pub fn new(scope: &mut impl AsScope, id: &str, props: ARecordProps) -> ARecord {
        ARecord {
            node: alias_record(scope, id, props, "A"),
        }
    }
}

impl AaaaRecord {
    /// Creates the record; `synth()` rejects it when the distribution has IPv6 off.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, origins::HttpOrigin};
    /// use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
    /// use cloudfront_dsl::route53::*;
    ///
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(BehaviorOptions::new(HttpOrigin("www.example.com"))));
    /// let zone = HostedZone::from_hosted_zone_attributes(&mut stack, "Zone", HostedZoneAttributes {
    ///     hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
    ///     zone_name: "example.com".into(),
    /// });
    /// let target = RecordTarget::from_alias(CloudFrontTarget(dist));
    /// ARecord::new(&mut stack, "WwwA", ARecordProps { zone, record_name: Some("www".into()), target });
    /// AaaaRecord::new(&mut stack, "WwwAaaa", AaaaRecordProps { zone, record_name: Some("www".into()), target });
    /// assert!(stack.synth().is_ok());
    /// ```
    pub fn new(scope: &mut impl AsScope, id: &str, props: AaaaRecordProps) -> AaaaRecord {
        AaaaRecord {
            node: alias_record(scope, id, props, "AAAA"),
        }
    }
}

impl HttpsRecord {
    /// Creates the record.
    pub fn new(scope: &mut impl AsScope, id: &str, props: HttpsRecordProps) -> HttpsRecord {
        HttpsRecord {
            node: alias_record(scope, id, props, "HTTPS"),
        }
    }
}

/// Adds an alias record of `record_type` (and the mapping of CloudFront's zone ids, once).
fn alias_record(
    scope: &mut impl AsScope,
    id: &str,
    props: AliasRecordProps,
    record_type: &'static str,
) -> NodeRef {
    let (stack, parent) = scope.as_scope().into_parts();
    let scope = stack.add_construct(parent, id);
    if !stack.has_mapping(CLOUDFRONT_ZONE_MAP) {
        let (name, value) = cloudfront_zone_mapping();
        stack.add_mapping(name, value);
    }
    stack.add_resource(scope, AliasRecordResource { props, record_type })
}

#[derive(Debug)]
pub(crate) struct AliasRecordResource {
    pub(crate) props: AliasRecordProps,
    pub(crate) record_type: &'static str,
}

/// The record's fully qualified name, as the CDK makes it from the record name and the zone.
fn fully_qualified(record: Option<&str>, zone: &str) -> String {
    let zone = zone.trim_end_matches('.');
    match record {
        None | Some("") => format!("{zone}."),
        Some(r) if r.ends_with('.') => r.to_owned(),
        Some(r) if r == zone || r.ends_with(&format!(".{zone}")) => format!("{r}."),
        Some(r) => format!("{r}.{zone}."),
    }
}

impl Construct for AliasRecordResource {
    fn check(&self, stack: &Stack, cx: &mut Checker<'_>) {
        let dist = self.props.target.distribution;
        let ipv6_off = stack
            .related_construct::<DistributionState>(dist.resource)
            .is_some_and(|d| d.props.enable_ipv6 == Some(false));
        if self.record_type == "AAAA" && ipv6_off {
            // "Enable IPv6" (CloudFront Developer Guide, distribution settings): with IPv6 off,
            // CloudFront answers no IPv6 address, so the AAAA alias resolves to nothing.
            cx.report(
                Violation::new(
                    Rule::AliasRecord,
                    PropPath::root().field("target"),
                    "an AAAA record points at a distribution with `enable_ipv6: false`; CloudFront has no IPv6 address for it, so the name does not resolve over IPv6",
                )
                .help("turn `enable_ipv6` on (the default), or leave out the AAAA record"),
            );
        }
    }

    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct AliasTarget {
            #[serde(rename = "DNSName")]
            dns_name: Expr,
            hosted_zone_id: Expr,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Properties {
            alias_target: AliasTarget,
            hosted_zone_id: Expr,
            name: Expr,
            #[serde(rename = "Type")]
            record_type: &'static str,
        }
        let p = &self.props;
        let zone_name = ids.resolve(&p.zone.zone_name());
        let name = match (zone_name.as_literal(), p.record_name.as_deref()) {
            (Some(zone), record) => Expr::literal(fully_qualified(record, zone)),
            (None, None | Some("")) => Expr::join("", [zone_name, Expr::literal(".")]),
            (None, Some(record)) if record.ends_with('.') => Expr::literal(record),
            (None, Some(record)) => Expr::join(
                "",
                [
                    Expr::literal(format!("{record}.")),
                    zone_name,
                    Expr::literal("."),
                ],
            ),
        };
        Ok(Element::Resource(CfnResource::new(
            "AWS::Route53::RecordSet",
            serde_json::to_value(Properties {
                alias_target: AliasTarget {
                    dns_name: ids.resolve(&p.target.distribution.distribution_domain_name()),
                    hosted_zone_id: Expr::find_in_map(
                        CLOUDFRONT_ZONE_MAP,
                        Expr::partition(),
                        "zoneId",
                    ),
                },
                hosted_zone_id: ids.resolve(&p.zone.hosted_zone_id()),
                name,
                record_type: self.record_type,
            })?,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::fully_qualified;

    #[test]
    fn record_names_are_qualified_by_the_zone() {
        assert_eq!(
            fully_qualified(Some("www"), "example.com"),
            "www.example.com."
        );
        assert_eq!(
            fully_qualified(Some("www.example.com"), "example.com"),
            "www.example.com."
        );
        assert_eq!(
            fully_qualified(Some("www.other.org."), "example.com"),
            "www.other.org."
        );
        assert_eq!(fully_qualified(None, "example.com."), "example.com.");
    }
}
