//! The Lambda@Edge rules at run time (values the macros cannot see, the stack's region, a
//! function written apart from its association), and apps of several stacks: synthesized in
//! dependency order, never one without the stacks it needs, written with their dependencies.

use cloudfront_dsl::build::Templates;
use cloudfront_dsl::experimental::{EdgeFunction, EdgeFunctionProps};
use cloudfront_dsl::lambda::{Code, Function, FunctionProps, Version};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::{Rule, SynthError};
use cloudfront_dsl_examples as examples;
use serde_json::Value;

fn handler() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/lambda-handler")
}

fn paths(errors: &[SynthError]) -> Vec<(String, Rule, String)> {
    errors
        .iter()
        .flat_map(|e| {
            e.errors
                .iter()
                .map(|v| (e.stack.clone(), v.violation.rule, v.path()))
        })
        .collect()
}

fn app_errors(stacks: Vec<Stack>) -> Vec<SynthError> {
    match App::from(stacks).synth() {
        Ok(_) => panic!("expected errors"),
        Err(e) => e,
    }
}

fn function_props() -> FunctionProps {
    FunctionProps::default()
        .runtime(Runtime::NODEJS_22_X)
        .handler("index.handler")
        .code(Code::from_asset(handler()))
}

/// A distribution whose default behavior runs `version` on `event`.
fn associate(stack: &mut Stack, version: Version, event: LambdaEdgeEventType) {
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            edge_lambdas: [{ function_version: version, event_type: event }],
        },
    });
}

#[test]
fn a_plain_function_runs_at_the_edge_only_from_us_east_1() {
    for (region, rule) in [
        (Some("eu-west-1"), Rule::EdgeLambda),
        (None, Rule::EdgeLambda),
    ] {
        let mut stack = Stack::new("Plain");
        if let Some(region) = region {
            stack = stack.with_env("123456789012", region);
        }
        let f = Function::new(&mut stack, "F", function_props());
        associate(
            &mut stack,
            f.current_version(),
            LambdaEdgeEventType::ORIGIN_REQUEST,
        );
        let e = stack.synth().expect_err("the function is not in us-east-1");
        assert_eq!(
            paths(std::slice::from_ref(&e)),
            [(
                "Plain".to_owned(),
                rule,
                "myDist.default_behavior.edge_lambdas[0].function_version".to_owned()
            )],
            "{e}"
        );
        let shown = e.to_string();
        assert!(
            shown.contains("us-east-1") && shown.contains("EdgeFunction"),
            "{shown}"
        );
    }
    let mut stack = Stack::new("Virginia").with_env("123456789012", "us-east-1");
    let f = Function::new(&mut stack, "F", function_props());
    associate(
        &mut stack,
        f.current_version(),
        LambdaEdgeEventType::ORIGIN_REQUEST,
    );
    assert!(stack.synth().is_ok());
}

#[test]
fn a_function_written_apart_from_its_association_is_checked_at_synth() {
    let slow = |event| {
        let mut stack = Stack::new("Limits").with_env("123456789012", "us-east-1");
        let f = lambda_function!(stack, "F", {
            runtime: Runtime::NODEJS_22_X,
            handler: "index.handler",
            code: lambda::Code::from_asset(handler()),
            memory_size: 256,
            timeout: Duration::seconds(10),
            environment: { "STAGE": "prod" },
        });
        associate(&mut stack, f.current_version(), event);
        stack.synth()
    };
    let e = slow(LambdaEdgeEventType::VIEWER_REQUEST).expect_err("over the viewer limits");
    let at = "myDist.default_behavior.edge_lambdas[0].function_version".to_owned();
    assert_eq!(
        paths(std::slice::from_ref(&e)),
        [
            ("Limits".to_owned(), Rule::EdgeLambdaFunction, at.clone()),
            ("Limits".to_owned(), Rule::EdgeLambdaLimit, at.clone()),
            ("Limits".to_owned(), Rule::EdgeLambdaLimit, at.clone()),
        ]
    );
    let shown = e.to_string();
    for part in [
        "the function's `environment`",
        "the function's `memory_size`: the memory size is 256 MB; Lambda@Edge gives a viewer-request function at most 128 MB",
        "the function's `timeout`: the timeout is 10 s; Lambda@Edge runs a viewer-request function for at most 5 s",
    ] {
        assert!(shown.contains(part), "{part}\n{shown}");
    }
    // An origin event takes the memory and the time; the environment is still refused.
    let e = slow(LambdaEdgeEventType::ORIGIN_REQUEST).expect_err("environment variables");
    assert_eq!(
        paths(&[e]),
        [("Limits".to_owned(), Rule::EdgeLambdaFunction, at)]
    );
}

