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

#[test]
fn a_list_is_the_values_of_a_factory_that_takes_them_one_by_one() {
    // The CDK writes `GeoRestriction.allowlist(["US", "GB"])`; the DSL also takes the values
    // one by one, as the CDK's Python does.
    let mut stack = Stack::new("GeoList");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        geo_restriction: GeoRestriction::allowlist(["US", "GB"]),
    });
    let t = template(&stack);
    let geo = &distribution_config(&t)["Restrictions"]["GeoRestriction"];
    assert_eq!(geo["RestrictionType"], "whitelist");
    assert_eq!(geo["Locations"], serde_json::json!(["US", "GB"]));
}

#[test]
fn a_prop_written_alone_takes_the_variable_of_its_name() {
    // Rust's (and JavaScript's) field init shorthand: `{ origin }` is `{ origin: origin }`.
    let mut stack = Stack::new("Shorthand");
    let origin = origins::HttpOrigin("www.example.com");
    let comment = "shared origin";
    distribution!(stack, "myDist", {
        default_behavior: { origin },
        comment,
    });
    let t = template(&stack);
    let config = distribution_config(&t);
    assert_eq!(config["Comment"], "shared origin");
    assert_eq!(config["Origins"][0]["DomainName"], "www.example.com");
}

#[test]
fn an_origin_is_shared_by_the_behaviors_that_name_it_without_clone() {
    let mut stack = Stack::new("SharedOrigin");
    let api = origins::HttpOrigin("api.example.com");
    let dist = distribution!(stack, "myDist", {
        default_behavior: { origin: api },
        additional_behaviors: {
            "/v1/*": { origin: api },
            "/v2/*": { origin: &api },
        },
    });
    // Still the caller's, after the invocation.
    let route = dist.route(&stack, "/v2/x").unwrap();
    assert!(route.origin() == Some(&api));
    let t = template(&stack);
    let config = distribution_config(&t);
    assert_eq!(config["Origins"].as_array().unwrap().len(), 1);
}
