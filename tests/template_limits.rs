//! CloudFormation's limits on one template through the run-time API: the resources, outputs
//! and body size one template may have. Each is checked at the limit (synthesizes) and one
//! past it (an error, no template).

use cloudfront_dsl::{CfnResource, Expr, Rule, Stack};
use cloudfront_dsl_tests::{rule_paths, synth_errors};
use serde_json::json;

fn topics(stack: &mut Stack, n: usize) {
    for i in 0..n {
        stack.add_cfn_resource(
            &format!("Topic{i}"),
            CfnResource::new("AWS::SNS::Topic", json!({})),
        );
    }
}

fn rules(stack: &Stack) -> Vec<Rule> {
    rule_paths(&synth_errors(stack))
        .into_iter()
        .map(|(rule, _)| rule)
        .collect()
}

#[test]
fn five_hundred_resources_synthesize_and_one_more_is_an_error() {
    let mut stack = Stack::new("Resources");
    topics(&mut stack, 500);
    assert_eq!(
        stack.synth().expect("500 resources").resources().count(),
        500
    );
    stack.add_cfn_resource("OneMore", CfnResource::new("AWS::SNS::Topic", json!({})));
    let errors = synth_errors(&stack);
    assert_eq!(rule_paths(&errors).len(), 1, "{errors}");
    let message = errors.to_string();
    assert!(message.contains("error[template-limit]"), "{message}");
    assert!(message.contains("501 resources"), "{message}");
    assert!(message.contains("at most 500"), "{message}");
}

#[test]
fn two_hundred_outputs_synthesize_and_one_more_is_an_error() {
    let mut stack = Stack::new("Outputs");
    topics(&mut stack, 1);
    for i in 0..200 {
        stack.add_output(&format!("Out{i}"), Expr::literal(format!("value-{i}")));
    }
    assert_eq!(stack.synth().expect("200 outputs").outputs().count(), 200);
    stack.add_output("OneMore", Expr::literal("value"));
    assert_eq!(rules(&stack), [Rule::TemplateLimit]);
    assert!(synth_errors(&stack).to_string().contains("201 outputs"));
}

/// A topic whose display name is `len` bytes long, to make a template of a chosen size.
fn big_topic(len: usize) -> CfnResource {
    CfnResource::new("AWS::SNS::Topic", json!({ "DisplayName": "x".repeat(len) }))
}

#[test]
fn a_template_over_one_megabyte_even_compact_is_an_error() {
    // 1,000,000 bytes of compact JSON in all, then one byte more.
    let mut stack = Stack::new("Size");
    stack.add_cfn_resource("Topic", big_topic(0));
    let empty = serde_json::to_string(&stack.synth().expect("small"))
        .unwrap()
        .len();
    let mut stack = Stack::new("Size");
    stack.add_cfn_resource("Topic", big_topic(1_000_000 - empty));
    let template = stack.synth().expect("exactly 1,000,000 bytes compact");
    assert_eq!(serde_json::to_string(&template).unwrap().len(), 1_000_000);
    let mut stack = Stack::new("Size");
    stack.add_cfn_resource("Topic", big_topic(1_000_000 - empty + 1));
    let errors = synth_errors(&stack);
    assert_eq!(
        rule_paths(&errors),
        [(Rule::TemplateSize, "resources".to_owned())]
    );
    let message = errors.to_string();
    assert!(message.contains("1000001 bytes"), "{message}");
    assert!(message.contains("help:"), "{message}");
}

/// The path of a template that is too large names the section most of its bytes are in, as
/// the paths of the other template limits do, and the message its largest element.
#[test]
fn a_template_too_large_names_its_largest_section_and_element() {
    let mut stack = Stack::new("Size");
    topics(&mut stack, 3);
    stack.add_cfn_resource("Big", big_topic(1_000_000));
    stack.add_cfn_resource("After", big_topic(10));
    let errors = synth_errors(&stack);
    assert_eq!(
        rule_paths(&errors),
        [(Rule::TemplateSize, "resources".to_owned())]
    );
    let message = errors.to_string();
    let big = serde_json::to_string(&big_topic(1_000_000)).unwrap().len();
    assert!(
        message.contains(&format!(
            "most of them in its resources, the largest of them `Big` with {big} bytes"
        )),
        "{message}"
    );

    let mut stack = Stack::new("Size");
    topics(&mut stack, 1);
    for i in 0..200 {
        stack.add_output(&format!("Out{i}"), Expr::literal("x".repeat(5_000)));
    }
    let errors = synth_errors(&stack);
    assert_eq!(
        rule_paths(&errors),
        [(Rule::TemplateSize, "outputs".to_owned())]
    );
    let message = errors.to_string();
    assert!(
        message.contains("most of them in its outputs, the largest of them `Out0`"),
        "{message}"
    );
}
