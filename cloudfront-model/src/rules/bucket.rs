//! The rules of S3 buckets: names, removal, ACLs and public access.

use crate::RemovalPolicy;
use crate::path::PropPath;
use crate::rules::catalog::Rule;
use crate::rules::checker::{Check, Checker, Fact};
use crate::s3::{BucketAccessControl, BucketProps, ObjectOwnership};
use crate::violation::Violation;

/// The shortest and longest bucket names: "General purpose bucket naming rules" (Amazon S3 User
/// Guide, <https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html>).
const NAME_CHARS: std::ops::RangeInclusive<usize> = 3..=63;
/// Prefixes S3 reserves (same page).
const RESERVED_PREFIXES: [&str; 3] = ["xn--", "sthree-", "amzn-s3-demo-"];
/// Suffixes S3 reserves for access point aliases, Multi-Region Access Points, directory and
/// table buckets (same page).
const RESERVED_SUFFIXES: [&str; 5] = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

impl Check for BucketProps {
    fn check(&self, cx: &mut Checker<'_>) {
        let root = PropPath::root();
        if let Some(name) = &self.bucket_name {
            let path = root.field("bucket_name");
            if let Some(v) = check_bucket_name(name) {
                cx.report(Violation { path, ..v });
            }
        }
        if self.removal_policy == Some(RemovalPolicy::SNAPSHOT) {
            cx.report(
                Violation::new(
                    Rule::BucketRemoval,
                    root.field("removal_policy"),
                    "S3 buckets have no snapshots: CloudFormation rejects a `Snapshot` deletion policy on a bucket",
                )
                .help("use `RemovalPolicy::RETAIN` (the default) or `RemovalPolicy::DESTROY`"),
            );
        }
        if self.auto_delete_objects == Some(true) {
            cx.report(
                Violation::new(
                    Rule::BucketRemoval,
                    root.field("auto_delete_objects"),
                    "`auto_delete_objects` is the CDK's Lambda-backed custom resource that empties the bucket before CloudFormation deletes it; cloudfront-dsl does not build it, and CloudFormation deletes only an empty bucket",
                )
                .help("leave it out: with `removal_policy: RemovalPolicy::DESTROY`, empty the bucket before deleting the stack (`aws s3 rm s3://BUCKET --recursive`), or keep `RETAIN` and delete the bucket yourself"),
            );
        }
        check_acl(self, &root, cx);
        check_public_read(self, &root, cx);
        check_website_ssl(self, &root, cx);
        check_minimum_tls(self, &root, cx);
        if let Some(index) = &self.website_index_document {
            check_website_document(index, true, &root.field("website_index_document"), cx);
        }
        if let Some(error) = &self.website_error_document {
            check_website_document(error, false, &root.field("website_error_document"), cx);
        }
    }
}

/// The longest object key, in bytes of UTF-8: "Naming Amazon S3 objects" (S3 User Guide,
/// <https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html>) says a key "is a
/// sequence of Unicode characters with UTF-8 encoding of up to 1,024 bytes long". The error
/// document is an object key; the index document is a suffix S3 appends to a key.
const MAX_OBJECT_KEY_BYTES: usize = 1024;

/// A website document S3 refuses. The index document's suffix "must not be empty and must not
/// include a slash character" ("IndexDocument" in the S3 API Reference,
/// <https://docs.aws.amazon.com/AmazonS3/latest/API/API_IndexDocument.html>); the error
/// document is an object key, not empty ("ErrorDocument", same reference). Neither may hold a
/// control character: S3 takes the website configuration as XML, in which a key's carriage
/// return or line feed must be written as an entity and a NUL cannot be written at all ("XML
/// related object key constraints", on the naming page above).
fn check_website_document(doc: &str, index: bool, path: &PropPath, cx: &mut Checker<'_>) {
    let (what, fix) = if index {
        (
            "index document",
            "name the file S3 serves for a directory, such as \"index.html\", without a `/`",
        )
    } else {
        (
            "error document",
            "give the key of the object S3 serves on a 4xx error, such as \"error.html\"",
        )
    };
    let quoted = crate::rules::text::quoted(doc);
    let problem = if doc.is_empty() {
        Some(format!(
            "the {what} is empty; S3 needs the name of an object"
        ))
    } else if doc.len() > MAX_OBJECT_KEY_BYTES {
        Some(format!(
            "the {what} is {} bytes long; S3 object keys are at most {MAX_OBJECT_KEY_BYTES} bytes of UTF-8",
            doc.len()
        ))
    } else if doc.chars().any(char::is_control) {
        Some(format!(
            "the {what} {quoted} holds a control character, which S3's XML website configuration cannot carry as written"
        ))
    } else if index && doc.contains('/') {
        Some(format!(
            "the {what} {quoted} holds `/`; S3 appends the index document to a directory's path and takes a name without `/`"
        ))
    } else {
        None
    };
    if let Some(problem) = problem {
        cx.report(Violation::new(Rule::BucketWebsite, path.clone(), problem).help(fix));
    }
}

