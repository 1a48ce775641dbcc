//! How long `synth()` takes (`cargo bench -p cloudfront-dsl-tests`): each example, and a
//! 500-behavior distribution built in a loop through the run-time API.
//!
//! Building the stack (the code the macros generate) and synthesizing it are measured
//! separately: the first is what a build script pays once per stack, the second what every
//! `synth()` call pays (the rules included).
//!
//! Then what those figures are compared with, and how they grow:
//! - `limit`: `big` built, synthesized and written (pretty, and compact), against serde_json
//!   writing the same template from a `serde_json::Value` built beforehand, the least any
//!   renderer through serde_json can take;
//! - `runtime_api`: `synth()` of a distribution of 10 to 100,000 behaviors built through the
//!   run-time API (alone, and with the building), its throughput in behaviors: the time per
//!   behavior should stay flat. From some 5,500 behaviors on, the template is over
//!   CloudFormation's 1 MB and `synth()` ends in that error, after rendering it;
//! - `expand`: the macros' expansion (what rustc spends in them) of the invocations of
//!   `examples/big.rs`, and of a distribution with a literal map of 2,000 behaviors.

use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_dsl::policies::{CachePolicy, CachePolicyProps, CacheQueryStringBehavior};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::{Stack, app};
use cloudfront_dsl_examples as examples;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use proc_macro2::{TokenStream, TokenTree};
use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration as StdDuration;

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

/// `big` against serde_json writing its template from a prebuilt `Value`.
fn limit(c: &mut Criterion) {
    let mut group = c.benchmark_group("limit");
    let value = examples::big::stacks()[0]
        .synth()
        .expect("big is valid")
        .to_value();
    group.bench_function("big_build_synth_pretty", |b| {
        b.iter(|| {
            let stacks = examples::big::stacks();
            black_box(stacks[0].synth().expect("big is valid").to_json_pretty())
        })
    });
    group.bench_function("serde_json_pretty_from_value", |b| {
        b.iter(|| black_box(serde_json::to_string_pretty(&value).expect("a value")))
    });
    group.bench_function("big_build_synth_compact", |b| {
        b.iter(|| {
            let stacks = examples::big::stacks();
            let template = stacks[0].synth().expect("big is valid");
            black_box(serde_json::to_string(&template).expect("a template"))
        })
    });
    group.bench_function("serde_json_compact_from_value", |b| {
        b.iter(|| black_box(serde_json::to_string(&value).expect("a value")))
    });
    group.finish();
}

/// The sizes of the run-time API's distributions.
const SIZES: [usize; 5] = [10, 100, 1_000, 10_000, 100_000];

/// `synth()` of a valid stack: the template, or the error that it is over CloudFormation's
/// 1 MB (from some 5,500 behaviors on), which `synth()` finds after rendering it, so that
/// every size measures the same work.
fn synth_within_size(
    stack: &Stack,
) -> Result<cloudfront_dsl::Template, cloudfront_dsl::SynthError> {
    let result = stack.synth();
    if let Err(e) = &result {
        assert!(
            e.errors
                .iter()
                .all(|v| v.violation.rule == cloudfront_dsl::Rule::TemplateSize),
            "{e}"
        );
    }
    result
}

fn runtime_api(c: &mut Criterion) {
    let mut group = c.benchmark_group("runtime_api");
    for n in SIZES {
        group.throughput(Throughput::Elements(n as u64));
        if n >= 10_000 {
            group.sample_size(10);
            group.measurement_time(StdDuration::from_secs(if n >= 100_000 { 20 } else { 5 }));
        }
        let stack = cloudfront_dsl_tests::wide::distribution(n);
        group.bench_function(format!("synth/{n}"), |b| {
            b.iter(|| black_box(synth_within_size(&stack)))
        });
        group.bench_function(format!("build_synth/{n}"), |b| {
            b.iter(|| {
                black_box(synth_within_size(
                    &cloudfront_dsl_tests::wide::distribution(n),
                ))
            })
        });
    }
    group.finish();
}

/// Every macro invocation of `source` (`name!(...)` with `name` one of the DSL's macros).
fn invocations(source: &str) -> Vec<(&'static cloudfront_dsl_macros_core::Macro, TokenStream)> {
    fn walk(
        tokens: TokenStream,
        out: &mut Vec<(&'static cloudfront_dsl_macros_core::Macro, TokenStream)>,
    ) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, t) in tokens.iter().enumerate() {
            match (t, tokens.get(i + 1), tokens.get(i + 2)) {
                (
                    TokenTree::Ident(name),
                    Some(TokenTree::Punct(bang)),
                    Some(TokenTree::Group(args)),
                ) if bang.as_char() == '!' => {
                    if let Some(m) = cloudfront_dsl_macros_core::find(&name.to_string()) {
                        out.push((m, args.stream()));
                    }
                }
                (TokenTree::Group(g), _, _) => walk(g.stream(), out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(
        TokenStream::from_str(source).expect("the example parses"),
        &mut out,
    );
    out
}

/// A distribution whose additional behaviors are a literal map of `n` entries.
fn literal_map(n: usize) -> TokenStream {
    let mut entries = String::new();
    for i in 0..n {
        write!(entries, "\"/path-{i}/*\": {{ origin: origin.clone() }}, ").expect("a string");
    }
    TokenStream::from_str(&format!(
        "stack, \"myDist\", {{ #![quotas(cache_behaviors_per_distribution = {n})] default_behavior: {{ origin: origin.clone() }}, additional_behaviors: {{ {entries} }} }}"
    ))
    .expect("the invocation parses")
}

fn expand(c: &mut Criterion) {
    let mut group = c.benchmark_group("expand");
    let big = invocations(include_str!("../../examples/big.rs"));
    assert_eq!(
        big.len(),
        2,
        "big.rs has a cache_policy! and a distribution!"
    );
    group.bench_function("big", |b| {
        b.iter_batched(
            || big.clone(),
            |calls| {
                for (m, tokens) in calls {
                    black_box(m.expand(tokens));
                }
            },
            BatchSize::SmallInput,
        )
    });
    let distribution = cloudfront_dsl_macros_core::find("distribution").expect("distribution!");
    for n in [20, 2_000] {
        let tokens = literal_map(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_function(format!("literal_map/{n}"), |b| {
            b.iter_batched(
                || tokens.clone(),
                |tokens| black_box(distribution.expand(tokens)),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, synth, limit, runtime_api, expand);
criterion_main!(benches);
