//! How long `synth()` takes for each example (`cargo bench -p cloudfront-dsl-tests`).
//!
//! Building the stack (the code the macros generate) and synthesizing it are measured
//! separately: the first is what a build script pays once per stack, the second what every
//! `synth()` call pays.

use cloudfront_dsl::Stack;
use cloudfront_dsl_examples as examples;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

type Example = (&'static str, fn() -> Vec<Stack>);

const EXAMPLES: &[Example] = &[
    ("s3_origin", examples::s3_origin::stacks),
    ("s3_website_origin", examples::s3_website_origin::stacks),
    ("alb_origin", examples::alb_origin::stacks),
    ("http_origin", examples::http_origin::stacks),
];

fn synth(c: &mut Criterion) {
    let mut group = c.benchmark_group("synth");
    for (name, build) in EXAMPLES {
        let stacks = build();
        group.bench_function(*name, |b| {
            b.iter(|| {
                for s in &stacks {
                    black_box(s.synth().expect("examples are valid").to_json_pretty());
                }
            })
        });
    }
    group.finish();
    let mut group = c.benchmark_group("build_and_synth");
    for (name, build) in EXAMPLES {
        group.bench_function(*name, |b| {
            b.iter(|| {
                for s in &build() {
                    black_box(s.synth().expect("examples are valid").to_json_pretty());
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, synth);
criterion_main!(benches);
