//! The library's side of `scripts/bench-vs-cdk`: builds a stack, synthesizes it and writes its
//! pretty JSON in a loop, warm, and prints the median time of one iteration in microseconds,
//! followed by `refused` when the template is over CloudFormation's 1 MB (a distribution of
//! some 5,500 behaviors or more): `synth()` then renders the template and refuses it, and no
//! JSON is written.
//!
//! ```text
//! in_process big ITERATIONS        # the big example
//! in_process wide BEHAVIORS ITERATIONS   # a distribution of BEHAVIORS behaviors
//! ```

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use cloudfront_dsl::{Rule, Stack};

fn median_micros(iterations: usize, mut run: impl FnMut() -> bool) -> (f64, bool) {
    // One untimed run first: what is built lazily and the allocator's first pages.
    let refused = run();
    let mut times: Vec<f64> = (0..iterations.max(1))
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], refused)
}

/// Whether `synth()` refused a template for its size.
fn synth_pretty(stacks: &[Stack]) -> bool {
    let mut refused = false;
    for stack in stacks {
        match stack.synth() {
            Ok(template) => {
                black_box(template.to_json_pretty());
            }
            Err(e)
                if e.errors
                    .iter()
                    .all(|v| v.violation.rule == Rule::TemplateSize) =>
            {
                refused = true;
                black_box(e);
            }
            Err(e) => panic!("the benchmark's stacks are valid: {e}"),
        }
    }
    refused
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize| args.get(i).and_then(|a| a.parse::<usize>().ok());
    let (micros, refused) = match (args.first().map(String::as_str), number(1), number(2)) {
        (Some("big"), Some(iterations), None) => median_micros(iterations, || {
            synth_pretty(&cloudfront_dsl_examples::big::stacks())
        }),
        (Some("wide"), Some(behaviors), Some(iterations)) => median_micros(iterations, || {
            synth_pretty(&[cloudfront_dsl_tests::wide::distribution(behaviors)])
        }),
        _ => {
            eprintln!("usage: in_process big ITERATIONS | wide BEHAVIORS ITERATIONS");
            return ExitCode::from(2);
        }
    };
    println!("{micros:.1}{}", if refused { " refused" } else { "" });
    ExitCode::SUCCESS
}
