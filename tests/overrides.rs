//! The L1 escape hatch: overrides of what a construct does not model apply at `synth()`;
//! overrides of what it models are errors, so that no override skips a prop's rules.

use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::{Value, json};
use cloudfront_dsl::{Rule, SynthError};

fn errors(stack: &Stack) -> Vec<(Rule, String, String)> {
    let e: SynthError = stack.synth().expect_err("a refused override");
    e.errors
        .iter()
        .map(|v| (v.violation.rule, v.path(), v.violation.message.clone()))
        .collect()
}

fn cdn(stack: &mut Stack) -> Distribution {
    distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        comment: "short",
    })
}

#[test]
fn overrides_of_modeled_or_written_properties_are_errors() {
    let mut stack = Stack::new("Refused");
    let dist = cdn(&mut stack);
    let bucket = bucket!(stack, "Site", {});
    // A prop is named after it: its rules (a comment of at most 128 characters) would not run.
    stack.add_property_override(&dist, "DistributionConfig.Comment", "x".repeat(200));
    stack.add_property_override(&bucket, "BucketName", "Not_A_Name");
    stack.add_property_override(&bucket, "Tags", json!([]));
    // Outside `DistributionConfig`.
    stack.add_property_override(&dist, "Staging", true);
    let found = errors(&stack);
    let rules: Vec<Rule> = found.iter().map(|f| f.0).collect();
    assert_eq!(rules, [Rule::PropertyOverride; 4], "{found:?}");
    let paths: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        paths,
        [
            "Cdn.property_overrides[\"DistributionConfig.Comment\"]",
            "Site.property_overrides[\"BucketName\"]",
            "Site.property_overrides[\"Tags\"]",
            "Cdn.property_overrides[\"Staging\"]",
        ]
    );
    assert!(found[0].2.contains("set `comment`"), "{}", found[0].2);
    assert!(found[1].2.contains("set `bucket_name`"), "{}", found[1].2);
    assert!(
        found[3].2.contains("write `DistributionConfig.Staging`"),
        "{}",
        found[3].2
    );
}

#[test]
fn an_override_of_what_the_construct_writes_is_an_error() {
    let mut stack = Stack::new("Written");
    let dist = cdn(&mut stack);
    // No prop is named `Origins`, but the distribution writes them from its origins.
    stack.add_property_override(
        &dist,
        "DistributionConfig.Origins.0.DomainName",
        "evil.example.com",
    );
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        "Cdn.property_overrides[\"DistributionConfig.Origins.0.DomainName\"]"
    );
    assert!(
        found[0].2.contains("writes `DistributionConfig.Origins`"),
        "{}",
        found[0].2
    );
}

#[test]
fn a_distribution_takes_no_origin_group_or_legacy_origin_its_behaviors_did_not_write() {
    let mut stack = Stack::new("Groups");
    let dist = cdn(&mut stack);
    // The distribution has no origin group, so none is written: one set by an override would
    // skip the rules on origin groups (two members, failover status codes, ...).
    stack.add_property_override(
        &dist,
        "DistributionConfig.OriginGroups",
        json!({ "Quantity": 1, "Items": [] }),
    );
    stack.add_property_override(
        &dist,
        "DistributionConfig.S3Origin.DNSName",
        "evil.s3.amazonaws.com",
    );
    stack.add_property_override(&dist, "DistributionConfig.CustomOrigin", json!({}));
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    let paths: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        paths,
        [
            "Cdn.property_overrides[\"DistributionConfig.OriginGroups\"]",
            "Cdn.property_overrides[\"DistributionConfig.S3Origin.DNSName\"]",
            "Cdn.property_overrides[\"DistributionConfig.CustomOrigin\"]",
        ]
    );
    for f in &found {
        assert!(f.2.contains("set `default_behavior`"), "{}", f.2);
    }
}

#[test]
fn overrides_set_index_and_delete_what_the_construct_does_not_write() {
    let mut stack = Stack::new("Applied");
    let bucket = bucket!(stack, "Site", {});
    stack.add_property_override(
        &bucket,
        "LifecycleConfiguration.Rules",
        json!([{ "Status": "Enabled", "ExpirationInDays": 30 }]),
    );
    stack.add_property_override(
        &bucket,
        "LifecycleConfiguration.Rules.0.ExpirationInDays",
        7,
    );
    stack.add_property_override(&bucket, r"Metrics\.Config", json!({}));
    stack.add_property_deletion_override(&bucket, "LifecycleConfiguration.Rules.0.Status");
    let template = stack.synth().unwrap_or_else(|e| panic!("{e}"));
    let (_, resource) = template.resources().next().expect("the bucket");
    assert_eq!(
        resource.properties,
        json!({
            "LifecycleConfiguration": { "Rules": [{ "ExpirationInDays": 7 }] },
            "Metrics.Config": {},
        })
    );
}

#[test]
fn a_path_that_cannot_be_followed_is_an_error() {
    let mut stack = Stack::new("Broken");
    let bucket = bucket!(stack, "Site", {});
    stack.add_property_override(&bucket, "CorsConfiguration..Rules", Value::Null);
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("empty segment"), "{}", found[0].2);
    // Below a value that is not an object.
    let mut stack = Stack::new("Broken");
    let bucket = bucket!(stack, "Site", {});
    stack.add_property_override(&bucket, "LifecycleConfiguration", "off");
    stack.add_property_override(&bucket, "LifecycleConfiguration.Rules", json!([]));
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("not an object"), "{}", found[0].2);
}

#[test]
fn an_imported_bucket_takes_no_override() {
    let mut stack = Stack::new("Imported").with_env("123456789012", "us-east-1");
    let media = s3::Bucket::from_bucket_name(&mut stack, "Media", "my-media-bucket");
    bucket!(stack, "Site", {});
    stack.add_property_override(&media, "VersioningConfiguration.Status", "Enabled");
    let found = errors(&stack);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].2.contains("not a resource of this stack"),
        "{}",
        found[0].2
    );
}

