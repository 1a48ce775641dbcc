//! AppSync GraphQL APIs, as the domain name of an HTTP origin
//! (`origins::HttpOrigin(api.domain_name())`).
//!
//! The library builds no API: one is referenced by its id or by the logical id of the
//! `AWS::AppSync::GraphQLApi` a template holds.

use crate::expr::Expr;
use crate::scope::AsScope;

/// A GraphQL API of AppSync.
///
/// ```
/// use cloudfront_dsl::{appsync::GraphqlApi, origins::HttpOrigin};
/// let api = GraphqlApi::from_logical_id("CatalogApi");
/// let origin = HttpOrigin(api.domain_name());
/// # let _ = origin;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct GraphqlApi {
    url: Expr,
}

impl GraphqlApi {
    /// A GraphQL API deployed outside the stack, by its id; its endpoint is
    /// `https://{id}.appsync-api.{region}.{suffix}/graphql` ("AppSync endpoints and quotas",
    /// AWS General Reference). `id` is the construct id the CDK gives the import; it writes
    /// nothing.
    pub fn from_graphql_api_id(
        scope: &mut impl AsScope,
        id: &str,
        graphql_api_id: &str,
    ) -> GraphqlApi {
        let (stack, parent) = scope.as_scope().into_parts();
        stack.add_construct(parent, id);
        let region = stack
            .region()
            .map_or_else(Expr::region, |r| Expr::literal(r.to_owned()));
        GraphqlApi {
            url: Expr::join(
                "",
                [
                    Expr::literal(format!("https://{graphql_api_id}.appsync-api.")),
                    region,
                    Expr::literal("."),
                    Expr::url_suffix(),
                    Expr::literal("/graphql"),
                ],
            ),
        }
    }

    /// The `AWS::AppSync::GraphQLApi` of the template with logical id `logical_id`.
    pub fn from_logical_id(logical_id: &str) -> GraphqlApi {
        GraphqlApi {
            url: Expr::get_att(logical_id, "GraphQLUrl"),
        }
    }

    /// The API's GraphQL endpoint URL (the CDK's `graphqlUrl`, `attrGraphQlUrl`).
    pub fn graphql_url(&self) -> Expr {
        self.url.clone()
    }

    /// The endpoint's host, for `origins::HttpOrigin` (the CDK apps'
    /// `Fn.select(2, Fn.split('/', api.graphqlUrl))`).
    pub fn domain_name(&self) -> Expr {
        Expr::select(2, Expr::split("/", self.graphql_url()))
    }
}
