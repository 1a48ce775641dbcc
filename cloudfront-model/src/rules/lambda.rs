//! Rules on Lambda functions: what Lambda and CloudFormation take, and what Lambda@Edge does
//! not support.
//!
//! Sources, cited at each limit:
//! - Lambda@Edge: the CloudFront Developer Guide's "Restrictions on Lambda@Edge"
//!   (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html>,
//!   the late-2025 copy, "Lambda features" and "Supported runtimes") and "Quotas on
//!   Lambda@Edge"
//!   (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge>);
//! - Lambda: the AWS Lambda Developer Guide's "Lambda quotas"
//!   (<https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html>) and
//!   "Working with Lambda environment variables"
//!   (<https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html>);
//! - CloudFormation: the `AWS::Lambda::Function` resource schema (cfn-lint 1.51.0's copy) and
//!   reference (<https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html>).

use crate::distribution::LambdaEdgeEventType;
use crate::duration::Duration;
use crate::expr::Expr;
use crate::lambda::{
    Architecture, Code, FunctionProps, FunctionResource, Handler, Runtime, RuntimeFamily, Source,
    Tracing,
};
use crate::path::PropPath;
use crate::rules::{Check, Checker, Rule};
use crate::stack::Stack;
use crate::tree::NodeRef;
use crate::violation::Violation;
use serde_json::Value;

/// Memory Lambda allocates, in MB ("Lambda quotas": "Function memory allocation: 128 MB to
/// 10,240 MB"; the CloudFormation schema's maximum, 32,768, is looser).
const MIN_MEMORY: u32 = 128;
const MAX_MEMORY: u32 = 10_240;
/// Timeout, in seconds ("Lambda quotas": "Function timeout: 900 seconds (15 minutes)"; the
/// schema's range is 1 to 900).
const MAX_TIMEOUT: u64 = 900;
/// The schema's `Handler`: at most 128 characters, no white space.
const MAX_HANDLER: usize = 128;
/// The schema's `Description`: at most 256 characters (the CDK checks it too).
const MAX_DESCRIPTION: usize = 256;
/// The schema's `FunctionName`: 1 to 64 characters; letters, digits, `-` and `_` (the CDK's
/// check).
const MAX_FUNCTION_NAME: usize = 64;
/// "Lambda quotas": "Function configuration, deployment, and execution": the environment
/// variables of a function take at most 4 KB in total.
const MAX_ENVIRONMENT_BYTES: usize = 4 * 1024;
/// "Lambda quotas": a function uses at most 5 layers (the schema's `maxItems`).
const MAX_LAYERS: usize = 5;
/// "Lambda quotas": `/tmp` storage is 512 MB to 10,240 MB (the CDK checks the same range).
const MIN_EPHEMERAL_STORAGE: u64 = 512;
const MAX_EPHEMERAL_STORAGE: u64 = 10_240;
/// Inline code lives in the template, which CloudFormation takes up to 1 MB from S3
/// ("CloudFormation quotas",
/// <https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html>:
/// "Template body size in an Amazon S3 object: 1 MB"); the `Code.ZipFile` reference's own
/// limit, a zip of at most 4 MB, is looser. Code this size also fits Lambda@Edge's 1 MB limit
/// for viewer events once zipped.
const MAX_INLINE_CODE: usize = 1024 * 1024;

/// Environment variables Lambda sets itself, which a function cannot set ("Defined runtime
/// environment variables", the CDK's list).
const RESERVED_VARIABLES: [&str; 18] = [
    "_HANDLER",
    "_X_AMZN_TRACE_ID",
    "AWS_DEFAULT_REGION",
    "AWS_REGION",
    "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME",
    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
    "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE",
    "AWS_LAMBDA_LOG_GROUP_NAME",
    "AWS_LAMBDA_LOG_STREAM_NAME",
    "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_LAMBDA_RUNTIME_API",
    "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR",
];

impl Check for FunctionProps {
    fn check(&self, cx: &mut Checker<'_>) {
        check_function_props(self, &PropPath::root(), cx);
    }
}