#[test]
fn every_cloudfront_construct_takes_overrides_that_skip_no_rule() {
    let mut stack = Stack::new("Kinds").with_env("123456789012", "us-east-1");
    let cache = cache_policy!(stack, "Cache", { comment: "short" });
    let request = origin_request_policy!(stack, "Request", {});
    let headers = response_headers_policy!(stack, "Headers", {
        remove_headers: ["Server"],
    });
    let key = public_key!(stack, "Key", { encoded_key: file("fixtures/public_key.pem") });
    let group = key_group!(stack, "Group", { items: [key] });
    let oac = s3_origin_access_control!(stack, "Oac", {});
    let store = key_value_store!(stack, "Store", {});
    // Each modeled property: its prop's rules (a comment of at most 128 characters, a name
    // unique in the account, a key in PEM...) would not run.
    let long = "x".repeat(200);
    stack.add_property_override(&cache, "CachePolicyConfig.Comment", long.as_str());
    stack.add_property_override(&request, "OriginRequestPolicyConfig.Name", "");
    stack.add_property_override(
        &headers,
        "ResponseHeadersPolicyConfig.Comment",
        long.as_str(),
    );
    stack.add_property_override(&key, "PublicKeyConfig.EncodedKey", "not a key");
    stack.add_property_override(&group, "KeyGroupConfig.Items", json!([]));
    stack.add_property_override(
        &oac,
        "OriginAccessControlConfig.SigningBehavior",
        "sometimes",
    );
    stack.add_property_override(&store, "Comment", long.as_str());
    // Outside the settings' property; and a managed policy, which is no resource of the stack.
    stack.add_property_override(&group, "Comment", "x");
    stack.add_property_override(
        &CachePolicy::CACHING_OPTIMIZED,
        "CachePolicyConfig.MinTTL",
        0,
    );
    let found = errors(&stack);
    let paths: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.1.split('.').next().unwrap_or_default(), f.1.as_str()))
        .collect();
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    let constructs: Vec<&str> = paths.iter().map(|p| p.0).collect();
    assert_eq!(constructs.len(), 9, "{found:#?}");
    for (construct, needle) in [
        ("Cache", "set `comment`"),
        ("Request", "set `origin_request_policy_name`"),
        ("Headers", "set `comment`"),
        ("Key", "set `encoded_key`"),
        ("Group", "set `items`"),
        ("Oac", "set `signing`"),
        ("Store", "set `comment`"),
        ("Group", "write `KeyGroupConfig.Comment`"),
        ("", "not a resource of this stack"),
    ] {
        assert!(
            found
                .iter()
                .any(|f| f.1.starts_with(construct) && f.2.contains(needle)),
            "{construct}: {needle}\n{found:#?}"
        );
    }

    // What the construct writes from its props, though no prop is named after it, is found
    // once the construct has rendered.
    let mut stack = Stack::new("Written");
    let cache = cache_policy!(stack, "Cache", {});
    let rewrite = function!(stack, "Rewrite", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
    });
    stack.add_property_override(
        &cache,
        "CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig",
        json!({}),
    );
    stack.add_property_override(&rewrite, "FunctionConfig.Runtime", "cloudfront-js-9.0");
    let found = errors(&stack);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0]
            .2
            .contains("writes `CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin`"),
        "{}",
        found[0].2
    );
    assert!(
        found[1].2.contains("writes `FunctionConfig`"),
        "{}",
        found[1].2
    );
}

#[test]
fn an_origin_access_identity_takes_no_override_of_its_one_setting() {
    use cloudfront_dsl::origin_access_identity::{OriginAccessIdentity, OriginAccessIdentityProps};
    let mut stack = Stack::new("Identity");
    let oai = OriginAccessIdentity::new(&mut stack, "OAI", OriginAccessIdentityProps::default());
    // The `comment` prop: its rule (at most 128 characters) would not run.
    stack.add_property_override(
        &oai,
        "CloudFrontOriginAccessIdentityConfig.Comment",
        "x".repeat(200),
    );
    stack.add_property_deletion_override(&oai, "CloudFrontOriginAccessIdentityConfig.Comment");
    // A path outside the settings.
    stack.add_property_override(&oai, "Comment", "x");
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    let paths: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        paths,
        [
            "OAI.property_overrides[\"CloudFrontOriginAccessIdentityConfig.Comment\"]",
            "OAI.property_overrides[\"CloudFrontOriginAccessIdentityConfig.Comment\"]",
            "OAI.property_overrides[\"Comment\"]",
        ],
        "{found:#?}"
    );
    assert!(found[0].2.contains("set `comment`"), "{}", found[0].2);
    assert!(found[1].2.contains("set `comment`"), "{}", found[1].2);
    assert!(
        found[2]
            .2
            .contains("write `CloudFrontOriginAccessIdentityConfig.Comment`"),
        "{}",
        found[2].2
    );

    // The whole settings object, which the identity writes, is found once it has rendered.
    let mut stack = Stack::new("Identity");
    let oai = OriginAccessIdentity::new(&mut stack, "OAI", OriginAccessIdentityProps::default());
    stack.add_property_override(&oai, "CloudFrontOriginAccessIdentityConfig", json!({}));
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].1,
        "OAI.property_overrides[\"CloudFrontOriginAccessIdentityConfig\"]"
    );
    assert!(
        found[0]
            .2
            .contains("writes `CloudFrontOriginAccessIdentityConfig`"),
        "{}",
        found[0].2
    );
}

#[test]
fn a_certificate_takes_overrides_of_what_it_does_not_model() {
    let mut stack = Stack::new("Cert").with_env("123456789012", "us-east-1");
    let cert = certificate!(stack, "Cert", { domain_name: "www.example.com" });
    stack.add_property_override(&cert, "KeyAlgorithm", "EC_prime256v1");
    stack.add_property_override(
        &cert,
        "CertificateTransparencyLoggingPreference",
        "DISABLED",
    );
    let template = stack.synth().unwrap_or_else(|e| panic!("{e}"));
    let (_, resource) = template.resources().next().expect("the certificate");
    assert_eq!(resource.properties["KeyAlgorithm"], "EC_prime256v1");
    assert_eq!(
        resource.properties["CertificateTransparencyLoggingPreference"],
        "DISABLED"
    );
    assert_eq!(resource.properties["DomainName"], "www.example.com");
    cloudfront_dsl_tests::lint_stacks([&stack]);
}

