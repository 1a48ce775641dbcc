//! Lambda function URL origins through the run-time API: what `synth()` checks with the stack
//! at hand (the URL, its auth type), and the permissions it writes.

use cloudfront_dsl::Rule;
use cloudfront_dsl::function_url::{
    FunctionUrl, FunctionUrlAuthType, FunctionUrlOptions, InvokeMode,
};
use cloudfront_dsl::naming::logical_id;
use cloudfront_dsl::origin_access_control::{
    FunctionUrlOriginAccessControl, OriginAccessControlProps,
};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::json;
use cloudfront_dsl_tests::{lint_stacks, rule_paths, synth_errors};

fn url(stack: &mut Stack, id: &str, auth: &str) -> FunctionUrl {
    stack.add_cfn_resource(
        id,
        CfnResource::new(
            "AWS::Lambda::Url",
            json!({ "AuthType": auth, "TargetFunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:f" }),
        ),
    );
    FunctionUrl::from_logical_id(id)
}

#[test]
fn a_url_that_takes_unsigned_requests_cannot_sit_behind_an_always_signing_control() {
    let mut stack = Stack::new("Auth");
    let open = url(&mut stack, "Open", "NONE");
    let signed = url(&mut stack, "Signed", "NONE");
    let never = FunctionUrlOriginAccessControl::new(
        &mut stack,
        "Never",
        OriginAccessControlProps::default().signing(Signing::SIGV4_NO_OVERRIDE),
    );
    stack.add_cfn_resource("Topic", CfnResource::new("AWS::SNS::Topic", json!({})));
    let topic = FunctionUrl::from_logical_id("Topic");
    let missing = FunctionUrl::from_logical_id("Nowhere");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::FunctionUrlOrigin::with_origin_access_control(open) },
        additional_behaviors: {
            // A control that does not always sign leaves the URL's own auth type in charge.
            "/no-override/*": {
                origin: origins::FunctionUrlOrigin::with_origin_access_control(signed, {
                    origin_access_control: never,
                }),
            },
            "/topic/*": { origin: origins::FunctionUrlOrigin(topic) },
            "/missing/*": { origin: origins::FunctionUrlOrigin(missing) },
        },
    });
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::OriginAccessControl,
                "myDist.default_behavior.origin.url".to_owned()
            ),
            (
                Rule::Reference,
                "myDist.additional_behaviors[\"/topic/*\"].origin.url".to_owned()
            ),
            (
                Rule::Reference,
                "myDist.additional_behaviors[\"/missing/*\"].origin.url".to_owned()
            ),
        ]
    );
}

/// The permissions name the distribution they let in; a shared origin access control is not
/// created again.
#[test]
fn the_function_lets_each_distribution_in() {
    let mut stack = Stack::new("Perms").with_env("123456789012", "us-east-1");
    let admin = url(&mut stack, "AdminUrl", "AWS_IAM");
    let oac = function_url_origin_access_control!(stack, "Oac", {});
    distribution!(stack, "one", {
        default_behavior: {
            origin: origins::FunctionUrlOrigin::with_origin_access_control(admin.clone(), { origin_access_control: oac }),
        },
    });
    distribution!(stack, "two", {
        default_behavior: {
            origin: origins::FunctionUrlOrigin::with_origin_access_control(admin, { origin_access_control: oac }),
        },
    });
    let template = stack.synth().unwrap();
    let kinds: Vec<&str> = template
        .resources()
        .map(|(_, r)| r.resource_type.as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            "AWS::Lambda::Url",
            "AWS::CloudFront::OriginAccessControl",
            "AWS::Lambda::Permission",
            "AWS::Lambda::Permission",
            "AWS::CloudFront::Distribution",
            "AWS::Lambda::Permission",
            "AWS::Lambda::Permission",
            "AWS::CloudFront::Distribution",
        ]
    );
    let distributions: Vec<&str> = template
        .resources()
        .filter(|(_, r)| r.resource_type == "AWS::CloudFront::Distribution")
        .map(|(id, _)| id)
        .collect();
    let sources: Vec<String> = template
        .resources()
        .filter(|(_, r)| r.resource_type == "AWS::Lambda::Permission")
        .map(|(_, r)| {
            r.properties["SourceArn"]["Fn::Join"][1][5]["Ref"]
                .as_str()
                .unwrap_or("")
                .to_owned()
        })
        .collect();
    assert_eq!(
        sources,
        [
            distributions[0],
            distributions[0],
            distributions[1],
            distributions[1]
        ]
    );
    lint_stacks([&stack]);
}

fn function(stack: &mut Stack, id: &str) -> lambda::Function {
    lambda_function!(stack, id, {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    })
}

/// A function's own URL is checked as a URL of the template is: its auth type against the
/// origin access control, and the stack it belongs to.
#[test]
fn a_function_s_url_is_checked_as_the_template_s() {
    let mut stack = Stack::new("Own").with_env("123456789012", "us-east-1");
    let open = function(&mut stack, "Open").add_function_url(
        &mut stack,
        FunctionUrlOptions::default().auth_type(FunctionUrlAuthType::NONE),
    );
    // The CDK's default is `AWS_IAM`, which an always-signing control takes.
    let signed =
        function(&mut stack, "Signed").add_function_url(&mut stack, FunctionUrlOptions::default());
    let mut other = Stack::new("Other").with_env("123456789012", "us-east-1");
    let elsewhere = function(&mut other, "Elsewhere")
        .add_function_url(&mut other, FunctionUrlOptions::default());
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::FunctionUrlOrigin::with_origin_access_control(open) },
        additional_behaviors: {
            "/signed/*": { origin: origins::FunctionUrlOrigin::with_origin_access_control(signed) },
            "/elsewhere/*": { origin: origins::FunctionUrlOrigin(elsewhere) },
        },
    });
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::OriginAccessControl,
                "myDist.default_behavior.origin.url".to_owned()
            ),
            (
                Rule::Reference,
                "myDist.additional_behaviors[\"/elsewhere/*\"].origin.url".to_owned()
            ),
        ]
    );
}

/// A URL's invoke mode is written; only an open URL lets anyone invoke the function.
#[test]
fn a_function_s_url_writes_its_options() {
    let mut stack = Stack::new("Modes").with_env("123456789012", "us-east-1");
    let url = function(&mut stack, "Stream").add_function_url(
        &mut stack,
        FunctionUrlOptions::default().invoke_mode(InvokeMode::RESPONSE_STREAM),
    );
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::FunctionUrlOrigin::with_origin_access_control(url) },
    });
    let template = stack.synth().unwrap();
    let (_, url) = template
        .resources()
        .find(|(_, r)| r.resource_type == "AWS::Lambda::Url")
        .unwrap();
    assert_eq!(
        url.properties,
        json!({
            "AuthType": "AWS_IAM",
            "InvokeMode": "RESPONSE_STREAM",
            "TargetFunctionArn": { "Fn::GetAtt": [logical_id(&["Stream", "Resource"]), "Arn"] },
        })
    );
    let principals: Vec<&str> = template
        .resources()
        .filter(|(_, r)| r.resource_type == "AWS::Lambda::Permission")
        .map(|(_, r)| r.properties["Principal"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(principals, ["cloudfront.amazonaws.com"; 2]);
    lint_stacks(&[stack]);
}