/// Checks an edge function's props: a function's, and what Lambda@Edge refuses whatever the
/// event.
pub(crate) fn check_edge_function_props(props: &FunctionProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    check_function_props(props, &root, cx);
    report_at_props(edge_feature_problems(props), &root, cx);
    report_at_props(edge_limit_problems(props, None), &root, cx);
}

/// Checks a function of the stack; one that runs at the edge whatever uses it (an edge
/// function's) also for what Lambda@Edge refuses.
pub(crate) fn check_function_resource(f: &FunctionResource, stack: &Stack, cx: &mut Checker<'_>) {
    if f.edge {
        check_edge_function_props(&f.props, cx);
        // The function's node: the one of the stack that holds this very resource.
        let node = stack
            .constructs::<FunctionResource>()
            .find(|(_, c)| std::ptr::eq(*c, f))
            .map(|(node, _)| node);
        for o in node
            .map(|n| edge_override_problems(stack, n))
            .unwrap_or_default()
        {
            cx.report(
                Violation::new(
                    Rule::EdgeLambdaFunction,
                    PropPath::root().field("property_overrides").key(o.written),
                    o.message,
                )
                .help(o.help),
            );
        }
    } else {
        check_function_props(&f.props, &PropPath::root(), cx);
    }
}

/// What an override lands on a function that Lambda@Edge does not support: the override (as
/// written), the message and the fix.
pub(crate) struct OverrideProblem {
    pub(crate) written: String,
    pub(crate) message: String,
    pub(crate) help: String,
}

/// The properties of a function that its props do not model and that Lambda@Edge restricts
/// ("Restrictions on Lambda@Edge", "Lambda features": runtime management configurations other
/// than `Auto`, and access to resources inside a VPC, through which a function mounts a file
/// system: "Configuring file system access for Lambda functions",
/// <https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html>). What the
/// props model is refused as an override, so the edge rules on the props see it.
const EDGE_RESTRICTED_OVERRIDES: [&str; 2] = ["RuntimeManagementConfig", "FileSystemConfigs"];

/// What the overrides of the function `node` land that Lambda@Edge does not support, checked
/// on the overridden value (each problem at the last override that set it).
pub(crate) fn edge_override_problems(stack: &Stack, node: NodeRef) -> Vec<OverrideProblem> {
    let Some(stack) = stack.related(node.stack) else {
        return Vec::new();
    };
    let mut landed = crate::template::CfnResource::new("AWS::Lambda::Function", Value::Null);
    let mut last: Vec<(&str, &str)> = Vec::new();
    for o in stack
        .property_overrides
        .iter()
        .filter(|o| o.node == node.node)
    {
        let Some(top) = o.path.first().map(String::as_str) else {
            continue;
        };
        let Some(&property) = EDGE_RESTRICTED_OVERRIDES.iter().find(|p| **p == top) else {
            continue;
        };
        // A path that cannot be followed is the render's error to report.
        if landed.apply_override(&o.path, o.value.as_ref()).is_ok() {
            last.retain(|(p, _)| *p != property);
            last.push((property, o.written.as_str()));
        }
    }
    let mut out = Vec::new();
    for (property, written) in last {
        let value = &landed.properties[property];
        let problem = match property {
            "RuntimeManagementConfig" => match value.get("UpdateRuntimeOn") {
                Some(Value::String(mode)) if mode == "Auto" => None,
                None | Some(Value::Null) => None,
                Some(mode) => Some((
                    format!("the function's runtime management configuration updates its runtime on {mode}; Lambda@Edge supports `Auto` only: {EDGE_REJECTS}"),
                    "set `UpdateRuntimeOn` to \"Auto\", or leave the override out",
                )),
            },
            _ => (!value.is_null() && value.as_array().is_none_or(|a| !a.is_empty())).then_some((
                format!("the function mounts a file system, which it reaches inside a VPC, and Lambda@Edge does not support functions in a VPC: {EDGE_REJECTS}"),
                "leave `FileSystemConfigs` out: reach the files through a public endpoint, or from an origin",
            )),
        };
        if let Some((message, help)) = problem {
            out.push(OverrideProblem {
                written: written.to_owned(),
                message,
                help: help.to_owned(),
            });
        }
    }
    out
}

