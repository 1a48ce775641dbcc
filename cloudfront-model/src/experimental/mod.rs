//! Edge functions (the CDK's `cloudfront.experimental.EdgeFunction`): Lambda functions for
//! Lambda@Edge, which must live in us-east-1 whatever the region of the distribution's stack.
//!
//! In a stack of us-east-1, an edge function is a function (its child `Fn`) whose role
//! Lambda@Edge may assume. In any other region it creates the CDK's us-east-1 stack
//! (`edge-lambda-stack-<address of the stack>`, or `stack_id`), a companion of the stack that
//! the stack depends on, holding the function, its current version and an SSM parameter with
//! the version's ARN (`/cdk/EdgeFunctionArn/<region>/<path>`). The stack reads the parameter
//! through a `Custom::CrossRegionStringParameterReader` resource (`ArnReader`), as the CDK's
//! does, and the distribution takes the reader's `FunctionArn`.
//!
//! The CDK's reader runs a Lambda function whose code is an asset of aws-cdk-lib. Here the
//! provider's code is written inline in the template (`Code.ZipFile`, see `reader.js`): the
//! stack deploys from its template alone. The reader's logical id, type and properties are
//! the CDK's, and so are the provider's role and every other resource.
//!
//! ```
//! use cloudfront_dsl::{Stack, app::App};
//! use cloudfront_dsl::experimental::{EdgeFunction, EdgeFunctionProps};
//! use cloudfront_dsl::lambda::{Code, Runtime};
//!
//! let mut stack = Stack::new("LambdaEdgeStack").with_env("123456789012", "eu-west-1");
//! let f = EdgeFunction::new(&mut stack, "MyFunction", EdgeFunctionProps::default()
//!     .runtime(Runtime::NODEJS_22_X)
//!     .handler("index.handler")
//!     .code(Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;")));
//! # let _ = f;
//! # stack.add_cfn_resource("Topic", cloudfront_dsl::CfnResource::new("AWS::SNS::Topic", serde_json::json!({})));
//! let edge_stack = "edge-lambda-stack-c89daded5900e0359d3ca00b3b8bfca636f4765f61";
//! assert_eq!(stack.dependencies(), [edge_stack]);
//! let app = App::from(stack);
//! let names: Vec<&str> = app.synth()?.iter().map(|s| s.stack.name()).collect();
//! assert_eq!(names, [edge_stack, "LambdaEdgeStack"]);
//! # Ok::<(), Vec<cloudfront_dsl::SynthError>>(())
//! ```

use serde_json::json;

use crate::construct::Construct;
use crate::duration::Duration;
use crate::expr::Expr;
use crate::iam::{Role, Statement};
use crate::lambda::{
    Architecture, Code, Function, LayerVersion, Runtime, Tracing, Version, VersionOptions,
    VersionSource, function_props,
};
use crate::naming::node_addr;
use crate::path::PropPath;
use crate::rules::{Checker, Rule};
use crate::scope::AsScope;
use crate::size::Size;
use crate::stack::{Env, Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;
use crate::violation::Violation;

/// The only region Lambda@Edge functions can be created in.
pub const EDGE_REGION: &str = "us-east-1";

/// The prefix of the SSM parameters that hold edge functions' version ARNs.
const PARAMETER_PREFIX: &str = "cdk/EdgeFunctionArn";

/// The construct id of the stack's reader provider, the CDK's.
const PROVIDER_ID: &str = "Custom::CrossRegionStringParameterReaderCustomResourceProvider";

/// The custom resource type of a reader, the CDK's.
const READER_TYPE: &str = "Custom::CrossRegionStringParameterReader";

/// The provider's code.
const READER_SOURCE: &str = include_str!("reader.js");

function_props! {
    /// Props of an edge function: those of a function, and the us-east-1 stack's id.
    pub struct EdgeFunctionProps ("experimental::EdgeFunctionProps") {
        /// The id (and name) of the us-east-1 stack that holds the function when the stack is
        /// in another region; `edge-lambda-stack-<address of the stack>` if omitted. Functions
        /// of one stack with the same `stack_id` share that stack.
        stack_id: into(String),
    }
}

/// A Lambda function for Lambda@Edge, in us-east-1 whatever the stack's region.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeFunction {
    /// The function (in the stack, or in the us-east-1 stack).
    function: Function,
    /// What `current_version()` gives.
    version: Version,
}

