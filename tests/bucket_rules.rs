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

#[test]
fn public_read_needs_block_public_access_that_lets_public_policies_in() {
    // S3 blocks public policies of a new bucket, and so does `BLOCK_ALL`.
    for block in [None, Some(BlockPublicAccess::BLOCK_ALL)] {
        let mut props = BucketProps::default().public_read_access(true);
        if let Some(block) = block {
            props = props.block_public_access(block);
        }
        assert_eq!(
            errors(props),
            [(Rule::BucketAccess, "Site.public_read_access".to_owned())],
            "{block:?}"
        );
    }
    for block in [
        BlockPublicAccess::BLOCK_ACLS,
        BlockPublicAccess::BLOCK_ACLS_ONLY,
    ] {
        let props = BucketProps::default()
            .public_read_access(true)
            .block_public_access(block);
        assert_eq!(errors(props), [], "{block:?}");
    }
    // `false` writes nothing and asks for nothing.
    assert_eq!(errors(BucketProps::default().public_read_access(false)), []);
}

/// The stack `bucket` makes, behind `origin` of a distribution, and what `synth()` says.
fn behind(
    props: BucketProps,
    origin: fn(s3::Bucket) -> origins::Origin,
) -> Result<Stack, Vec<(Rule, String)>> {
    let mut stack = Stack::new("Cdn").with_env("123456789012", "us-east-1");
    let bucket = s3::Bucket::with_props(&mut stack, "Site", props);
    distribution!(stack, "Dist", { default_behavior: { origin: origin(bucket) } });
    match stack.synth() {
        Ok(_) => Ok(stack),
        Err(SynthError { errors, .. }) => Err(errors
            .iter()
            .map(|e| (e.violation.rule, e.path()))
            .collect()),
    }
}

#[test]
#[allow(deprecated)]
fn a_public_bucket_behind_origin_access_is_an_error() {
    let public = || {
        BucketProps::default()
            .public_read_access(true)
            .block_public_access(BlockPublicAccess::BLOCK_ACLS)
    };
    let refused: [fn(s3::Bucket) -> origins::Origin; 3] = [
        |b| origins::S3BucketOrigin::with_origin_access_control(b, Default::default()),
        |b| origins::S3BucketOrigin::with_origin_access_identity(b, Default::default()),
        |b| origins::S3Origin(b),
    ];
    for origin in refused {
        assert_eq!(
            behind(public(), origin).err(),
            Some(vec![(
                Rule::PublicBucketOrigin,
                "Dist.default_behavior.origin.bucket".to_owned()
            )])
        );
        // The same origin on a bucket that is not public, with its TLS-only policy, is fine.
        let stack = behind(BucketProps::default().enforce_ssl(true), origin).expect("private");
        cloudfront_dsl_tests::lint_stacks([&stack]);
    }
    // A public bucket without origin access, and a public website behind `S3Origin` (its
    // website endpoint), are what public buckets are for.
    let defaults: fn(s3::Bucket) -> origins::Origin =
        |b| origins::S3BucketOrigin::with_bucket_defaults(b, Default::default());
    let stack = behind(public(), defaults).expect("public, no origin access");
    cloudfront_dsl_tests::lint_stacks([&stack]);
    let website = public().website_index_document("index.html");
    behind(website, origins::S3Origin).expect("website endpoint");
}

