//! S3 buckets, as origins of a distribution.

use serde::Serialize;
use serde_json::json;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::iam::{Principal, Statement, document};
use crate::import::Import;
use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::removal_policy::RemovalPolicy;
use crate::rules::checker::{Check, Checker};
use crate::schema::{HasKind, Kind};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

cf_enum! {
    /// Who owns the objects others write to the bucket, which decides whether ACLs work.
    pub enum ObjectOwnership ("s3::ObjectOwnership") {
        /// The writer owns its objects; ACLs work (what CloudFront's standard logs need).
        OBJECT_WRITER = "ObjectWriter",
        /// The bucket owner owns objects written with the `bucket-owner-full-control` ACL;
        /// ACLs work.
        BUCKET_OWNER_PREFERRED = "BucketOwnerPreferred",
        /// The bucket owner owns every object and ACLs are off (S3's default for new buckets).
        BUCKET_OWNER_ENFORCED = "BucketOwnerEnforced",
    }
}

const_enum! {
    /// How objects are encrypted at rest.
    pub enum BucketEncryption ("s3::BucketEncryption") {
        /// With keys S3 manages (SSE-S3, AES-256).
        S3_MANAGED,
        /// With a KMS key the bucket creates (SSE-KMS), whose key policy the stack's
        /// constructs can grant access in: an origin access control of the bucket's origin
        /// gets the right to decrypt.
        KMS,
        /// With the AWS managed KMS key of S3 (`aws/s3`), whose key policy no one can change:
        /// CloudFront cannot decrypt through an origin access control.
        KMS_MANAGED,
    }
}

cf_enum! {
    /// A canned ACL on the bucket (the CDK's `BucketAccessControl`). Any but `PRIVATE` needs
    /// ACLs on: without an `object_ownership`, the bucket gets `OBJECT_WRITER`, as in the CDK.
    pub enum BucketAccessControl ("s3::BucketAccessControl") {
        /// Only the owner has access (S3's default).
        PRIVATE = "Private",
        /// Everyone may read (a public bucket).
        PUBLIC_READ = "PublicRead",
        /// Everyone may read and write (a public bucket).
        PUBLIC_READ_WRITE = "PublicReadWrite",
        /// Every AWS account may read (public to S3's Block Public Access).
        AUTHENTICATED_READ = "AuthenticatedRead",
        /// S3's log delivery group may write, and read the ACL.
        LOG_DELIVERY_WRITE = "LogDeliveryWrite",
        /// The bucket owner may read objects others write.
        BUCKET_OWNER_READ = "BucketOwnerRead",
        /// The bucket owner has full control of objects others write.
        BUCKET_OWNER_FULL_CONTROL = "BucketOwnerFullControl",
        /// EC2 may read AMI bundles.
        AWS_EXEC_READ = "AwsExecRead",
    }
}

const_enum! {
    /// Which of S3's Block Public Access settings are on (the CDK's `BlockPublicAccess`
    /// presets). New buckets have all four on when none is given.
    pub enum BlockPublicAccess ("s3::BlockPublicAccess") {
        /// All four on: no public ACL, no public bucket policy.
        BLOCK_ALL,
        /// Public ACLs blocked and ignored; the bucket policy's two settings left out (the CDK
        /// writes only these two).
        BLOCK_ACLS,
        /// Public ACLs blocked and ignored, public bucket policies allowed (the other two
        /// written off).
        BLOCK_ACLS_ONLY,
    }
}

impl BlockPublicAccess {
    /// Whether a bucket policy that grants public access is refused (`BlockPublicPolicy`) or
    /// has no effect (`RestrictPublicBuckets`).
    pub const fn blocks_public_policy(self) -> bool {
        matches!(self, BlockPublicAccess::BLOCK_ALL)
    }

    /// The `PublicAccessBlockConfiguration` the CDK writes for the preset.
    fn configuration(self) -> serde_json::Value {
        match self {
            BlockPublicAccess::BLOCK_ALL => json!({
                "BlockPublicAcls": true, "BlockPublicPolicy": true,
                "IgnorePublicAcls": true, "RestrictPublicBuckets": true,
            }),
            BlockPublicAccess::BLOCK_ACLS => json!({
                "BlockPublicAcls": true, "IgnorePublicAcls": true,
            }),
            BlockPublicAccess::BLOCK_ACLS_ONLY => json!({
                "BlockPublicAcls": true, "BlockPublicPolicy": false,
                "IgnorePublicAcls": true, "RestrictPublicBuckets": false,
            }),
        }
    }
}

