use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    // S3 blocks public bucket policies of a new bucket when no setting is given.
    bucket!(stack, "Default", { public_read_access: true });
    bucket!(stack, "Blocked", {
        public_read_access: true,
        block_public_access: s3::BlockPublicAccess::BLOCK_ALL,
        enforce_ssl: true,
    });
    // These let a public policy in.
    bucket!(stack, "Acls", {
        public_read_access: true,
        block_public_access: s3::BlockPublicAccess::BLOCK_ACLS,
    });
    bucket!(stack, "AclsOnly", {
        public_read_access: true,
        block_public_access: s3::BlockPublicAccess::BLOCK_ACLS_ONLY,
    });
    // A website endpoint is HTTP only: a TLS-only policy would deny every request to it.
    bucket!(stack, "Website", { website_index_document: "index.html", enforce_ssl: true });
    bucket!(stack, "Typo", { enforce_sll: true, public_read: true });
}
