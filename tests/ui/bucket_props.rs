use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    bucket!(stack, "Site", {
        bucket_name: "Site_Assets",
        removal_policy: RemovalPolicy::SNAPSHOT,
        auto_delete_objects: true,
        access_control: s3::BucketAccessControl::PUBLIC_READ,
    });
    bucket!(stack, "Enforced", {
        bucket_name: "xn--site",
        object_ownership: s3::ObjectOwnership::BUCKET_OWNER_ENFORCED,
        access_control: s3::BucketAccessControl::LOG_DELIVERY_WRITE,
        versiond: true,
    });
    bucket!(stack, "Names", {
        bucket_name: "two..periods",
        block_public_access: s3::BlockPublicAccess::BLOCK_ALL,
        removal_policy: RemovalPolicy::DESTRY,
    });
}
