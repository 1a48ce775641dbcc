//! Origin access control (the CDK's `S3OriginAccessControl`): CloudFront signs its requests to
//! an origin, which lets only the distributions named in its policy in.
//!
//! An S3 bucket origin made with `origins::S3BucketOrigin::with_origin_access_control` uses the
//! origin access control it is given, or creates one under its origin (as the CDK does), and
//! adds the statement that lets the distribution in to the bucket's policy.

use serde_json::json;

use crate::construct::{AccountQuota, Construct, account_quota};
use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering};
use crate::naming::unique_resource_name;
use crate::origins::Origin;
use crate::path::PropPath;
use crate::rules::{Check, Checker};
use crate::schema::{HasKind, Kind};
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

const_enum! {
    /// What CloudFront may do with the objects of a bucket behind origin access control.
    pub enum AccessLevel ("origin_access_control::AccessLevel") {
        /// Read objects (`s3:GetObject`; `kms:Decrypt` on a KMS-encrypted bucket).
        READ,
        /// Read versions of objects (`s3:GetObjectVersion`).
        READ_VERSIONED,
        /// List the bucket (`s3:ListBucket`): a missing object answers 404 instead of 403,
        /// and a request for the root lists the bucket unless the distribution has a default
        /// root object.
        LIST,
        /// Write objects (`s3:PutObject`; `kms:Encrypt` and `kms:GenerateDataKey*` on a
        /// KMS-encrypted bucket).
        WRITE,
        /// Delete objects (`s3:DeleteObject`).
        DELETE,
    }
}

impl AccessLevel {
    /// The bucket policy action the level grants.
    pub(crate) fn bucket_action(self) -> &'static str {
        match self {
            AccessLevel::READ => "s3:GetObject",
            AccessLevel::READ_VERSIONED => "s3:GetObjectVersion",
            AccessLevel::LIST => "s3:ListBucket",
            AccessLevel::WRITE => "s3:PutObject",
            AccessLevel::DELETE => "s3:DeleteObject",
        }
    }

    /// The key policy actions the level grants on a KMS-encrypted bucket.
    pub(crate) fn key_actions(self) -> &'static [&'static str] {
        match self {
            AccessLevel::READ => &["kms:Decrypt"],
            AccessLevel::WRITE => &["kms:Encrypt", "kms:GenerateDataKey*"],
            AccessLevel::READ_VERSIONED | AccessLevel::LIST | AccessLevel::DELETE => &[],
        }
    }
}

const_enum! {
    /// How CloudFront signs the requests it sends to an origin behind origin access control:
    /// a signing protocol and when to sign.
    pub enum Signing ("origin_access_control::Signing") {
        /// Sign every request with SigV4, replacing a viewer's `Authorization` header (the
        /// default).
        SIGV4_ALWAYS,
        /// Sign every request with SigV4 in the `x-amz-` headers, keeping a viewer's
        /// `Authorization` header (for Lambda function URLs).
        SIGV4_ALWAYS_AMZ_AUTH,
        /// Sign with SigV4 the requests that have no `Authorization` header of their own.
        SIGV4_NO_OVERRIDE,
        /// Sign every request with SigV4a (for S3 Multi-Region Access Points).
        SIGV4A_ALWAYS,
        /// Sign every request with SigV4a in the `x-amz-` headers.
        SIGV4A_ALWAYS_AMZ_AUTH,
        /// Never sign: the origin must let CloudFront in by other means.
        NEVER,
    }
}

impl Signing {
    /// The signing protocol CloudFormation takes.
    pub fn protocol(self) -> &'static str {
        match self {
            Signing::SIGV4A_ALWAYS | Signing::SIGV4A_ALWAYS_AMZ_AUTH => "sigv4a",
            _ => "sigv4",
        }
    }

    /// The signing behavior CloudFormation takes.
    pub fn behavior(self) -> &'static str {
        match self {
            Signing::SIGV4_ALWAYS | Signing::SIGV4A_ALWAYS => "always",
            Signing::SIGV4_ALWAYS_AMZ_AUTH | Signing::SIGV4A_ALWAYS_AMZ_AUTH => "always-amz-auth",
            Signing::SIGV4_NO_OVERRIDE => "no-override",
            Signing::NEVER => "never",
        }
    }
}