props! {
    /// Props of an S3 bucket: the settings that decide how CloudFront reaches it.
    ///
    /// ```
    /// use cloudfront_dsl::s3::BucketProps;
    /// let website = BucketProps::default()
    ///     .website_index_document("index.html")
    ///     .website_error_document("error.html");
    /// assert!(website.is_website());
    /// ```
    pub struct BucketProps ("s3::BucketProps") {
        /// The index document of a static website. A website bucket becomes an HTTP origin
        /// (its website endpoint), so that S3's redirects and error documents apply.
        website_index_document: into(String),
        /// The error document of a static website.
        website_error_document: into(String),
        /// Who owns written objects; S3's default turns ACLs off, which CloudFront's standard
        /// logs need on.
        object_ownership: exact(ObjectOwnership) ["OwnershipControls"],
        /// Encryption at rest.
        encryption: exact(BucketEncryption) ["BucketEncryption"],
        /// The bucket's name (S3's naming rules apply; names are global across accounts). A
        /// name CloudFormation generates when not given.
        bucket_name: into(String) ["BucketName"],
        /// What happens to the bucket when it leaves the stack: `RETAIN` (the default, as in
        /// the CDK), `DESTROY` (deleted, when empty), `RETAIN_ON_UPDATE_OR_DELETE`.
        removal_policy: exact(RemovalPolicy) ["DeletionPolicy", "UpdateReplacePolicy"],
        /// Which Block Public Access settings are on; S3 turns all four on when not given.
        block_public_access: exact(BlockPublicAccess) ["PublicAccessBlockConfiguration"],
        /// A canned ACL.
        access_control: exact(BucketAccessControl) ["AccessControl"],
        /// Whether S3 keeps every version of every object.
        versioned: exact(bool) ["VersioningConfiguration"],
        /// The CDK empties the bucket before deleting it, with a Lambda-backed custom
        /// resource; the library does not: `true` is an error that says what to do instead.
        auto_delete_objects: exact(bool),
        /// Whether everyone may read every object: the bucket's policy allows `s3:GetObject`
        /// to every principal. Needs a `block_public_access` that lets public policies in
        /// (`BLOCK_ACLS` or `BLOCK_ACLS_ONLY`), and a bucket behind a distribution's origin
        /// access control or origin access identity is not public.
        public_read_access: exact(bool),
        /// Whether the bucket's policy denies every request not made over TLS
        /// (`aws:SecureTransport` false), as AWS's security best practices for S3 ask.
        enforce_ssl: exact(bool),
        /// The oldest TLS version the bucket's policy lets requests use (`1.2`): it denies
        /// those whose `s3:TlsVersion` is lower (the CDK's `minimumTLSVersion`). Needs
        /// `enforce_ssl`.
        minimum_tls_version: exact(f64),
    }
}

impl BucketProps {
    /// Whether the bucket serves a static website (the CDK's `isWebsite`).
    pub fn is_website(&self) -> bool {
        self.website_index_document.is_some()
    }

    /// Who owns written objects, as the bucket is created: a canned ACL other than `PRIVATE`
    /// turns ACLs on (`OBJECT_WRITER`) when no ownership is given, as in the CDK.
    pub fn effective_object_ownership(&self) -> Option<ObjectOwnership> {
        match (self.object_ownership, self.access_control) {
            (Some(o), _) => Some(o),
            (None, Some(acl)) if acl != BucketAccessControl::PRIVATE => {
                Some(ObjectOwnership::OBJECT_WRITER)
            }
            (None, _) => None,
        }
    }
}

