//! The rules run again in `synth()` on complete values: values the macros could not see (a
//! variable, a builder call) are checked at run time, with the property path in the error,
//! and an invalid stack never yields a template.

// The seed's `origins::S3Origin` (deprecated, as in today's CDK) is checked here too.
#![allow(deprecated)]

use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_dsl::origins::{self, HttpOriginProps};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::{Rule, SynthError};
use cloudfront_dsl_examples as examples;
use cloudfront_dsl_tests::lint_stacks;

fn errors(stack: &Stack) -> SynthError {
    match stack.synth() {
        Ok(t) => panic!("expected errors, got {}", t.to_json_pretty()),
        Err(e) => e,
    }
}

fn paths(e: &SynthError) -> Vec<(Rule, String)> {
    e.errors
        .iter()
        .map(|v| (v.violation.rule, v.path()))
        .collect()
}

/// The imported `example.com` zone the certificate tests validate against.
fn example_zone(stack: &mut Stack) -> route53::HostedZone {
    route53::HostedZone::from_hosted_zone_attributes(
        stack,
        "Zone",
        route53::HostedZoneAttributes {
            hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
            zone_name: "example.com".into(),
        },
    )
}

#[test]
fn macro_values_known_only_at_run_time_are_checked_by_synth() {
    let mut stack = Stack::new("RunTime");
    let host = format!("https://{}/", "www.example.com");
    let port: u16 = 22;
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin(host, { http_port: port }) },
    });
    let e = errors(&stack);
    assert_eq!(
        paths(&e),
        [
            (
                Rule::OriginDomainName,
                "myDist.default_behavior.origin.domain_name".to_owned()
            ),
            (
                Rule::OriginPort,
                "myDist.default_behavior.origin.http_port".to_owned()
            ),
        ]
    );
    let text = e.to_string();
    assert!(
        text.starts_with("stack `RunTime` is invalid (2 errors)"),
        "{text}"
    );
    assert!(
        text.contains("help: write the bare host name: \"www.example.com\""),
        "{text}"
    );
}

#[test]
fn builder_api_gets_the_same_rules() {
    let mut stack = Stack::new("Builder");
    let origin = origins::Origin::http(
        "www.example.com",
        HttpOriginProps::default()
            .connection_attempts(4)
            .read_timeout(Duration::seconds(121))
            .custom_headers([("X-Amz-Trace", "1")]),
    );
    Distribution::new(
        &mut stack,
        "myDist",
        DistributionProps::new(BehaviorOptions::new(origin)).comment("c".repeat(129)),
    );
    assert_eq!(
        paths(&errors(&stack)),
        [
            (
                Rule::OriginHeaderName,
                r#"myDist.default_behavior.origin.custom_headers["X-Amz-Trace"]"#.to_owned()
            ),
            (
                Rule::ConnectionAttempts,
                "myDist.default_behavior.origin.connection_attempts".to_owned()
            ),
            (
                Rule::OriginResponseTimeout,
                "myDist.default_behavior.origin.read_timeout".to_owned()
            ),
            (Rule::Comment, "myDist.comment".to_owned()),
        ]
    );
}

#[test]
fn a_missing_default_behavior_is_reported_not_rendered() {
    let mut stack = Stack::new("Empty");
    Distribution::new(&mut stack, "myDist", DistributionProps::default());
    assert_eq!(
        paths(&errors(&stack)),
        [(Rule::MissingRequired, "myDist".to_owned())]
    );
}

#[test]
fn a_raised_quota_on_the_stack_lets_the_value_pass() {
    let build = |quotas: Quotas| {
        let mut stack = Stack::new("Quota").with_quotas(quotas);
        let slow = Duration::seconds(180);
        distribution!(stack, "myDist", {
            default_behavior: { origin: origins::HttpOrigin("reports.example.com", { read_timeout: slow }) },
        });
        stack
    };
    assert_eq!(paths(&errors(&build(Quotas::default()))).len(), 1);
    let mut raised = Quotas::default();
    raised.set("origin_response_timeout", 180).unwrap();
    let stack = build(raised);
    assert!(stack.synth().is_ok());
    lint_stacks([&stack]);
}

#[test]
fn load_balancers_must_exist_and_face_the_internet() {
    let mut stack = Stack::new("Lbs");
    stack.add_cfn_resource(
        "Internal",
        CfnResource::new(
            "AWS::ElasticLoadBalancingV2::LoadBalancer",
            cloudfront_dsl::serde_json::json!({ "Scheme": "internal" }),
        ),
    );
    let internal = elbv2::ApplicationLoadBalancer::from_logical_id("Internal");
    let missing = elbv2::NetworkLoadBalancer::from_logical_id("Nowhere");
    let by_name = elbv2::ApplicationLoadBalancer::from_dns_name(
        "internal-app-123.us-east-1.elb.amazonaws.com",
    );
    distribution!(stack, "a", { default_behavior: { origin: origins::LoadBalancerV2Origin(internal) } });
    distribution!(stack, "b", { default_behavior: { origin: origins::LoadBalancerV2Origin(missing) } });
    distribution!(stack, "c", { default_behavior: { origin: origins::LoadBalancerV2Origin(by_name) } });
    assert_eq!(
        paths(&errors(&stack)),
        [
            (
                Rule::LoadBalancerScheme,
                "a.default_behavior.origin.load_balancer".to_owned()
            ),
            (
                Rule::Reference,
                "b.default_behavior.origin.load_balancer".to_owned()
            ),
            (
                Rule::LoadBalancerScheme,
                "c.default_behavior.origin.load_balancer".to_owned()
            ),
        ]
    );
}

