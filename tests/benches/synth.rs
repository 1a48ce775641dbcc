//! How long `synth()` takes (`cargo bench -p cloudfront-dsl-tests`): each example, and a
//! 500-behavior distribution built in a loop through the run-time API.
//!
//! Building the stack (the code the macros generate) and synthesizing it are measured
//! separately: the first is what a build script pays once per stack, the second what every
//! `synth()` call pays (the rules included).

use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_dsl::policies::{CachePolicy, CachePolicyProps, CacheQueryStringBehavior};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::{Stack, app};
use cloudfront_dsl_examples as examples;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

type Example = (&'static str, fn() -> Vec<Stack>);

const EXAMPLES: &[Example] = &[
    ("s3_origin", examples::s3_origin::stacks),
    ("s3_website_origin", examples::s3_website_origin::stacks),
    ("alb_origin", examples::alb_origin::stacks),
    ("http_origin", examples::http_origin::stacks),
    ("default_behavior", examples::default_behavior::stacks),
    ("add_behavior", examples::add_behavior::stacks),
    ("multiple_behaviors", examples::multiple_behaviors::stacks),
    (
        "cache_policy_managed",
        examples::cache_policy_managed::stacks,
    ),
    ("cache_policy_custom", examples::cache_policy_custom::stacks),
    (
        "origin_request_policy_managed",
        examples::origin_request_policy_managed::stacks,
    ),
    (
        "origin_request_policy",
        examples::origin_request_policy::stacks,
    ),
    ("big", examples::big::stacks),
    ("custom_domain_cert", examples::custom_domain_cert::stacks),
    (
        "custom_domain_cert_dnsvalidated",
        examples::custom_domain_cert_dnsvalidated::stacks,
    ),
    (
        "min_protocol_version",
        examples::min_protocol_version::stacks,
    ),
    ("logging_default", examples::logging_default::stacks),
    ("logging_bucket", examples::logging_bucket::stacks),
    ("import_distribution", examples::import_distribution::stacks),
    ("key_group", examples::key_group::stacks),
    ("trusted_key_groups", examples::trusted_key_groups::stacks),
    ("web_dist_basic", examples::web_dist_basic::stacks),
    (
        "web_dist_default_cert",
        examples::web_dist_default_cert::stacks,
    ),
    ("web_dist_acm_cert", examples::web_dist_acm_cert::stacks),
    ("web_dist_iam_cert", examples::web_dist_iam_cert::stacks),
    ("web_dist_key_groups", examples::web_dist_key_groups::stacks),
    ("web_dist_geo", examples::web_dist_geo::stacks),
    ("web_dist_connection", examples::web_dist_connection::stacks),
    (
        "web_dist_connection_custom",
        examples::web_dist_connection_custom::stacks,
    ),
    ("web_dist_failover", examples::web_dist_failover::stacks),
    ("cloudfront_function", examples::cloudfront_function::stacks),
    (
        "cloudfront_function_kvs",
        examples::cloudfront_function_kvs::stacks,
    ),
    ("lambda_edge", examples::lambda_edge::stacks),
    (
        "lambda_edge_us_east_1",
        examples::lambda_edge_us_east_1::stacks,
    ),
    (
        "lambda_edge_stack_id",
        examples::lambda_edge_stack_id::stacks,
    ),
    (
        "lambda_edge_behaviors",
        examples::lambda_edge_behaviors::stacks,
    ),
    (
        "lambda_edge_imported_version",
        examples::lambda_edge_imported_version::stacks,
    ),
    ("behaviors_500", behaviors_500),
];

const BEHAVIORS: usize = 500;
const ORIGINS: usize = 50;

/// One distribution, 500 behaviors over 50 origins and 50 cache policies, with the quotas
/// raised to match.
fn behaviors_500() -> Vec<Stack> {
    let mut quotas = Quotas::default();
    quotas.cache_behaviors_per_distribution = BEHAVIORS as u64;
    quotas.cache_policies_per_account = ORIGINS as u64;
    let mut stack = Stack::new("Behaviors500")
        .with_env("123456789012", "us-east-1")
        .with_quotas(quotas);
    let origins: Vec<_> = (0..ORIGINS)
        .map(|i| origins::HttpOrigin(format!("origin-{i}.example.com")))
        .collect();
    let policies: Vec<CachePolicy> = (0..ORIGINS)
        .map(|i| {
            CachePolicy::new(
                &mut stack,
                &format!("Policy{i}"),
                CachePolicyProps::default()
                    .default_ttl(Duration::minutes(i as u64 + 1))
                    .query_string_behavior(CacheQueryStringBehavior::allow_list([format!("q{i}")])),
            )
        })
        .collect();
    let additional = (1..BEHAVIORS).map(|i| {
        (
            format!("/path-{i}/*"),
            BehaviorOptions::new(origins[i % ORIGINS].clone()).cache_policy(policies[i % ORIGINS]),
        )
    });
    Distribution::new(
        &mut stack,
        "Dist",
        DistributionProps::new(BehaviorOptions::new(origins[0].clone()))
            .additional_behaviors(additional),
    );
    vec![stack]
}

fn synth(c: &mut Criterion) {
    let mut group = c.benchmark_group("synth");
    for (name, build) in EXAMPLES {
        let stacks = build();
        group.bench_function(*name, |b| {
            b.iter(|| {
                for s in app::synth_stacks(&stacks).expect("examples are valid") {
                    black_box(s.template.to_json_pretty());
                }
            })
        });
    }
    group.finish();
    let mut group = c.benchmark_group("build_and_synth");
    for (name, build) in EXAMPLES {
        group.bench_function(*name, |b| {
            b.iter(|| {
                let stacks = build();
                for s in app::synth_stacks(&stacks).expect("examples are valid") {
                    black_box(s.template.to_json_pretty());
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, synth);
criterion_main!(benches);