#[test]
fn a_certificate_takes_no_override_of_its_names_validation_or_tags() {
    let mut stack = Stack::new("Cert").with_env("123456789012", "us-east-1");
    let cert = certificate!(stack, "Cert", { domain_name: "www.example.com" });
    let imported = cloudfront_dsl::acm::Certificate::from_certificate_arn(
        "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
    );
    // Props: their rules (a domain name's syntax, the validation's hosted zone) would not run.
    stack.add_property_override(&cert, "DomainName", "not a name");
    stack.add_property_override(&cert, "SubjectAlternativeNames", json!(["*.*.example.com"]));
    stack.add_property_override(&cert, "ValidationMethod", "EMAIL");
    stack.add_property_override(&cert, "Tags", json!([]));
    // Not a resource of this stack's template.
    stack.add_property_override(&imported, "KeyAlgorithm", "RSA_2048");
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    for (path, needle) in [
        ("DomainName", "set `domain_name`"),
        ("SubjectAlternativeNames", "set `subject_alternative_names`"),
        ("ValidationMethod", "set `validation`"),
        ("Tags", "`Tags::of(scope)`"),
        ("KeyAlgorithm", "not a resource of this stack"),
    ] {
        let at = format!("property_overrides[\"{path}\"]");
        assert!(
            found
                .iter()
                .any(|f| f.1.ends_with(&at) && f.2.contains(path) && f.2.contains(needle)),
            "{path}: {needle}\n{found:#?}"
        );
    }
    assert_eq!(found.len(), 5, "{found:#?}");

    // Written from the names and the validation, though no prop is named after it: found once
    // the certificate has rendered.
    let mut stack = Stack::new("Cert").with_env("123456789012", "us-east-1");
    let cert = certificate!(stack, "Cert", { domain_name: "www.example.com" });
    stack.add_property_override(
        &cert,
        "DomainValidationOptions.0.ValidationDomain",
        "example.org",
    );
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].1,
        "Cert.property_overrides[\"DomainValidationOptions.0.ValidationDomain\"]"
    );
    assert!(
        found[0].2.contains("writes `DomainValidationOptions`"),
        "{}",
        found[0].2
    );
}

fn web(stack: &mut Stack) -> WebDistribution {
    web_distribution!(stack, "Web", {
        origin_configs: [{
            custom_origin_source: { domain_name: "www.example.com" },
            behaviors: [{ is_default_behavior: true }],
        }],
        comment: "short",
    })
}

#[test]
fn a_web_distribution_takes_overrides_of_what_it_does_not_model() {
    let mut stack = Stack::new("Web");
    let dist = web(&mut stack);
    let before = cloudfront_dsl_tests::synth_text(&stack);
    stack.add_property_override(&dist, "DistributionConfig.Staging", false);
    let template = stack.synth().unwrap_or_else(|e| panic!("{e}"));
    let (_, resource) = template.resources().next().expect("the distribution");
    let config = &resource.properties["DistributionConfig"];
    assert_eq!(config["Staging"], false);
    assert_eq!(config["Comment"], "short");
    // Nothing else moved.
    let without: Value = cloudfront_dsl::serde_json::from_str(&before).unwrap();
    let mut with = cloudfront_dsl::serde_json::to_value(&template).unwrap();
    let added = with["Resources"]
        .as_object_mut()
        .and_then(|r| r.values_mut().next())
        .and_then(|r| r["Properties"]["DistributionConfig"].as_object_mut())
        .and_then(|c| c.remove("Staging"));
    assert_eq!(added, Some(json!(false)));
    assert_eq!(with, without);
    cloudfront_dsl_tests::lint_stacks([&stack]);

    // The lint sees what an override lands: a property CloudFormation does not know fails it.
    let mut stack = Stack::new("Web");
    let dist = web(&mut stack);
    stack.add_property_override(&dist, "DistributionConfig.NoSuchSetting", true);
    let text = cloudfront_dsl_tests::synth_text(&stack);
    if std::process::Command::new("cfn-lint")
        .arg("--version")
        .output()
        .is_ok()
    {
        let lint = cloudfront_dsl_tests::cfn_lint(&[("Web".into(), text)], "us-east-1");
        let e = lint.expect_err("an unknown property fails cfn-lint");
        assert!(e.contains("NoSuchSetting"), "{e}");
    }
}

#[test]
fn a_web_distribution_takes_no_override_of_what_its_props_write() {
    let mut stack = Stack::new("Web");
    let dist = web(&mut stack);
    // Props: their rules (a comment of at most 128 characters) would not run.
    stack.add_property_override(&dist, "DistributionConfig.Comment", "x".repeat(200));
    // Written from the origin configurations, though this one has no failover and a
    // default behavior only: a behavior or an origin group the rules did not see.
    stack.add_property_override(
        &dist,
        "DistributionConfig.CacheBehaviors",
        json!([{ "PathPattern": "/admin/*", "TargetOriginId": "origin1", "ViewerProtocolPolicy": "allow-all" }]),
    );
    stack.add_property_override(&dist, "DistributionConfig.OriginGroups", json!({}));
    stack.add_property_override(&dist, "DistributionConfig.S3Origin", json!({}));
    // The domain names the viewer certificate must cover.
    stack.add_property_override(
        &dist,
        "DistributionConfig.Aliases",
        json!(["www.example.com"]),
    );
    stack.add_property_override(
        &dist,
        "DistributionConfig.CNAMEs",
        json!(["www.example.com"]),
    );
    // Outside `DistributionConfig`; its tags.
    stack.add_property_override(&dist, "Staging", true);
    stack.add_property_override(&dist, "Tags", json!([]));
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    for (path, needle) in [
        ("DistributionConfig.Comment", "set `comment`"),
        ("DistributionConfig.CacheBehaviors", "set `origin_configs`"),
        ("DistributionConfig.OriginGroups", "set `origin_configs`"),
        ("DistributionConfig.S3Origin", "set `origin_configs`"),
        ("DistributionConfig.Aliases", "set `viewer_certificate`"),
        ("DistributionConfig.CNAMEs", "set `viewer_certificate`"),
        ("Staging", "write `DistributionConfig.Staging`"),
        ("Tags", "`Tags::of(scope)`"),
    ] {
        let at = format!("Web.property_overrides[\"{path}\"]");
        assert!(
            found.iter().any(|f| f.1 == at && f.2.contains(needle)),
            "{path}: {needle}\n{found:#?}"
        );
    }
    assert_eq!(found.len(), 8, "{found:#?}");

    // What it always writes is found once it has rendered, below a prop's property too.
    let mut stack = Stack::new("Web");
    let dist = web(&mut stack);
    stack.add_property_override(
        &dist,
        "DistributionConfig.DefaultCacheBehavior.Compress",
        false,
    );
    stack.add_property_override(&dist, "DistributionConfig.PriceClass", "PriceClass_All");
    let found = errors(&stack);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].2.contains("set `origin_configs`"),
        "{}",
        found[0].2
    );
    assert!(found[1].2.contains("set `price_class`"), "{}", found[1].2);
}