/// Why an override of `property` cannot apply to an edge function (Lambda@Edge does not
/// support it whatever its value), when it is one of the props' properties Lambda@Edge
/// refuses; the props' own refusal names the prop otherwise.
pub(crate) fn edge_function_refusal(property: &str) -> Option<&'static str> {
    Some(match property {
        "Environment" => "Lambda@Edge does not support environment variables",
        "Layers" => "Lambda@Edge does not support functions with layers",
        "VpcConfig" => "Lambda@Edge does not support functions in a VPC",
        "DeadLetterConfig" => "Lambda@Edge does not support dead-letter queues",
        "TracingConfig" => "Lambda@Edge does not support AWS X-Ray tracing",
        "PackageType" => "Lambda@Edge does not support functions whose code is a container image",
        _ => return None,
    })
}

/// A problem of a function's prop: the prop, the message and the fix.
pub(crate) struct Problem {
    pub(crate) rule: Rule,
    pub(crate) field: &'static str,
    pub(crate) message: String,
    pub(crate) help: String,
    /// Whether the prop's being there is the problem, whatever its value (which may be an
    /// expression): the error points at its key.
    pub(crate) key: bool,
}

impl Problem {
    /// The violation, at the prop `field` of the props at `at`.
    pub(crate) fn at(self, at: &PropPath) -> Violation {
        let v = Violation::new(self.rule, at.field(self.field), self.message).help(self.help);
        if self.key { v.at_key() } else { v }
    }
}

fn report_at_props(problems: Vec<Problem>, at: &PropPath, cx: &mut Checker<'_>) {
    for p in problems {
        cx.report(p.at(at));
    }
}

/// Checks the props of a function at `path`.
pub(crate) fn check_function_props(p: &FunctionProps, path: &PropPath, cx: &mut Checker<'_>) {
    p.check_required(path, cx);
    if let Some(runtime) = p.runtime {
        check_runtime(runtime, &path.field("runtime"), cx);
    }
    if let Some(handler) = &p.handler {
        check_handler(handler, p, &path.field("handler"), cx);
    }
    if let Some(code) = &p.code {
        check_code(code, p.runtime, &path.field("code"), cx);
    }
    if let Some(d) = &p.description
        && d.chars().count() > MAX_DESCRIPTION
    {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.field("description"),
                format!(
                    "the description has {} characters; Lambda takes at most {MAX_DESCRIPTION}",
                    d.chars().count()
                ),
            )
            .help("shorten the description"),
        );
    }
    if let Some(name) = &p.function_name {
        check_function_name(name, &path.field("function_name"), cx);
    }
    if let Some(memory) = p.memory_size
        && !(MIN_MEMORY..=MAX_MEMORY).contains(&memory)
    {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.field("memory_size"),
                format!("the memory size is {memory} MB; Lambda gives a function {MIN_MEMORY} MB to {MAX_MEMORY} MB"),
            )
            .help(format!("use a memory size from {MIN_MEMORY} to {MAX_MEMORY}")),
        );
    }
    if let Some(timeout) = p.timeout {
        check_timeout(timeout, &path.field("timeout"), cx);
    }
    if let Some(env) = &p.environment {
        check_environment(env, &path.field("environment"), cx);
    }
    if let Some(layers) = &p.layers {
        check_layers(layers, &path.field("layers"), cx);
    }
    check_image(p, path, cx);
    if p.security_groups.is_some() && p.vpc.is_none() && !cx.is_unknown(&path.field("vpc")) {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.field("security_groups"),
                "security groups apply to a function in a VPC, and this one has no `vpc`",
            )
            .at_key()
            .help("add `vpc: ...`, or remove `security_groups` (the CDK refuses them too)"),
        );
    }
    if let Some(size) = p.ephemeral_storage_size
        && !(MIN_EPHEMERAL_STORAGE..=MAX_EPHEMERAL_STORAGE).contains(&size.to_mebibytes())
    {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.field("ephemeral_storage_size"),
                format!("the ephemeral storage is {size}; Lambda gives `/tmp` {MIN_EPHEMERAL_STORAGE} MB to {MAX_EPHEMERAL_STORAGE} MB"),
            )
            .help("use a size from `Size::mebibytes(512)` to `Size::mebibytes(10240)`"),
        );
    }
}

