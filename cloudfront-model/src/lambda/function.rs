//! `AWS::Lambda::Function` as the CDK writes it, and the hash its current version's logical id
//! takes.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use serde_json::{Map, Value, json};

use crate::construct::Construct;
use crate::ec2::SecurityGroup;
use crate::expr::Expr;
use crate::iam::{Role, Statement, aws_managed_policy};
use crate::lambda::code::BoundCode;
use crate::lambda::version::VersionResource;
use crate::lambda::{Function, FunctionProps, Handler, Runtime, Tracing, Version};
use crate::rules::Checker;
use crate::sqs::Queue;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// The principal of Lambda@Edge's replicas, which must be able to assume a function's role.
pub(crate) const EDGE_LAMBDA_PRINCIPAL: &str = "edgelambda.amazonaws.com";

/// Creates a function under `parent` (the stack when `None`), as the CDK's `lambda.Function`
/// does: its role, its dead-letter queue, the function and its `CurrentVersion`. `edge` says
/// that it runs at the edge whatever uses it (an edge function's), which the rules check.
pub(crate) fn create(
    stack: &mut Stack,
    parent: Option<NodeRef>,
    id: &str,
    props: FunctionProps,
    edge: bool,
) -> Function {
    let scope = stack.add_construct(parent, id);
    let mut managed = vec![aws_managed_policy(
        "service-role/AWSLambdaBasicExecutionRole",
    )];
    if props.vpc.is_some() {
        managed.push(aws_managed_policy(
            "service-role/AWSLambdaVPCAccessExecutionRole",
        ));
    }
    let role = Role::create(
        stack,
        Some(scope),
        "ServiceRole",
        vec![Statement::assume_role("lambda.amazonaws.com")],
        managed,
    );
    let code = BoundCode::bind(props.code.as_ref(), stack, scope);
    // As the CDK: a function in a VPC without security groups gets one of its own.
    let security_groups = match (&props.vpc, &props.security_groups) {
        (Some(vpc), None) => vec![SecurityGroup::for_function(stack, scope, vpc)],
        (_, groups) => groups.clone().unwrap_or_default(),
    };
    let dead_letter_queue = (props.dead_letter_queue_enabled == Some(true)).then(|| {
        let queue = Queue::dead_letter_queue(stack, scope);
        role.grant(
            stack,
            Statement::allow(["sqs:SendMessage"], [queue.queue_arn()]),
        );
        queue
    });
    let version_wanted = Arc::new(AtomicBool::new(false));
    let options = props.current_version_options.clone();
    let resource = stack.add_resource(
        scope,
        FunctionResource {
            props,
            code,
            role,
            dead_letter_queue,
            edge,
            security_groups,
        },
    );
    if let Some(tracing) = stack
        .construct::<FunctionResource>(resource)
        .and_then(|f| f.props.tracing)
        && tracing != Tracing::DISABLED
    {
        role.grant(
            stack,
            Statement::allow(
                ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                [Expr::literal("*")],
            ),
        );
    }
    let version_scope = stack.add_construct(Some(scope), "CurrentVersion");
    let version = stack.add_resource(
        version_scope,
        VersionResource {
            function: resource,
            wanted: version_wanted.clone(),
            options,
        },
    );
    Function {
        scope,
        resource,
        role: role.resource,
        version,
        version_wanted,
    }
}

/// Lets Lambda@Edge assume the role of `version`'s function, as the CDK does when the version
/// is associated with a behavior (its replicas run as the role).
pub(crate) fn grant_edge_lambda(stack: &mut Stack, version: &Version) {
    if let Some(function) = version.function() {
        Role::add_trust(
            stack,
            function.role,
            Statement::assume_role(EDGE_LAMBDA_PRINCIPAL),
        );
    }
}

/// A function of the stack, until synthesis renders it.
#[derive(Debug)]
pub(crate) struct FunctionResource {
    pub(crate) props: FunctionProps,
    pub(crate) code: BoundCode,
    pub(crate) role: Role,
    pub(crate) dead_letter_queue: Option<Queue>,
    /// Whether it runs at the edge whatever uses it (an edge function's).
    pub(crate) edge: bool,
    /// Its security groups, in a VPC (given, or its own).
    pub(crate) security_groups: Vec<SecurityGroup>,
}

