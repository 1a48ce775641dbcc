//! Origin access identities: the CloudFront user an S3 bucket origin reads its bucket as.

use serde::Serialize;

use crate::construct::Construct;
use crate::naming::keep_first;
use crate::origins::Origin;
use crate::path::PropPath;
use crate::rules::{Checker, check_comment};
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// Comments of origin access identities are at most 128 characters.
const MAX_OAI_COMMENT: usize = 128;

/// An origin access identity, with its comment.
#[derive(Debug)]
pub(crate) struct OriginAccessIdentity {
    pub(crate) comment: String,
}

impl Construct for OriginAccessIdentity {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        check_comment(
            &Some(self.comment.clone()),
            &PropPath::root().field("comment"),
            cx,
        );
    }

    fn render(&self, _: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
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
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::CloudFrontOriginAccessIdentity",
            serde_json::to_value(Properties {
                config: Config {
                    comment: &self.comment,
                },
            })?,
        )))
    }
}

/// The identities of a stack by origin object, so that an origin bound to two distributions
/// has one identity (the CDK caches it on the origin).
#[derive(Debug, Default)]
struct Identities(Vec<(Origin, NodeRef)>);

/// The origin access identity of an S3 origin, created under the origin's scope the first
/// time the origin object is bound to any distribution of the stack.
pub(crate) fn origin_access_identity(
    stack: &mut Stack,
    origin: &Origin,
    origin_scope: NodeRef,
    generated_id: &str,
) -> NodeRef {
    let existing = stack
        .extension::<Identities>()
        .and_then(|ids| ids.0.iter().find(|(o, _)| o.is_same(origin)))
        .map(|(_, n)| *n);
    if let Some(existing) = existing {
        return existing;
    }
    let scope = stack.add_construct(Some(origin_scope), "S3Origin");
    let comment = format!("Identity for {generated_id}");
    let resource = stack.add_resource(
        scope,
        OriginAccessIdentity {
            comment: keep_first(&comment, MAX_OAI_COMMENT).to_owned(),
        },
    );
    stack
        .extension_mut::<Identities>()
        .0
        .push((origin.clone(), resource));
    resource
}