impl EdgeFunction {
    /// Creates an edge function (see the module's documentation). The stack needs an
    /// explicit region (`Stack::with_env`): only then can it tell whether the function has to
    /// go to a stack of its own.
    pub fn new(scope: &mut impl AsScope, id: &str, props: EdgeFunctionProps) -> EdgeFunction {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let region = stack.region().map(str::to_owned);
        let function_props = props.function_props();
        match (region.as_deref(), stack.account().map(str::to_owned)) {
            (Some(region), Some(account)) if region != EDGE_REGION => {
                let stack_id = props
                    .stack_id
                    .clone()
                    .unwrap_or_else(|| format!("edge-lambda-stack-{}", node_addr(&[stack.name()])));
                let parameter_name = format!(
                    "/{PARAMETER_PREFIX}/{region}/{}",
                    sanitized_path(&stack.app_path(scope.node).join("/"))
                );
                let edge = stack.companion_stack(
                    &stack_id,
                    Some(Env {
                        account: account.clone(),
                        region: EDGE_REGION.to_owned(),
                    }),
                );
                let function = crate::lambda::create_function(edge, None, id, function_props, true);
                trust_edge_lambda(edge, &function);
                let version = function.current_version();
                crate::ssm::string_parameter(
                    edge,
                    function.scope,
                    "Parameter",
                    parameter_name.clone(),
                    version.edge_arn(),
                );
                let reader = add_reader(stack, scope, &account, parameter_name, &function);
                EdgeFunction {
                    version: Version(VersionSource::Edge {
                        function: function.clone(),
                        reader,
                    }),
                    function,
                }
            }
            (region, _) => {
                if region.is_none() {
                    stack.record(
                        scope,
                        Violation::new(
                            Rule::EdgeLambda,
                            PropPath::root(),
                            "an edge function's stack needs an explicit region: without one, it cannot tell whether the function must go to a us-east-1 stack of its own",
                        )
                        .help("give the stack an account and a region: `Stack::new(...).with_env(\"123456789012\", \"eu-west-1\")`"),
                    );
                }
                let function =
                    crate::lambda::create_function(stack, Some(scope), "Fn", function_props, true);
                trust_edge_lambda(stack, &function);
                EdgeFunction {
                    version: function.current_version(),
                    function,
                }
            }
        }
    }

    /// The function's current version: what a behavior's `edge_lambdas` take.
    pub fn current_version(&self) -> Version {
        self.version.clone()
    }

    /// Its function (in the stack, or in the us-east-1 stack).
    pub(crate) fn function(&self) -> &Function {
        &self.function
    }

    /// The function's execution role's ARN (a value of the us-east-1 stack when the stack is
    /// in another region).
    pub fn role_arn(&self) -> Expr {
        self.function.role_arn()
    }
}

impl From<&EdgeFunction> for EdgeFunction {
    fn from(f: &EdgeFunction) -> EdgeFunction {
        f.clone()
    }
}

/// Lets Lambda@Edge's replicas assume the function's role.
fn trust_edge_lambda(stack: &mut Stack, function: &Function) {
    Role::add_trust(
        stack,
        function.role,
        Statement::assume_role(crate::lambda::EDGE_LAMBDA_PRINCIPAL),
    );
}

