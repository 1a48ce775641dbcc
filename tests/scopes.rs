//! Construct scopes: every construct macro and constructor creates its construct in the scope it
//! is given (a stack, a scope, or a reference to one), at the path the CDK would give it.

use cloudfront_dsl::naming::logical_id;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::{Rule, SynthError};

fn origin() -> origins::Origin {
    origins::HttpOrigin("www.example.com")
}

/// The logical ids of the template's resources, in order.
fn resources(stack: &Stack) -> Vec<String> {
    match stack.synth() {
        Ok(t) => t.resources().map(|(id, _)| id.to_owned()).collect(),
        Err(e) => panic!("{e}"),
    }
}

fn by_reference(stack: &mut Stack) {
    distribution!(stack, "ByReference", { default_behavior: { origin: origin() } });
}

fn in_any_scope(scope: &mut impl AsScope) {
    distribution!(scope, "Generic", { default_behavior: { origin: origin() } });
    // The parameter is still usable: the macro borrows it.
    cache_policy!(scope, "Policy", {});
}

fn in_scope(scope: &mut Scope<'_>) {
    distribution!(scope, "InScope", { default_behavior: { origin: origin() } });
}

#[test]
fn the_macros_take_a_stack_a_scope_or_a_reference_to_either() {
    let mut stack = Stack::new("Forms").with_env("123456789012", "us-east-1");
    distribution!(stack, "ByValue", { default_behavior: { origin: origin() } });
    distribution!(&mut stack, "ByMutRef", { default_behavior: { origin: origin() } });
    by_reference(&mut stack);
    in_any_scope(&mut stack);
    let mut outer = Scope::new(&mut stack, "outer");
    distribution!(outer, "Owned", { default_behavior: { origin: origin() } });
    distribution!(&mut outer, "Borrowed", { default_behavior: { origin: origin() } });
    in_any_scope(&mut outer);
    let mut inner = Scope::new(&mut outer, "inner-scope");
    in_scope(&mut inner);
    in_any_scope(&mut inner);
    let expected: Vec<String> = [
        vec!["ByValue", "Resource"],
        vec!["ByMutRef", "Resource"],
        vec!["ByReference", "Resource"],
        vec!["Generic", "Resource"],
        vec!["Policy", "Resource"],
        vec!["outer", "Owned", "Resource"],
        vec!["outer", "Borrowed", "Resource"],
        vec!["outer", "Generic", "Resource"],
        vec!["outer", "Policy", "Resource"],
        vec!["outer", "inner-scope", "InScope", "Resource"],
        vec!["outer", "inner-scope", "Generic", "Resource"],
        vec!["outer", "inner-scope", "Policy", "Resource"],
    ]
    .iter()
    .map(|path| logical_id(path))
    .collect();
    assert_eq!(resources(&stack), expected);
}

const LAYER: &str = "arn:aws:lambda:us-east-1:123456789012:layer:shared:3";

#[test]
fn a_factory_that_takes_the_stack_takes_a_scope() {
    let mut stack = Stack::new("Factories").with_env("123456789012", "us-east-1");
    let site = {
        let mut site = Scope::new(&mut stack, "site");
        lambda_function!(site, "Fn", {
            runtime: Runtime::NODEJS_22_X,
            handler: "index.handler",
            code: lambda::Code::from_inline("exports.handler = async () => {};"),
            layers: [lambda::LayerVersion::from_layer_version_arn(site, "Layer", LAYER)],
        });
        site.node()
    };
    assert!(stack.synth().is_ok());
    // Back in the scope: the import took its id there, so a second `Layer` is a duplicate.
    lambda::LayerVersion::from_layer_version_arn(&mut stack.scope(site), "Layer", LAYER);
    let errors = stack.synth().expect_err("a duplicate id").errors;
    let found: Vec<(Rule, &str)> = errors
        .iter()
        .map(|e| (e.violation.rule, e.violation.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [(
            Rule::ConstructId,
            "`site` already has a construct with id `Layer`; both would get the same logical id"
        )]
    );
}

#[test]
fn a_scope_of_another_stack_is_an_error() {
    let mut other = Stack::new("Other");
    let foreign = Scope::new(&mut other, "site").node();
    let mut stack = Stack::new("Mine");
    s3::Bucket::new(&mut stack.scope(foreign), "Bucket");
    let e: SynthError = stack.synth().expect_err("a foreign scope");
    let messages: Vec<&str> = e
        .errors
        .iter()
        .map(|v| v.violation.message.as_str())
        .collect();
    assert_eq!(
        messages,
        ["a scope of another stack was used as a scope of this stack"]
    );
}

/// The constructs `in_place_or_bound` creates in the scope `site`: `in_place` passes the scope
/// as `stack.scope(site)` to every macro, the other form binds it first.
fn in_place_or_bound(in_place: bool) -> String {
    let mut stack = Stack::new("InPlace").with_env("123456789012", "us-east-1");
    let site = Scope::new(&mut stack, "site").node();
    let (dist, policy, bucket) = if in_place {
        let policy = cache_policy!(stack.scope(site), "Policy", { comment: "in place" });
        let bucket = bucket!(stack.scope(site), "Bucket", {});
        let dist = distribution!(stack.scope(site), "Dist", {
            default_behavior: { origin: origin(), cache_policy: policy },
        });
        add_behavior!(stack.scope(site), dist, "/a/*", origin());
        (dist, policy, bucket)
    } else {
        let mut scope = stack.scope(site);
        let policy = cache_policy!(scope, "Policy", { comment: "in place" });
        let bucket = bucket!(scope, "Bucket", {});
        let dist = distribution!(scope, "Dist", {
            default_behavior: { origin: origin(), cache_policy: policy },
        });
        add_behavior!(scope, dist, "/a/*", origin());
        (dist, policy, bucket)
    };
    // The handles are usable after the scope made in place is gone.
    stack.add_output("DistId", dist.distribution_id());
    let _ = (policy, bucket);
    match stack.synth() {
        Ok(t) => t.to_json_pretty(),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn a_scope_made_in_place_is_taken_as_a_bound_one() {
    let in_place = in_place_or_bound(true);
    assert_eq!(in_place, in_place_or_bound(false));
    for id in ["siteDist", "sitePolicy", "siteBucket"] {
        assert!(in_place.contains(&format!("\"{id}")), "{id}: {in_place}");
    }
}