props! {
    /// Props of an origin access control: `s3_origin_access_control!(stack, "id", { ... })`.
    /// All optional.
    pub struct OriginAccessControlProps ("origin_access_control::OriginAccessControlProps") {
        /// The name, unique in the account (at most 64 characters); generated from the
        /// construct path if omitted.
        origin_access_control_name: into(String) ["Name"],
        /// A description.
        description: into(String) ["Description"],
        /// How CloudFront signs its requests (default `Signing::SIGV4_ALWAYS`).
        signing: exact(Signing) ["SigningBehavior", "SigningProtocol"],
    }
}

/// The kind of origin an origin access control is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OriginType {
    S3,
    Lambda,
}

impl OriginType {
    fn cfn_value(self) -> &'static str {
        match self {
            OriginType::S3 => "s3",
            OriginType::Lambda => "lambda",
        }
    }
}

/// An origin access control resource of the stack.
#[derive(Debug)]
pub(crate) struct OriginAccessControlResource {
    pub(crate) props: OriginAccessControlProps,
    pub(crate) origin_type: OriginType,
}

/// Origin access controls count toward a quota of the account.
static ORIGIN_ACCESS_CONTROLS: AccountQuota = account_quota!(
    origin_access_controls_per_account,
    "origin access control of the stack"
);

/// Name lengths of origin access controls ("Name", `OriginAccessControlConfig`, CloudFront API
/// Reference: up to 64 characters); generated names are cut to it, as the CDK cuts them.
pub(crate) const MAX_NAME: usize = 64;

impl Construct for OriginAccessControlResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&ORIGIN_ACCESS_CONTROLS)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        let name = match &self.props.origin_access_control_name {
            Some(n) => n.clone(),
            None => unique_resource_name(&ids.stack.app_path(node), MAX_NAME, ""),
        };
        let signing = self.props.signing.unwrap_or(Signing::SIGV4_ALWAYS);
        let mut config = serde_json::Map::new();
        if let Some(d) = &self.props.description {
            config.insert("Description".into(), json!(d));
        }
        config.insert("Name".into(), json!(name));
        config.insert(
            "OriginAccessControlOriginType".into(),
            json!(self.origin_type.cfn_value()),
        );
        config.insert("SigningBehavior".into(), json!(signing.behavior()));
        config.insert("SigningProtocol".into(), json!(signing.protocol()));
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::OriginAccessControl",
            json!({ "OriginAccessControlConfig": config }),
        )))
    }
}

/// Creates an origin access control of `origin_type` as construct `id` under `parent`.
pub(crate) fn create(
    stack: &mut Stack,
    parent: Option<NodeRef>,
    id: &str,
    props: OriginAccessControlProps,
    origin_type: OriginType,
) -> NodeRef {
    let scope = stack.add_construct(parent, id);
    stack.add_resource(scope, OriginAccessControlResource { props, origin_type })
}

/// An origin access control known by its id only.
fn import(
    stack: &mut Stack,
    parent: Option<NodeRef>,
    id: &str,
    origin_access_control_id: Expr,
) -> NodeRef {
    crate::import::declare(
        stack,
        parent,
        id,
        origin_access_control_id.clone(),
        vec![("Id", origin_access_control_id)],
    )
}

/// The origin access controls a stack's origins created, by origin object, so that an origin
/// bound to two distributions has one (the CDK keeps it on the origin).
#[derive(Debug, Default)]
struct Created(Vec<(Origin, NodeRef)>);