/// Whether cfn-lint refuses the template of `stack` with a message that names `needle`; `None`
/// when cfn-lint is not installed (and not required).
fn lint_refuses(stack: &Stack, needle: &str) -> Option<bool> {
    std::process::Command::new("cfn-lint")
        .arg("--version")
        .output()
        .ok()?;
    let text = cloudfront_dsl_tests::synth_text(stack);
    let lint = cloudfront_dsl_tests::cfn_lint(&[("Lint".into(), text)], "us-east-1");
    Some(lint.is_err_and(|e| e.contains(needle)))
}

fn reports(stack: &mut Stack) -> cloudfront_dsl::vpc_origin::VpcOrigin {
    let alb = ApplicationLoadBalancer::from_load_balancer_attributes(
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/reports/50dc6c495c0c9188",
        "internal-reports-1234567890.us-east-1.elb.amazonaws.com",
    );
    vpc_origin!(stack, "Reports", {
        endpoint: VpcOriginEndpoint::application_load_balancer(alb),
        vpc_origin_name: "reports",
    })
}

#[test]
fn a_vpc_origin_takes_no_override_of_the_settings_it_models() {
    let mut stack = Stack::new("Vpc").with_env("123456789012", "us-east-1");
    let vpc = reports(&mut stack);
    let imported = cloudfront_dsl::vpc_origin::VpcOrigin::from_vpc_origin_id(
        &mut stack,
        "Imported",
        "vo_0123456789abcdef",
    );
    // Every setting CloudFormation has: its prop's rules (ports, a name of at most 64
    // characters, an internal load balancer) would not run.
    for (path, value) in [
        (
            "Arn",
            json!("arn:aws:ec2:us-east-1:123456789012:instance/i-0123"),
        ),
        ("Name", json!("x".repeat(100))),
        ("HTTPPort", json!(22)),
        ("HTTPSPort", json!(22)),
        ("OriginProtocolPolicy", json!("http-only")),
        ("OriginSSLProtocols", json!(["SSLv3"])),
    ] {
        stack.add_property_override(&vpc, &format!("VpcOriginEndpointConfig.{path}"), value);
    }
    // Its tags; outside its settings; one known by its id.
    stack.add_property_override(&vpc, "Tags", json!([]));
    stack.add_property_override(&vpc, "HTTPPort", 22);
    stack.add_property_override(&imported, "VpcOriginEndpointConfig.HTTPPort", 8080);
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    for (path, needle) in [
        ("VpcOriginEndpointConfig.Arn", "set `endpoint`"),
        ("VpcOriginEndpointConfig.Name", "set `vpc_origin_name`"),
        ("VpcOriginEndpointConfig.HTTPPort", "set `http_port`"),
        ("VpcOriginEndpointConfig.HTTPSPort", "set `https_port`"),
        (
            "VpcOriginEndpointConfig.OriginProtocolPolicy",
            "set `protocol_policy`",
        ),
        (
            "VpcOriginEndpointConfig.OriginSSLProtocols",
            "set `origin_ssl_protocols`",
        ),
        ("Tags", "`Tags::of(scope)`"),
        ("HTTPPort", "write `VpcOriginEndpointConfig.HTTPPort`"),
    ] {
        let at = format!("Reports.property_overrides[\"{path}\"]");
        assert!(
            found.iter().any(|f| f.1 == at && f.2.contains(needle)),
            "{path}: {needle}\n{found:#?}"
        );
    }
    assert!(
        found.iter().any(
            |f| f.1 == "property_overrides[\"VpcOriginEndpointConfig.HTTPPort\"]"
                && f.2.contains("not a resource of this stack")
        ),
        "{found:#?}"
    );
    assert_eq!(found.len(), 9, "{found:#?}");

    // The whole settings object, which the VPC origin writes, is found once it has rendered.
    let mut stack = Stack::new("Vpc").with_env("123456789012", "us-east-1");
    let vpc = reports(&mut stack);
    stack.add_property_override(&vpc, "VpcOriginEndpointConfig", json!({}));
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].2.contains("writes `VpcOriginEndpointConfig`"),
        "{}",
        found[0].2
    );
}

