//! What a stack's constructs hold, and what each renders to in the template.

use serde::Serialize;
use serde_json::Value;

use crate::acm::CertificateResource;
use crate::distribution::DistributionState;
use crate::expr::Expr;
use crate::keys::{KeyGroupResource, PublicKeyResource};
use crate::policies::{CachePolicyResource, OriginRequestPolicyResource};
use crate::route53::ARecordResource;
use crate::s3::{BucketPolicyResource, BucketResource};
use crate::stack::Ids;
use crate::template::{CfnOutput, CfnResource};

#[derive(Debug)]
pub(crate) enum Resource {
    Bucket(BucketResource),
    BucketPolicy(BucketPolicyResource),
    /// An origin access identity, with its comment.
    OriginAccessIdentity(String),
    Distribution(Box<DistributionState>),
    CachePolicy(CachePolicyResource),
    OriginRequestPolicy(OriginRequestPolicyResource),
    Certificate(CertificateResource),
    PublicKey(PublicKeyResource),
    KeyGroup(KeyGroupResource),
    ARecord(ARecordResource),
    /// A resource given as CloudFormation by the user, under the logical id they chose.
    Raw(CfnResource),
    /// Something that exists outside the stack: references to it resolve to known values.
    Import(Import),
    /// A stack output.
    Output(OutputSpec),
    /// A template mapping.
    Mapping(Value),
}

/// The values references to an imported construct resolve to.
#[derive(Debug)]
pub(crate) struct Import {
    /// What `Ref` gives.
    pub(crate) reference: Expr,
    /// What `Fn::GetAtt` gives, by attribute.
    pub(crate) attributes: Vec<(&'static str, Expr)>,
}

#[derive(Debug)]
pub(crate) struct OutputSpec {
    pub(crate) value: Expr,
    pub(crate) description: Option<String>,
    pub(crate) export_name: Option<Expr>,
}

/// What a construct contributes to the template.
pub(crate) enum Element {
    Resource(CfnResource),
    Output(CfnOutput),
    Mapping(Value),
    Nothing,
}

impl Resource {
    pub(crate) fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Resource(match self {
            Resource::Bucket(b) => b.render(),
            Resource::BucketPolicy(p) => p.render(ids)?,
            Resource::OriginAccessIdentity(comment) => {
                #[derive(Serialize)]
                struct Config<'a> {
                    #[serde(rename = "Comment")]
                    comment: &'a str,
                }
                #[derive(Serialize)]
                struct Properties<'a> {
                    #[serde(rename = "CloudFrontOriginAccessIdentityConfig")]
                    config: Config<'a>,
                }
                CfnResource::new(
                    "AWS::CloudFront::CloudFrontOriginAccessIdentity",
                    serde_json::to_value(Properties {
                        config: Config { comment },
                    })?,
                )
            }
            Resource::Distribution(d) => crate::distribution::render(d, ids)?,
            Resource::CachePolicy(p) => p.render(ids, node)?,
            Resource::OriginRequestPolicy(p) => p.render(ids, node)?,
            Resource::Certificate(c) => c.render(ids, node)?,
            Resource::PublicKey(k) => k.render(ids, node)?,
            Resource::KeyGroup(g) => g.render(ids, node)?,
            Resource::ARecord(r) => r.render(ids)?,
            Resource::Raw(r) => r.clone(),
            Resource::Import(_) => return Ok(Element::Nothing),
            Resource::Output(o) => {
                return Ok(Element::Output(CfnOutput {
                    description: o.description.clone(),
                    value: serde_json::to_value(ids.resolve(&o.value))?,
                    export: o
                        .export_name
                        .as_ref()
                        .map(|n| {
                            serde_json::to_value(ids.resolve(n))
                                .map(|v| serde_json::json!({ "Name": v }))
                        })
                        .transpose()?,
                }));
            }
            Resource::Mapping(m) => return Ok(Element::Mapping(m.clone())),
        }))
    }

    /// Whether the construct has a logical id in the template (imports have none).
    pub(crate) fn has_logical_id(&self) -> bool {
        !matches!(self, Resource::Import(_))
    }

    /// Whether the construct is a resource of the template (not an output, a mapping or an
    /// import).
    pub(crate) fn is_template_resource(&self) -> bool {
        !matches!(
            self,
            Resource::Import(_) | Resource::Output(_) | Resource::Mapping(_)
        )
    }
}
