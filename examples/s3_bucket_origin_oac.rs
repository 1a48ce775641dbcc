//! "Creating a distribution › From an S3 Bucket", as today's CDK README opens: origin access
//! control, here on a KMS-encrypted bucket with LIST access, and with an origin access control
//! of the stack's own for a second bucket.
//!
//! ```python
//! my_bucket = s3.Bucket(self, "myBucket", encryption=s3.BucketEncryption.KMS)
//! media = s3.Bucket(self, "mediaBucket")
//! oac = cloudfront.S3OriginAccessControl(self, "MediaOAC",
//!     signing=cloudfront.Signing.SIGV4_NO_OVERRIDE,
//!     description="media reader",
//! )
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior=cloudfront.BehaviorOptions(
//!         origin=origins.S3BucketOrigin.with_origin_access_control(my_bucket,
//!             origin_access_levels=[cloudfront.AccessLevel.READ, cloudfront.AccessLevel.LIST],
//!         ),
//!     ),
//!     additional_behaviors={
//!         "/media/*": cloudfront.BehaviorOptions(
//!             origin=origins.S3BucketOrigin.with_origin_access_control(media,
//!                 origin_access_control=oac,
//!             ),
//!         ),
//!     },
//!     default_root_object="index.html",
//! )
//! ```
//!
//! The distribution creates an origin access control for the first origin and lets itself in
//! through each bucket's policy; the first bucket's KMS key lets CloudFront decrypt. With
//! `LIST` access a missing object answers 404 instead of 403, and the default root object
//! keeps a request for `/` from listing the bucket (without it the compiler warns).

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("S3BucketOriginOacStack").with_env("123456789012", "us-east-1");

    let my_bucket = s3::Bucket::with_props(
        &mut stack,
        "myBucket",
        s3::BucketProps::default().encryption(s3::BucketEncryption::KMS),
    );
    let media = s3::Bucket::new(&mut stack, "mediaBucket");
    let oac = s3_origin_access_control!(stack, "MediaOAC", {
        signing: Signing::SIGV4_NO_OVERRIDE,
        description: "media reader",
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::S3BucketOrigin::with_origin_access_control(my_bucket, {
                origin_access_levels: [AccessLevel::READ, AccessLevel::LIST],
            }),
        },
        additional_behaviors: {
            "/media/*": {
                origin: origins::S3BucketOrigin::with_origin_access_control(media, {
                    origin_access_control: oac,
                }),
            },
        },
        default_root_object: "index.html",
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