/// A container image brings its runtime and its command (the CDK's checks): the function says
/// `Runtime::FROM_IMAGE` and `Handler::FROM_IMAGE`, and has no layers ("Lambda quotas": layers
/// are for `.zip` archives).
fn check_image(p: &FunctionProps, path: &PropPath, cx: &mut Checker<'_>) {
    let Some(code) = &p.code else { return };
    let image = code.is_image();
    if image && p.runtime.is_some_and(|r| r != Runtime::FROM_IMAGE) {
        cx.report(
            Violation::new(
                Rule::LambdaRuntime,
                path.field("runtime"),
                "the code is a container image, which brings its runtime: CloudFormation takes no runtime for it",
            )
            .help("write `runtime: Runtime::FROM_IMAGE`"),
        );
    }
    if !image && p.runtime == Some(Runtime::FROM_IMAGE) {
        cx.report(
            Violation::new(
                Rule::LambdaRuntime,
                path.field("runtime"),
                "`Runtime::FROM_IMAGE` is for code that is a container image, and this code is not",
            )
            .help(
                "name the code's runtime (`Runtime::NODEJS_24_X`), or use `Code::from_ecr_image`",
            ),
        );
    }
    if image
        && p.handler
            .as_deref()
            .is_some_and(|h| h != Handler::FROM_IMAGE)
    {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.field("handler"),
                "the code is a container image, whose command says what runs: CloudFormation takes no handler for it",
            )
            .help("write `handler: lambda::Handler::FROM_IMAGE`"),
        );
    }
    if image && p.layers.as_ref().is_some_and(|l| !l.is_empty()) {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.field("layers"),
                "a function whose code is a container image has no layers: Lambda takes layers for `.zip` archives only",
            )
            .at_key()
            .help("put what the layers hold in the image"),
        );
    }
}

/// A runtime Lambda still creates functions with, and CloudFormation takes.
fn check_runtime(runtime: Runtime, path: &PropPath, cx: &mut Checker<'_>) {
    if let Some(blocked) = runtime.creation_blocked() {
        cx.report(
            Violation::new(
                Rule::LambdaRuntime,
                path.clone(),
                format!(
                    "Lambda no longer lets anyone create functions with `Runtime::{}` ({}): function creation was disabled on {}",
                    runtime.name(),
                    runtime.cfn_value(),
                    blocked.since
                ),
            )
            .help(format!(
                "use `Runtime::{}` ({}), and check that the code runs on it",
                blocked.use_instead.name(),
                blocked.use_instead.cfn_value()
            )),
        );
    }
}

fn check_handler(handler: &str, p: &FunctionProps, path: &PropPath, cx: &mut Checker<'_>) {
    let problem = if handler == Handler::FROM_IMAGE {
        None
    } else if handler.is_empty() {
        Some((
            "the handler is empty".to_owned(),
            "name the function Lambda calls, as in \"index.handler\"".to_owned(),
        ))
    } else if handler.chars().count() > MAX_HANDLER {
        Some((
            format!(
                "the handler has {} characters; Lambda takes at most {MAX_HANDLER}",
                handler.chars().count()
            ),
            "shorten the file or function name".to_owned(),
        ))
    } else if handler.chars().any(char::is_whitespace) {
        Some((
            format!("the handler `{handler}` has white space, which Lambda rejects"),
            "write it as `file.function`, as in \"index.handler\"".to_owned(),
        ))
    } else if matches!(p.code.as_ref().map(|c| &c.0), Some(Source::Inline(_)))
        && !handler.starts_with("index.")
    {
        // CloudFormation writes inline code to the file `index`.
        Some((
            format!(
                "the handler `{handler}` is not in the file `index`, where CloudFormation puts inline code, so Lambda cannot find it"
            ),
            format!(
                "write \"index.{}\"",
                handler.rsplit('.').next().unwrap_or(handler)
            ),
        ))
    } else {
        None
    };
    if let Some((message, help)) = problem {
        cx.report(Violation::new(Rule::LambdaFunction, path.clone(), message).help(help));
    }
}