/// The properties a version's hash leaves out: those a new version need not be published for.
const NOT_VERSION_LOCKED: [&str; 4] = [
    "CodeSigningConfigArn",
    "ReservedConcurrentExecutions",
    "Tags",
    "TenancyConfig",
];

/// The order the CDK puts a function's properties in before it hashes them; the others follow
/// in ASCII order.
const HASH_ORDER: [&str; 24] = [
    "Code",
    "Handler",
    "Role",
    "Runtime",
    "Architectures",
    "CodeSigningConfigArn",
    "DeadLetterConfig",
    "Description",
    "Environment",
    "EphemeralStorage",
    "FileSystemConfigs",
    "FunctionName",
    "ImageConfig",
    "KmsKeyArn",
    "Layers",
    "MemorySize",
    "PackageType",
    "ReservedConcurrentExecutions",
    "RuntimeManagementConfig",
    "SnapStart",
    "Tags",
    "Timeout",
    "TracingConfig",
    "VpcConfig",
];

/// `v` as compact JSON with every object's keys in ASCII order, the order the CDK's
/// CloudFormation properties have (so that the text does not depend on how `Value` orders
/// keys).
fn canonical(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let entries: Vec<String> = keys
                .into_iter()
                .map(|k| format!("{}:{}", Value::from(k.as_str()), canonical(&m[k])))
                .collect();
            format!("{{{}}}", entries.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(canonical).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

impl FunctionResource {
    /// The function's CloudFormation properties, references resolved.
    pub(crate) fn properties(
        &self,
        ids: &Ids<'_>,
    ) -> Result<Map<String, Value>, serde_json::Error> {
        let p = &self.props;
        let mut m = Map::new();
        if let Some(architecture) = p.architecture {
            m.insert("Architectures".into(), json!([architecture]));
        }
        m.insert(
            "Code".into(),
            match &self.code {
                BoundCode::Inline(source) => json!({ "ZipFile": source }),
                BoundCode::S3 { bucket, key } => {
                    json!({ "S3Bucket": ids.resolve(bucket), "S3Key": key })
                }
                BoundCode::Image(uri) => json!({ "ImageUri": ids.resolve(uri) }),
                BoundCode::Missing => json!({}),
            },
        );
        if let Some(queue) = &self.dead_letter_queue {
            m.insert(
                "DeadLetterConfig".into(),
                json!({ "TargetArn": ids.resolve(&queue.queue_arn()) }),
            );
        }
        if let Some(d) = &p.description {
            m.insert("Description".into(), json!(d));
        }
        if let Some(env) = p.environment.as_ref().filter(|e| !e.is_empty()) {
            // Sorted by name, as the CDK writes them once the current version is asked for
            // (and whatever order the JSON map keeps).
            let mut sorted: Vec<&(String, Expr)> = env.iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            let mut variables = Map::new();
            for (k, v) in sorted {
                variables.insert(k.clone(), serde_json::to_value(ids.resolve(v))?);
            }
            m.insert("Environment".into(), json!({ "Variables": variables }));
        }
        if let Some(size) = p.ephemeral_storage_size {
            m.insert(
                "EphemeralStorage".into(),
                json!({ "Size": size.to_mebibytes() }),
            );
        }
        if let Some(name) = &p.function_name {
            m.insert("FunctionName".into(), json!(name));
        }
        if let Some(handler) = p.handler.as_ref().filter(|h| *h != Handler::FROM_IMAGE) {
            m.insert("Handler".into(), json!(handler));
        }
        if let Some(layers) = p.layers.as_ref().filter(|l| !l.is_empty()) {
            let arns: Vec<Expr> = layers.iter().map(|l| ids.resolve(&l.arn)).collect();
            m.insert("Layers".into(), serde_json::to_value(arns)?);
        }
        if let Some(memory) = p.memory_size {
            m.insert("MemorySize".into(), json!(memory));
        }
        if matches!(self.code, BoundCode::Image(_)) {
            m.insert("PackageType".into(), json!("Image"));
        }
        if let Some(n) = p.reserved_concurrent_executions {
            m.insert("ReservedConcurrentExecutions".into(), json!(n));
        }
        m.insert(
            "Role".into(),
            serde_json::to_value(ids.resolve(&self.role.role_arn()))?,
        );
        if let Some(runtime) = p.runtime.filter(|r| *r != Runtime::FROM_IMAGE) {
            m.insert("Runtime".into(), json!(runtime));
        }
        if let Some(timeout) = p.timeout {
            m.insert("Timeout".into(), json!(timeout.whole_seconds()));
        }
        if let Some(tracing) = p.tracing.filter(|t| *t != Tracing::DISABLED) {
            m.insert("TracingConfig".into(), json!({ "Mode": tracing }));
        }
        if let Some(vpc) = &p.vpc {
            let groups: Vec<Expr> = self
                .security_groups
                .iter()
                .map(|g| ids.resolve(&g.group_id))
                .collect();
            let subnets: Vec<Expr> = vpc
                .private_subnet_ids
                .iter()
                .map(|s| ids.resolve(s))
                .collect();
            m.insert(
                "VpcConfig".into(),
                json!({ "SecurityGroupIds": groups, "SubnetIds": subnets }),
            );
        }
        Ok(m)
    }

    /// What the CDK hashes for the logical id of the function's current version: the
    /// properties that lock a version, with the overrides of the function `node` applied (the
    /// CDK hashes the resource as the template writes it), in the CDK's order, as compact JSON.
    pub(crate) fn version_hash_input(
        &self,
        ids: &Ids<'_>,
        node: u32,
    ) -> Result<String, serde_json::Error> {
        let mut resource = CfnResource::new("AWS::Lambda::Function", self.properties(ids)?.into());
        for o in ids
            .stack
            .property_overrides
            .iter()
            .filter(|o| o.node == node)
        {
            // One that cannot apply fails the render, which reports it.
            let _ = resource.apply_override(&o.path, o.value.as_ref());
        }
        let properties = match resource.properties {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        let mut keys: Vec<&str> = HASH_ORDER
            .iter()
            .copied()
            .filter(|k| properties.contains_key(*k))
            .collect();
        let mut rest: Vec<&str> = properties
            .keys()
            .map(String::as_str)
            .filter(|k| !HASH_ORDER.contains(k))
            .collect();
        rest.sort_unstable();
        keys.extend(rest);
        let entries: Vec<String> = keys
            .into_iter()
            .filter(|k| !NOT_VERSION_LOCKED.contains(k))
            .map(|k| format!("{}:{}", Value::from(k), canonical(&properties[k])))
            .collect();
        Ok(format!("{{{}}}", entries.join(",")))
    }
}

/// Orders construct paths as JavaScript's `localeCompare` does for the ASCII ids the CDK's
/// `DependsOn` sorting sees: letters compare without case first.
fn locale_order(a: &str, b: &str) -> std::cmp::Ordering {
    a.to_ascii_lowercase()
        .cmp(&b.to_ascii_lowercase())
        .then_with(|| b.cmp(a))
}

impl Construct for FunctionResource {
    fn check(&self, stack: &Stack, cx: &mut Checker<'_>) {
        crate::rules::check_function_resource(self, stack, cx);
    }

    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        let properties = self.properties(ids)?;
        let mut resource = CfnResource::new("AWS::Lambda::Function", properties.into());
        // As the CDK: the function waits for its role, and for the role's policy.
        let mut depends: Vec<NodeRef> = vec![self.role.resource];
        depends.extend(self.role.default_policy(ids.stack));
        depends.sort_by(|a, b| {
            locale_order(
                &ids.stack.tree_path(a.node).join("/"),
                &ids.stack.tree_path(b.node).join("/"),
            )
        });
        for node in depends {
            if let Some(id) = ids.resolve(&Expr::logical_id_of(node)).as_literal() {
                resource.depends_on.push(id.to_owned());
            }
        }
        Ok(Element::Resource(resource))
    }
}
