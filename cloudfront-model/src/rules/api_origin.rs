//! The rules of API origins: the REST API and stage a `RestApiOrigin` calls.

use crate::apigateway::RestApi;
use crate::origins::{Origin, OriginSpec};
use crate::path::PropPath;
use crate::rules::catalog::Rule;
use crate::rules::checker::Checker;
use crate::stack::Stack;
use crate::violation::Violation;

/// The CloudFormation type of a REST API.
const REST_API_TYPE: &str = "AWS::ApiGateway::RestApi";

/// The longest stage name: "Stage names can only contain alphanumeric characters, hyphens, and
/// underscores. Maximum length is 128 characters." ("Set up a stage for a REST API in API
/// Gateway", API Gateway Developer Guide,
/// <https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-stages.html>).
const MAX_STAGE_NAME: usize = 128;

/// A REST API whose URL CloudFront cannot reach as written. The stage name takes what API
/// Gateway allows (the page above), and sits in the URL's path, where the CDK cuts the origin
/// path out of it. The API id is the first label of the host,
/// `{restapi_id}.execute-api.{region}.amazonaws.com` ("Invoke REST APIs in API Gateway", API
/// Gateway Developer Guide,
/// <https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html>), so a
/// literal one is a DNS label of lowercase letters and digits, as API Gateway generates them.
pub(crate) fn check_rest_api(api: &RestApi, path: &PropPath, cx: &mut Checker<'_>) {
    let stage = api.stage_name();
    let quoted = crate::rules::text::quoted(stage);
    let stage_problem = if stage.is_empty() {
        Some("the REST API's stage name is empty; the origin needs the stage it calls".to_owned())
    } else if stage.chars().count() > MAX_STAGE_NAME {
        Some(format!(
            "the stage name has {} characters; API Gateway takes at most {MAX_STAGE_NAME}",
            stage.chars().count()
        ))
    } else {
        stage
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
            .map(|c| {
                format!(
                    "the stage name {quoted} holds {}; API Gateway stage names are letters, digits, `-` and `_`",
                    crate::rules::text::quoted(&c.to_string())
                )
            })
    };
    if let Some(problem) = stage_problem {
        cx.report(
            Violation::new(Rule::ApiOrigin, path.field("stage_name"), problem)
                .help("give the name of a deployed stage, such as \"prod\""),
        );
    }
    if let Some(id) = api.rest_api_id().as_literal()
        && (id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
    {
        cx.report(
            Violation::new(
                Rule::ApiOrigin,
                path.field("rest_api_id"),
                format!(
                    "the REST API id {} is not one: it is the first label of the API's host name, lowercase letters and digits (such as `a1b2c3d4e5`)",
                    crate::rules::text::quoted(id)
                ),
            )
            .help("give the API's id (`aws apigateway get-rest-apis`), not its name or URL; for an API of the template use `RestApi::from_logical_id`"),
        );
    }
}

/// A REST API referenced by logical id must be one the stack's template holds, of its type, or
/// the origin's domain name would not resolve.
pub(crate) fn check_rest_api_in_stack(
    origin: &Origin,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let OriginSpec::Http {
        rest_api: Some(api),
        ..
    } = &*origin.0
    else {
        return;
    };
    let Some(id) = &api.logical_id else {
        return;
    };
    let at = path.field("api");
    match stack.raw_resource(id) {
        None => cx.report(
            Violation::new(
                Rule::Reference,
                at,
                format!("the stack holds no resource `{id}`, so the origin's domain name would not resolve"),
            )
            .help("add the REST API with `stack.add_cfn_resource`, or refer to a deployed one with `RestApi::from_rest_api_id`"),
        ),
        Some(r) if r.resource_type != REST_API_TYPE => cx.report(Violation::new(
            Rule::Reference,
            at,
            format!("`{id}` is a `{}`, not a `{REST_API_TYPE}`", r.resource_type),
        )),
        Some(_) => {}
    }
}
