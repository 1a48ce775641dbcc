//! Lambda function URLs (the CDK's `lambda.FunctionUrl`), as origins of a distribution.
//!
//! A function of the stack gets its URL from [`Function::add_function_url`] (the CDK's
//! `fn.addFunctionUrl()`), which writes the `AWS::Lambda::Url` (and, for an open URL, the
//! permissions that let anyone invoke it) as the CDK does. A URL the library did not create is
//! referenced by the logical id of the `AWS::Lambda::Url` the template holds (added with
//! [`Stack::add_cfn_resource`](crate::Stack::add_cfn_resource)), as a load balancer origin
//! references its load balancer.

use serde_json::json;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::iam::{CLOUDFRONT_SERVICE, distribution_arn};
use crate::lambda::Function;
use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::schema::{HasKind, Kind};
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

cf_enum! {
    /// Who may invoke a function URL (the CDK's `lambda.FunctionUrlAuthType`).
    pub enum FunctionUrlAuthType ("function_url::FunctionUrlAuthType") {
        /// Only callers with IAM permission to invoke the function, with signed requests (the
        /// CDK's default); what an origin access control that signs every request needs.
        AWS_IAM = "AWS_IAM",
        /// Anyone: the URL takes unsigned requests, and the function gets the permissions that
        /// let anyone invoke it.
        NONE = "NONE",
    }
}

cf_enum! {
    /// How the function answers through its URL (the CDK's `lambda.InvokeMode`).
    pub enum InvokeMode ("function_url::InvokeMode") {
        /// The whole response at once, at most 6 MB (Lambda's default).
        BUFFERED = "BUFFERED",
        /// The response as the function writes it.
        RESPONSE_STREAM = "RESPONSE_STREAM",
    }
}

props! {
    /// Options of [`Function::add_function_url`] (the CDK's `FunctionUrlOptions`); all
    /// optional.
    pub struct FunctionUrlOptions ("function_url::FunctionUrlOptions") {
        /// Who may invoke the URL (default `FunctionUrlAuthType::AWS_IAM`, as the CDK).
        auth_type: exact(FunctionUrlAuthType) ["AuthType"],
        /// How the function answers (Lambda's default `InvokeMode::BUFFERED`).
        invoke_mode: exact(InvokeMode) ["InvokeMode"],
    }
}

/// A Lambda function URL: one a function of the stack has
/// ([`Function::add_function_url`]), or one of the template by the logical id of its
/// `AWS::Lambda::Url`.
///
/// ```
/// use cloudfront_dsl::function_url::FunctionUrl;
/// let url = FunctionUrl::from_logical_id("ApiFunctionUrl46E4ABDE");
/// assert_eq!(url.logical_id(), Some("ApiFunctionUrl46E4ABDE"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FunctionUrl {
    pub(crate) source: UrlSource,
}

/// Where a function URL comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum UrlSource {
    /// An `AWS::Lambda::Url` of the template, by logical id.
    LogicalId(String),
    /// The URL a function of the stack has: its resource.
    Stack(NodeRef),
}

/// The resource type of a function URL.
pub(crate) const URL_TYPE: &str = "AWS::Lambda::Url";

impl FunctionUrl {
    /// The function URL the template holds under `logical_id` (see
    /// [`Stack::add_cfn_resource`](crate::Stack::add_cfn_resource)); `synth()` checks that it
    /// exists and is an `AWS::Lambda::Url`, and reads its `AuthType`.
    pub fn from_logical_id(logical_id: impl Into<String>) -> FunctionUrl {
        FunctionUrl {
            source: UrlSource::LogicalId(logical_id.into()),
        }
    }

    /// The logical id of the `AWS::Lambda::Url`, for a URL referenced by one (a URL of a
    /// function of the stack gets its logical id from its construct path at synthesis).
    pub fn logical_id(&self) -> Option<&str> {
        match &self.source {
            UrlSource::LogicalId(id) => Some(id),
            UrlSource::Stack(_) => None,
        }
    }

    fn att(&self, attribute: &str) -> Expr {
        match &self.source {
            UrlSource::LogicalId(id) => Expr::get_att(id.clone(), attribute),
            UrlSource::Stack(node) => Expr::node_att(*node, attribute),
        }
    }

    /// The URL (`https://<id>.lambda-url.<region>.on.aws/`).
    pub fn url(&self) -> Expr {
        self.att("FunctionUrl")
    }

    /// The ARN of the function the URL invokes.
    pub fn function_arn(&self) -> Expr {
        self.att("FunctionArn")
    }

