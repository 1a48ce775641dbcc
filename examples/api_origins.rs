//! API origins (`tests/cdk/apps/api-origins.js`): a REST API behind `RestApiOrigin`, and an
//! HTTP API and an AppSync GraphQL API of the template behind `HttpOrigin` on their hosts.
//!
//! ```python
//! rest = apigateway.RestApi.from_rest_api_attributes(self, "Rest",
//!     rest_api_id="a1b2c3d4e5", root_resource_id="r00tr3s0rc")
//! rest.deployment_stage = apigateway.Stage.from_stage_attributes(self, "RestStage",
//!     rest_api=rest, stage_name="prod")
//! http = apigwv2.CfnApi(self, "HttpApi", name="orders", protocol_type="HTTP")
//! graphql = appsync.CfnGraphQLApi(self, "GraphqlApi", name="catalog",
//!     authentication_type="AWS_IAM")
//! cloudfront.Distribution(self, "Cdn",
//!     default_behavior={"origin": origins.RestApiOrigin(rest)},
//!     additional_behaviors={
//!         "/orders/*": {"origin": origins.RestApiOrigin(rest,
//!             origin_path="/v2", read_timeout=Duration.seconds(45))},
//!         "/http/*": {"origin": origins.HttpOrigin(
//!             Fn.select(2, Fn.split("/", http.attr_api_endpoint)))},
//!         "/graphql": {"origin": origins.HttpOrigin(
//!             Fn.select(2, Fn.split("/", graphql.attr_graph_ql_url)))},
//!     },
//! )
//! ```

use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::json;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("ApiOriginsStack").with_env("123456789012", "us-east-1");
    // The CDK's `fromRestApiAttributes` and `Stage.fromStageAttributes` write nothing.
    let rest = apigateway::RestApi::from_rest_api_id(&mut stack, "Rest", "a1b2c3d4e5", "prod");
    stack.add_cfn_resource(
        "HttpApi",
        CfnResource::new(
            "AWS::ApiGatewayV2::Api",
            json!({ "Name": "orders", "ProtocolType": "HTTP" }),
        ),
    );
    stack.add_cfn_resource(
        "GraphqlApi",
        CfnResource::new(
            "AWS::AppSync::GraphQLApi",
            json!({ "AuthenticationType": "AWS_IAM", "Name": "catalog" }),
        ),
    );
    let http = apigatewayv2::HttpApi::from_logical_id("HttpApi");
    let graphql = appsync::GraphqlApi::from_logical_id("GraphqlApi");
    distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::RestApiOrigin(&rest) },
        additional_behaviors: {
            "/orders/*": {
                origin: origins::RestApiOrigin(&rest, {
                    origin_path: "/v2",
                    read_timeout: Duration::seconds(45),
                }),
            },
            "/http/*": { origin: origins::HttpOrigin(http.domain_name()) },
            "/graphql": { origin: origins::HttpOrigin(graphql.domain_name()) },
        },
    });
    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
