//! Stack metadata (the description and tags) and Route 53 records, through the run-time API:
//! neither is written in a construct macro, so their rules run at `synth()`.

use std::fs;

use cloudfront_dsl::build::Templates;
use cloudfront_dsl::naming::logical_id;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::{self, Value, json};
use cloudfront_dsl::{Rule, SynthError};
use cloudfront_dsl_examples as examples;
use cloudfront_dsl_tests::{assert_json_eq, golden};

fn errors(stack: &Stack) -> Vec<(Rule, String, String)> {
    let e: SynthError = stack.synth().expect_err("an invalid stack");
    e.errors
        .iter()
        .map(|v| (v.violation.rule, v.path(), v.violation.message.clone()))
        .collect()
}

fn tags_of(stack: &Stack, logical_id: &str) -> Value {
    let template = stack.synth().unwrap_or_else(|e| panic!("{e}"));
    template
        .resource(logical_id)
        .map(|r| r.properties["Tags"].clone())
        .unwrap_or(Value::Null)
}

#[test]
fn the_manifest_lists_the_stacks_own_tags_as_the_cdk_does() {
    let stacks = examples::stack_tags::stacks();
    let dir =
        std::env::temp_dir().join(format!("cloudfront-dsl-stack-tags-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    Templates::new(&dir).check(false).write(&stacks).unwrap();
    let manifest: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    let facts = golden("stack-tags.assembly");
    assert_json_eq(
        &manifest["artifacts"]["StackTagsStack"]["properties"]["tags"],
        &facts["stackTags"],
        "stack tags",
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_stack_without_tags_writes_none() {
    let mut stack = Stack::new("Plain");
    s3::Bucket::new(&mut stack, "Bucket");
    assert_eq!(
        tags_of(&stack, &logical_id(&["Bucket", "Resource"])),
        Value::Null
    );
    assert!(stack.tags().is_empty());
    assert!(
        !stack
            .synth()
            .unwrap()
            .to_value()
            .as_object()
            .unwrap()
            .contains_key("Description")
    );
}

#[test]
fn resource_types_filter_where_a_tag_goes() {
    let mut stack = Stack::new("Filtered");
    Tags::of(&mut stack)
        .add_with(
            "Backup",
            "daily",
            TagProps::default().include_resource_types(["AWS::S3::Bucket"]),
        )
        .add_with(
            "Cdn",
            "yes",
            TagProps::default().exclude_resource_types(["AWS::S3::Bucket"]),
        );
    s3::Bucket::new(&mut stack, "Bucket");
    distribution!(stack, "Cdn", { default_behavior: { origin: origins::HttpOrigin("www.example.com") } });
    assert_eq!(
        tags_of(&stack, &logical_id(&["Bucket", "Resource"])),
        json!([{ "Key": "Backup", "Value": "daily" }])
    );
    assert_eq!(
        tags_of(&stack, &logical_id(&["Cdn", "Resource"])),
        json!([{ "Key": "Cdn", "Value": "yes" }])
    );
}

#[test]
fn a_removal_holds_against_additions_of_lower_priority_and_yields_to_higher() {
    let mut stack = Stack::new("Priorities");
    let mut site = Scope::new(&mut stack, "site");
    Tags::of(&mut site).remove("Owner");
    s3::Bucket::new(&mut site, "Bucket");
    // Added after the removal, on the outer scope: the removal's 200 still wins over 100...
    Tags::of(&mut stack).add("Owner", "web-team");
    let id = &logical_id(&["site", "Bucket", "Resource"]);
    assert_eq!(tags_of(&stack, id), Value::Null);
    // ... and loses to 300.
    Tags::of(&mut stack).add_with("Owner", "ops", TagProps::default().priority(300));
    assert_eq!(
        tags_of(&stack, id),
        json!([{ "Key": "Owner", "Value": "ops" }])
    );
}

#[test]
fn tag_keys_and_values_aws_rejects_are_errors_naming_the_scope() {
    let mut stack = Stack::new("BadTags");
    let mut site = Scope::new(&mut stack, "site");
    Tags::of(&mut site)
        .add("aws:createdBy", "me")
        .add("", "empty")
        .add("cost#center", "1")
        .add("Note", "x".repeat(257));
    s3::Bucket::new(&mut site, "Bucket");
    let found = errors(&stack);
    let rules: Vec<Rule> = found.iter().map(|(r, _, _)| *r).collect();
    assert_eq!(rules, [Rule::Tag; 4], "{found:?}");
    let paths: Vec<&str> = found.iter().map(|(_, p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "site.tags[\"aws:createdBy\"]",
            "site.tags[\"\"]",
            "site.tags[\"cost#center\"]",
            "site.tags[\"Note\"]"
        ]
    );
    assert!(found[0].2.contains("AWS reserves"), "{}", found[0].2);
    assert!(found[2].2.contains("holds `#`"), "{}", found[2].2);
    assert!(found[3].2.contains("257 characters"), "{}", found[3].2);
}

#[test]
fn more_than_fifty_tags_on_a_resource_is_an_error() {
    let mut stack = Stack::new("ManyTags");
    for i in 0..51 {
        Tags::of(&mut stack).add(format!("k{i}"), "v");
    }
    s3::Bucket::new(&mut stack, "Bucket");
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Rule::Tag);
    assert_eq!(found[0].1, "Bucket.tags");
    assert!(found[0].2.contains("51 tags"), "{}", found[0].2);
    // Fifty is fine.
    let mut stack = Stack::new("FiftyTags");
    for i in 0..50 {
        Tags::of(&mut stack).add(format!("k{i}"), "v");
    }
    s3::Bucket::new(&mut stack, "Bucket");
    assert!(stack.synth().is_ok());
}

#[test]
fn a_description_over_1024_bytes_is_an_error() {
    let mut stack = Stack::new("Described").with_description("é".repeat(513));
    s3::Bucket::new(&mut stack, "Bucket");
    let found = errors(&stack);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Rule::StackDescription);
    assert!(found[0].2.contains("1026 bytes"), "{}", found[0].2);
    let mut stack = Stack::new("Described").with_description("é".repeat(512));
    s3::Bucket::new(&mut stack, "Bucket");
    assert_eq!(
        stack.synth().unwrap().description().map(str::len),
        Some(1024)
    );
}

#[test]
fn an_aaaa_record_to_a_distribution_without_ipv6_is_an_error() {
    use cloudfront_dsl::route53::*;
    let mut stack = Stack::new("NoIpv6").with_env("123456789012", "us-east-1");
    let dist = distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        enable_ipv6: false,
    });
    let zone = HostedZone::from_hosted_zone_attributes(
        &mut stack,
        "Zone",
        HostedZoneAttributes {
            hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
            zone_name: "example.com".into(),
        },
    );
    let props = AliasRecordProps {
        zone,
        record_name: Some("www".into()),
        target: RecordTarget::from_alias(CloudFrontTarget(dist)),
    };
    // The A and HTTPS records are fine.
    ARecord::new(&mut stack, "A", props.clone());
    HttpsRecord::new(&mut stack, "Https", props.clone());
    assert!(stack.synth().is_ok());
    AaaaRecord::new(&mut stack, "Aaaa", props);
    let found = errors(&stack);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Rule::AliasRecord);
    assert_eq!(found[0].1, "Aaaa.target");
    assert!(found[0].2.contains("enable_ipv6: false"), "{}", found[0].2);
}

