//! Prints how long a macro takes to expand an invocation with a literal map of N entries, for N
//! doubling, in process (what rustc spends in the macro): `custom_headers` of an origin and
//! `additional_behaviors` of a distribution. Linear work doubles with N; quadratic work
//! quadruples. Run by `scripts/map-scaling`.

use std::fmt::Write as _;
use std::str::FromStr;
use std::time::{Duration, Instant};

use proc_macro2::TokenStream;

fn headers(n: usize) -> String {
    let mut entries = String::new();
    for i in 0..n {
        write!(entries, "\"X-Header-{i}\": \"value-{i}\", ").unwrap();
    }
    format!(
        "stack, \"myDist\", {{ #![quotas(origin_custom_headers = {n})] default_behavior: {{ origin: origins::HttpOrigin(\"www.example.com\", {{ custom_headers: {{ {entries} }} }}) }} }}"
    )
}

fn behaviors(n: usize) -> String {
    let mut entries = String::new();
    for i in 0..n {
        write!(entries, "\"/path-{i}/*\": {{ origin: origin.clone() }}, ").unwrap();
    }
    format!(
        "stack, \"myDist\", {{ #![quotas(cache_behaviors_per_distribution = {n})] default_behavior: {{ origin: origin.clone() }}, additional_behaviors: {{ {entries} }} }}"
    )
}

/// The faster of two expansions (other work on the machine only ever slows one down).
fn time(input: &str) -> Duration {
    let m = cloudfront_dsl_macros_core::find("distribution").unwrap();
    (0..2)
        .map(|_| {
            let tokens = TokenStream::from_str(input).unwrap();
            let start = Instant::now();
            let out = m.expand(tokens);
            let took = start.elapsed();
            drop(out);
            took
        })
        .min()
        .unwrap()
}

fn main() {
    let most: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(8_000);
    for (what, make) in [
        ("custom_headers", headers as fn(usize) -> String),
        ("additional_behaviors", behaviors),
    ] {
        let mut previous: Option<Duration> = None;
        let mut n = 500;
        while n <= most {
            let took = time(&make(n));
            let ratio = previous.map_or(String::new(), |p| {
                format!(
                    " (x{:.1} for x2 entries)",
                    took.as_secs_f64() / p.as_secs_f64()
                )
            });
            println!(
                "{what}: {n:>6} entries expand in {:>9.1} ms{ratio}",
                took.as_secs_f64() * 1e3
            );
            previous = Some(took);
            n *= 2;
        }
    }
}