/// An S3 bucket of a stack.
///
/// ```
/// use cloudfront_dsl::{Stack, s3::{Bucket, BucketProps}};
/// let mut stack = Stack::new("Docs");
/// let assets = Bucket::new(&mut stack, "myBucket");
/// let site = Bucket::with_props(&mut stack, "site", BucketProps::default().website_index_document("index.html"));
/// assert_ne!(assets, site);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Bucket {
    pub(crate) scope: NodeRef,
    pub(crate) resource: NodeRef,
}

impl Bucket {
    /// Creates a bucket with default props. Like the CDK's, it is retained when removed from
    /// the stack (`DeletionPolicy: Retain`).
    pub fn new(scope: &mut impl AsScope, id: &str) -> Bucket {
        Self::with_props(scope, id, BucketProps::default())
    }

    /// Creates a bucket.
    pub fn with_props(scope: &mut impl AsScope, id: &str, props: BucketProps) -> Bucket {
        let (stack, parent) = scope.as_scope().into_parts();
        Self::create(stack, parent, id, props)
    }

    /// Creates a bucket under `parent` (the stack when `None`).
    pub(crate) fn create(
        stack: &mut Stack,
        parent: Option<NodeRef>,
        id: &str,
        props: BucketProps,
    ) -> Bucket {
        let scope = stack.add_construct(parent, id);
        // As the CDK: the key of a KMS-encrypted bucket is its child `Key`, created first.
        let key = (props.encryption == Some(BucketEncryption::KMS)).then(|| {
            let key_scope = stack.add_construct(Some(scope), "Key");
            let path = stack.app_path(scope.node).join("/");
            let account = stack.account().map_or_else(Expr::account_id, Expr::literal);
            let root = Expr::join(
                "",
                [
                    Expr::literal("arn:"),
                    Expr::partition(),
                    Expr::literal(":iam::"),
                    account,
                    Expr::literal(":root"),
                ],
            );
            stack.add_resource(
                key_scope,
                KeyResource {
                    description: format!("Created by {path}"),
                    statements: vec![
                        Statement::allow(["kms:*"], [Expr::literal("*")]).to(Principal::Aws(root)),
                    ],
                },
            )
        });
        let enforce_ssl = props.enforce_ssl == Some(true);
        let minimum_tls = props.minimum_tls_version;
        let public_read = props.public_read_access == Some(true);
        let resource = stack.add_resource(scope, BucketResource { props, key });
        let bucket = Bucket { scope, resource };
        // As the CDK, in its order: the statements the props ask for go into the bucket's
        // policy as the bucket is made, before any an origin adds.
        if enforce_ssl {
            let statement =
                Statement::deny(["s3:*"], [bucket.bucket_arn(), bucket.arn_for_objects()])
                    .when("Bool", "aws:SecureTransport", Expr::literal("false"))
                    .to(Principal::Aws(Expr::literal("*")));
            add_to_bucket_policy(stack, bucket, statement);
            if let Some(version) = minimum_tls {
                let statement =
                    Statement::deny(["s3:*"], [bucket.bucket_arn(), bucket.arn_for_objects()])
                        .when_number("NumericLessThan", "s3:TlsVersion", version)
                        .to(Principal::Aws(Expr::literal("*")));
                add_to_bucket_policy(stack, bucket, statement);
            }
        }
        if public_read {
            let statement = Statement::allow(["s3:GetObject"], [bucket.arn_for_objects()])
                .to(Principal::Aws(Expr::literal("*")));
            add_to_bucket_policy(stack, bucket, statement);
        }
        bucket
    }