#[test]
fn handles_of_another_stack_and_duplicate_ids_are_reported() {
    let mut other = Stack::new("Other");
    let bucket = s3::Bucket::new(&mut other, "b");
    let mut stack = Stack::new("Mine");
    distribution!(stack, "myDist", { default_behavior: { origin: origins::S3Origin(bucket) } });
    distribution!(stack, "myDist", { default_behavior: { origin: origins::HttpOrigin("a.example.com") } });
    assert_eq!(
        paths(&errors(&stack)),
        [
            (
                Rule::Reference,
                "myDist.default_behavior.origin.bucket".to_owned()
            ),
            (Rule::ConstructId, "myDist.id".to_owned()),
        ]
    );
}

#[test]
fn an_invalid_stack_name_is_reported() {
    let mut stack = Stack::new("my_stack");
    distribution!(stack, "d", { default_behavior: { origin: origins::HttpOrigin("a.example.com") } });
    assert_eq!(
        paths(&errors(&stack)),
        [(Rule::StackName, "stack_name".to_owned())]
    );
}

#[test]
fn an_empty_stack_is_reported() {
    assert_eq!(
        paths(&errors(&Stack::new("Nothing"))),
        [(Rule::EmptyStack, "resources".to_owned())]
    );
}

/// Every error names a property path, also those about the stack or about a construct whose
/// id names nothing.
#[test]
fn errors_about_ids_scopes_and_the_stack_name_a_path() {
    let mut stack = Stack::new("Mine").with_description("d".repeat(1025));
    let origin = || origins::HttpOrigin("a.example.com");
    distribution!(stack, "", { default_behavior: { origin: origin() } });
    let scope = Scope::new(&mut stack, "web").node();
    let mut web = stack.scope(scope);
    distribution!(web, "", { default_behavior: { origin: origin() } });
    // `/` cannot forge a path: the id becomes `a--b`, and the second one is a duplicate.
    distribution!(stack, "a/b", { default_behavior: { origin: origin() } });
    distribution!(stack, "a/b", { default_behavior: { origin: origin() } });
    let mut other = Stack::new("Other");
    let foreign = Scope::new(&mut other, "there").node();
    let mut lost = stack.scope(foreign);
    distribution!(lost, "lost", { default_behavior: { origin: origin() } });
    let found = paths(&errors(&stack));
    assert_eq!(
        found,
        [
            (Rule::StackDescription, "description".to_owned()),
            (Rule::ConstructId, "id".to_owned()),
            (Rule::ConstructId, "web.id".to_owned()),
            (Rule::ConstructId, "a--b.id".to_owned()),
            (Rule::ConstructId, "scope".to_owned()),
        ]
    );
    assert!(found.iter().all(|(_, path)| !path.is_empty()));
}

