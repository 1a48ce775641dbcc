//! The bucket rules through the run-time API: `synth()` reports what `bucket!` reports at
//! compile time, at the bucket's property paths, and writes nothing.

use cloudfront_dsl::prelude::*;
use cloudfront_dsl::s3::{BlockPublicAccess, BucketAccessControl, BucketProps, ObjectOwnership};
use cloudfront_dsl::{Rule, SynthError};

fn errors(props: BucketProps) -> Vec<(Rule, String)> {
    let mut stack = Stack::new("Buckets");
    s3::Bucket::with_props(&mut stack, "Site", props);
    match stack.synth() {
        Ok(_) => Vec::new(),
        Err(SynthError { errors, .. }) => errors
            .iter()
            .map(|e| (e.violation.rule, e.path()))
            .collect(),
    }
}

#[test]
fn every_bucket_rule_runs_at_synth() {
    let found = errors(
        BucketProps::default()
            .bucket_name("Site_Assets")
            .removal_policy(RemovalPolicy::SNAPSHOT)
            .auto_delete_objects(true)
            .access_control(BucketAccessControl::AUTHENTICATED_READ),
    );
    assert_eq!(
        found,
        [
            (Rule::BucketName, "Site.bucket_name".to_owned()),
            (Rule::BucketRemoval, "Site.removal_policy".to_owned()),
            (Rule::BucketRemoval, "Site.auto_delete_objects".to_owned()),
            (Rule::BucketAccess, "Site.access_control".to_owned()),
        ]
    );
}

#[test]
fn acls_s3_takes() {
    // A private or owner-full-control ACL works with ACLs off; others turn ACLs on.
    for acl in [
        BucketAccessControl::PRIVATE,
        BucketAccessControl::BUCKET_OWNER_FULL_CONTROL,
    ] {
        let props = BucketProps::default()
            .access_control(acl)
            .object_ownership(ObjectOwnership::BUCKET_OWNER_ENFORCED);
        assert_eq!(errors(props), []);
    }
    let enforced = BucketProps::default()
        .access_control(BucketAccessControl::LOG_DELIVERY_WRITE)
        .object_ownership(ObjectOwnership::BUCKET_OWNER_ENFORCED);
    assert_eq!(
        errors(enforced),
        [(Rule::BucketAccess, "Site.access_control".to_owned())]
    );
    // Every preset blocks public ACLs.
    for block in BlockPublicAccess::ALL {
        let props = BucketProps::default()
            .access_control(BucketAccessControl::PUBLIC_READ)
            .block_public_access(*block);
        assert_eq!(errors(props).len(), 1, "{block:?}");
    }
}

#[test]
fn a_log_bucket_with_the_log_delivery_acl_accepts_the_logs() {
    // `LOG_DELIVERY_WRITE` turns ACLs on (`ObjectWriter`), which CloudFront's logs need.
    let mut stack = Stack::new("Logs").with_env("123456789012", "us-east-1");
    let logs = s3::Bucket::with_props(
        &mut stack,
        "Logs",
        BucketProps::default().access_control(BucketAccessControl::LOG_DELIVERY_WRITE),
    );
    distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        enable_logging: true,
        log_bucket: logs,
    });
    assert!(stack.synth().is_ok());
}

/// Website documents go into the template as written: an empty one, one over S3's 1,024-byte
/// key, one with a NUL or a newline, an index document with `/`, fail `synth()` at their prop,
/// and the message does not quote 100 KB.
#[test]
fn website_documents_s3_does_not_take_are_errors() {
    let long = "a".repeat(100_000);
    for (index, error, wrong) in [
        (
            "",
            "",
            vec!["website_index_document", "website_error_document"],
        ),
        (
            long.as_str(),
            long.as_str(),
            vec!["website_index_document", "website_error_document"],
        ),
        (
            "index\0.html",
            "error\n.html",
            vec!["website_index_document", "website_error_document"],
        ),
        (
            "docs/index.html",
            "errors/404.html",
            vec!["website_index_document"],
        ),
    ] {
        let mut stack = Stack::new("Site");
        s3::Bucket::with_props(
            &mut stack,
            "Site",
            s3::BucketProps::default()
                .website_index_document(index)
                .website_error_document(error),
        );
        let e = stack.synth().expect_err("invalid website documents");
        let found: Vec<(Rule, String)> = e
            .errors
            .iter()
            .map(|v| (v.violation.rule, v.path()))
            .collect();
        let expected: Vec<(Rule, String)> = wrong
            .iter()
            .map(|prop| (Rule::BucketWebsite, format!("Site.{prop}")))
            .collect();
        assert_eq!(found, expected, "{index:.20?}");
        for v in &e.errors {
            assert!(
                v.violation.message.len() < 400,
                "{:.400}",
                v.violation.message
            );
        }
    }
    let mut stack = Stack::new("Site");
    s3::Bucket::with_props(
        &mut stack,
        "Site",
        s3::BucketProps::default()
            .website_index_document("index.html")
            .website_error_document("errors/404.html"),
    );
    cloudfront_dsl_tests::lint_stacks([&stack]);
}