#[test]
fn runtimes_and_arns_known_only_at_run_time_are_checked_by_synth() {
    let runtime = Runtime::NODEJS_12_X;
    let arn = format!(
        "arn:aws:lambda:us-east-1:123456789012:function:{}",
        "f:$LATEST"
    );
    let mut stack = Stack::new("RunTime").with_env("123456789012", "us-east-1");
    lambda_function!(stack, "Old", {
        runtime: runtime,
        handler: "index.handler",
        code: lambda::Code::from_asset(handler()),
    });
    let latest = Version::from_version_arn(&mut stack, "Latest", arn);
    associate(&mut stack, latest, LambdaEdgeEventType::VIEWER_REQUEST);
    let e = stack.synth().expect_err("an old runtime and $LATEST");
    assert_eq!(
        paths(std::slice::from_ref(&e)),
        [
            (
                "RunTime".to_owned(),
                Rule::LambdaRuntime,
                "Old.runtime".to_owned()
            ),
            (
                "RunTime".to_owned(),
                Rule::EdgeLambda,
                "myDist.default_behavior.edge_lambdas[0].function_version.version_arn".to_owned()
            ),
        ]
    );
    assert!(e.to_string().contains("use `Runtime::NODEJS_24_X`"), "{e}");
}

#[test]
fn an_edge_function_checks_what_lambda_at_edge_refuses_in_its_stack() {
    let mut stack = Stack::new("Builder").with_env("123456789012", "eu-west-1");
    let f = EdgeFunction::new(
        &mut stack,
        "MyFunction",
        EdgeFunctionProps::default()
            .runtime(Runtime::NODEJS_22_X)
            .handler("index.handler")
            .code(Code::from_asset(handler()))
            .environment([("STAGE", "prod")])
            .timeout(Duration::seconds(45)),
    );
    associate(
        &mut stack,
        f.current_version(),
        LambdaEdgeEventType::ORIGIN_REQUEST,
    );
    let edge_stack = stack.dependencies()[0].clone();
    assert_eq!(
        paths(&app_errors(vec![stack])),
        [
            (
                edge_stack.clone(),
                Rule::EdgeLambdaFunction,
                "MyFunction.environment".to_owned()
            ),
            (
                edge_stack.clone(),
                Rule::EdgeLambdaLimit,
                "MyFunction.timeout".to_owned()
            ),
        ]
    );
}

#[test]
fn an_edge_function_needs_a_stack_with_a_region() {
    let mut stack = Stack::new("Agnostic");
    let f = EdgeFunction::new(
        &mut stack,
        "MyFunction",
        EdgeFunctionProps::default()
            .runtime(Runtime::NODEJS_22_X)
            .handler("index.handler")
            .code(Code::from_inline("exports.handler = async (e) => e;")),
    );
    associate(
        &mut stack,
        f.current_version(),
        LambdaEdgeEventType::ORIGIN_REQUEST,
    );
    let e = stack.synth().expect_err("no region");
    let found = paths(&[e]);
    assert_eq!(
        found[0],
        (
            "Agnostic".to_owned(),
            Rule::EdgeLambda,
            "MyFunction".to_owned()
        )
    );
}

