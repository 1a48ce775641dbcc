// A public bucket behind origin access control or an origin access identity: viewers read it
// around the distribution. Only a block sees both the bucket's props and the origin.
#![allow(deprecated)]
use cloudfront_dsl::prelude::*;

fn main() {
    let _ = stack!("Ui", env: { account: "123456789012", region: "us-east-1" }, {
        let public = bucket!("Public", {
            public_read_access: true,
            block_public_access: s3::BlockPublicAccess::BLOCK_ACLS,
        });
        let website = bucket!("Website", {
            website_index_document: "index.html",
            public_read_access: true,
            block_public_access: s3::BlockPublicAccess::BLOCK_ACLS_ONLY,
        });
        let private = bucket!("Private", { enforce_ssl: true });
        distribution!("Oac", {
            default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(public) },
        });
        distribution!("Oai", {
            default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_identity(public) },
            additional_behaviors: {
                // A public website through its website endpoint, and a private bucket: fine.
                "/site/*": { origin: origins::S3Origin(website) },
                "/private/*": { origin: origins::S3BucketOrigin::with_origin_access_control(private) },
            },
        });
        distribution!("Legacy", {
            default_behavior: { origin: origins::S3Origin(public) },
        });
        // Without origin access, a public bucket is what it says.
        distribution!("Open", {
            default_behavior: { origin: origins::S3BucketOrigin::with_bucket_defaults(public) },
        });
    });
}