#[test]
fn enforce_ssl_and_public_read_write_the_cdks_statements_in_its_order() {
    let mut stack = Stack::new("Policies").with_env("123456789012", "us-east-1");
    s3::Bucket::with_props(
        &mut stack,
        "Both",
        BucketProps::default()
            .public_read_access(true)
            .enforce_ssl(true)
            .block_public_access(BlockPublicAccess::BLOCK_ACLS_ONLY),
    );
    let template = stack.synth().expect("valid");
    let (_, policy) = template
        .resources()
        .find(|(_, r)| r.resource_type == "AWS::S3::BucketPolicy")
        .expect("a bucket policy");
    let statements = policy.properties["PolicyDocument"]["Statement"]
        .as_array()
        .expect("statements");
    let effects: Vec<&str> = statements
        .iter()
        .map(|s| s["Effect"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(effects, ["Deny", "Allow"]);
    assert_eq!(
        statements[0]["Condition"]["Bool"]["aws:SecureTransport"],
        "false"
    );
    assert_eq!(statements[1]["Principal"]["AWS"], "*");
    cloudfront_dsl_tests::lint_stacks([&stack]);
}

#[test]
fn a_public_bucket_behind_a_web_distributions_identity_is_an_error() {
    let web = |public: bool| {
        let mut stack = Stack::new("Web").with_env("123456789012", "us-east-1");
        let mut props = BucketProps::default().block_public_access(BlockPublicAccess::BLOCK_ACLS);
        if public {
            props = props.public_read_access(true);
        }
        let site = s3::Bucket::with_props(&mut stack, "Site", props);
        let oai = OriginAccessIdentity::new(&mut stack, "OAI", Default::default());
        web_distribution!(stack, "Dist", {
            origin_configs: [{
                s3_origin_source: { s3_bucket_source: site, origin_access_identity: oai },
                behaviors: [{ is_default_behavior: true }],
            }],
        });
        stack
            .synth()
            .map(|_| ())
            .map_err(|SynthError { errors, .. }| {
                errors
                    .iter()
                    .map(|e| (e.violation.rule, e.path()))
                    .collect::<Vec<_>>()
            })
    };
    assert_eq!(
        web(true),
        Err(vec![(
            Rule::PublicBucketOrigin,
            "Dist.origin_configs[0].s3_origin_source.s3_bucket_source".to_owned()
        )])
    );
    assert_eq!(web(false), Ok(()));
}

#[test]
fn a_website_bucket_that_denies_plain_http_is_an_error() {
    let website = BucketProps::default().website_index_document("index.html");
    assert_eq!(
        errors(website.clone().enforce_ssl(true)),
        [(Rule::BucketWebsite, "Site.enforce_ssl".to_owned())]
    );
    assert_eq!(errors(website.enforce_ssl(false)), []);
}

/// `tests/cdk/apps/bucket-minimum-tls.js`: a bucket whose policy denies TLS older than 1.2,
/// beside `enforce_ssl`'s statement, behind an origin access control.
#[test]
fn a_minimum_tls_version_equals_the_cdk() {
    let mut stack = Stack::new("BucketMinimumTlsStack").with_env("123456789012", "us-east-1");
    let site = bucket!(stack, "Site", { enforce_ssl: true, minimum_tls_version: 1.2 });
    distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(site) },
    });
    cloudfront_dsl_tests::assert_matches_golden(&stack, "bucket-minimum-tls");
    cloudfront_dsl_tests::lint_stacks([&stack]);
}

#[test]
fn a_minimum_tls_version_needs_enforce_ssl_and_a_tls_version_at_run_time() {
    let mut stack = Stack::new("Tls").with_env("123456789012", "us-east-1");
    s3::Bucket::with_props(
        &mut stack,
        "Site",
        s3::BucketProps::default().minimum_tls_version(1.5),
    );
    let e = cloudfront_dsl_tests::synth_errors(&stack);
    let found: Vec<(Rule, String, String)> = e
        .errors
        .iter()
        .map(|v| (v.violation.rule, v.path(), v.violation.message.clone()))
        .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .all(|f| f.0 == Rule::BucketTls && f.1 == "Site.minimum_tls_version"),
        "{found:#?}"
    );
    assert!(
        found[0].2.contains("no `enforce_ssl: true`"),
        "{}",
        found[0].2
    );
    assert!(
        found[1].2.contains("`1.5` is not a TLS version"),
        "{}",
        found[1].2
    );
    // With `enforce_ssl`, TLS 1.3 lands as a number, as the CDK writes it.
    let mut stack = Stack::new("Tls").with_env("123456789012", "us-east-1");
    s3::Bucket::with_props(
        &mut stack,
        "Site",
        s3::BucketProps::default()
            .enforce_ssl(true)
            .minimum_tls_version(1.3),
    );
    let text = cloudfront_dsl_tests::synth_text(&stack);
    assert!(text.contains("\"s3:TlsVersion\": 1.3"), "{text}");
    cloudfront_dsl_tests::lint_stacks([&stack]);
}
