//! API Gateway REST APIs, as origins of a distribution (`origins::RestApiOrigin(api)`).
//!
//! The library builds no API: an origin refers to one deployed elsewhere, by its id, or to the
//! `AWS::ApiGateway::RestApi` a template holds (added with `Stack::add_cfn_resource`), by
//! logical id. Either way with the stage the distribution calls, as the CDK's
//! `RestApi.fromRestApiAttributes` with its `deploymentStage` set.

use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::schema::{HasKind, Kind};
use crate::scope::AsScope;

/// A REST API and the stage of it a distribution calls.
///
/// ```
/// use cloudfront_dsl::{Stack, apigateway::RestApi};
/// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
/// let api = RestApi::from_rest_api_id(&mut stack, "Api", "a1b2c3d4e5", "prod");
/// assert_eq!(api.stage_name(), "prod");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RestApi {
    pub(crate) rest_api_id: Expr,
    pub(crate) stage_name: String,
    /// The logical id of the API, for one of the template.
    pub(crate) logical_id: Option<String>,
    /// The stack's region, when known: the CDK writes it into the URL.
    region: Option<String>,
}

impl RestApi {
    /// A REST API deployed outside the stack, by its id (`a1b2c3d4e5`), and the stage a
    /// distribution calls (the CDK's `RestApi.fromRestApiId` with `deploymentStage` set to
    /// `Stage.fromStageAttributes`). `id` is the construct id the CDK gives the import; it
    /// writes nothing.
    pub fn from_rest_api_id(
        scope: &mut impl AsScope,
        id: &str,
        rest_api_id: &str,
        stage_name: &str,
    ) -> RestApi {
        let (stack, parent) = scope.as_scope().into_parts();
        stack.add_construct(parent, id);
        RestApi {
            rest_api_id: Expr::literal(rest_api_id),
            stage_name: stage_name.to_owned(),
            logical_id: None,
            region: stack.region().map(str::to_owned),
        }
    }

    /// The `AWS::ApiGateway::RestApi` of the template with logical id `logical_id`, and the
    /// stage a distribution calls (declared beside it, as an `AWS::ApiGateway::Stage`).
    pub fn from_logical_id(logical_id: &str, stage_name: &str) -> RestApi {
        RestApi {
            rest_api_id: Expr::reference(logical_id),
            stage_name: stage_name.to_owned(),
            logical_id: Some(logical_id.to_owned()),
            region: None,
        }
    }

    /// The id of the API (`{"Ref": ...}` for one of the template).
    pub fn rest_api_id(&self) -> &Expr {
        &self.rest_api_id
    }

    /// The stage a distribution calls.
    pub fn stage_name(&self) -> &str {
        &self.stage_name
    }

    /// The stage's URL, as the CDK's `restApi.url` writes it:
    /// `https://{id}.execute-api.{region}.{suffix}/{stage}/`.
    pub fn url(&self) -> Expr {
        let mut parts = Vec::new();
        let stage = format!("/{}/", self.stage_name);
        match (self.rest_api_id.as_literal(), &self.region) {
            (Some(id), Some(region)) => {
                parts.push(Expr::literal(format!("https://{id}.execute-api.{region}.")));
            }
            (Some(id), None) => {
                parts.push(Expr::literal(format!("https://{id}.execute-api.")));
                parts.push(Expr::region());
                parts.push(Expr::literal("."));
            }
            (None, _) => {
                parts.push(Expr::literal("https://"));
                parts.push(self.rest_api_id.clone());
                parts.push(Expr::literal(".execute-api."));
                match &self.region {
                    Some(region) => parts.push(Expr::literal(format!("{region}."))),
                    None => {
                        parts.push(Expr::region());
                        parts.push(Expr::literal("."));
                    }
                }
            }
        }
        parts.push(Expr::url_suffix());
        parts.push(Expr::literal(stage));
        Expr::join("", parts)
    }

    /// The host of the URL, what CloudFront connects to (the CDK's
    /// `Fn.select(2, Fn.split('/', restApi.url))`).
    pub fn domain_name(&self) -> Expr {
        Expr::select(2, Expr::split("/", self.url()))
    }

    /// The origin path the CDK's `RestApiOrigin` derives from the URL: `/` and the stage
    /// (`/` + `Fn.select(3, Fn.split('/', restApi.url))`).
    pub fn origin_path(&self) -> Expr {
        Expr::join(
            "",
            [
                Expr::literal("/"),
                Expr::select(3, Expr::split("/", self.url())),
            ],
        )
    }
}

impl From<&RestApi> for RestApi {
    fn from(api: &RestApi) -> Self {
        api.clone()
    }
}

impl HasKind for RestApi {
    const KIND: Kind = Kind::Handle("apigateway::RestApi");
}

impl FromLit for RestApi {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        // A stand-in with nothing to check: its values are known at `synth()`.
        Some(RestApi::from_logical_id("", ""))
    }
}
