//! The cost per behavior of `synth()` stays flat as a distribution grows: the rules that
//! compare behaviors with each other (path-pattern duplicates, coverage) look the earlier
//! ones up instead of scanning them. Only a ratio of two per-behavior costs measured in the
//! same run is asserted, never a time.

use std::time::{Duration, Instant};

use cloudfront_dsl_tests::wide;

/// The sizes compared: large enough that the fixed cost of a stack is small next to the
/// behaviors, small enough to stay within a few seconds in a debug build.
const SMALL: usize = 200;
const LARGE: usize = 4_000;

/// A pairwise scan makes the ratio grow with `LARGE / SMALL` (20 here); flat costs stay
/// near 1. Noise from a shared machine stays well within this.
const MAX_RATIO: f64 = 3.0;

/// The fastest of a few runs of `synth()` + pretty JSON, per behavior: the minimum is what
/// the code costs, with the least of what else runs on the machine.
fn per_behavior(behaviors: usize, runs: usize) -> Duration {
    let stack = wide::distribution(behaviors);
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            let template = stack.synth().expect("the wide distribution is valid");
            std::hint::black_box(template.to_json_pretty());
            start.elapsed()
        })
        .min()
        .expect("at least one run")
        / behaviors as u32
}

#[test]
fn synth_cost_per_behavior_is_flat() {
    // Warm up allocations and lazily built tables first.
    per_behavior(SMALL, 1);
    let small = per_behavior(SMALL, 10);
    let large = per_behavior(LARGE, 3);
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    eprintln!("per behavior: {small:?} at {SMALL}, {large:?} at {LARGE}: {ratio:.2}x");
    assert!(
        ratio <= MAX_RATIO,
        "synth() costs {large:?} per behavior at {LARGE} behaviors and {small:?} at {SMALL}: {ratio:.1}x, more than {MAX_RATIO}x"
    );
}

#[test]
fn the_wide_distribution_has_every_behavior() {
    let template = wide::distribution(50).synth().expect("valid");
    let (_, distribution) = template
        .resources()
        .find(|(_, r)| r.resource_type == "AWS::CloudFront::Distribution")
        .expect("a distribution");
    let behaviors = &distribution.properties["DistributionConfig"]["CacheBehaviors"];
    assert_eq!(behaviors.as_array().map(Vec::len), Some(49));
}