/// The other errors of a construct whose id is empty name it as `""`: without it their paths
/// would start at a prop of no construct (`default_behavior.origin.http_port`).
#[test]
fn errors_of_a_construct_with_an_empty_id_name_it() {
    let mut stack = Stack::new("Mine");
    let port: u16 = 22;
    distribution!(stack, "", {
        default_behavior: { origin: origins::HttpOrigin("a.example.com", { http_port: port }) },
    });
    let scope = Scope::new(&mut stack, "web").node();
    let mut web = stack.scope(scope);
    distribution!(web, "", {
        default_behavior: { origin: origins::HttpOrigin("b.example.com", { http_port: port }) },
    });
    let e = errors(&stack);
    assert_eq!(
        paths(&e),
        [
            (Rule::ConstructId, "id".to_owned()),
            (Rule::ConstructId, "web.id".to_owned()),
            (
                Rule::OriginPort,
                r#""".default_behavior.origin.http_port"#.to_owned()
            ),
            (
                Rule::OriginPort,
                r#"web/"".default_behavior.origin.http_port"#.to_owned()
            ),
        ]
    );
    assert!(
        e.to_string()
            .contains(r#"error[origin-port]: "".default_behavior.origin.http_port"#),
        "{e}"
    );
}

#[test]
fn the_cli_writes_nothing_when_a_stack_is_invalid() {
    let dir = std::env::temp_dir().join(format!("cloudfront-dsl-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut good = Stack::new("Good");
    distribution!(good, "d", { default_behavior: { origin: origins::HttpOrigin("a.example.com") } });
    let mut bad = Stack::new("Bad");
    let port: u16 = 1;
    distribution!(bad, "d", { default_behavior: { origin: origins::HttpOrigin("a.example.com", { http_port: port }) } });
    let args = ["--out".to_owned(), dir.display().to_string()];
    let code = cloudfront_dsl::cli::run_with([&good, &bad], args.clone());
    assert_eq!(code, std::process::ExitCode::FAILURE);
    assert!(!dir.exists(), "nothing is written");
    assert_eq!(
        cloudfront_dsl::cli::run_with([&good], args),
        std::process::ExitCode::SUCCESS
    );
    assert!(dir.join("Good.template.json").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every prop of the foundation set, rendered: the template lints clean.
#[test]
fn every_prop_renders_a_template_cfn_lint_accepts() {
    let mut stack = Stack::new("AllProps").with_env("123456789012", "us-east-1");
    let bucket = s3::Bucket::new(&mut stack, "assets");
    let site = s3::Bucket::with_props(
        &mut stack,
        "site",
        s3::BucketProps::default().website_index_document("index.html"),
    );
    let shared = origins::S3Origin(bucket);
    stack.add_cfn_resource(
        "LB",
        CfnResource::new(
            "AWS::ElasticLoadBalancingV2::LoadBalancer",
            cloudfront_dsl::serde_json::json!({ "Subnets": ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"] }),
        ),
    );
    distribution!(stack, "everything", {
        #![quotas(origin_response_timeout = 180)]
        default_behavior: {
            origin: shared.clone(),
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
            compress: false,
            smooth_streaming: true,
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::HttpOrigin("api.example.com", {
                    protocol_policy: OriginProtocolPolicy::MATCH_VIEWER,
                    http_port: 8080,
                    https_port: 8443,
                    origin_path: "/v1",
                    read_timeout: Duration::minutes(3),
                    keepalive_timeout: Duration::seconds(60),
                    connection_attempts: 2,
                    connection_timeout: Duration::seconds(5),
                    origin_ssl_protocols: [OriginSslPolicy::TLS_V1_1, OriginSslPolicy::TLS_V1_2],
                    custom_headers: { "X-Origin-Verify": "s3cr3t", "X-Tenant": "a" },
                    origin_shield_region: "us-east-1",
                    origin_id: "api",
                }),
                viewer_protocol_policy: ViewerProtocolPolicy::HTTPS_ONLY,
            },
            "/site/*": { origin: origins::S3Origin(site, { origin_path: "/", origin_shield_enabled: false }) },
            "/lb/*": { origin: origins::LoadBalancerV2Origin(elbv2::ApplicationLoadBalancer::from_logical_id("LB")) },
            "/assets/*": { origin: shared },
        },
        comment: "every foundation prop",
        enabled: false,
        default_root_object: "index.html",
        http_version: HttpVersion::HTTP2_AND_3,
        enable_ipv6: false,
        price_class: PriceClass::PRICE_CLASS_200,
        error_responses: [
            { http_status: 404, response_http_status: 200, response_page_path: "/index.html", ttl: Duration::seconds(30) },
            { http_status: 503, ttl: Duration::seconds(0) },
            { http_status: 403, response_page_path: "/403.html" },
        ],
        geo_restriction: GeoRestriction::denylist("KP", "IR"),
        web_acl_id: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
    });
    let template = stack.synth().expect("valid");
    let (_, dist) = template
        .resources()
        .find(|(_, r)| r.resource_type == "AWS::CloudFront::Distribution")
        .expect("a distribution");
    let config = &dist.properties["DistributionConfig"];
    assert_eq!(
        config["CustomErrorResponses"][2]["ResponseCode"], 403,
        "a page without a status answers with the error's own status"
    );
    assert_eq!(config["Origins"][1]["Id"], "api");
    assert_eq!(
        config["Origins"][2]["OriginPath"], "",
        "`/` is the origin's root"
    );
    assert_eq!(
        config["Origins"].as_array().map(Vec::len),
        Some(4),
        "the shared origin is one origin"
    );
    lint_stacks([&stack]);
}

#[test]
fn custom_policies_count_against_the_account_quota() {
    let build = |quotas: Quotas| {
        let mut stack = Stack::new("Policies")
            .with_env("123456789012", "us-east-1")
            .with_quotas(quotas);
        let mut last = None;
        for i in 0..21 {
            last = Some(
                cache_policy!(stack, format!("Policy{i}"), { comment: format!("policy {i}") }),
            );
        }
        distribution!(stack, "d", {
            default_behavior: { origin: origins::HttpOrigin("a.example.com"), cache_policy: last.unwrap() },
        });
        stack
    };
    assert_eq!(
        paths(&errors(&build(Quotas::default()))),
        [(Rule::PerAccountQuota, "Policy20".to_owned())]
    );
    let mut raised = Quotas::default();
    raised.cache_policies_per_account = 25;
    let stack = build(raised);
    assert!(stack.synth().is_ok());
    lint_stacks([&stack]);
}

#[test]
fn behaviors_added_later_are_checked_with_the_others() {
    let mut stack = Stack::new("Later");
    let origin = origins::HttpOrigin("a.example.com");
    let dist = distribution!(stack, "myDist", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "/images/*": { origin: origin.clone() } },
    });
    let pattern = String::from("images/*");
    add_behavior!(stack, dist, pattern, origin);
    assert_eq!(
        paths(&errors(&stack)),
        [(
            Rule::PathPattern,
            r#"myDist.additional_behaviors["images/*"]"#.to_owned()
        )]
    );
}

#[test]
fn policies_render_what_cfn_lint_accepts() {
    let mut stack = Stack::new("PolicyProps").with_env("123456789012", "eu-west-1");
    let cache = cache_policy!(stack, "cache", {
        min_ttl: Duration::days(2),
        cookie_behavior: CacheCookieBehavior::deny_list("tracking"),
        query_string_behavior: CacheQueryStringBehavior::all(),
        header_behavior: CacheHeaderBehavior::none(),
    });
    let forward = origin_request_policy!(stack, "forward", {
        comment: "everything",
        header_behavior: OriginRequestHeaderBehavior::deny_list("X-Internal"),
        cookie_behavior: OriginRequestCookieBehavior::all(),
        query_string_behavior: OriginRequestQueryStringBehavior::deny_list("debug"),
    });
    let all_viewer = origin_request_policy!(stack, "allViewer", {
        header_behavior: OriginRequestHeaderBehavior::all(),
    });
    let origin = origins::HttpOrigin("a.example.com");
    distribution!(stack, "d", {
        default_behavior: {
            origin: origin.clone(),
            cache_policy: cache,
            origin_request_policy: forward,
            response_headers_policy: ResponseHeadersPolicy::CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS,
            allowed_methods: AllowedMethods::ALLOW_GET_HEAD_OPTIONS,
            cached_methods: CachedMethods::CACHE_GET_HEAD_OPTIONS,
        },
        additional_behaviors: {
            "/api/*": { origin: origin, origin_request_policy: all_viewer, cache_policy: CachePolicy::CACHING_DISABLED },
        },
    });
    let template = stack.synth().expect("valid");
    let of_type = |t: &str| -> Vec<&cloudfront_dsl::serde_json::Value> {
        template
            .resources()
            .filter(|(_, r)| r.resource_type == t)
            .map(|(_, r)| &r.properties)
            .collect()
    };
    let cache_config = &of_type("AWS::CloudFront::CachePolicy")[0]["CachePolicyConfig"];
    assert_eq!(
        cache_config["DefaultTTL"], 172_800,
        "the default TTL is raised to the minimum, as the CDK does"
    );
    let name = cache_config["Name"].as_str().unwrap();
    assert!(
        name.starts_with("PolicyPropscache")
            && name.ends_with("-eu-west-1")
            && name.len() == "PolicyPropscache".len() + 8 + "-eu-west-1".len(),
        "a generated name is the unique id and the region: {name}"
    );
    let origin_request = of_type("AWS::CloudFront::OriginRequestPolicy");
    assert_eq!(
        origin_request[1]["OriginRequestPolicyConfig"]["HeadersConfig"],
        cloudfront_dsl::serde_json::json!({ "HeaderBehavior": "allViewer" })
    );
    lint_stacks([&stack]);
}

#[test]
fn what_only_the_stack_knows_about_certificates_and_log_buckets_is_checked_by_synth() {
    let mut stack = Stack::new("Stackwide").with_env("123456789012", "eu-west-1");
    let zone = example_zone(&mut stack);
    let cert = acm::Certificate::new(
        &mut stack,
        "Cert",
        acm::CertificateProps {
            domain_name: "*.example.com".into(),
            subject_alternative_names: vec![],
            validation: acm::CertificateValidation::from_dns(zone),
        },
    );
    let logs = s3::Bucket::new(&mut stack, "Logs");
    distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::HttpOrigin("origin.example.com") },
        domain_names: ["www.example.com", "example.com", "a.b.example.com"],
        certificate: cert,
        log_bucket: logs,
    });
    assert_eq!(
        paths(&errors(&stack)),
        [
            (Rule::Certificate, "Cdn.certificate".to_owned()),
            (Rule::Certificate, "Cdn.domain_names[1]".to_owned()),
            (Rule::Certificate, "Cdn.domain_names[2]".to_owned()),
            (Rule::Logging, "Cdn.log_bucket".to_owned()),
        ]
    );
}

#[test]
fn an_imported_distribution_cannot_be_changed() {
    let mut stack = Stack::new("Imported");
    let dist = Distribution::from_distribution_attributes(
        &mut stack,
        "Cdn",
        DistributionAttributes {
            domain_name: "d111111abcdef8.cloudfront.net".into(),
            distribution_id: "E1A2B3C4D5E6F7".into(),
        },
    );
    add_behavior!(stack, dist, "/x/*", origins::HttpOrigin("x.example.com"));
    stack.add_output("Id", dist.distribution_id());
    assert!(paths(&errors(&stack)).contains(&(
        Rule::Reference,
        r#"Cdn.additional_behaviors["/x/*"]"#.to_owned()
    )));
}

/// A key known only at run time is checked by `synth()`; no message shows key material.
#[test]
fn keys_are_checked_at_run_time_and_never_echoed() {
    let private = format!(
        "-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n",
        "U0VDUkVUS0VZTUFURVJJQUw="
    );
    let not_a_key = String::from("SECRETKEYMATERIAL");
    let mut stack = Stack::new("Keys");
    let a = public_key!(stack, "Private", { encoded_key: private });
    let b = public_key!(stack, "Garbage", { encoded_key: not_a_key });
    key_group!(stack, "Twice", { items: [a, a] });
    let group = key_group!(stack, "Group", { items: [b] });
    distribution!(stack, "d", {
        default_behavior: { origin: origins::HttpOrigin("a.example.com"), trusted_key_groups: [group] },
    });
    let err = errors(&stack);
    assert_eq!(
        paths(&err),
        [
            (Rule::PublicKey, "Private.encoded_key".to_owned()),
            (Rule::PublicKey, "Garbage.encoded_key".to_owned()),
            (Rule::KeyGroup, "Twice.items[1]".to_owned()),
        ]
    );
    let text = err.to_string();
    for material in ["U0VDUkVUS0VZTUFURVJJQUw", "SECRETKEYMATERIAL"] {
        assert!(!text.contains(material), "key material in: {text}");
    }
}

/// Every public key of the stack counts toward the account's quota, those of key groups and
/// those of field-level encryption alike; a raised quota lets them pass.
#[test]
fn public_keys_count_toward_the_account_quota() {
    let build = |quotas: Quotas| {
        let mut stack = Stack::new("Keys")
            .with_env("123456789012", "us-east-1")
            .with_quotas(quotas);
        let pem = include_str!("fixtures/public_key.pem").to_owned();
        let mut keys = Vec::new();
        for i in 0..11 {
            keys.push(public_key!(stack, format!("Key{i}"), { encoded_key: pem.clone() }));
        }
        let group = key_group!(stack, "Group", { items: [keys[0]] });
        distribution!(stack, "d", {
            default_behavior: { origin: origins::HttpOrigin("a.example.com"), trusted_key_groups: [group] },
        });
        stack
    };
    assert_eq!(
        paths(&errors(&build(Quotas::default()))),
        [(Rule::PerAccountQuota, "Key10".to_owned())]
    );
    let mut raised = Quotas::default();
    raised.set("public_keys_per_account", 11).unwrap();
    let stack = build(raised);
    assert!(stack.synth().is_ok());
    lint_stacks([&stack]);
}

#[test]
fn certificates_created_in_the_stack_are_checked() {
    let mut stack = Stack::new("Certs").with_env("123456789012", "us-east-1");
    let zone = example_zone(&mut stack);
    let long = format!("{}.example.com", "a".repeat(60));
    acm::Certificate::new(
        &mut stack,
        "Cert",
        acm::CertificateProps {
            domain_name: long,
            subject_alternative_names: vec![
                "www.other.org".into(),
                "Shop.example.com".into(),
                "www.other.org".into(),
            ],
            validation: acm::CertificateValidation::from_dns(zone),
        },
    );
    let wide = acm::Certificate::new(
        &mut stack,
        "Wide",
        acm::CertificateProps {
            domain_name: "example.com".into(),
            subject_alternative_names: (0..10).map(|i| format!("n{i}.example.com")).collect(),
            validation: acm::CertificateValidation::from_dns(zone),
        },
    );
    let _ = wide;
    assert_eq!(
        paths(&errors(&stack)),
        [
            (Rule::Certificate, "Cert.domain_name".to_owned()),
            (
                Rule::Certificate,
                "Cert.subject_alternative_names[0]".to_owned()
            ),
            (
                Rule::Certificate,
                "Cert.subject_alternative_names[1]".to_owned()
            ),
            (
                Rule::Certificate,
                "Cert.subject_alternative_names[2]".to_owned()
            ),
            (
                Rule::Certificate,
                "Wide.subject_alternative_names[9]".to_owned()
            ),
        ]
    );
}

#[test]
fn a_wildcard_beside_its_apex_is_validated_once() {
    let mut stack = Stack::new("Apex").with_env("123456789012", "us-east-1");
    let zone = example_zone(&mut stack);
    acm::Certificate::new(
        &mut stack,
        "Cert",
        acm::CertificateProps {
            domain_name: "example.com".into(),
            subject_alternative_names: vec!["*.example.com".into()],
            validation: acm::CertificateValidation::from_dns(zone),
        },
    );
    let template = stack.synth().expect("valid");
    let (_, cert) = template.resources().next().unwrap();
    // `*.example.com` and `example.com` share their validation record.
    assert_eq!(
        cert.properties["DomainValidationOptions"],
        cloudfront_dsl::serde_json::json!([{ "DomainName": "example.com", "HostedZoneId": "Z0123456789ABCDEFGHIJ" }])
    );
    lint_stacks([&stack]);
}

/// CloudFront gives an alternate domain name to one distribution only (the second fails with
/// `CNAMEAlreadyExists`); a wildcard on one and a name it covers on another may coexist.
#[test]
fn an_alternate_domain_name_belongs_to_one_distribution_of_the_stack() {
    let build = |first: &str, second: &str| {
        let mut stack = Stack::new("Aliases").with_env("123456789012", "us-east-1");
        let cert = acm::Certificate::from_certificate_arn(
            "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
        );
        distribution!(stack, "First", {
            default_behavior: { origin: origins::HttpOrigin("a.example.com") },
            domain_names: [first],
            certificate: cert.clone(),
        });
        distribution!(stack, "Second", {
            default_behavior: { origin: origins::HttpOrigin("b.example.com") },
            domain_names: ["api.example.com", second],
            certificate: cert,
        });
        stack
    };
    let e = errors(&build("www.example.com", "www.example.com"));
    assert_eq!(
        paths(&e),
        [(Rule::DomainName, "Second.domain_names[1]".to_owned())]
    );
    assert!(
        e.to_string()
            .contains("`www.example.com` is also an alternate domain name of `First`"),
        "{e}"
    );
    let overlapping = build("*.example.com", "www.example.com");
    assert!(overlapping.synth().is_ok());
    lint_stacks([&overlapping]);
}

#[test]
fn web_distribution_values_known_only_at_run_time_are_checked_by_synth() {
    let mut stack = Stack::new("WebRunTime");
    let host = format!("https://{}/", "api.example.com");
    let attempts: u32 = 5;
    let codes: Vec<FailoverStatusCode> = Vec::new();
    let slow = Duration::seconds(121);
    web_distribution!(stack, "Web", {
        origin_configs: [{
            custom_origin_source: { domain_name: host, origin_read_timeout: slow },
            failover_custom_origin_source: { domain_name: "backup.example.com" },
            failover_criteria_status_codes: codes,
            connection_attempts: attempts,
            behaviors: [{ is_default_behavior: true }],
        }],
    });
    assert_eq!(
        paths(&errors(&stack)),
        [
            (
                Rule::Failover,
                "Web.origin_configs[0].failover_criteria_status_codes".to_owned()
            ),
            (
                Rule::OriginDomainName,
                "Web.origin_configs[0].custom_origin_source.domain_name".to_owned()
            ),
            (
                Rule::ConnectionAttempts,
                "Web.origin_configs[0].connection_attempts".to_owned()
            ),
            (
                Rule::OriginResponseTimeout,
                "Web.origin_configs[0].custom_origin_source.origin_read_timeout".to_owned()
            ),
        ]
    );
}

#[test]
fn the_web_distribution_builder_gets_the_same_rules() {
    use cloudfront_dsl::web_distribution::{
        Behavior, CustomOriginConfig, SourceConfiguration, WebDistribution, WebDistributionProps,
    };
    let mut stack = Stack::new("WebBuilder");
    WebDistribution::new(
        &mut stack,
        "Web",
        WebDistributionProps::new([SourceConfiguration::default()
            .custom_origin_source(
                CustomOriginConfig::default()
                    .domain_name("api.example.com")
                    .origin_headers([("Via", "me")])
                    .http_port(81),
            )
            .behaviors([
                Behavior::default().path_pattern("/a/*"),
                Behavior::default().path_pattern("/a/*"),
            ])])
        .comment("c".repeat(129)),
    );
    assert_eq!(
        paths(&errors(&stack)),
        [
            (
                Rule::OriginHeaderName,
                r#"Web.origin_configs[0].custom_origin_source.origin_headers["Via"]"#.to_owned()
            ),
            (
                Rule::OriginPort,
                "Web.origin_configs[0].custom_origin_source.http_port".to_owned()
            ),
            (Rule::DefaultBehavior, "Web.origin_configs".to_owned()),
            (
                Rule::PathPattern,
                "Web.origin_configs[0].behaviors[1].path_pattern".to_owned()
            ),
            (Rule::Comment, "Web.comment".to_owned()),
        ]
    );
}

#[test]
fn a_web_distribution_log_bucket_must_accept_acls_and_its_own_does() {
    let mut stack = Stack::new("WebLogs").with_env("123456789012", "us-east-1");
    let site = s3::Bucket::new(&mut stack, "Site");
    let logs = s3::Bucket::new(&mut stack, "Logs");
    web_distribution!(stack, "Mine", {
        origin_configs: [{ s3_origin_source: { s3_bucket_source: site }, behaviors: [{ is_default_behavior: true }] }],
        logging_config: { bucket: logs },
    });
    assert_eq!(
        paths(&errors(&stack)),
        [(Rule::Logging, "Mine.logging_config.bucket".to_owned())]
    );

    let mut stack = Stack::new("WebLogs").with_env("123456789012", "us-east-1");
    let site = s3::Bucket::new(&mut stack, "Site");
    web_distribution!(stack, "Own", {
        origin_configs: [{ s3_origin_source: { s3_bucket_source: site }, behaviors: [{ is_default_behavior: true }] }],
        logging_config: { prefix: "cdn/" },
    });
    let template = stack.synth().expect("valid");
    let bucket = template
        .resource("OwnLoggingBucket97960B6B")
        .expect("a log bucket");
    assert_eq!(
        bucket.properties["OwnershipControls"],
        cloudfront_dsl::serde_json::json!({ "Rules": [{ "ObjectOwnership": "ObjectWriter" }] })
    );
    let logging = &template
        .resource("OwnCFDistribution16FFA758")
        .expect("the distribution")
        .properties["DistributionConfig"]["Logging"];
    assert_eq!(
        *logging,
        cloudfront_dsl::serde_json::json!({
            "Bucket": { "Fn::GetAtt": ["OwnLoggingBucket97960B6B", "RegionalDomainName"] },
            "IncludeCookies": false,
            "Prefix": "cdn/"
        })
    );
    lint_stacks([&stack]);
}

#[test]
fn a_web_distribution_certificate_of_the_stack_covers_its_aliases_and_buckets_are_its_own() {
    let mut other = Stack::new("Other");
    let foreign = s3::Bucket::new(&mut other, "b");
    let mut stack = Stack::new("WebCert").with_env("123456789012", "eu-west-1");
    let cert = acm::Certificate::new(
        &mut stack,
        "Cert",
        acm::CertificateProps {
            domain_name: "www.example.com".into(),
            subject_alternative_names: vec![],
            validation: acm::CertificateValidation::from_email(),
        },
    );
    web_distribution!(stack, "Web", {
        origin_configs: [{ s3_origin_source: { s3_bucket_source: foreign }, behaviors: [{ is_default_behavior: true }] }],
        viewer_certificate: ViewerCertificate::from_acm_certificate(cert, { aliases: ["www.example.com", "example.com"] }),
    });
    assert_eq!(
        paths(&errors(&stack)),
        [
            (
                Rule::Certificate,
                "Web.viewer_certificate.certificate".to_owned()
            ),
            (
                Rule::Certificate,
                "Web.viewer_certificate.aliases[1]".to_owned()
            ),
            (
                Rule::Reference,
                "Web.origin_configs[0].s3_origin_source.s3_bucket_source".to_owned()
            ),
        ]
    );
}

/// A web distribution moved to `distribution!` keeps its logical id, so that CloudFormation
/// updates the distribution in place; an override another resource has is refused.
#[test]
fn a_logical_id_override_keeps_a_web_distributions_id_and_must_be_unique() {
    let web = examples::web_dist_basic::stacks().remove(0);
    let web_template = web.synth().expect("valid");
    let id = "MyDistributionCFDistributionDE147309";
    assert!(web_template.resource(id).is_some());

    let mut stack = Stack::new("WebDistBasicStack").with_env("123456789012", "us-east-1");
    let source_bucket = s3::Bucket::new(&mut stack, "Bucket");
    distribution!(stack, "MyDistribution", {
        #![override_logical_id("MyDistributionCFDistributionDE147309")]
        default_behavior: {
            origin: origins::S3Origin(source_bucket),
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
        },
        default_root_object: "index.html",
        price_class: PriceClass::PRICE_CLASS_100,
    });
    let template = stack.synth().expect("valid");
    let dist = template
        .resource(id)
        .expect("the web distribution's logical id");
    assert_eq!(dist.resource_type, "AWS::CloudFront::Distribution");
    let (config, web_config) = (
        &dist.properties["DistributionConfig"],
        &web_template.resource(id).unwrap().properties["DistributionConfig"],
    );
    for field in [
        "DefaultRootObject",
        "PriceClass",
        "HttpVersion",
        "IPV6Enabled",
    ] {
        assert_eq!(config[field], web_config[field], "{field}");
    }
    assert_eq!(
        config["Origins"][0]["DomainName"],
        web_config["Origins"][0]["DomainName"]
    );
    lint_stacks([&stack]);

    let mut stack = Stack::new("Collides");
    s3::Bucket::new(&mut stack, "Bucket");
    distribution!(stack, "Cdn", {
        #![override_logical_id("Bucket83908E77")]
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    let e = errors(&stack);
    assert_eq!(paths(&e), [(Rule::ConstructId, "Cdn".to_owned())]);
    assert!(
        e.errors[0].violation.message.contains(
            "`Bucket83908E77`, which `Cdn` takes by override, is also the id of `Bucket`"
        ),
        "{e}"
    );
}

/// A web distribution's aliases count among the stack's alternate domain names too.
#[test]
fn a_web_distributions_alias_belongs_to_it_alone() {
    let mut stack = Stack::new("Moving").with_env("123456789012", "us-east-1");
    let cert = acm::Certificate::from_certificate_arn(
        "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
    );
    web_distribution!(stack, "Old", {
        origin_configs: [{ custom_origin_source: { domain_name: "a.example.com" }, behaviors: [{ is_default_behavior: true }] }],
        viewer_certificate: ViewerCertificate::from_acm_certificate(cert.clone(), { aliases: ["www.example.com"] }),
    });
    distribution!(stack, "New", {
        default_behavior: { origin: origins::HttpOrigin("a.example.com") },
        domain_names: ["www.example.com"],
        certificate: cert,
    });
    assert_eq!(
        paths(&errors(&stack)),
        [(Rule::DomainName, "New.domain_names[0]".to_owned())]
    );
}

/// The seed's `minimum_protocol_version` snippet as written (domain names, no certificate): the
/// CDK synthesizes it, writing the aliases and silently dropping the protocol version (no
/// `ViewerCertificate` at all), a template CloudFront rejects. `synth()` refuses it instead,
/// naming both props.
#[test]
fn domain_names_without_a_certificate_are_refused_where_the_cdk_drops_the_tls_props() {
    let cdk = cloudfront_dsl_tests::golden("min-protocol-version-as-written");
    let config = &cdk["Resources"]
        .as_object()
        .unwrap()
        .values()
        .find(|r| r["Type"] == "AWS::CloudFront::Distribution")
        .expect("the CDK's template has the distribution")["Properties"]["DistributionConfig"];
    assert_eq!(
        config["Aliases"],
        cloudfront_dsl::serde_json::json!(["www.example.com"])
    );
    assert!(config.get("ViewerCertificate").is_none(), "{config}");

    let mut stack = Stack::new("MinProtocolVersionAsWrittenStack");
    let bucket = s3::Bucket::new(&mut stack, "myBucket");
    Distribution::new(
        &mut stack,
        "myDist",
        DistributionProps::new(BehaviorOptions::new(origins::S3Origin(bucket)))
            .domain_names(["www.example.com"])
            .minimum_protocol_version(SecurityPolicyProtocol::TLS_V1_2016),
    );
    let e = errors(&stack);
    assert_eq!(
        paths(&e),
        [
            (Rule::Certificate, "myDist.domain_names".to_owned()),
            (
                Rule::Certificate,
                "myDist.minimum_protocol_version".to_owned()
            ),
        ],
        "{e}"
    );
}

/// A trusted signer goes into the template as written: what is neither `self` nor a 12-digit
/// account number (empty, 100 KB, NUL, a newline) fails `synth()` at its index, and the
/// message does not quote 100 KB.
#[test]
fn trusted_signers_are_self_or_account_numbers() {
    let long = "1".repeat(100_000);
    let mut stack = Stack::new("Signers");
    Distribution::new(
        &mut stack,
        "Cdn",
        DistributionProps::new(
            BehaviorOptions::new(origins::HttpOrigin("a.example.com")).trusted_signers([
                "self".to_owned(),
                "123456789012".to_owned(),
                String::new(),
                long,
                "self\0".to_owned(),
                "12345678901\n".to_owned(),
            ]),
        ),
    );
    let e = errors(&stack);
    let signers = "Cdn.default_behavior.trusted_signers";
    assert_eq!(
        paths(&e),
        [2, 3, 4, 5].map(|i| (Rule::TrustedSigners, format!("{signers}[{i}]")))
    );
    for v in &e.errors {
        assert!(
            v.violation.message.len() < 400,
            "{:.400}",
            v.violation.message
        );
    }
    let mut stack = Stack::new("Signers");
    Distribution::new(
        &mut stack,
        "Cdn",
        DistributionProps::new(
            BehaviorOptions::new(origins::HttpOrigin("a.example.com"))
                .trusted_signers(["self".to_owned(), "123456789012".to_owned()]),
        ),
    );
    lint_stacks([&stack]);
}

/// An origin id goes into the template as written, and behaviors name their origin by it: an
/// empty one, one over 128 characters (100 KB here), one with a NUL or a newline fail
/// `synth()` at the origin's `origin_id`, and the message does not quote 100 KB.
#[test]
fn origin_ids_cloudfront_does_not_take_are_errors() {
    let long = "a".repeat(100_000);
    for id in ["", long.as_str(), "api\0", "api\nv2"] {
        let mut stack = Stack::new("Ids");
        let origin =
            origins::Origin::http("a.example.com", HttpOriginProps::default().origin_id(id));
        Distribution::new(
            &mut stack,
            "Cdn",
            DistributionProps::new(BehaviorOptions::new(origin)),
        );
        let e = errors(&stack);
        assert_eq!(
            paths(&e),
            [(
                Rule::OriginId,
                "Cdn.default_behavior.origin.origin_id".to_owned()
            )],
            "{id:.20?}"
        );
        assert!(
            e.errors[0].violation.message.len() < 400,
            "{:.400}",
            e.errors[0].violation.message
        );
    }
    let mut stack = Stack::new("Ids");
    let origin = origins::Origin::http(
        "a.example.com",
        HttpOriginProps::default().origin_id("a".repeat(128)),
    );
    Distribution::new(
        &mut stack,
        "Cdn",
        DistributionProps::new(BehaviorOptions::new(origin)),
    );
    lint_stacks([&stack]);
}

/// The Origin Shield region and the stack's region pass the same region-code check: a code of
/// the European Sovereign Cloud, whose first part has four letters, is taken by both.
#[test]
fn origin_shield_takes_every_region_code_the_stack_takes() {
    let mut stack = Stack::new("Sovereign").with_env("123456789012", "eusc-de-east-1");
    distribution!(stack, "Literal", {
        default_behavior: {
            origin: origins::HttpOrigin("a.example.com", { origin_shield_region: "eusc-de-east-1" }),
        },
    });
    let region = String::from("eusc-de-east-1");
    distribution!(stack, "RunTime", {
        default_behavior: {
            origin: origins::HttpOrigin("b.example.com", { origin_shield_region: region }),
        },
    });
    let template = stack.synth().expect("valid");
    let shields: Vec<_> = template
        .resources()
        .map(|(_, r)| {
            r.properties["DistributionConfig"]["Origins"][0]["OriginShield"]["OriginShieldRegion"]
                .clone()
        })
        .collect();
    assert_eq!(shields, ["eusc-de-east-1", "eusc-de-east-1"]);
    lint_stacks([&stack]);

    let mut bad = Stack::new("Bad");
    let region = String::from("eusc de east 1");
    distribution!(bad, "Dist", {
        default_behavior: {
            origin: origins::HttpOrigin("a.example.com", { origin_shield_region: region }),
        },
    });
    assert_eq!(
        paths(&errors(&bad)),
        [(
            Rule::OriginShield,
            "Dist.default_behavior.origin.origin_shield_region".to_owned()
        )]
    );
}
