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