    /// The URL's host, what CloudFront connects to.
    pub(crate) fn domain_name(&self) -> Expr {
        Expr::select(2, Expr::split("/", self.url()))
    }
}

impl Function {
    /// Gives the function a URL (the CDK's `fn.addFunctionUrl(options)`): an
    /// `AWS::Lambda::Url` under the function's construct (`FunctionUrl`), for
    /// `origins::FunctionUrlOrigin`. An open URL (`FunctionUrlAuthType::NONE`) also gets the
    /// permissions that let anyone invoke the function through it, as the CDK adds them.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::function_url::{FunctionUrlAuthType, FunctionUrlOptions};
    /// use cloudfront_dsl::lambda::{Code, Function, FunctionProps, Runtime};
    ///
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let api = Function::new(&mut stack, "Api", FunctionProps::default()
    ///     .runtime(Runtime::NODEJS_22_X)
    ///     .handler("index.handler")
    ///     .code(Code::from_inline("exports.handler = async () => ({ statusCode: 200 });")));
    /// let url = api.add_function_url(&mut stack, FunctionUrlOptions::default()
    ///     .auth_type(FunctionUrlAuthType::NONE));
    /// # let _ = url;
    /// let template = stack.synth()?;
    /// let ids: Vec<&str> = template.resources().map(|(id, _)| id).collect();
    /// assert_eq!(ids[2..], ["ApiFunctionUrl46E4ABDE", "Apiinvokefunctionurl01061C10", "ApiinvokefunctionF0B78F9A"]);
    /// # Ok::<(), cloudfront_dsl::SynthError>(())
    /// ```
    pub fn add_function_url(&self, stack: &mut Stack, options: FunctionUrlOptions) -> FunctionUrl {
        let auth_type = options.auth_type.unwrap_or(FunctionUrlAuthType::AWS_IAM);
        let Some(stack) = stack.related_mut(self.scope.stack) else {
            // A function of no stack at hand: `synth()` reports the URL's reference.
            return FunctionUrl {
                source: UrlSource::Stack(NodeRef::placeholder()),
            };
        };
        let scope = stack.add_construct(Some(self.scope), "FunctionUrl");
        let resource = stack.add_resource(
            scope,
            UrlResource {
                function: self.function_arn(),
                auth_type,
                invoke_mode: options.invoke_mode,
            },
        );
        if auth_type == FunctionUrlAuthType::NONE {
            for (id, action, via_url) in [
                ("invoke-function-url", "lambda:InvokeFunctionUrl", false),
                ("invoke-function", "lambda:InvokeFunction", true),
            ] {
                let node = stack.add_construct(Some(self.scope), id);
                stack.set_construct(
                    node,
                    PublicPermission {
                        action,
                        function_arn: self.function_arn(),
                        invoked_via_function_url: via_url,
                    },
                );
            }
        }
        FunctionUrl {
            source: UrlSource::Stack(resource),
        }
    }
}

/// The `AWS::Lambda::Url` of a function of the stack.
#[derive(Debug)]
pub(crate) struct UrlResource {
    function: Expr,
    pub(crate) auth_type: FunctionUrlAuthType,
    invoke_mode: Option<InvokeMode>,
}

impl Construct for UrlResource {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        let mut properties = serde_json::Map::new();
        properties.insert("AuthType".into(), json!(self.auth_type));
        if let Some(mode) = self.invoke_mode {
            properties.insert("InvokeMode".into(), json!(mode));
        }
        properties.insert(
            "TargetFunctionArn".into(),
            json!(ids.resolve(&self.function)),
        );
        Ok(Element::Resource(CfnResource::new(
            URL_TYPE,
            properties.into(),
        )))
    }
}

/// A permission that lets anyone invoke the function behind an open URL: through the URL, and
/// the function itself when invoked through the URL.
#[derive(Debug)]
struct PublicPermission {
    action: &'static str,
    function_arn: Expr,
    invoked_via_function_url: bool,
}

impl Construct for PublicPermission {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        let mut properties = serde_json::Map::new();
        properties.insert("Action".into(), json!(self.action));
        properties.insert(
            "FunctionName".into(),
            json!(ids.resolve(&self.function_arn)),
        );
        if self.invoked_via_function_url {
            properties.insert("InvokedViaFunctionUrl".into(), json!(true));
        } else {
            properties.insert("FunctionUrlAuthType".into(), json!("NONE"));
        }
        properties.insert("Principal".into(), json!("*"));
        Ok(Element::Resource(CfnResource::new(
            "AWS::Lambda::Permission",
            properties.into(),
        )))
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
        Some(FunctionUrl::from_logical_id(String::new()))
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
