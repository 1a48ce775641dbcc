//! The CloudFormation resources a stack's constructs hold, and how each renders.

use serde::Serialize;

use crate::distribution::DistributionState;
use crate::policies::{CachePolicyResource, OriginRequestPolicyResource};
use crate::s3::{BucketPolicyResource, BucketResource};
use crate::stack::Ids;
use crate::template::CfnResource;

#[derive(Debug)]
pub(crate) enum Resource {
    Bucket(BucketResource),
    BucketPolicy(BucketPolicyResource),
    /// An origin access identity, with its comment.
    OriginAccessIdentity(String),
    Distribution(Box<DistributionState>),
    CachePolicy(CachePolicyResource),
    OriginRequestPolicy(OriginRequestPolicyResource),
    /// A resource given as CloudFormation by the user, under the logical id they chose.
    Raw(CfnResource),
}

impl Resource {
    pub(crate) fn render(
        &self,
        ids: &Ids<'_>,
        node: u32,
    ) -> Result<CfnResource, serde_json::Error> {
        match self {
            Resource::Bucket(b) => Ok(b.render()),
            Resource::BucketPolicy(p) => p.render(ids),
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
                Ok(CfnResource::new(
                    "AWS::CloudFront::CloudFrontOriginAccessIdentity",
                    serde_json::to_value(Properties {
                        config: Config { comment },
                    })?,
                ))
            }
            Resource::Distribution(d) => crate::distribution::render(d, ids),
            Resource::CachePolicy(p) => p.render(ids, node),
            Resource::OriginRequestPolicy(p) => p.render(ids, node),
            Resource::Raw(r) => Ok(r.clone()),
        }
    }
}