fn check_code(code: &Code, runtime: Option<Runtime>, path: &PropPath, cx: &mut Checker<'_>) {
    let Source::Inline(source) = &code.0 else {
        return;
    };
    let at = path.field("code");
    if source.is_empty() {
        cx.report(
            Violation::new(Rule::LambdaFunction, at.clone(), "the inline code is empty")
                .help("write the function's source, or use `Code::from_asset(\"dir\")`"),
        );
    }
    if source.len() > MAX_INLINE_CODE {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                at.clone(),
                format!(
                    "the inline code has {} bytes; it goes into the template, which CloudFormation takes up to {MAX_INLINE_CODE} bytes",
                    source.len()
                ),
            )
            .help("ship the code as an asset: `Code::from_asset(\"dir\")`"),
        );
    }
    if let Some(runtime) = runtime
        && !runtime.supports_inline_code()
    {
        cx.report(
            Violation::new(
                Rule::LambdaRuntime,
                path.clone(),
                format!(
                    "CloudFormation takes inline code for Node.js and Python functions only, not for `Runtime::{}`",
                    runtime.name()
                ),
            )
            .help("ship the code as an asset: `Code::from_asset(\"dir\")`"),
        );
    }
}

fn check_function_name(name: &str, path: &PropPath, cx: &mut Checker<'_>) {
    let problem = if name.is_empty() || name.chars().count() > MAX_FUNCTION_NAME {
        Some(format!(
            "the function name has {} characters; Lambda takes 1 to {MAX_FUNCTION_NAME}",
            name.chars().count()
        ))
    } else {
        name.chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
            .map(|c| {
                format!("the function name `{name}` has the character `{c}`, which Lambda rejects")
            })
    };
    if let Some(message) = problem {
        cx.report(
            Violation::new(Rule::LambdaFunction, path.clone(), message)
                .help("use letters, digits, `-` and `_`, or leave `function_name` out to have CloudFormation name it"),
        );
    }
}

fn check_timeout(timeout: Duration, path: &PropPath, cx: &mut Checker<'_>) {
    if timeout.is_out_of_range() {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.clone(),
                format!("the timeout is out of range: {timeout}; Lambda takes 1 to {MAX_TIMEOUT} s (15 minutes)"),
            )
            .help("set a timeout of at most 15 minutes"),
        );
        return;
    }
    match timeout.to_seconds() {
        None => cx.report(
            Violation::new(
                Rule::WholeSeconds,
                path.clone(),
                format!("the timeout is {timeout}; Lambda takes it in whole seconds"),
            )
            .help("use `Duration::seconds(n)`"),
        ),
        Some(s) if s == 0 || s > MAX_TIMEOUT => cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.clone(),
                format!("the timeout is {s} s; Lambda takes 1 to {MAX_TIMEOUT} s (15 minutes)"),
            )
            .help("use a timeout from `Duration::seconds(1)` to `Duration::minutes(15)`"),
        ),
        Some(_) => {}
    }
}

/// Whether `key` can name an environment variable: a letter, then letters, digits and `_`,
/// two characters at least (Lambda's `Environment.Variables` key pattern,
/// `[a-zA-Z]([a-zA-Z0-9_])+`).
fn is_variable_name(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && key.len() >= 2
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn check_environment(env: &[(String, Expr)], path: &PropPath, cx: &mut Checker<'_>) {
    let mut total = 0;
    for (key, value) in env {
        let at = path.key(key.clone());
        if RESERVED_VARIABLES.contains(&key.as_str()) {
            cx.report(
                Violation::new(
                    Rule::LambdaFunction,
                    at.clone(),
                    format!(
                        "`{key}` is set by the Lambda runtime itself, and a function cannot set it"
                    ),
                )
                .at_key()
                .help("give the variable another name"),
            );
        } else if !is_variable_name(key) {
            cx.report(
                Violation::new(
                    Rule::LambdaFunction,
                    at.clone(),
                    format!("`{key}` cannot name an environment variable: Lambda takes a letter followed by letters, digits and `_`"),
                )
                .at_key()
                .help("rename the variable, as in `API_URL`"),
            );
        }
        total += key.len() + value.as_literal().map_or(0, str::len);
    }
    if total > MAX_ENVIRONMENT_BYTES {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.clone(),
                format!("the environment variables take {total} bytes; Lambda takes at most {MAX_ENVIRONMENT_BYTES} for a function"),
            )
            .at_key()
            .help("keep large values elsewhere (an SSM parameter, an S3 object) and pass their names"),
        );
    }
}