#[test]
fn what_lands_on_a_vpc_origin_or_a_realtime_log_config_is_linted() {
    // Their props model every setting CloudFormation gives them: what lands is no property
    // of theirs, and cfn-lint, which sees the template as overridden, refuses it.
    let mut stack = Stack::new("Vpc").with_env("123456789012", "us-east-1");
    let vpc = reports(&mut stack);
    cloudfront_dsl_tests::lint_stacks([&stack]);
    stack.add_property_override(&vpc, "VpcOriginEndpointConfig.KeepaliveTimeout", 5);
    let template = stack.synth().unwrap_or_else(|e| panic!("{e}"));
    let (_, resource) = template.resources().next().expect("the VPC origin");
    assert_eq!(
        resource.properties["VpcOriginEndpointConfig"]["KeepaliveTimeout"],
        5
    );
    assert_eq!(
        resource.properties["VpcOriginEndpointConfig"]["Name"],
        "reports"
    );
    assert_ne!(lint_refuses(&stack, "KeepaliveTimeout"), Some(false));

    let mut stack = Stack::new("Logs");
    let logs = realtime_log_config!(stack, "Logs", {
        end_points: [Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/logs")],
        fields: ["timestamp", "c-ip"],
        sampling_rate: 10,
    });
    cloudfront_dsl_tests::lint_stacks([&stack]);
    stack.add_property_override(&logs, "Comment", "sampled");
    assert_ne!(lint_refuses(&stack, "Comment"), Some(false));
}

#[test]
fn a_realtime_log_config_takes_no_override_of_its_properties() {
    let mut stack = Stack::new("Logs");
    let logs = realtime_log_config!(stack, "Logs", {
        end_points: [Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/logs")],
        fields: ["timestamp", "c-ip"],
        sampling_rate: 10,
    });
    // Each property: its prop's rules (a sampling rate from 1 to 100, the fields CloudFront
    // knows, a stream ARN, a name unique in the account) would not run.
    stack.add_property_override(&logs, "SamplingRate", 0);
    stack.add_property_override(&logs, "Fields", json!(["no-such-field"]));
    stack.add_property_override(&logs, "EndPoints.0.StreamType", "Firehose");
    stack.add_property_override(&logs, "Name", "");
    stack.add_property_deletion_override(&logs, "Fields");
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    let messages: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
    for (path, needle) in [
        ("SamplingRate", "set `sampling_rate`"),
        ("Fields", "set `fields`"),
        ("EndPoints.0.StreamType", "set `end_points`"),
        ("Name", "set `realtime_log_config_name`"),
    ] {
        let at = format!("Logs.property_overrides[\"{path}\"]");
        assert!(
            messages.iter().any(|(p, m)| *p == at && m.contains(needle)),
            "{path}: {needle}\n{found:#?}"
        );
    }
    assert_eq!(found.len(), 5, "{found:#?}");
}

/// A distribution of the stack, a hosted zone known by its attributes and the target of
/// records to the distribution.
fn records_target(stack: &mut Stack) -> (route53::HostedZone, route53::RecordTarget) {
    let dist = cdn(stack);
    let zone = route53::HostedZone::from_hosted_zone_attributes(
        stack,
        "Zone",
        route53::HostedZoneAttributes {
            hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
            zone_name: "example.com".into(),
        },
    );
    let target = route53::RecordTarget::from_alias(route53::CloudFrontTarget(dist));
    (zone, target)
}

fn props(
    zone: route53::HostedZone,
    target: route53::RecordTarget,
    name: &str,
) -> route53::AliasRecordProps {
    route53::AliasRecordProps {
        zone,
        record_name: Some(name.into()),
        target,
    }
}

#[test]
fn alias_records_take_overrides_of_what_they_do_not_model() {
    let mut stack = Stack::new("Records").with_env("123456789012", "us-east-1");
    let (zone, target) = records_target(&mut stack);
    let a = route53::ARecord::new(&mut stack, "WwwA", props(zone, target, "www"));
    let aaaa = route53::AaaaRecord::new(&mut stack, "WwwAaaa", props(zone, target, "www"));
    let https = route53::HttpsRecord::new(&mut stack, "WwwHttps", props(zone, target, "www"));
    cloudfront_dsl_tests::lint_stacks([&stack]);
    // A weighted alias record, with a comment.
    stack.add_property_override(&a, "Comment", "the site over IPv4");
    stack.add_property_override(&a, "SetIdentifier", "blue");
    stack.add_property_override(&a, "Weight", 10);
    stack.add_property_override(&aaaa, "Comment", "the site over IPv6");
    stack.add_property_override(&https, "Comment", "the site's HTTP versions");
    let template = stack.synth().unwrap_or_else(|e| panic!("{e}"));
    let records: Vec<&Value> = template
        .resources()
        .filter(|(_, r)| r.resource_type == "AWS::Route53::RecordSet")
        .map(|(_, r)| &r.properties)
        .collect();
    assert_eq!(records.len(), 3);
    let by_type = |t: &str| {
        records
            .iter()
            .find(|r| r["Type"] == t)
            .unwrap_or_else(|| panic!("a {t} record"))
    };
    assert_eq!(by_type("A")["Comment"], "the site over IPv4");
    assert_eq!(by_type("A")["SetIdentifier"], "blue");
    assert_eq!(by_type("A")["Weight"], 10);
    assert_eq!(by_type("A")["Name"], "www.example.com.");
    assert_eq!(by_type("AAAA")["Comment"], "the site over IPv6");
    assert_eq!(by_type("HTTPS")["Comment"], "the site's HTTP versions");
    cloudfront_dsl_tests::lint_stacks([&stack]);

    // What lands is linted: a property a record does not have fails cfn-lint.
    stack.add_property_override(&https, "Ttl", "60");
    assert_ne!(lint_refuses(&stack, "Ttl"), Some(false));
}

#[test]
fn alias_records_take_no_override_of_their_zone_name_or_target() {
    let mut stack = Stack::new("Records").with_env("123456789012", "us-east-1");
    let (zone, target) = records_target(&mut stack);
    let a = route53::ARecord::new(&mut stack, "WwwA", props(zone, target, "www"));
    let aaaa = route53::AaaaRecord::new(&mut stack, "WwwAaaa", props(zone, target, "www"));
    // Props: the zone, by id or by name; the name, qualified by the zone; what the record
    // resolves to, which for an alias record sets its TTL (Route 53 refuses one of its own).
    stack.add_property_override(&a, "HostedZoneId", "Z9999999999999999999");
    stack.add_property_override(&a, "HostedZoneName", "other.org.");
    stack.add_property_override(&a, "Name", "evil.example.org.");
    stack.add_property_override(&a, "AliasTarget.DNSName", "evil.example.org");
    stack.add_property_override(&aaaa, "ResourceRecords", json!(["::1"]));
    stack.add_property_override(&aaaa, "TTL", "60");
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    for (record, path, needle) in [
        ("WwwA", "HostedZoneId", "set `zone`"),
        ("WwwA", "HostedZoneName", "set `zone`"),
        ("WwwA", "Name", "set `record_name`"),
        ("WwwA", "AliasTarget.DNSName", "set `target`"),
        ("WwwAaaa", "ResourceRecords", "set `target`"),
        ("WwwAaaa", "TTL", "set `target`"),
    ] {
        let at = format!("{record}.property_overrides[\"{path}\"]");
        assert!(
            found.iter().any(|f| f.1 == at && f.2.contains(needle)),
            "{path}: {needle}\n{found:#?}"
        );
    }
    assert_eq!(found.len(), 6, "{found:#?}");

    // The record type, which the construct writes, is found once it has rendered.
    let mut stack = Stack::new("Records").with_env("123456789012", "us-east-1");
    let (zone, target) = records_target(&mut stack);
    let a = route53::ARecord::new(&mut stack, "WwwA", props(zone, target, "www"));
    stack.add_property_override(&a, "Type", "CNAME");
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].1, "WwwA.property_overrides[\"Type\"]");
    assert!(found[0].2.contains("writes `Type`"), "{}", found[0].2);
}

