//! Route 53: hosted zones (imported) and alias records that point a name at a distribution.

use serde::Serialize;
use serde_json::json;

use crate::construct::Construct;
use crate::distribution::Distribution;
use crate::expr::Expr;
use crate::import::Import;
use crate::scope::AsScope;
use crate::stack::Ids;
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

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
        let node = stack.add_construct(parent, id);
        stack.set_construct(
            node,
            Import {
                reference: Expr::literal(attrs.hosted_zone_id),
                attributes: vec![("ZoneName", Expr::literal(attrs.zone_name))],
            },
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

/// Props of an `A` alias record.
#[derive(Clone, Debug, PartialEq)]
pub struct ARecordProps {
    /// The zone the record goes in.
    pub zone: HostedZone,
    /// The name, relative to the zone (`www`) or fully qualified; the zone's apex if `None`.
    pub record_name: Option<String>,
    /// What the record points at.
    pub target: RecordTarget,
}

/// An `A` alias record (the CDK's `route53.ARecord`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ARecord {
    pub(crate) node: NodeRef,
}

/// The mapping from partition to CloudFront's hosted zone id, which alias records to a
/// distribution use (the CDK writes the same mapping under the same name).
const CLOUDFRONT_ZONE_MAP: &str = "AWSCloudFrontPartitionHostedZoneIdMap";

impl ARecord {
    /// Creates the record.
    ///
    /// ```
    /// use cloudfront_model::Stack;
    /// use cloudfront_model::distribution::{Distribution, DistributionAttributes};
    /// use cloudfront_model::route53::*;
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
    pub fn new(scope: &mut impl AsScope, id: &str, props: ARecordProps) -> ARecord {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        if !stack.has_mapping(CLOUDFRONT_ZONE_MAP) {
            stack.add_mapping(
                CLOUDFRONT_ZONE_MAP,
                json!({
                    "aws": { "zoneId": "Z2FDTNDATAQYW2" },
                    "aws-cn": { "zoneId": "Z3RFFRIM2A3IF5" },
                }),
            );
        }
        let node = stack.add_resource(scope, ARecordResource { props });
        ARecord { node }
    }
}

#[derive(Debug)]
pub(crate) struct ARecordResource {
    pub(crate) props: ARecordProps,
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

impl Construct for ARecordResource {
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
                record_type: "A",
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
