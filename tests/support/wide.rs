//! A distribution of any number of behaviors, built through the run-time API: what the
//! scaling test and the benchmarks measure the cost per behavior on.

use cloudfront_dsl::Stack;
use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_dsl::origins;
use cloudfront_dsl::prelude::Quotas;

/// The origins the behaviors share.
pub const ORIGINS: usize = 10;

/// One stack with one distribution of `behaviors` behaviors (the default one and
/// `behaviors - 1` additional ones, `/path-N/*`) over [`ORIGINS`] HTTP origins, with the
/// behaviors quota raised to match.
pub fn distribution(behaviors: usize) -> Stack {
    let mut quotas = Quotas::default();
    quotas.cache_behaviors_per_distribution = behaviors as u64;
    let mut stack = Stack::new("Wide")
        .with_env("123456789012", "us-east-1")
        .with_quotas(quotas);
    let origins: Vec<_> = (0..ORIGINS)
        .map(|i| origins::HttpOrigin(format!("origin-{i}.example.com")))
        .collect();
    let additional = (1..behaviors.max(1)).map(|i| {
        (
            format!("/path-{i}/*"),
            BehaviorOptions::new(origins[i % ORIGINS].clone()),
        )
    });
    Distribution::new(
        &mut stack,
        "Dist",
        DistributionProps::new(BehaviorOptions::new(origins[0].clone()))
            .additional_behaviors(additional),
    );
    stack
}