    /// A bucket that exists outside the stack, by name (the CDK's `Bucket.fromBucketName`):
    /// an origin can read from it, but the stack cannot change it (no bucket policy is added).
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, s3::Bucket};
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let media = Bucket::from_bucket_name(&mut stack, "media", "my-media-bucket");
    /// // An origin reads it at `my-media-bucket.s3.us-east-1.amazonaws.com`.
    /// # let _ = media;
    /// ```
    pub fn from_bucket_name(scope: &mut impl AsScope, id: &str, bucket_name: &str) -> Bucket {
        let (stack, parent) = scope.as_scope().into_parts();
        let node = stack.add_construct(parent, id);
        // As the CDK: the region's own names when the stack's region is known.
        let regional = match stack.region() {
            Some(region) => {
                let suffix = if region.starts_with("cn-") {
                    "amazonaws.com.cn"
                } else {
                    "amazonaws.com"
                };
                Expr::literal(format!("{bucket_name}.s3.{region}.{suffix}"))
            }
            None => Expr::join(
                "",
                [
                    Expr::literal(format!("{bucket_name}.s3.")),
                    Expr::region(),
                    Expr::literal("."),
                    Expr::url_suffix(),
                ],
            ),
        };
        let arn = Expr::join(
            "",
            [
                Expr::literal("arn:"),
                Expr::partition(),
                Expr::literal(format!(":s3:::{bucket_name}")),
            ],
        );
        stack.set_construct(
            node,
            Import {
                reference: Expr::literal(bucket_name),
                attributes: vec![("RegionalDomainName", regional), ("Arn", arn)],
            },
        );
        Bucket {
            scope: node,
            resource: node,
        }
    }

    /// `{"Ref": bucket}`: the bucket name.
    pub fn bucket_name(&self) -> Expr {
        Expr::node_ref(self.resource)
    }

    /// The bucket ARN.
    pub fn bucket_arn(&self) -> Expr {
        Expr::node_att(self.resource, "Arn")
    }

    /// The ARN of every object of the bucket (`<bucket ARN>/*`).
    pub fn arn_for_objects(&self) -> Expr {
        Expr::join("", [self.bucket_arn(), Expr::literal("/*")])
    }

    /// The bucket's regional domain name, what CloudFront connects to for an S3 origin.
    pub fn bucket_regional_domain_name(&self) -> Expr {
        Expr::node_att(self.resource, "RegionalDomainName")
    }

    /// The website endpoint URL (`http://bucket.s3-website-region.amazonaws.com`).
    pub fn bucket_website_url(&self) -> Expr {
        Expr::node_att(self.resource, "WebsiteURL")
    }
}

impl From<&Bucket> for Bucket {
    fn from(b: &Bucket) -> Self {
        *b
    }
}

impl HasKind for Bucket {
    const KIND: Kind = Kind::Handle("s3::Bucket");
}

impl FromLit for Bucket {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        let placeholder = NodeRef::placeholder();
        Some(Bucket {
            scope: placeholder,
            resource: placeholder,
        })
    }
}

#[derive(Debug)]
pub(crate) struct BucketResource {
    pub(crate) props: BucketProps,
    /// The KMS key the bucket created for its encryption.
    pub(crate) key: Option<NodeRef>,
}

impl Construct for BucketResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
    }

    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        #[derive(Serialize)]
        struct Website<'a> {
            #[serde(rename = "ErrorDocument", skip_serializing_if = "Option::is_none")]
            error_document: Option<&'a String>,
            #[serde(rename = "IndexDocument", skip_serializing_if = "Option::is_none")]
            index_document: Option<&'a String>,
        }
        let mut properties = serde_json::Map::new();
        if let Some(acl) = self.props.access_control {
            properties.insert("AccessControl".into(), json!(acl));
        }
        if let Some(name) = &self.props.bucket_name {
            properties.insert("BucketName".into(), json!(name));
        }
        if let Some(block) = self.props.block_public_access {
            properties.insert(
                "PublicAccessBlockConfiguration".into(),
                block.configuration(),
            );
        }
        if self.props.versioned == Some(true) {
            properties.insert(
                "VersioningConfiguration".into(),
                json!({ "Status": "Enabled" }),
            );
        }
        let by_default = match (self.props.encryption, self.key) {
            (Some(BucketEncryption::S3_MANAGED), _) => Some(json!({ "SSEAlgorithm": "AES256" })),
            (Some(BucketEncryption::KMS), Some(key)) => Some(json!({
                "KMSMasterKeyID": ids.resolve(&Expr::node_att(key, "Arn")),
                "SSEAlgorithm": "aws:kms",
            })),
            (Some(BucketEncryption::KMS | BucketEncryption::KMS_MANAGED), _) => {
                Some(json!({ "SSEAlgorithm": "aws:kms" }))
            }
            (None, _) => None,
        };
        if let Some(by_default) = by_default {
            properties.insert(
                "BucketEncryption".into(),
                json!({ "ServerSideEncryptionConfiguration": [
                    { "ServerSideEncryptionByDefault": by_default }
                ] }),
            );
        }
        if let Some(ownership) = self.props.effective_object_ownership() {
            properties.insert(
                "OwnershipControls".into(),
                json!({ "Rules": [{ "ObjectOwnership": ownership }] }),
            );
        }
        if self.props.is_website() {
            properties.insert(
                "WebsiteConfiguration".into(),
                json!(Website {
                    error_document: self.props.website_error_document.as_ref(),
                    index_document: self.props.website_index_document.as_ref(),
                }),
            );
        }
        let (deletion, update_replace) = self
            .props
            .removal_policy
            .unwrap_or(RemovalPolicy::RETAIN)
            .policies();
        let mut resource = CfnResource::new("AWS::S3::Bucket", properties.into());
        resource.deletion_policy = Some(deletion.to_owned());
        resource.update_replace_policy = Some(update_replace.to_owned());
        Ok(Element::Resource(resource))
    }
}