/// A construct path as an SSM parameter name takes it: every character other than letters,
/// digits, `/`, `_`, `.` and `-` becomes `_`, as in the CDK.
fn sanitized_path(path: &str) -> String {
    path.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "/_.-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The reader of the edge function `scope` (its child `ArnReader`), and the stack's provider
/// on first use; returns the reader's resource.
fn add_reader(
    stack: &mut Stack,
    scope: NodeRef,
    account: &str,
    parameter_name: String,
    function: &Function,
) -> NodeRef {
    let handler = provider(stack, account);
    let reader_scope = stack.add_construct(Some(scope), "ArnReader");
    let reader = stack.add_construct(Some(reader_scope), "Default");
    stack.set_construct(
        reader,
        ReaderResource {
            handler,
            parameter_name,
            version: function.version,
        },
    );
    reader
}

/// The stack's reader provider (its role and handler), created on first use; returns the
/// handler's node.
fn provider(stack: &mut Stack, account: &str) -> NodeRef {
    let root = stack.root();
    if let Some(handler) = stack
        .child(root, PROVIDER_ID)
        .and_then(|p| stack.child(p, "Handler"))
    {
        return handler;
    }
    let scope = stack.add_construct(None, PROVIDER_ID);
    let role = stack.add_construct(Some(scope), "Role");
    stack.set_construct(
        role,
        ProviderRole {
            account: account.to_owned(),
        },
    );
    let handler = stack.add_construct(Some(scope), "Handler");
    stack.set_construct(handler, ProviderHandler { role });
    handler
}

/// The custom resource that reads the version's ARN.
#[derive(Debug)]
struct ReaderResource {
    handler: NodeRef,
    parameter_name: String,
    /// The version's resource, in the us-east-1 stack.
    version: NodeRef,
}

impl Construct for ReaderResource {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Resource(
            CfnResource::new(
                READER_TYPE,
                json!({
                    "ServiceToken": ids.resolve(&Expr::node_att(self.handler, "Arn")),
                    "Region": EDGE_REGION,
                    "ParameterName": self.parameter_name,
                    // The version's logical id changes with every new version, which makes
                    // CloudFormation update the reader, and the reader read the new ARN.
                    "RefreshToken": ids.resolve(&Expr::logical_id_of(self.version)),
                }),
            )
            .with_removal_policy("Delete"),
        ))
    }
}

/// The provider's role: it may read the stack's edge function parameters in us-east-1, and
/// write its logs.
#[derive(Debug)]
struct ProviderRole {
    account: String,
}

impl Construct for ProviderRole {
    fn render(&self, _: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        let parameters = Expr::join(
            "",
            [
                Expr::literal("arn:"),
                Expr::partition(),
                Expr::literal(format!(
                    ":ssm:{EDGE_REGION}:{}:parameter/{PARAMETER_PREFIX}/*",
                    self.account
                )),
            ],
        );
        Ok(Element::Resource(CfnResource::new(
            "AWS::IAM::Role",
            json!({
                "AssumeRolePolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [{
                        "Action": "sts:AssumeRole",
                        "Effect": "Allow",
                        "Principal": { "Service": "lambda.amazonaws.com" },
                    }],
                },
                "ManagedPolicyArns": [
                    Expr::sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
                ],
                "Policies": [{
                    "PolicyName": "Inline",
                    "PolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [{
                            "Effect": "Allow",
                            "Resource": parameters,
                            "Action": ["ssm:GetParameter"],
                        }],
                    },
                }],
            }),
        )))
    }
}

/// The provider's handler: `reader.js`, inline.
#[derive(Debug)]
struct ProviderHandler {
    role: NodeRef,
}

/// The provider's settings, the CDK's: the longest timeout, the least memory, and the latest
/// Node.js runtime.
const PROVIDER_TIMEOUT: u64 = 900;
const PROVIDER_MEMORY: u64 = 128;

impl Construct for ProviderHandler {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        let mut resource = CfnResource::new(
            "AWS::Lambda::Function",
            json!({
                "Code": { "ZipFile": READER_SOURCE },
                "Timeout": PROVIDER_TIMEOUT,
                "MemorySize": PROVIDER_MEMORY,
                "Handler": "index.handler",
                "Role": ids.resolve(&Expr::node_att(self.role, "Arn")),
                "Runtime": Runtime::NODEJS_LATEST,
            }),
        );
        if let Some(role) = ids.resolve(&Expr::logical_id_of(self.role)).as_literal() {
            resource.depends_on.push(role.to_owned());
        }
        Ok(Element::Resource(resource))
    }
}

/// The edge function's props, checked as the function's are, and for what Lambda@Edge
/// refuses whatever the event.
impl crate::rules::Check for EdgeFunctionProps {
    fn check(&self, cx: &mut Checker<'_>) {
        crate::rules::check_edge_function_props(&self.function_props(), cx);
    }
}
