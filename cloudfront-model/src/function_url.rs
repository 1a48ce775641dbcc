//! Lambda function URLs (the CDK's `lambda.FunctionUrl`), as origins of a distribution.
//!
//! The library does not build Lambda functions: a function URL origin references the
//! `AWS::Lambda::Url` the template holds under a logical id (added with
//! [`Stack::add_cfn_resource`](crate::Stack::add_cfn_resource)), as a load balancer origin
//! references its load balancer.

use serde_json::json;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::iam::{CLOUDFRONT_SERVICE, distribution_arn};
use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::schema::{HasKind, Kind};
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// A Lambda function URL of the template, by the logical id of its `AWS::Lambda::Url`.
///
/// ```
/// use cloudfront_model::function_url::FunctionUrl;
/// let url = FunctionUrl::from_logical_id("ApiFunctionUrl46E4ABDE");
/// assert_eq!(url.logical_id(), "ApiFunctionUrl46E4ABDE");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FunctionUrl {
    pub(crate) logical_id: String,
}

/// The resource type of a function URL.
pub(crate) const URL_TYPE: &str = "AWS::Lambda::Url";

impl FunctionUrl {
    /// The function URL the template holds under `logical_id` (see
    /// [`Stack::add_cfn_resource`](crate::Stack::add_cfn_resource)); `synth()` checks that it
    /// exists and is an `AWS::Lambda::Url`, and reads its `AuthType`.
    pub fn from_logical_id(logical_id: impl Into<String>) -> FunctionUrl {
        FunctionUrl {
            logical_id: logical_id.into(),
        }
    }

    /// The logical id of the `AWS::Lambda::Url`.
    pub fn logical_id(&self) -> &str {
        &self.logical_id
    }

    /// The URL (`https://<id>.lambda-url.<region>.on.aws/`).
    pub fn url(&self) -> Expr {
        Expr::get_att(self.logical_id.clone(), "FunctionUrl")
    }

    /// The ARN of the function the URL invokes.
    pub fn function_arn(&self) -> Expr {
        Expr::get_att(self.logical_id.clone(), "FunctionArn")
    }

    /// The URL's host, what CloudFront connects to.
    pub(crate) fn domain_name(&self) -> Expr {
        Expr::select(2, Expr::split("/", self.url()))
    }
}

impl From<&FunctionUrl> for FunctionUrl {
    fn from(url: &FunctionUrl) -> Self {
        url.clone()
    }
}

impl HasKind for FunctionUrl {
    const KIND: Kind = Kind::Handle("function_url::FunctionUrl");
}

impl FromLit for FunctionUrl {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        // No template holds an empty logical id: a stand-in that resolves to nothing.
        Some(FunctionUrl {
            logical_id: String::new(),
        })
    }
}

/// A permission of the function behind a URL for one distribution to invoke it, as the CDK's
/// `FunctionUrlOrigin.withOriginAccessControl` adds two of them: through the URL, and the
/// function itself when invoked through the URL.
#[derive(Debug)]
struct LambdaPermission {
    action: &'static str,
    function_arn: Expr,
    invoked_via_function_url: bool,
    distribution: NodeRef,
}

impl Construct for LambdaPermission {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        let mut properties = serde_json::Map::new();
        properties.insert("Action".into(), json!(self.action));
        properties.insert(
            "FunctionName".into(),
            json!(ids.resolve(&self.function_arn)),
        );
        if self.invoked_via_function_url {
            properties.insert("InvokedViaFunctionUrl".into(), json!(true));
        }
        properties.insert("Principal".into(), json!(CLOUDFRONT_SERVICE));
        properties.insert(
            "SourceArn".into(),
            json!(ids.resolve(&distribution_arn(Expr::node_ref(self.distribution)))),
        );
        Ok(Element::Resource(CfnResource::new(
            "AWS::Lambda::Permission",
            properties.into(),
        )))
    }
}

/// Lets the distribution at `distribution` invoke the function behind `url` through it: the
/// permissions the CDK adds under the origin's scope, named after the origin's generated id.
pub(crate) fn grant_invoke(
    stack: &mut Stack,
    url: &FunctionUrl,
    origin_scope: NodeRef,
    generated_id: &str,
    distribution: NodeRef,
) {
    for (id, action, via_url) in [
        ("InvokeFromApiFor", "lambda:InvokeFunctionUrl", false),
        (
            "InvokeFunctionFromCloudFrontFor",
            "lambda:InvokeFunction",
            true,
        ),
    ] {
        let node = stack.add_construct(Some(origin_scope), &format!("{id}{generated_id}"));
        stack.set_construct(
            node,
            LambdaPermission {
                action,
                function_arn: url.function_arn(),
                invoked_via_function_url: via_url,
                distribution,
            },
        );
    }
}
