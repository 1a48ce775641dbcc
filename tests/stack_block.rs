//! `stack!` blocks: examples of the seed and of the project written as one block synthesize to
//! the templates of their per-construct form (the CDK goldens), lint clean; what a block
//! computes at run time is checked by `synth()`.

// The seed's `origins.S3Origin`, which today's CDK deprecates: the examples keep it, so that
// their templates stay the seed's.
#![allow(deprecated)]

use cloudfront_dsl::Rule;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl_tests::{
    assert_matches_golden, golden_text, lint_stacks, rule_paths, synth_errors, synth_text,
};

/// The whole template equals the golden, as a JSON value and byte for byte, and lints clean.
fn assert_matches_golden_linted(stack: &Stack, golden_name: &str) {
    assert_matches_golden(stack, golden_name);
    lint_stacks([stack]);
}

/// The README's first example (`examples/s3_bucket_origin_oac.rs`).
#[test]
fn s3_bucket_origin_oac() {
    let stack = stack!("S3BucketOriginOacStack", env: { account: "123456789012", region: "us-east-1" }, {
        let my_bucket = bucket!("myBucket", { encryption: s3::BucketEncryption::KMS });
        let media = s3::Bucket::new(&mut stack, "mediaBucket");
        let oac = s3_origin_access_control!("MediaOAC", {
            signing: Signing::SIGV4_NO_OVERRIDE,
            description: "media reader",
        });
        distribution!("myDist", {
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
    });
    assert_matches_golden_linted(&stack, "s3-bucket-origin-oac");
}

/// The seed's "Multiple Behaviors" (`examples/multiple_behaviors.rs`): one origin shared by
/// two behaviors, a value of the block.
#[test]
fn multiple_behaviors() {
    let stack = stack!("MultipleBehaviorsStack", env: { account: "123456789012", region: "us-east-1" }, {
        let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
        let bucket_origin = origins::S3Origin(my_bucket);
        distribution!("myDist", {
            default_behavior: {
                origin: bucket_origin.clone(),
                allowed_methods: AllowedMethods::ALLOW_ALL,
                viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
            },
            additional_behaviors: {
                "/images/*.jpg": {
                    origin: bucket_origin,
                    viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
                },
            },
        });
    });
    assert_matches_golden_linted(&stack, "multiple-behaviors");
}

/// The seed's "Multiple Behaviors" with a behavior added after the distribution
/// (`examples/add_behavior.rs`): `add_behavior!` in a block takes no stack either, and a macro
/// written with its stack argument works in a block as outside one.
#[test]
fn add_behavior() {
    let stack = stack!("AddBehaviorStack", env: { account: "123456789012", region: "us-east-1" }, {
        let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
        let my_web_distribution = distribution!(stack, "myDist", {
            default_behavior: {
                origin: origins::S3Origin(my_bucket),
                allowed_methods: AllowedMethods::ALLOW_ALL,
                viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
            },
        });
        add_behavior!(my_web_distribution, "/images/*.jpg", origins::S3Origin(my_bucket), {
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
        });
    });
    assert_matches_golden_linted(&stack, "add-behavior");
}

/// The seed's "Domain Names and Certificates" (`examples/custom_domain_cert.rs`).
#[test]
fn custom_domain_cert() {
    let stack = stack!("CustomDomainCertStack", env: { account: "123456789012", region: "us-east-1" }, {
        let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
        distribution!("myDist", {
            default_behavior: { origin: origins::S3Origin(my_bucket) },
            domain_names: ["www.example.com"],
            certificate: acm::Certificate::from_certificate_arn(
                "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
            ),
        });
    });
    assert_matches_golden_linted(&stack, "custom-domain-cert");
}

/// The seed's "Logging" with a bucket of the stack (`examples/logging_bucket.rs`).
#[test]
fn logging_bucket() {
    let stack = stack!("LoggingBucketStack", env: { account: "123456789012", region: "us-east-1" }, {
        let log_bucket = bucket!("LogBucket", { object_ownership: s3::ObjectOwnership::OBJECT_WRITER });
        distribution!("myDist", {
            default_behavior: { origin: origins::HttpOrigin("www.example.com") },
            enable_logging: true,
            log_bucket: log_bucket,
            log_file_prefix: "distribution-access-logs/",
            log_includes_cookies: true,
        });
    });
    // The seed's bucket has ACLs off, which CloudFront's logs cannot use: the example's template
    // is the golden with the bucket's ownership (`tests/parity.rs`), and the block's is the
    // example's.
    let example = cloudfront_dsl_examples::logging_bucket::stacks().remove(0);
    assert_eq!(synth_text(&stack), synth_text(&example));
    assert!(golden_text("logging-bucket").contains("LogBucketCC3B17E8"));
    lint_stacks([&stack]);
}

/// The seed's web distribution with an ACM certificate of the stack
/// (`examples/web_dist_acm_cert.rs`), the certificate declared with `certificate!`.
#[test]
fn web_dist_acm_cert() {
    let stack = stack!("WebDistAcmCertStack", env: { account: "123456789012", region: "us-east-1" }, {
        let s3_bucket_source = s3::Bucket::new(&mut stack, "Bucket");
        let certificate = certificate!("Certificate", {
            domain_name: "example.com",
            subject_alternative_names: ["*.example.com"],
        });
        web_distribution!("AnAmazingWebsiteProbably", {
            origin_configs: [{
                s3_origin_source: { s3_bucket_source: s3_bucket_source },
                behaviors: [{ is_default_behavior: true }],
            }],
            viewer_certificate: ViewerCertificate::from_acm_certificate(certificate, {
                aliases: ["example.com", "www.example.com"],
                security_policy: SecurityPolicyProtocol::TLS_V1,
                ssl_method: SSLMethod::SNI,
            }),
        });
    });
    assert_matches_golden_linted(&stack, "web-dist-acm-cert");
}

/// A site as one block, with a certificate and a log bucket of the block and two origins
/// (`tests/cdk/apps/stack-block-site.js`).
#[test]
fn site_with_certificate_and_logging() {
    let stack = stack!("StackBlockSiteStack", env: { account: "123456789012", region: "us-east-1" }, {
        let cert = certificate!("SiteCert", {
            domain_name: "example.com",
            subject_alternative_names: ["www.example.com"],
        });
        let logs = bucket!("Logs", { object_ownership: s3::ObjectOwnership::OBJECT_WRITER });
        let assets = bucket!("Assets", {});
        distribution!("Site", {
            default_behavior: {
                origin: origins::S3BucketOrigin::with_origin_access_control(assets),
                viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
            },
            additional_behaviors: {
                "/api/*": {
                    origin: origins::HttpOrigin("api.example.com"),
                    cache_policy: CachePolicy::CACHING_DISABLED,
                },
            },
            domain_names: ["example.com", "www.example.com"],
            certificate: cert,
            log_bucket: logs,
            log_file_prefix: "cdn/",
        });
    });
    assert_matches_golden_linted(&stack, "stack-block-site");
}

/// The `big` example (`examples/big.rs`) as one block: 10 origins, 25 cache policies made in
/// loops, the raised quota declared by the block.
#[test]
fn big() {
    let stack = cloudfront_dsl_examples::big_block::stack();
    assert_matches_golden_linted(&stack, "big");
}

/// Values of the block known only at run time are checked by `synth()`: two cache policies
/// named by one variable.
#[test]
fn run_time_values_are_checked_at_synth() {
    let name = String::from("site");
    let stack = stack!("Mixed", env: { account: "123456789012", region: "us-east-1" }, {
        cache_policy!("Short", { cache_policy_name: name.clone(), default_ttl: Duration::minutes(5) });
        cache_policy!("Long", { cache_policy_name: name, default_ttl: Duration::days(1) });
        for i in 0..2 {
            bucket!(format!("Logs{i}"), { versioned: true });
        }
    });
    let errors = synth_errors(&stack);
    assert_eq!(
        rule_paths(&errors),
        [(Rule::Name, "Long.cache_policy_name".to_owned())]
    );
}

/// A run-time value beside literal ones: the literals were checked at compile time (a wrong
/// literal there is `tests/ui/stack_mixed.rs`), the run-time value at `synth()`.
#[test]
fn a_block_of_literal_and_run_time_values_fails_at_synth_on_the_run_time_one() {
    let domain = |host: &str| format!("{host}.example.com");
    let stack = stack!("Mixed", env: { account: "123456789012", region: "us-east-1" }, {
        let cert = certificate!("Cert", { domain_name: "www.example.com" });
        distribution!("Site", {
            default_behavior: { origin: origins::HttpOrigin("origin.example.com") },
            domain_names: ["www.example.com", domain("shop")],
            certificate: cert,
        });
    });
    let errors = synth_errors(&stack);
    assert_eq!(
        rule_paths(&errors),
        [(Rule::Certificate, "Site.domain_names[1]".to_owned())]
    );
}

/// A block whose block-wide check finds only a warning compiles (the warning is rustc's, at its
/// token: `tests/ui/stack_warnings.rs`), and `synth()` lists the same warning in the template.
#[test]
fn a_block_with_only_a_warning_compiles_and_synthesizes() {
    let stack = stack!("Warned", env: { account: "123456789012", region: "us-east-1" }, {
        let encrypted = bucket!("Encrypted", { encryption: s3::BucketEncryption::KMS });
        distribution!("Dist", {
            default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(encrypted) },
        });
    });
    let template = stack.synth().expect("a warning is no error");
    let warnings: Vec<(Rule, String)> = template
        .warnings()
        .iter()
        .map(|w| (w.violation.rule, w.path()))
        .collect();
    assert_eq!(
        warnings,
        [(
            Rule::WildcardKeyPolicy,
            "Dist.default_behavior.origin.bucket".to_owned()
        )]
    );
    lint_stacks([&stack]);
}

/// An environment with one literal half and one computed half: the literal half was checked at
/// compile time (`tests/ui/stack_env_half.rs`), the computed one is checked at `synth()`.
#[test]
fn a_computed_half_of_the_environment_is_checked_at_synth() {
    let region = String::from("EU West");
    let stack = stack!("Half", env: { account: "123456789012", region: region }, {
        bucket!("Assets", {});
    });
    let errors = synth_errors(&stack);
    assert_eq!(
        rule_paths(&errors),
        [(Rule::StackEnv, "env.region".to_owned())]
    );
}