#[test]
fn a_version_of_another_stack_is_refused() {
    let mut other = Stack::new("Other").with_env("123456789012", "us-east-1");
    let f = Function::new(&mut other, "F", function_props());
    let mut stack = Stack::new("Dist").with_env("123456789012", "us-east-1");
    associate(
        &mut stack,
        f.current_version(),
        LambdaEdgeEventType::ORIGIN_REQUEST,
    );
    let e = stack.synth().expect_err("a function of another stack");
    assert_eq!(
        paths(&[e])[0],
        (
            "Dist".to_owned(),
            Rule::Reference,
            "myDist.default_behavior.edge_lambdas[0].function_version".to_owned()
        )
    );
}

#[test]
fn code_that_cannot_be_read_is_an_error_and_nothing_is_written() {
    let mut stack = Stack::new("Missing").with_env("123456789012", "us-east-1");
    Function::new(
        &mut stack,
        "F",
        function_props().code(Code::from_asset("no/such/directory")),
    );
    let e = stack.synth().expect_err("no code");
    assert_eq!(
        paths(std::slice::from_ref(&e)),
        [("Missing".to_owned(), Rule::Asset, "F.code".to_owned())]
    );
    assert!(e.to_string().contains("no/such/directory"), "{e}");
    let dir = std::env::temp_dir().join(format!("cloudfront-dsl-missing-{}", std::process::id()));
    assert!(Templates::new(&dir).check(false).write([&stack]).is_err());
    assert!(!dir.exists(), "nothing is written");
}

#[test]
fn a_stack_that_needs_another_synthesizes_only_with_it() {
    let stacks = examples::lambda_edge::stacks();
    let e = stacks[0]
        .synth()
        .expect_err("the stack needs its us-east-1 stack");
    assert_eq!(e.errors[0].violation.rule, Rule::StackDependency);
    assert_eq!(
        e.errors[0].violation.message,
        "stack `LambdaEdgeStack` depends on stack `edge-lambda-stack-c89daded5900e0359d3ca00b3b8bfca636f4765f61`, which must be deployed first"
    );
    let app = App::from(stacks);
    let names: Vec<&str> = app.stacks().iter().map(|s| s.name()).collect();
    assert_eq!(
        names,
        [
            "edge-lambda-stack-c89daded5900e0359d3ca00b3b8bfca636f4765f61",
            "LambdaEdgeStack"
        ]
    );
    assert_eq!(app.synth().expect("the app synthesizes").len(), 2);
}

#[test]
fn stacks_of_one_app_depend_on_each_other_by_name() {
    let mut shared = Stack::new("Shared").with_env("123456789012", "us-east-1");
    let f = Function::new(&mut shared, "F", function_props());
    let arn = "arn:aws:lambda:us-east-1:123456789012:function:shared:3";
    let mut site = Stack::new("Site").with_env("123456789012", "eu-west-1");
    let version = Version::from_version_arn(&mut site, "Version", arn);
    associate(&mut site, version, LambdaEdgeEventType::VIEWER_REQUEST);
    site.add_dependency(&shared);
    let _ = f;
    // The dependency must be in the app.
    let mut lonely = Stack::new("Lonely").with_env("123456789012", "us-east-1");
    lonely.add_cfn_resource(
        "Topic",
        CfnResource::new("AWS::SNS::Topic", serde_json::json!({})),
    );
    lonely.add_dependency(&shared);
    let errors = app_errors(vec![lonely]);
    assert_eq!(
        paths(&errors),
        [(
            "Lonely".to_owned(),
            Rule::StackDependency,
            "dependencies".to_owned()
        )]
    );
    let app = App::from(vec![site, shared]);
    let names: Vec<&str> = app
        .synth()
        .unwrap()
        .iter()
        .map(|s| s.stack.name())
        .collect();
    assert_eq!(names, ["Shared", "Site"]);
}