/// A canned ACL S3 refuses on the bucket as configured.
fn check_acl(props: &BucketProps, root: &PropPath, cx: &mut Checker<'_>) {
    let Some(acl) = props.access_control else {
        return;
    };
    let path = root.field("access_control");
    let public = matches!(
        acl,
        BucketAccessControl::PUBLIC_READ
            | BucketAccessControl::PUBLIC_READ_WRITE
            | BucketAccessControl::AUTHENTICATED_READ
    );
    // Every preset blocks public ACLs, and so does S3 when none is given ("Blocking public
    // access to your Amazon S3 storage", S3 User Guide: with `BlockPublicAcls`, a request that
    // sets a public ACL fails).
    let blocked = match cx.fact(
        &root.field("block_public_access"),
        &props.block_public_access,
    ) {
        Fact::Unknown => false,
        Fact::Absent | Fact::Known(_) => true,
    };
    if public && blocked {
        cx.report(
            Violation::new(
                Rule::BucketAccess,
                path.clone(),
                format!("`{}` is a public ACL, and the bucket blocks public ACLs (every `BlockPublicAccess` preset does, and S3 does when none is given): S3 refuses it and the deployment fails", acl.name()),
            )
            .help("serve the bucket through CloudFront with an S3 origin (whose origin access reads it) instead of making it public"),
        );
        return;
    }
    // "Controlling ownership of objects" (S3 User Guide): with ACLs off, S3 takes no ACL but
    // `bucket-owner-full-control` (and the private default).
    let acls_allowed = matches!(
        acl,
        BucketAccessControl::PRIVATE | BucketAccessControl::BUCKET_OWNER_FULL_CONTROL
    );
    if props.object_ownership == Some(ObjectOwnership::BUCKET_OWNER_ENFORCED) && !acls_allowed {
        cx.report(
            Violation::new(
                Rule::BucketAccess,
                path,
                format!("`{}` is an ACL, and `object_ownership: BUCKET_OWNER_ENFORCED` turns ACLs off: S3 refuses it", acl.name()),
            )
            .help("use `object_ownership: ObjectOwnership::OBJECT_WRITER` (or leave it out), or drop the ACL"),
        );
    }
}

/// Public read access S3 refuses at deploy: the bucket policy that grants it is a public
/// policy, which `BlockPublicPolicy` refuses ("Blocking public access to your Amazon S3
/// storage", S3 User Guide,
/// <https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html>:
/// a `PutBucketPolicy` of a public policy fails). S3 turns that setting on for a new bucket
/// when none is given, and `BLOCK_ALL` has it on. The CDK refuses both at synth.
fn check_public_read(props: &BucketProps, root: &PropPath, cx: &mut Checker<'_>) {
    if props.public_read_access != Some(true) {
        return;
    }
    let block = match cx.fact(
        &root.field("block_public_access"),
        &props.block_public_access,
    ) {
        Fact::Unknown => return,
        Fact::Absent => None,
        Fact::Known(b) if b.blocks_public_policy() => Some(*b),
        Fact::Known(_) => return,
    };
    let why = match block {
        None => "S3 blocks public bucket policies of a new bucket when no `block_public_access` is given".to_owned(),
        Some(b) => format!("`BlockPublicAccess::{}` blocks public bucket policies", b.name()),
    };
    cx.report(
        Violation::new(
            Rule::BucketAccess,
            root.field("public_read_access"),
            format!("public read access is a bucket policy that lets everyone read, and {why}: S3 refuses the policy and the deployment fails"),
        )
        .help("serve the bucket through CloudFront with `origins::S3BucketOrigin::with_origin_access_control(bucket)` instead; if it must be public, add `block_public_access: s3::BlockPublicAccess::BLOCK_ACLS`"),
    );
}

/// A website bucket whose policy denies every request not made over TLS: "Amazon S3 website
/// endpoints do not support HTTPS" ("Website endpoints", S3 User Guide,
/// <https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html>), so every
/// request to the website, CloudFront's included, comes without TLS and is denied (the CDK
/// leaves `enforceSSL` off for website buckets for that reason, aws/aws-cdk#18731).
fn check_website_ssl(props: &BucketProps, root: &PropPath, cx: &mut Checker<'_>) {
    if props.enforce_ssl == Some(true) && props.is_website() {
        cx.report(
            Violation::new(
                Rule::BucketWebsite,
                root.field("enforce_ssl"),
                "the bucket serves a website, whose endpoint S3 serves over HTTP only, and `enforce_ssl` denies every request not made over TLS: every request to the website would be denied",
            )
            .help("drop `enforce_ssl` from the website bucket, or drop the website and serve the bucket through `origins::S3BucketOrigin::with_origin_access_control(bucket)`, which reaches S3 over HTTPS"),
        );
    }
}