/// The account and region go into the template's ARNs and the cloud assembly manifest as they
/// are: what is not a 12-digit account id or a region code fails `synth()`, and the writer
/// writes neither the template nor the manifest.
#[test]
fn an_account_or_region_aws_does_not_take_is_an_error() {
    let long = "1".repeat(100_000);
    for (account, region) in [
        ("", ""),
        (long.as_str(), "us-east-1\n"),
        ("123456789012\0", "us-east-1\0"),
        ("1234-5678-9012", "US-EAST-1"),
    ] {
        let mut stack = Stack::new("Env").with_env(account, region);
        s3::Bucket::new(&mut stack, "Bucket");
        let found = errors(&stack);
        let paths: Vec<(Rule, &str)> = found.iter().map(|(r, p, _)| (*r, p.as_str())).collect();
        assert_eq!(
            paths,
            [
                (Rule::StackEnv, "env.account"),
                (Rule::StackEnv, "env.region")
            ],
            "{account:.20?} {region:?}"
        );
        for (_, _, message) in &found {
            assert!(message.len() < 400, "{message:.400}");
            assert!(
                !message.contains('\0') && !message.contains('\n'),
                "{message:?}"
            );
        }
        let dir = std::env::temp_dir().join(format!("cloudfront-dsl-env-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        assert!(Templates::new(&dir).check(false).write([&stack]).is_err());
        assert!(!dir.join("manifest.json").exists());
        assert!(!dir.join("Env.template.json").exists());
        let _ = fs::remove_dir_all(&dir);
    }
    let mut stack = Stack::new("Env").with_env("012345678901", "us-gov-west-1");
    s3::Bucket::new(&mut stack, "Bucket");
    assert!(stack.synth().is_ok());
}

/// An export name goes into the template as written: an empty one, or one with a character
/// CloudFormation refuses (`_`, a NUL, a newline; 100 KB of them), fails `synth()` at the
/// output's `export_name`, and the message does not quote 100 KB.
#[test]
fn an_export_name_cloudformation_refuses_is_an_error() {
    let long = "_".repeat(100_000);
    for name in ["", "site_cdn", "cdn\0id", "cdn\nid", long.as_str()] {
        let mut stack = Stack::new("Exports");
        s3::Bucket::new(&mut stack, "Bucket");
        stack.add_output("Id", Output::new(Expr::literal("x")).export_name(name));
        let found = errors(&stack);
        assert_eq!(found.len(), 1, "{name:.20?}");
        assert_eq!(
            (found[0].0, found[0].1.as_str()),
            (Rule::ExportName, "Id.export_name")
        );
        assert!(found[0].2.len() < 400, "{:.400}", found[0].2);
    }
    let mut stack = Stack::new("Exports");
    s3::Bucket::new(&mut stack, "Bucket");
    stack.add_output(
        "Id",
        Output::new(Expr::literal("x")).export_name("site-cdn:Id-2"),
    );
    let template = stack.synth().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(template.outputs().count(), 1);
    cloudfront_dsl_tests::lint_stacks([&stack]);
}