fn handler() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/lambda-handler")
}

/// The CDK app `tests/cdk/apps/lambda-overrides.js`: overrides on a function whose current
/// version runs at the edge, on an edge function's function and on a version.
fn lambda_overrides_stack() -> Stack {
    let mut stack = Stack::new("LambdaOverridesStack").with_env("123456789012", "us-east-1");
    let rewrite = lambda_function!(stack, "Rewrite", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(handler()),
        timeout: Duration::seconds(5),
    });
    stack.add_property_override(
        &rewrite,
        "LoggingConfig",
        json!({ "ApplicationLogLevel": "INFO", "LogFormat": "JSON", "SystemLogLevel": "WARN" }),
    );
    stack.add_property_override(&rewrite, "RecursiveLoop", "Terminate");
    stack.add_property_override(&rewrite, "RuntimeManagementConfig.UpdateRuntimeOn", "Auto");
    stack.add_property_override(
        &rewrite.current_version(),
        "Description",
        "viewer request rewrite",
    );
    let headers = edge_function!(stack, "Headers", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(handler()),
    });
    stack.add_property_override(&headers, "LoggingConfig.LogFormat", "JSON");
    let worker = lambda_function!(stack, "Worker", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset(handler()),
    });
    stack.add_property_override(
        &worker,
        "CodeSigningConfigArn",
        "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0",
    );
    worker.current_version();
    distribution!(stack, "Cdn", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            edge_lambdas: [
                { function_version: rewrite.current_version(), event_type: LambdaEdgeEventType::VIEWER_REQUEST },
                { function_version: headers.current_version(), event_type: LambdaEdgeEventType::ORIGIN_RESPONSE },
            ],
        },
    });
    stack
}

#[test]
fn lambda_function_and_version_overrides_equal_the_cdk() {
    // The versions' logical ids hash the functions with their overrides; the code signing
    // configuration locks no version and leaves the worker's id as it is.
    let stack = lambda_overrides_stack();
    cloudfront_dsl_tests::assert_matches_golden(&stack, "lambda-overrides");
    cloudfront_dsl_tests::lint_stacks([&stack]);
}

fn rewrite(stack: &mut Stack) -> lambda::Function {
    lambda_function!(stack, "Rewrite", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;"),
    })
}

fn at_the_edge(stack: &mut Stack, version: lambda::Version) {
    distribution!(stack, "Cdn", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            edge_lambdas: [{ function_version: version, event_type: LambdaEdgeEventType::ORIGIN_REQUEST }],
        },
    });
}

#[test]
fn a_lambda_function_takes_no_override_of_what_its_props_model_or_it_writes() {
    let mut stack = Stack::new("Fn").with_env("123456789012", "us-east-1");
    let f = rewrite(&mut stack);
    for (path, value) in [
        ("Description", json!("x".repeat(300))),
        ("Environment.Variables.AWS_REGION", json!("eu-west-1")),
        ("MemorySize", json!(20_000)),
        ("Timeout", json!(901)),
        ("Runtime", json!("nodejs8.10")),
        ("Layers", json!([])),
        ("VpcConfig.SubnetIds", json!(["subnet-1"])),
        ("TracingConfig.Mode", json!("Active")),
        ("Architectures", json!(["arm64"])),
        ("PackageType", json!("Image")),
        ("Code.ZipFile", json!("")),
        ("Tags", json!([])),
    ] {
        stack.add_property_override(&f, path, value);
    }
    let imported = lambda::Version::from_version_arn(
        &mut stack,
        "Imported",
        "arn:aws:lambda:us-east-1:123456789012:function:other:1",
    );
    stack.add_property_override(&imported, "Description", "x");
    stack.add_property_override(
        &f.current_version(),
        "ProvisionedConcurrencyConfig",
        json!({}),
    );
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    for (construct, path, needle) in [
        ("Rewrite", "Description", "set `description`"),
        (
            "Rewrite",
            "Environment.Variables.AWS_REGION",
            "set `environment`",
        ),
        ("Rewrite", "MemorySize", "set `memory_size`"),
        ("Rewrite", "Timeout", "set `timeout`"),
        ("Rewrite", "Runtime", "set `runtime`"),
        ("Rewrite", "Layers", "set `layers`"),
        ("Rewrite", "VpcConfig.SubnetIds", "set `vpc`"),
        ("Rewrite", "TracingConfig.Mode", "set `tracing`"),
        ("Rewrite", "Architectures", "set `architecture`"),
        ("Rewrite", "PackageType", "set `code`"),
        ("Rewrite", "Code.ZipFile", "set `code`"),
        ("Rewrite", "Tags", "`Tags::of(scope)`"),
        ("", "Description", "not a resource of this stack"),
        (
            "Rewrite/CurrentVersion",
            "ProvisionedConcurrencyConfig",
            "set `provisioned_concurrent_executions`",
        ),
    ] {
        let at = if construct.is_empty() {
            format!("property_overrides[\"{path}\"]")
        } else {
            format!("{construct}.property_overrides[\"{path}\"]")
        };
        assert!(
            found.iter().any(|f| f.1 == at && f.2.contains(needle)),
            "{at}: {needle}\n{found:#?}"
        );
    }
    assert_eq!(found.len(), 14, "{found:#?}");

    // What it writes though no prop is named after it (its role, a version's function) is
    // found once it has rendered.
    let mut stack = Stack::new("Fn").with_env("123456789012", "us-east-1");
    let f = rewrite(&mut stack);
    stack.add_property_override(&f, "Role", "arn:aws:iam::123456789012:role/admin");
    stack.add_property_override(&f.current_version(), "FunctionName", "other");
    let found = errors(&stack);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].2.contains("writes `Role`"), "{}", found[0].2);
    assert!(
        found[1].2.contains("writes `FunctionName`"),
        "{}",
        found[1].2
    );
}

