//! The bucket props real apps set (`tests/cdk/apps/bucket-props.js`).
//!
//! ```python
//! site = s3.Bucket(self, "Site",
//!     bucket_name="example-site-assets-123456789012",
//!     removal_policy=RemovalPolicy.DESTROY,
//!     versioned=True,
//!     block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
//!     encryption=s3.BucketEncryption.S3_MANAGED,
//! )
//! cloudfront.Distribution(self, "Cdn", default_behavior={"origin": origins.S3Origin(site)})
//! s3.Bucket(self, "Logs",
//!     access_control=s3.BucketAccessControl.LOG_DELIVERY_WRITE,
//!     removal_policy=RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
//!     block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
//! )
//! s3.Bucket(self, "Private", access_control=s3.BucketAccessControl.PRIVATE,
//!     removal_policy=RemovalPolicy.RETAIN, versioned=False)
//! s3.Bucket(self, "Shared",
//!     access_control=s3.BucketAccessControl.BUCKET_OWNER_FULL_CONTROL,
//!     object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
//!     block_public_access=s3.BlockPublicAccess.BLOCK_ACLS,
//! )
//! secure = s3.Bucket(self, "Secure", enforce_ssl=True)
//! legacy = s3.Bucket(self, "Legacy", enforce_ssl=True)
//! cloudfront.Distribution(self, "SecureCdn",
//!     default_behavior={"origin": origins.S3BucketOrigin.with_origin_access_control(secure)},
//!     additional_behaviors={
//!         "/legacy/*": {"origin": origins.S3BucketOrigin.with_origin_access_identity(legacy)},
//!     },
//! )
//! website = s3.Bucket(self, "Website",
//!     website_index_document="index.html",
//!     public_read_access=True,
//!     block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
//! )
//! cloudfront.Distribution(self, "WebsiteCdn",
//!     default_behavior={"origin": origins.S3StaticWebsiteOrigin(website)})
//! s3.Bucket(self, "Downloads",
//!     public_read_access=True,
//!     block_public_access=s3.BlockPublicAccess.BLOCK_ACLS,
//!     enforce_ssl=True,
//! )
//! ```

// The CDK app's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the
// example keeps it, so that its template stays the app's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("BucketPropsStack").with_env("123456789012", "us-east-1");
    let site = bucket!(stack, "Site", {
        bucket_name: "example-site-assets-123456789012",
        removal_policy: RemovalPolicy::DESTROY,
        versioned: true,
        block_public_access: s3::BlockPublicAccess::BLOCK_ALL,
        encryption: s3::BucketEncryption::S3_MANAGED,
    });
    distribution!(stack, "Cdn", { default_behavior: { origin: origins::S3Origin(site) } });
    bucket!(stack, "Logs", {
        access_control: s3::BucketAccessControl::LOG_DELIVERY_WRITE,
        removal_policy: RemovalPolicy::RETAIN_ON_UPDATE_OR_DELETE,
        block_public_access: s3::BlockPublicAccess::BLOCK_ACLS_ONLY,
    });
    bucket!(stack, "Private", {
        access_control: s3::BucketAccessControl::PRIVATE,
        removal_policy: RemovalPolicy::RETAIN,
        versioned: false,
    });
    bucket!(stack, "Shared", {
        access_control: s3::BucketAccessControl::BUCKET_OWNER_FULL_CONTROL,
        object_ownership: s3::ObjectOwnership::BUCKET_OWNER_PREFERRED,
        block_public_access: s3::BlockPublicAccess::BLOCK_ACLS,
    });
    let secure = bucket!(stack, "Secure", { enforce_ssl: true });
    let legacy = bucket!(stack, "Legacy", { enforce_ssl: true });
    distribution!(stack, "SecureCdn", {
        default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(secure) },
        additional_behaviors: {
            "/legacy/*": { origin: origins::S3BucketOrigin::with_origin_access_identity(legacy) },
        },
    });
    let website = bucket!(stack, "Website", {
        website_index_document: "index.html",
        public_read_access: true,
        block_public_access: s3::BlockPublicAccess::BLOCK_ACLS_ONLY,
    });
    distribution!(stack, "WebsiteCdn", {
        default_behavior: { origin: origins::S3StaticWebsiteOrigin(website) },
    });
    bucket!(stack, "Downloads", {
        public_read_access: true,
        block_public_access: s3::BlockPublicAccess::BLOCK_ACLS,
        enforce_ssl: true,
    });
    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
