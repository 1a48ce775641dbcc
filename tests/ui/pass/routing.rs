// Ten pairs of path patterns in which the earlier does not cover the later: no warning, and
// `synth()` finds none either.
#![deny(warnings)]
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("UiRouting").with_env("123456789012", "us-east-1");
    let origin = origins::HttpOrigin("www.example.com");
    // The more specific pattern first: the order that works.
    distribution!(stack, "specificFirst", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "/api/v2/*": { origin: origin.clone() }, "/api/*": { origin: origin.clone() } },
    });
    distribution!(stack, "otherExtension", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "*.jpg": { origin: origin.clone() }, "*.png": { origin: origin.clone() } },
    });
    // `/elsewhere/a.jpg` is a `.jpg` outside `images/`.
    distribution!(stack, "directoryThenExtension", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "/images/*": { origin: origin.clone() }, "*.jpg": { origin: origin.clone() } },
    });
    // `?` is exactly one character: `/ac` has none between `a` and `c`.
    distribution!(stack, "oneIsNotNone", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "/a?c": { origin: origin.clone() }, "/ac": { origin: origin.clone() } },
    });
    // The Developer Guide's own example: `*.doc?` misses `.doc` itself.
    distribution!(stack, "docAndDocx", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "*.doc?": { origin: origin.clone() }, "*.doc*": { origin: origin.clone() } },
    });
    // Patterns are case-sensitive.
    distribution!(stack, "caseSensitive", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "/Images/*": { origin: origin.clone() }, "/images/*": { origin: origin.clone() } },
    });
    // `/docs/*` needs the slash after `docs`.
    distribution!(stack, "directoryItself", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "/docs/*": { origin: origin.clone() }, "/docs": { origin: origin.clone() } },
    });
    distribution!(stack, "otherEnding", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "/a*b": { origin: origin.clone() }, "/a*c": { origin: origin.clone() } },
    });
    // `/v10/` has two characters where `?` takes one.
    distribution!(stack, "twoDigitVersions", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "/v?/*": { origin: origin.clone() }, "/v10/*": { origin: origin.clone() } },
    });
    // `x.css.map` does not end in `.css`.
    distribution!(stack, "sourceMaps", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: { "/static/*.css": { origin: origin.clone() }, "/static/*.css.map": { origin: origin } },
    });
    let template = stack.synth().expect("valid");
    assert!(template.warnings().is_empty(), "{:?}", template.warnings());
    // `tests/ui.rs` lints what the pass cases write here.
    let dir = cloudfront_dsl_tests::ui_pass_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("routing.template.json"), template.to_json_pretty()).unwrap();
}