/// The KMS key a bucket encrypted with `BucketEncryption::KMS` creates, with its key policy.
#[derive(Debug)]
pub(crate) struct KeyResource {
    description: String,
    statements: Vec<Statement>,
}

impl Construct for KeyResource {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Resource(
            CfnResource::new(
                "AWS::KMS::Key",
                json!({
                    "Description": self.description,
                    "EnableKeyRotation": true,
                    "KeyPolicy": document(&self.statements, ids)?,
                }),
            )
            .with_removal_policy("Retain"),
        ))
    }
}

#[derive(Debug)]
pub(crate) struct BucketPolicyResource {
    pub(crate) bucket: NodeRef,
    pub(crate) statements: Vec<Statement>,
}

impl Construct for BucketPolicyResource {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Resource(CfnResource::new(
            "AWS::S3::BucketPolicy",
            json!({
                "Bucket": ids.resolve(&Expr::node_ref(self.bucket)),
                "PolicyDocument": document(&self.statements, ids)?,
            }),
        )))
    }
}

/// Adds `statement` to the policy of `bucket`, creating the policy (the bucket's child
/// `Policy`) on first use; an identical statement is added once. Returns whether the stack
/// holds the bucket's policy: a bucket outside the stack keeps its own.
pub(crate) fn add_to_bucket_policy(
    stack: &mut Stack,
    bucket: Bucket,
    statement: Statement,
) -> bool {
    if stack.construct::<BucketResource>(bucket.resource).is_none() {
        return false;
    }
    let policy_scope = match stack.child(bucket.scope, "Policy") {
        Some(scope) => scope,
        None => {
            let scope = stack.add_construct(Some(bucket.scope), "Policy");
            stack.add_resource(
                scope,
                BucketPolicyResource {
                    bucket: bucket.resource,
                    statements: Vec::new(),
                },
            );
            scope
        }
    };
    let Some(resource) = stack.child(policy_scope, "Resource") else {
        return false;
    };
    if let Some(policy) = stack.construct_mut::<BucketPolicyResource>(resource)
        && !policy.statements.contains(&statement)
    {
        policy.statements.push(statement);
    }
    true
}

/// Adds `statement` to the key policy of the KMS key `bucket` created for its encryption;
/// returns whether the bucket has such a key.
pub(crate) fn add_to_key_policy(stack: &mut Stack, bucket: Bucket, statement: Statement) -> bool {
    let Some(key) = stack
        .construct::<BucketResource>(bucket.resource)
        .and_then(|b| b.key)
    else {
        return false;
    };
    if let Some(k) = stack.construct_mut::<KeyResource>(key)
        && !k.statements.contains(&statement)
    {
        k.statements.push(statement);
    }
    true
}

/// Grants `canonical_user` (an origin access identity) read access to the objects of
/// `bucket`, as an S3 origin with an origin access identity does in the CDK.
pub(crate) fn grant_read(stack: &mut Stack, bucket: Bucket, canonical_user: Expr) -> bool {
    let statement = Statement::allow(["s3:GetObject"], [bucket.arn_for_objects()])
        .to(Principal::CanonicalUser(canonical_user));
    add_to_bucket_policy(stack, bucket, statement)
}