/// The origin access control of `origin`: the one created for it before, or a new one of
/// `origin_type` created under the origin's scope as `id` (the CDK's automatic one).
pub(crate) fn created_for(
    stack: &mut Stack,
    origin: &Origin,
    origin_scope: NodeRef,
    id: &str,
    origin_type: OriginType,
) -> NodeRef {
    let existing = stack
        .extension::<Created>()
        .and_then(|c| c.0.iter().find(|(o, _)| o.is_same(origin)))
        .map(|(_, n)| *n);
    if let Some(existing) = existing {
        return existing;
    }
    let node = create(
        stack,
        Some(origin_scope),
        id,
        OriginAccessControlProps::default(),
        origin_type,
    );
    stack
        .extension_mut::<Created>()
        .0
        .push((origin.clone(), node));
    node
}

macro_rules! handle {
    ($(#[$meta:meta])* $name:ident, $rust:literal, $origin_type:expr) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $name {
            pub(crate) resource: NodeRef,
        }

        impl $name {
            /// Creates an origin access control in the stack.
            pub fn new(
                scope: &mut impl $crate::scope::AsScope,
                id: &str,
                props: OriginAccessControlProps,
            ) -> Self {
                let (stack, parent) = $crate::scope::AsScope::as_scope(scope).into_parts();
                Self {
                    resource: create(stack, parent, id, props, $origin_type),
                }
            }

            /// An origin access control that exists outside the stack, by its id (such as
            /// `E2QWRUHAPOMQZL`): the CDK's `fromOriginAccessControlId`.
            pub fn from_origin_access_control_id(
                scope: &mut impl $crate::scope::AsScope,
                id: &str,
                origin_access_control_id: impl Into<Expr>,
            ) -> Self {
                let (stack, parent) = $crate::scope::AsScope::as_scope(scope).into_parts();
                Self {
                    resource: import(stack, parent, id, origin_access_control_id.into()),
                }
            }

            /// The origin access control's id, for an origin's `origin_access_control_id`.
            pub fn origin_access_control_id(&self) -> Expr {
                Expr::node_att(self.resource, "Id")
            }
        }

        impl HasKind for $name {
            const KIND: Kind = Kind::Handle($rust);
        }

        impl FromLit for $name {
            fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
                None
            }

            fn opaque() -> Option<Self> {
                Some(Self {
                    resource: NodeRef::placeholder(),
                })
            }
        }
    };
}

handle!(
    /// An origin access control for S3 bucket origins (the CDK's `S3OriginAccessControl`).
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::origin_access_control::{
    ///     OriginAccessControlProps, S3OriginAccessControl, Signing,
    /// };
    /// let mut stack = Stack::new("Docs");
    /// let oac = S3OriginAccessControl::new(
    ///     &mut stack,
    ///     "Oac",
    ///     OriginAccessControlProps::default().signing(Signing::SIGV4_NO_OVERRIDE),
    /// );
    /// assert!(stack.synth().unwrap().resource("OacADA44096").is_some());
    /// # let _ = oac.origin_access_control_id();
    /// ```
    S3OriginAccessControl,
    "origin_access_control::S3OriginAccessControl",
    OriginType::S3
);

handle!(
    /// An origin access control for Lambda function URL origins (the CDK's
    /// `FunctionUrlOriginAccessControl`).
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::origin_access_control::{
    ///     FunctionUrlOriginAccessControl, OriginAccessControlProps,
    /// };
    /// let mut stack = Stack::new("Docs");
    /// let oac = FunctionUrlOriginAccessControl::new(&mut stack, "Oac", OriginAccessControlProps::default());
    /// assert!(stack.synth().unwrap().resource("OacADA44096").is_some());
    /// # let _ = oac.origin_access_control_id();
    /// ```
    FunctionUrlOriginAccessControl,
    "origin_access_control::FunctionUrlOriginAccessControl",
    OriginType::Lambda
);

impl Check for OriginAccessControlProps {
    fn check(&self, cx: &mut Checker<'_>) {
        crate::rules::check_origin_access_control(self, cx);
    }
}