#[test]
fn an_edge_function_takes_no_override_lambda_at_edge_refuses() {
    let mut stack = Stack::new("Edge").with_env("123456789012", "us-east-1");
    let f = edge_function!(stack, "Headers", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async (e) => e.Records[0].cf.response;"),
    });
    stack.add_property_override(&f, "Environment.Variables.STAGE", "prod");
    stack.add_property_override(&f, "Layers", json!([]));
    stack.add_property_override(&f, "VpcConfig", json!({}));
    stack.add_property_override(
        &f,
        "DeadLetterConfig.TargetArn",
        "arn:aws:sqs:us-east-1:123456789012:dlq",
    );
    stack.add_property_override(&f, "TracingConfig.Mode", "Active");
    stack.add_property_override(&f, "PackageType", "Image");
    // Lambda@Edge's limits are on the props: refused as a function's are.
    stack.add_property_override(&f, "MemorySize", 10_240);
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::PropertyOverride),
        "{found:?}"
    );
    for (path, needle) in [
        (
            "Environment.Variables.STAGE",
            "does not support environment variables",
        ),
        ("Layers", "does not support functions with layers"),
        ("VpcConfig", "does not support functions in a VPC"),
        (
            "DeadLetterConfig.TargetArn",
            "does not support dead-letter queues",
        ),
        ("TracingConfig.Mode", "does not support AWS X-Ray tracing"),
        ("PackageType", "container image"),
        ("MemorySize", "set `memory_size`"),
    ] {
        let at = format!("Headers/Fn.property_overrides[\"{path}\"]");
        assert!(
            found.iter().any(|f| f.1 == at && f.2.contains(needle)),
            "{at}: {needle}\n{found:#?}"
        );
    }
    assert_eq!(found.len(), 7, "{found:#?}");
}

#[test]
fn what_overrides_land_on_a_function_at_the_edge_is_checked_as_it_lands() {
    // An edge function: a runtime that updates other than automatically, a file system.
    let mut stack = Stack::new("Edge").with_env("123456789012", "us-east-1");
    let f = edge_function!(stack, "Headers", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async (e) => e.Records[0].cf.response;"),
    });
    stack.add_property_override(&f, "RuntimeManagementConfig.UpdateRuntimeOn", "Auto");
    stack.add_property_override(
        &f,
        "RuntimeManagementConfig.UpdateRuntimeOn",
        "FunctionUpdate",
    );
    stack.add_property_override(
        &f,
        "FileSystemConfigs",
        json!([{ "Arn": "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0", "LocalMountPath": "/mnt/data" }]),
    );
    let found = errors(&stack);
    assert!(
        found.iter().all(|f| f.0 == Rule::EdgeLambdaFunction),
        "{found:?}"
    );
    let paths: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        paths,
        [
            "Headers/Fn.property_overrides[\"RuntimeManagementConfig.UpdateRuntimeOn\"]",
            "Headers/Fn.property_overrides[\"FileSystemConfigs\"]",
        ],
        "{found:#?}"
    );
    assert!(found[0].2.contains("\"FunctionUpdate\""), "{}", found[0].2);
    assert!(found[1].2.contains("file system"), "{}", found[1].2);

    // A function whose version a behavior associates: at the association.
    let mut stack = Stack::new("Edge").with_env("123456789012", "us-east-1");
    let f = rewrite(&mut stack);
    stack.add_property_override(&f, "RuntimeManagementConfig", json!({ "UpdateRuntimeOn": "Manual", "RuntimeVersionArn": "arn:aws:lambda:us-east-1::runtime:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }));
    at_the_edge(&mut stack, f.current_version());
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, Rule::EdgeLambdaFunction);
    assert_eq!(
        found[0].1,
        "Cdn.default_behavior.edge_lambdas[0].function_version"
    );
    assert!(
        found[0].2.contains("override of `RuntimeManagementConfig`")
            && found[0].2.contains("\"Manual\""),
        "{}",
        found[0].2
    );

    // Not at the edge, the same override lands, and lints clean; so does `Auto` at the edge.
    let mut stack = Stack::new("Regional").with_env("123456789012", "us-east-1");
    let f = rewrite(&mut stack);
    stack.add_property_override(
        &f,
        "RuntimeManagementConfig",
        json!({ "UpdateRuntimeOn": "FunctionUpdate" }),
    );
    f.current_version();
    let template = stack.synth().unwrap_or_else(|e| panic!("{e}"));
    let (_, function) = template.resources().nth(1).expect("the function");
    assert_eq!(
        function.properties["RuntimeManagementConfig"]["UpdateRuntimeOn"],
        "FunctionUpdate"
    );
    cloudfront_dsl_tests::lint_stacks([&stack]);
    let mut stack = Stack::new("Edge").with_env("123456789012", "us-east-1");
    let f = rewrite(&mut stack);
    stack.add_property_override(&f, "RuntimeManagementConfig.UpdateRuntimeOn", "Auto");
    at_the_edge(&mut stack, f.current_version());
    cloudfront_dsl_tests::lint_stacks([&stack]);
}

#[test]
fn an_override_changes_the_current_version_s_logical_id_as_the_cdk_s() {
    let version_id = |stack: &Stack| {
        let template = stack.synth().unwrap_or_else(|e| panic!("{e}"));
        template
            .resources()
            .find(|(_, r)| r.resource_type == "AWS::Lambda::Version")
            .map(|(id, _)| id.to_owned())
            .expect("a version")
    };
    let mut stack = Stack::new("Ids").with_env("123456789012", "us-east-1");
    let f = rewrite(&mut stack);
    f.current_version();
    let plain = version_id(&stack);
    // Not version-locked: the id stays.
    stack.add_property_override(
        &f,
        "CodeSigningConfigArn",
        "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0",
    );
    assert_eq!(version_id(&stack), plain);
    stack.add_property_override(&f, "RecursiveLoop", "Allow");
    let overridden = version_id(&stack);
    assert_ne!(overridden, plain);
    assert!(
        overridden.starts_with("RewriteCurrentVersion"),
        "{overridden}"
    );
    // A deletion override takes it back.
    stack.add_property_deletion_override(&f, "RecursiveLoop");
    assert_eq!(version_id(&stack), plain);
}

#[test]
fn an_edge_function_s_overrides_go_to_its_us_east_1_stack() {
    let mut stack = Stack::new("LambdaEdgeStack").with_env("123456789012", "eu-west-1");
    let f = edge_function!(stack, "MyFunction", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;"),
    });
    at_the_edge(&mut stack, f.current_version());
    stack.add_property_override(&f, "LoggingConfig.LogFormat", "JSON");
    stack.add_property_override(&f.current_version(), "Description", "release 1");
    let synths = cloudfront_dsl::app::synth_stacks([&stack]).unwrap_or_else(|e| panic!("{e:?}"));
    let edge = synths
        .iter()
        .find(|s| s.stack.name().starts_with("edge-lambda-stack-"))
        .expect("the us-east-1 stack");
    let by_type = |t: &str| {
        edge.template
            .resources()
            .find(|(_, r)| r.resource_type == t)
            .map(|(_, r)| r.properties.clone())
            .unwrap_or_else(|| panic!("a {t}"))
    };
    assert_eq!(
        by_type("AWS::Lambda::Function")["LoggingConfig"]["LogFormat"],
        "JSON"
    );
    assert_eq!(by_type("AWS::Lambda::Version")["Description"], "release 1");
    cloudfront_dsl_tests::lint_stacks([&stack]);
}

