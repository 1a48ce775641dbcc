//! Origin groups through the run-time API: the rules `synth()` runs on values the macros could
//! not see, and how a group and its members are bound.

use cloudfront_dsl::Rule;
use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_dsl::origins::{HttpOrigin, Origin, OriginGroupProps};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl_tests::{lint_stacks, rule_paths, synth_errors};

fn group(primary: Origin, fallback: Origin) -> Origin {
    Origin::group(
        OriginGroupProps::default()
            .primary_origin(primary)
            .fallback_origin(fallback),
    )
}

#[test]
fn values_known_only_at_run_time_are_checked_by_synth() {
    let mut stack = Stack::new("RunTime");
    let codes: Vec<u16> = vec![302];
    let inner = group(HttpOrigin("a.example.com"), HttpOrigin("b.example.com"));
    let methods = AllowedMethods::ALLOW_ALL;
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::OriginGroup({
                primary_origin: HttpOrigin("www.example.com"),
                fallback_origin: HttpOrigin("backup.example.com"),
                fallback_status_codes: codes,
            }),
            allowed_methods: methods,
        },
        additional_behaviors: {
            "/nested/*": {
                origin: origins::OriginGroup({
                    primary_origin: HttpOrigin("c.example.com"),
                    fallback_origin: inner,
                }),
            },
        },
    });
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::Failover,
                "myDist.default_behavior.allowed_methods".to_owned()
            ),
            (
                Rule::Failover,
                "myDist.default_behavior.origin.fallback_status_codes[0]".to_owned()
            ),
            (
                Rule::Failover,
                "myDist.additional_behaviors[\"/nested/*\"].origin.fallback_origin".to_owned()
            ),
        ]
    );
}

/// A fallback that is an origin of the distribution already keeps its id, as in the CDK; the
/// group counts toward the origin group quota.
#[test]
fn a_fallback_bound_before_is_not_bound_again() {
    let mut stack = Stack::new("Shared").with_env("123456789012", "us-east-1");
    let backup = HttpOrigin("backup.example.com");
    let site = group(HttpOrigin("www.example.com"), backup.clone());
    Distribution::new(
        &mut stack,
        "myDist",
        DistributionProps::new(BehaviorOptions::new(backup))
            .additional_behaviors([("/site/*", BehaviorOptions::new(site))]),
    );
    let template = stack.synth().unwrap();
    let config =
        template.to_value()["Resources"]["myDist9DB766F3"]["Properties"]["DistributionConfig"]
            .clone();
    let origins: Vec<&str> = config["Origins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["DomainName"].as_str().unwrap())
        .collect();
    assert_eq!(origins, ["backup.example.com", "www.example.com"]);
    let ids: Vec<&str> = config["Origins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["Id"].as_str().unwrap())
        .collect();
    let members: Vec<&str> = config["OriginGroups"]["Items"][0]["Members"]["Items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["OriginId"].as_str().unwrap())
        .collect();
    assert_eq!(members, [ids[1], ids[0]]);
    assert_eq!(
        config["CacheBehaviors"][0]["TargetOriginId"],
        config["OriginGroups"]["Items"][0]["Id"]
    );
    lint_stacks([&stack]);
}

#[test]
fn origin_groups_count_toward_the_quota() {
    let mut stack = Stack::new("Groups");
    let behaviors: Vec<(String, BehaviorOptions)> = (0..11)
        .map(|i| {
            let g = group(
                HttpOrigin(format!("p{i}.example.com")),
                HttpOrigin(format!("f{i}.example.com")),
            );
            (format!("/{i}/*"), BehaviorOptions::new(g))
        })
        .collect();
    Distribution::new(
        &mut stack,
        "myDist",
        DistributionProps::new(BehaviorOptions::new(HttpOrigin("www.example.com")))
            .additional_behaviors(behaviors),
    );
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [(
            Rule::Failover,
            "myDist.additional_behaviors[\"/10/*\"].origin".to_owned()
        )]
    );
}

/// A group's members and codes given at run time: the fallback the primary origin again, no
/// status code, a missing fallback.
#[test]
fn a_group_s_members_and_codes_are_checked_by_synth() {
    let mut stack = Stack::new("Members");
    let same = HttpOrigin("www.example.com");
    let codes: Vec<u16> = Vec::new();
    let alone =
        Origin::group(OriginGroupProps::default().primary_origin(HttpOrigin("a.example.com")));
    distribution!(stack, "myDist", {
        default_behavior: { origin: group(same.clone(), same) },
        additional_behaviors: {
            "/none/*": {
                origin: origins::OriginGroup({
                    primary_origin: HttpOrigin("b.example.com"),
                    fallback_origin: HttpOrigin("c.example.com"),
                    fallback_status_codes: codes,
                }),
            },
            "/alone/*": { origin: alone },
        },
    });
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::Failover,
                "myDist.default_behavior.origin.fallback_origin".to_owned()
            ),
            (
                Rule::Failover,
                "myDist.additional_behaviors[\"/none/*\"].origin.fallback_status_codes".to_owned()
            ),
            (
                // A missing prop is reported at the object that lacks it.
                Rule::MissingRequired,
                "myDist.additional_behaviors[\"/alone/*\"].origin".to_owned()
            ),
        ]
    );
}