/// The TLS versions a request to S3 can be made with, which `s3:TlsVersion` compares with
/// ("Amazon S3 condition key examples", S3 User Guide,
/// <https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html>: the key
/// is the TLS version of the request, a number such as `1.2`).
const TLS_VERSIONS: [f64; 4] = [1.0, 1.1, 1.2, 1.3];

/// A minimum TLS version without `enforce_ssl`, which the CDK refuses ("'enforceSSL' must be
/// enabled for 'minimumTLSVersion' to be applied"), or that is no TLS version.
fn check_minimum_tls(props: &BucketProps, root: &PropPath, cx: &mut Checker<'_>) {
    let Some(version) = props.minimum_tls_version else {
        return;
    };
    let path = root.field("minimum_tls_version");
    if props.enforce_ssl != Some(true) && !cx.is_unknown(&root.field("enforce_ssl")) {
        cx.report(
            Violation::new(
                Rule::BucketTls,
                path.clone(),
                "`minimum_tls_version` is a statement of the policy `enforce_ssl` writes, and the bucket has no `enforce_ssl: true`: the CDK refuses it",
            )
            .at_key()
            .help("add `enforce_ssl: true`, so that the policy denies plain HTTP and TLS older than the minimum"),
        );
    }
    if !TLS_VERSIONS.contains(&version) {
        cx.report(
            Violation::new(
                Rule::BucketTls,
                path,
                format!("`{version}` is not a TLS version: requests reach S3 over TLS 1.0, 1.1, 1.2 or 1.3, and a minimum between them reads as the next one up"),
            )
            .help("use `1.2` (or `1.3`)"),
        );
    }
}

/// A bucket name S3 rejects, with why; the path is the root.
///
/// ```
/// use cloudfront_dsl::rules::check_bucket_name;
/// assert!(check_bucket_name("example-site-assets").is_none());
/// assert!(check_bucket_name("Example_Site").is_some());
/// ```
pub fn check_bucket_name(name: &str) -> Option<Violation> {
    let len = name.chars().count();
    let problem = if !NAME_CHARS.contains(&len) {
        format!(
            "bucket name `{name}` has {len} characters; S3 takes {} to {}",
            NAME_CHARS.start(),
            NAME_CHARS.end()
        )
    } else if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '.' || *c == '-'))
    {
        format!("bucket name `{name}` holds `{c}`; S3 takes lowercase letters, digits, `.` and `-`")
    } else if !name.starts_with(|c: char| c.is_ascii_alphanumeric())
        || !name.ends_with(|c: char| c.is_ascii_alphanumeric())
    {
        format!("bucket name `{name}` must start and end with a letter or a digit")
    } else if name.contains("..") {
        format!("bucket name `{name}` has two periods in a row, which S3 does not take")
    } else if name.parse::<std::net::Ipv4Addr>().is_ok() {
        format!("bucket name `{name}` is an IP address, which S3 does not take")
    } else if let Some(p) = RESERVED_PREFIXES.iter().find(|p| name.starts_with(*p)) {
        format!("bucket name `{name}` starts with `{p}`, which S3 reserves")
    } else if let Some(s) = RESERVED_SUFFIXES.iter().find(|s| name.ends_with(*s)) {
        format!("bucket name `{name}` ends with `{s}`, which S3 reserves")
    } else {
        return None;
    };
    Some(
        Violation::new(Rule::BucketName, PropPath::root(), problem)
            .help("S3 bucket names are 3 to 63 lowercase letters, digits, `.` and `-`, starting and ending with a letter or digit"),
    )
}

#[cfg(test)]
mod tests {
    use super::check_bucket_name;

    #[test]
    fn names_s3_takes_and_refuses() {
        for ok in ["abc", "example.com-assets", "a1-b2", &"a".repeat(63)] {
            assert!(check_bucket_name(ok).is_none(), "{ok}");
        }
        for bad in [
            "ab",
            &"a".repeat(64),
            "Upper",
            "under_score",
            "-start",
            "end-",
            "two..dots",
            "192.168.5.4",
            "xn--punycode",
            "sthree-x",
            "name-s3alias",
            "name--x-s3",
            "name.mrap",
        ] {
            assert!(check_bucket_name(bad).is_some(), "{bad}");
        }
    }
}