fn check_layers(layers: &[crate::lambda::LayerVersion], path: &PropPath, cx: &mut Checker<'_>) {
    if layers.len() > MAX_LAYERS {
        cx.report(
            Violation::new(
                Rule::LambdaFunction,
                path.index(MAX_LAYERS),
                format!(
                    "this is layer {}; a function uses at most {MAX_LAYERS}",
                    MAX_LAYERS + 1
                ),
            )
            .help("merge layers, or bundle the code with the function"),
        );
    }
    for (i, layer) in layers.iter().enumerate() {
        if let Some(arn) = layer.arn.as_literal()
            && layers[..i].iter().any(|l| l.arn.as_literal() == Some(arn))
        {
            cx.report(
                Violation::new(
                    Rule::LambdaFunction,
                    path.index(i),
                    format!("layer `{arn}` is listed twice"),
                )
                .help("remove the duplicate"),
            );
        }
    }
}

/// What every Lambda@Edge feature problem ends with: why it matters.
const EDGE_REJECTS: &str = "CloudFront refuses to associate such a function with a behavior";

/// What a function has that Lambda@Edge does not support ("Restrictions on Lambda@Edge",
/// "Lambda features" and "Supported runtimes"): CloudFront refuses to associate it with a
/// behavior. Runtime management and customer-managed keys for the `.zip` package, also on that
/// list, are settings the library does not model.
pub(crate) fn edge_feature_problems(p: &FunctionProps) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut problem = |field: &'static str, message: String, help: &str| {
        out.push(Problem {
            rule: Rule::EdgeLambdaFunction,
            field,
            message: format!("{message}: {EDGE_REJECTS}"),
            help: help.to_owned(),
            // A VPC is always given by an expression; that it is there is what counts.
            key: field == "vpc",
        });
    };
    if let Some(env) = p.environment.as_ref().filter(|e| !e.is_empty()) {
        let names: Vec<&str> = env.iter().map(|(k, _)| k.as_str()).collect();
        problem(
            "environment",
            format!(
                "Lambda@Edge does not support environment variables ({})",
                names.join(", ")
            ),
            "remove them: put the values in the code, or read them at run time from an SSM parameter or an S3 object",
        );
    }
    if p.layers.as_ref().is_some_and(|l| !l.is_empty()) {
        problem(
            "layers",
            "Lambda@Edge does not support functions with layers".to_owned(),
            "bundle what the layers hold with the function's code",
        );
    }
    if p.vpc.is_some() {
        problem(
            "vpc",
            "Lambda@Edge does not support functions in a VPC".to_owned(),
            "remove `vpc` (and `security_groups`): reach what the VPC holds through a public endpoint, or from an origin",
        );
    }
    if p.code.as_ref().is_some_and(Code::is_image) {
        problem(
            "code",
            "Lambda@Edge does not support functions whose code is a container image".to_owned(),
            "ship the code as a `.zip` archive: `Code::from_asset(\"dir\")`",
        );
    }
    if p.dead_letter_queue_enabled == Some(true) {
        problem(
            "dead_letter_queue_enabled",
            "Lambda@Edge does not support dead-letter queues".to_owned(),
            "remove `dead_letter_queue_enabled`",
        );
    }
    if p.architecture == Some(Architecture::ARM_64) {
        problem(
            "architecture",
            "Lambda@Edge does not support functions on the arm64 architecture".to_owned(),
            "use `Architecture::X86_64` (or leave `architecture` out)",
        );
    }
    if p.tracing.is_some_and(|t| t != Tracing::DISABLED) {
        problem(
            "tracing",
            "Lambda@Edge does not support AWS X-Ray tracing".to_owned(),
            "remove `tracing`",
        );
    }
    if let Some(size) = p.ephemeral_storage_size
        && size.to_mebibytes() > MIN_EPHEMERAL_STORAGE
    {
        problem(
            "ephemeral_storage_size",
            format!(
                "Lambda@Edge does not support more than 512 MB of ephemeral storage, and this function has {size}"
            ),
            "use `Size::mebibytes(512)` (or leave `ephemeral_storage_size` out)",
        );
    }
    if p.current_version_options
        .as_ref()
        .is_some_and(|o| o.provisioned_concurrent_executions.is_some())
    {
        problem(
            "current_version_options",
            "Lambda@Edge does not support provisioned concurrency".to_owned(),
            "remove `provisioned_concurrent_executions`",
        );
    }
    if let Some(runtime) = p.runtime.filter(|r| *r != Runtime::FROM_IMAGE)
        && !matches!(
            runtime.family(),
            RuntimeFamily::NodeJs | RuntimeFamily::Python
        )
    {
        problem(
            "runtime",
            format!(
                "Lambda@Edge runs Node.js and Python functions only, not `Runtime::{}`",
                runtime.name()
            ),
            "use a Node.js or Python runtime, such as `Runtime::NODEJS_24_X`",
        );
    }
    out
}

