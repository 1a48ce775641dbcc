//! API origins through the run-time API: the REST API and stage a `RestApiOrigin` calls are
//! checked at `synth()`, at the origin's property paths, and the origins render as the CDK's.

use cloudfront_dsl::prelude::*;
use cloudfront_dsl::{Rule, SynthError};

fn synth(
    api: impl FnOnce(&mut Stack) -> apigateway::RestApi,
) -> Result<Template, Vec<(Rule, String)>> {
    let mut stack = Stack::new("Api").with_env("123456789012", "us-east-1");
    let api = api(&mut stack);
    distribution!(stack, "Cdn", { default_behavior: { origin: origins::RestApiOrigin(api) } });
    stack.synth().map_err(|SynthError { errors, .. }| {
        errors
            .iter()
            .map(|e| (e.violation.rule, e.path()))
            .collect()
    })
}

#[test]
fn stage_names_and_ids_api_gateway_does_not_take_are_errors() {
    let long = "s".repeat(129);
    for stage in ["", "pr/od", "prod stage", long.as_str()] {
        assert_eq!(
            synth(|s| apigateway::RestApi::from_rest_api_id(s, "Rest", "a1b2c3d4e5", stage)).err(),
            Some(vec![(
                Rule::ApiOrigin,
                "Cdn.default_behavior.origin.api.stage_name".to_owned()
            )]),
            "{stage:.20}"
        );
    }
    for id in [
        "",
        "Orders API",
        "https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
    ] {
        assert_eq!(
            synth(|s| apigateway::RestApi::from_rest_api_id(s, "Rest", id, "prod")).err(),
            Some(vec![(
                Rule::ApiOrigin,
                "Cdn.default_behavior.origin.api.rest_api_id".to_owned()
            )]),
            "{id}"
        );
    }
    for stage in ["prod", "v1_beta-2", &"s".repeat(128)] {
        synth(|s| apigateway::RestApi::from_rest_api_id(s, "Rest", "a1b2c3d4e5", stage))
            .expect("a stage API Gateway takes");
    }
}

#[test]
fn a_rest_api_origin_is_https_on_the_stage_url_with_the_stage_as_origin_path() {
    let mut stack = Stack::new("Api").with_env("123456789012", "eu-west-1");
    stack.add_cfn_resource(
        "OrdersApi",
        CfnResource::new(
            "AWS::ApiGateway::RestApi",
            cloudfront_dsl::serde_json::json!({ "Name": "orders" }),
        ),
    );
    let api = apigateway::RestApi::from_logical_id("OrdersApi", "live");
    distribution!(stack, "Cdn", { default_behavior: { origin: origins::RestApiOrigin(api) } });
    let template = stack.synth().expect("valid");
    let (_, dist) = template
        .resources()
        .find(|(_, r)| r.resource_type == "AWS::CloudFront::Distribution")
        .expect("a distribution");
    let origin = &dist.properties["DistributionConfig"]["Origins"][0];
    assert_eq!(
        origin["CustomOriginConfig"]["OriginProtocolPolicy"],
        "https-only"
    );
    let url = cloudfront_dsl::serde_json::json!({ "Fn::Join": ["", [
        "https://", { "Ref": "OrdersApi" }, ".execute-api.", { "Ref": "AWS::Region" }, ".",
        { "Ref": "AWS::URLSuffix" }, "/live/",
    ]] });
    assert_eq!(
        origin["DomainName"],
        cloudfront_dsl::serde_json::json!({ "Fn::Select": [2, { "Fn::Split": ["/", url] }] })
    );
    assert_eq!(
        origin["OriginPath"]["Fn::Join"][1][1],
        cloudfront_dsl::serde_json::json!({ "Fn::Select": [3, { "Fn::Split": ["/", url] }] })
    );
    cloudfront_dsl_tests::lint_stacks([&stack]);
}

#[test]
fn apis_by_id_are_reached_on_their_regional_hosts() {
    let mut stack = Stack::new("Api").with_env("123456789012", "us-east-1");
    let http = apigatewayv2::HttpApi::from_http_api_id(&mut stack, "Http", "h1t2t3p4q5");
    let graphql =
        appsync::GraphqlApi::from_graphql_api_id(&mut stack, "Gql", "abcdefghijklmnopqrstuvwxyz");
    distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::HttpOrigin(http.domain_name()) },
        additional_behaviors: { "/graphql": { origin: origins::HttpOrigin(graphql.domain_name()) } },
    });
    let template = stack.synth().expect("valid");
    let json = template.to_json_pretty();
    assert!(
        json.contains("https://h1t2t3p4q5.execute-api.us-east-1."),
        "{json}"
    );
    assert!(
        json.contains("https://abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1."),
        "{json}"
    );
    cloudfront_dsl_tests::lint_stacks([&stack]);
}

#[test]
fn a_rest_api_by_logical_id_must_be_one_of_the_template() {
    let missing = synth(|_| apigateway::RestApi::from_logical_id("OrdersApi", "prod"));
    assert_eq!(
        missing.err(),
        Some(vec![(
            Rule::Reference,
            "Cdn.default_behavior.origin.api".to_owned()
        )])
    );
    let wrong_type = synth(|s| {
        s.add_cfn_resource(
            "OrdersApi",
            CfnResource::new(
                "AWS::ApiGatewayV2::Api",
                cloudfront_dsl::serde_json::json!({ "Name": "orders", "ProtocolType": "HTTP" }),
            ),
        );
        apigateway::RestApi::from_logical_id("OrdersApi", "prod")
    });
    assert_eq!(
        wrong_type.err(),
        Some(vec![(
            Rule::Reference,
            "Cdn.default_behavior.origin.api".to_owned()
        )])
    );
}