#[test]
fn the_cloud_assembly_lists_each_stacks_dependencies_in_deployment_order() {
    let dir = std::env::temp_dir().join(format!("cloudfront-dsl-app-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let stacks = examples::lambda_edge_stack_id::stacks();
    Templates::new(&dir).check(false).write(&stacks).unwrap();
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    let artifacts = &manifest["artifacts"];
    assert_eq!(
        artifacts["LambdaEdgeStackIdStack"]["dependencies"],
        serde_json::json!(["edge-lambda-stack-id-1", "edge-lambda-stack-id-2"])
    );
    assert_eq!(
        artifacts["LambdaEdgeStackIdStack"]["environment"],
        "aws://123456789012/eu-west-1"
    );
    for edge in ["edge-lambda-stack-id-1", "edge-lambda-stack-id-2"] {
        assert_eq!(
            artifacts[edge]["dependencies"],
            serde_json::json!([format!("{edge}.assets")]),
            "the us-east-1 stack uploads its function's code first"
        );
        assert_eq!(
            artifacts[edge]["environment"],
            "aws://123456789012/us-east-1"
        );
        let assets: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{edge}.assets.json"))).unwrap(),
        )
        .unwrap();
        let (hash, asset) = assets["files"].as_object().unwrap().iter().next().unwrap();
        assert_eq!(
            asset["displayName"],
            "MyFunction".to_owned() + &edge[edge.len() - 1..] + "/Code"
        );
        let destination = asset["destinations"]
            .as_object()
            .unwrap()
            .values()
            .next()
            .unwrap();
        assert_eq!(
            destination["bucketName"],
            "cdk-hnb659fds-assets-123456789012-us-east-1"
        );
        assert_eq!(destination["objectKey"], format!("{hash}.zip"));
        assert!(dir.join(format!("asset.{hash}/index.js")).exists());
    }
    assert!(
        !dir.join("LambdaEdgeStackIdStack.assets.json").exists(),
        "the distribution's stack ships no asset: its reader's code is inline"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_builder_api_gets_the_association_rules() {
    use cloudfront_dsl::distribution::{
        BehaviorOptions, Distribution, DistributionProps, EdgeLambda,
    };
    use cloudfront_dsl::functions::FunctionAssociation;
    let mut stack = Stack::new("Builder").with_env("123456789012", "us-east-1");
    let f = Function::new(&mut stack, "F", function_props());
    let rewrite = function!(stack, "Rewrite", {
        code: FunctionCode::from_inline("function handler(event) { return event.request }"),
    });
    let on = |event| {
        EdgeLambda::default()
            .function_version(f.current_version())
            .event_type(event)
    };
    Distribution::new(
        &mut stack,
        "myDist",
        DistributionProps::new(
            BehaviorOptions::new(origins::HttpOrigin("www.example.com"))
                .function_associations([FunctionAssociation::new(
                    rewrite,
                    FunctionEventType::VIEWER_REQUEST,
                )])
                .edge_lambdas([
                    on(LambdaEdgeEventType::ORIGIN_RESPONSE).include_body(true),
                    on(LambdaEdgeEventType::ORIGIN_RESPONSE),
                    on(LambdaEdgeEventType::VIEWER_RESPONSE),
                ]),
        ),
    );
    let e = stack.synth().expect_err("three broken associations");
    let at = |i: usize, field: &str| format!("myDist.default_behavior.edge_lambdas[{i}].{field}");
    assert_eq!(
        paths(std::slice::from_ref(&e)),
        [
            (
                "Builder".to_owned(),
                Rule::EdgeLambda,
                at(0, "include_body")
            ),
            ("Builder".to_owned(), Rule::EdgeLambda, at(1, "event_type")),
            ("Builder".to_owned(), Rule::EdgeLambda, at(2, "event_type")),
        ],
        "{e}"
    );
}

#[test]
fn inline_code_too_large_for_a_template_is_refused() {
    let mut stack = Stack::new("Large").with_env("123456789012", "us-east-1");
    let code = format!(
        "exports.handler = async (e) => e; // {}",
        "x".repeat(1024 * 1024)
    );
    Function::new(
        &mut stack,
        "F",
        function_props().code(Code::from_inline(code)),
    );
    let e = stack.synth().expect_err("over 1 MB");
    assert_eq!(
        paths(std::slice::from_ref(&e)),
        [(
            "Large".to_owned(),
            Rule::LambdaFunction,
            "F.code.code".to_owned()
        )]
    );
    assert!(
        e.to_string()
            .contains("CloudFormation takes up to 1048576 bytes"),
        "{e}"
    );
}