/// "a viewer-request", "an origin-request".
pub(crate) fn article(event: LambdaEdgeEventType) -> &'static str {
    if event.is_viewer_event() { "a" } else { "an" }
}

/// Memory, in MB, Lambda@Edge gives a function of a viewer event.
const MAX_VIEWER_MEMORY: u32 = 128;
/// Timeout, in seconds, of a function of a viewer event, and of an origin event.
const MAX_VIEWER_TIMEOUT: u64 = 5;
const MAX_ORIGIN_TIMEOUT: u64 = 30;

/// What a function exceeds of Lambda@Edge's limits for `event` ("Quotas on Lambda@Edge"), or,
/// without an event, of the limits of every event (an edge function's own check).
///
/// The copies of that page disagree. Up to its 2023-03-31 revision (the Developer Guide's
/// GitHub repository) it gives viewer events 128 MB of memory, 5 seconds and 1 MB of code, and
/// origin events Lambda's memory, 30 seconds and 50 MB; the late-2025 copy lists memory "same
/// as Lambda", 30 seconds and 50 MB without a split. CloudFront still refused a 1.4 MB
/// function on a viewer event in 2024 (`InvalidLambdaFunctionAssociation`, "Max allowed:
/// 1048576", awslabs/cognito-at-edge issue 93), so the split is taken as still enforced: a
/// template must never be one CloudFront rejects. Both copies agree on the 30 seconds.
pub(crate) fn edge_limit_problems(
    p: &FunctionProps,
    event: Option<LambdaEdgeEventType>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let viewer = event.is_some_and(LambdaEdgeEventType::is_viewer_event);
    let on = match event {
        Some(e) => format!("{} {e} function", article(e)),
        None => "a function".to_owned(),
    };
    if viewer
        && let Some(memory) = p.memory_size
        && memory > MAX_VIEWER_MEMORY
    {
        out.push(Problem {
            rule: Rule::EdgeLambdaLimit,
            field: "memory_size",
            message: format!("the memory size is {memory} MB; Lambda@Edge gives {on} at most {MAX_VIEWER_MEMORY} MB, and CloudFront rejects the association"),
            help: format!("use `memory_size: {MAX_VIEWER_MEMORY}`, or run the function on an origin event, which may use more"),
            key: false,
        });
    }
    let max_timeout = if viewer {
        MAX_VIEWER_TIMEOUT
    } else {
        MAX_ORIGIN_TIMEOUT
    };
    if let Some(seconds) = p.timeout.and_then(Duration::to_seconds)
        && seconds > max_timeout
    {
        out.push(Problem {
            rule: Rule::EdgeLambdaLimit,
            field: "timeout",
            message: format!("the timeout is {seconds} s; Lambda@Edge runs {on} for at most {max_timeout} s, and CloudFront rejects the association"),
            help: if viewer {
                format!("use at most `Duration::seconds({max_timeout})`, or run the function on an origin event (at most 30 s)")
            } else {
                format!("use at most `Duration::seconds({max_timeout})`")
            },
            key: false,
        });
    }
    out
}
