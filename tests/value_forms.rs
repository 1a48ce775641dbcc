//! Values the macros take in forms beyond a bare literal: a whole expression of literals and
//! arithmetic is evaluated at compile time (and written into the template as its value), an
//! empty map is a map with no entries, and any other expression is checked by `synth()`.

use cloudfront_dsl::Rule;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl_tests::lint_stacks;
use serde_json::Value;

fn template(stack: &Stack) -> Value {
    match stack.synth() {
        Ok(t) => serde_json::from_str(&t.to_json_pretty()).unwrap(),
        Err(e) => panic!("{e}"),
    }
}

fn distribution_config(t: &Value) -> &Value {
    let resources = t["Resources"].as_object().unwrap();
    let (_, dist) = resources
        .iter()
        .find(|(_, r)| r["Type"] == "AWS::CloudFront::Distribution")
        .expect("a distribution");
    &dist["Properties"]["DistributionConfig"]
}

#[test]
fn literal_arithmetic_is_evaluated_at_compile_time() {
    let mut stack = Stack::new("Arithmetic");
    cache_policy!(stack, "Year", {
        max_ttl: Duration::seconds(1 * 60 * 60 * 24 * 365),
        default_ttl: Duration::seconds((60 + 30) * 2),
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { http_port: 8000 + 80, https_port: (8443) }),
        },
    });
    let t = template(&stack);
    let policy = t["Resources"]
        .as_object()
        .unwrap()
        .values()
        .find(|r| r["Type"] == "AWS::CloudFront::CachePolicy")
        .unwrap();
    let config = &policy["Properties"]["CachePolicyConfig"];
    assert_eq!(config["MaxTTL"], 365 * 24 * 3600);
    assert_eq!(config["DefaultTTL"], 180);
    let origin = &distribution_config(&t)["Origins"][0]["CustomOriginConfig"];
    assert_eq!(origin["HTTPPort"], 8080);
    assert_eq!(origin["HTTPSPort"], 8443);
    lint_stacks([&stack]);
}

#[test]
fn empty_maps_are_maps_without_entries() {
    let mut stack = Stack::new("EmptyMaps");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { custom_headers: {} }),
        },
        additional_behaviors: {},
    });
    let config = distribution_config(&template(&stack)).clone();
    assert!(config.get("CacheBehaviors").is_none(), "{config:#}");
    assert!(
        config["Origins"][0].get("OriginCustomHeaders").is_none(),
        "{config:#}"
    );
    lint_stacks([&stack]);
}

#[test]
fn other_expressions_are_checked_by_synth() {
    let mut stack = Stack::new("Expressions");
    let minutes: u64 = 3;
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", { read_timeout: Duration::seconds(minutes * 60) }),
        },
    });
    let e = stack
        .synth()
        .expect_err("a read timeout of 180 s is above the quota");
    let found: Vec<(Rule, String)> = e
        .errors
        .iter()
        .map(|v| (v.violation.rule, v.path()))
        .collect();
    assert_eq!(
        found,
        [(
            Rule::OriginResponseTimeout,
            "myDist.default_behavior.origin.read_timeout".to_owned()
        )]
    );
}
