//! API Gateway HTTP APIs, as the domain name of an HTTP origin
//! (`origins::HttpOrigin(api.domain_name())`).
//!
//! The library builds no API: one is referenced by its id or by the logical id of the
//! `AWS::ApiGatewayV2::Api` a template holds.

use crate::expr::Expr;
use crate::scope::AsScope;

/// An HTTP API of API Gateway.
///
/// ```
/// use cloudfront_dsl::{apigatewayv2::HttpApi, origins::HttpOrigin};
/// let api = HttpApi::from_logical_id("OrdersApi");
/// let origin = HttpOrigin(api.domain_name());
/// # let _ = origin;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct HttpApi {
    endpoint: Expr,
}

impl HttpApi {
    /// An HTTP API deployed outside the stack, by its id. `id` is the construct id the CDK
    /// gives the import; it writes nothing.
    pub fn from_http_api_id(scope: &mut impl AsScope, id: &str, http_api_id: &str) -> HttpApi {
        let (stack, parent) = scope.as_scope().into_parts();
        stack.add_construct(parent, id);
        let region = stack
            .region()
            .map_or_else(Expr::region, |r| Expr::literal(r.to_owned()));
        HttpApi {
            endpoint: Expr::join(
                "",
                [
                    Expr::literal(format!("https://{http_api_id}.execute-api.")),
                    region,
                    Expr::literal("."),
                    Expr::url_suffix(),
                ],
            ),
        }
    }

    /// The `AWS::ApiGatewayV2::Api` of the template with logical id `logical_id`.
    pub fn from_logical_id(logical_id: &str) -> HttpApi {
        HttpApi {
            endpoint: Expr::get_att(logical_id, "ApiEndpoint"),
        }
    }

    /// The API's endpoint URL (`https://{id}.execute-api.{region}.{suffix}`; the CDK's
    /// `apiEndpoint`).
    pub fn api_endpoint(&self) -> Expr {
        self.endpoint.clone()
    }

    /// The endpoint's host, for `origins::HttpOrigin` (the CDK apps'
    /// `Fn.select(2, Fn.split('/', api.apiEndpoint))`).
    pub fn domain_name(&self) -> Expr {
        Expr::select(2, Expr::split("/", self.api_endpoint()))
    }
}