#[test]
fn a_tags_override_on_a_resource_that_takes_no_tags_says_so() {
    let mut stack = Stack::new("Untagged").with_env("123456789012", "us-east-1");
    let (zone, target) = records_target(&mut stack);
    let record = route53::ARecord::new(&mut stack, "Www", props(zone, target, "www"));
    let logs = realtime_log_config!(stack, "Logs", {
        end_points: [Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/logs")],
        fields: ["timestamp", "c-ip"],
        sampling_rate: 10,
    });
    let cache = cache_policy!(stack, "Cache", {});
    let f = rewrite(&mut stack);
    let tag = json!([{ "Key": "team", "Value": "web" }]);
    stack.add_property_override(&record, "Tags", tag.clone());
    stack.add_property_override(&logs, "Tags", tag.clone());
    stack.add_property_override(&cache, "Tags", tag.clone());
    stack.add_property_override(&f.current_version(), "Tags", tag.clone());
    // A taggable resource: its tags come from `Tags::of(scope)`.
    stack.add_property_override(&f, "Tags", tag);
    let e: SynthError = stack.synth().expect_err("refused overrides");
    let found: Vec<(String, String, String)> = e
        .errors
        .iter()
        .map(|v| {
            (
                v.path(),
                v.violation.message.clone(),
                v.violation.help.clone().unwrap_or_default(),
            )
        })
        .collect();
    for (construct, resource_type) in [
        ("Www", "AWS::Route53::RecordSet"),
        ("Logs", "AWS::CloudFront::RealtimeLogConfig"),
        ("Cache", "AWS::CloudFront::CachePolicy"),
        ("Rewrite/CurrentVersion", "AWS::Lambda::Version"),
    ] {
        let at = format!("{construct}.property_overrides[\"Tags\"]");
        let (_, message, help) = found
            .iter()
            .find(|f| f.0 == at)
            .unwrap_or_else(|| panic!("{at}\n{found:#?}"));
        assert!(
            message.contains(&format!("`{resource_type}` takes no tags"))
                && !message.contains("Tags::of"),
            "{message}"
        );
        assert!(help.starts_with("leave the override out"), "{help}");
    }
    let (_, message, _) = found
        .iter()
        .find(|f| f.0 == "Rewrite.property_overrides[\"Tags\"]")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(message.contains("come from `Tags::of(scope)`"), "{message}");
    assert_eq!(found.len(), 5, "{found:#?}");
}

#[test]
fn a_vpc_origin_an_origin_created_takes_overrides_through_its_handle() {
    let mut stack = Stack::new("Vpc").with_env("123456789012", "us-east-1");
    let alb = ApplicationLoadBalancer::from_load_balancer_attributes(
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/reports/50dc6c495c0c9188",
        "internal-reports-1234567890.us-east-1.elb.amazonaws.com",
    );
    let origin = origins::VpcOrigin::with_application_load_balancer(
        alb,
        cloudfront_dsl::origins::VpcOriginWithEndpointProps::default(),
    );
    // Not created until a distribution takes the origin.
    assert!(cloudfront_dsl::vpc_origin::VpcOrigin::created_by(&stack, &origin).is_none());
    distribution!(stack, "Cdn", {
        default_behavior: { origin: origin.clone() },
    });
    let created = cloudfront_dsl::vpc_origin::VpcOrigin::created_by(&stack, &origin)
        .expect("the VPC origin the origin created");
    cloudfront_dsl_tests::lint_stacks([&stack]);
    stack.add_property_override(&created, "VpcOriginEndpointConfig.HTTPPort", 22);
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].1,
        "Cdn/Origin1/VpcOrigin.property_overrides[\"VpcOriginEndpointConfig.HTTPPort\"]"
    );
    assert!(found[0].2.contains("set `http_port`"), "{}", found[0].2);
}
