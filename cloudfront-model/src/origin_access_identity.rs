//! Origin access identities: the CloudFront user an S3 origin reads its bucket as, so that the
//! bucket can stay private.

use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::schema::{HasKind, Kind};
use crate::scope::AsScope;
use crate::tree::NodeRef;

/// The comment the CDK gives an identity created without one.
const DEFAULT_COMMENT: &str = "Allows CloudFront to reach the bucket";

props! {
    /// Props of an origin access identity.
    pub struct OriginAccessIdentityProps ("origin_access_identity::OriginAccessIdentityProps") {
        /// A comment (at most 128 characters; default "Allows CloudFront to reach the
        /// bucket").
        comment: into(String) ["Comment"],
    }
}

/// An origin access identity of a stack (the CDK's `cloudfront.OriginAccessIdentity`), for a
/// web distribution's `s3_origin_source`.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::origin_access_identity::{OriginAccessIdentity, OriginAccessIdentityProps};
/// let mut stack = Stack::new("Docs");
/// let oai = OriginAccessIdentity::new(&mut stack, "OAI", OriginAccessIdentityProps::default());
/// let template = stack.synth().unwrap();
/// assert!(template.resource("OAIE1EFC67F").is_some());
/// # let _ = oai;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OriginAccessIdentity {
    pub(crate) resource: NodeRef,
}

impl OriginAccessIdentity {
    /// Creates an origin access identity.
    pub fn new(scope: &mut impl AsScope, id: &str, props: OriginAccessIdentityProps) -> Self {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let comment = props.comment.unwrap_or_else(|| DEFAULT_COMMENT.to_owned());
        let resource = stack.add_resource(scope, crate::oai::OriginAccessIdentity { comment });
        Self { resource }
    }

    /// `{"Ref": identity}`: the identity's id, such as `E15MNIMTCFKK4C`.
    pub fn origin_access_identity_id(&self) -> Expr {
        Expr::node_ref(self.resource)
    }

    /// The canonical user id S3 knows the identity by, for bucket policies.
    pub fn s3_canonical_user_id(&self) -> Expr {
        Expr::node_att(self.resource, "S3CanonicalUserId")
    }
}

impl From<&OriginAccessIdentity> for OriginAccessIdentity {
    fn from(oai: &OriginAccessIdentity) -> Self {
        *oai
    }
}

impl HasKind for OriginAccessIdentity {
    const KIND: Kind = Kind::Handle("origin_access_identity::OriginAccessIdentity");
}

impl FromLit for OriginAccessIdentity {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(Self {
            resource: NodeRef::placeholder(),
        })
    }
}
