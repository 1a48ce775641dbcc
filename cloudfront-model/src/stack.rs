//! Stacks: a set of constructs that synthesize to one CloudFormation template.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::expr::Expr;
use crate::lit::Unknowns;
use crate::naming::logical_id;
use crate::origins::Origin;
use crate::path::PropPath;
use crate::quotas::Quotas;
use crate::resource::{OutputSpec, Resource};
use crate::rules::{Check, Checker, PolicyKind, Rule};
use crate::template::{CfnResource, Template};
use crate::tree::{NodeRef, StackId, Tree};
use crate::violation::Violation;

/// Stack ids start at 1: 0 is the placeholder of values the macro cannot see.
static NEXT_STACK_ID: AtomicU64 = AtomicU64::new(1);

/// The account and region a stack deploys to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Env {
    /// The 12-digit AWS account id.
    pub account: String,
    /// The region, such as `us-east-1`.
    pub region: String,
}

/// A CloudFormation stack: constructs (buckets, distributions, ...) that synthesize to one
/// template.
///
/// ```
/// use cloudfront_model::Stack;
/// let stack = Stack::new("MyStack").with_env("123456789012", "us-east-1");
/// assert_eq!(stack.region(), Some("us-east-1"));
/// ```
#[derive(Debug)]
pub struct Stack {
    pub(crate) id: StackId,
    name: String,
    env: Option<Env>,
    quotas: Quotas,
    pub(crate) tree: Tree,
    /// Logical ids chosen by the user, by node.
    overrides: HashMap<u32, String>,
    /// Problems found while constructs were added, reported by `synth()`.
    construction_errors: Vec<(u32, Violation)>,
    /// Origin access identities by origin object, so that an origin bound to two
    /// distributions has one identity (as in the CDK).
    oais: Vec<(Origin, NodeRef)>,
}

impl Stack {
    /// A stack named `name`; the name is also the stack's construct id, which origin ids and
    /// generated names include.
    pub fn new(name: impl Into<String>) -> Stack {
        Stack {
            id: NEXT_STACK_ID.fetch_add(1, Ordering::Relaxed),
            name: name.into(),
            env: None,
            quotas: Quotas::default(),
            tree: Tree::new(),
            overrides: HashMap::new(),
            construction_errors: Vec::new(),
            oais: Vec::new(),
        }
    }

    /// Sets the account and region the stack deploys to.
    pub fn with_env(mut self, account: impl Into<String>, region: impl Into<String>) -> Stack {
        self.env = Some(Env {
            account: account.into(),
            region: region.into(),
        });
        self
    }

    /// Sets the quotas of the account the stack deploys to (when AWS has raised some).
    ///
    /// `synth()` checks against these. The macros cannot see them at compile time: an
    /// invocation that writes a value beyond a default quota declares the raised quota itself
    /// (`#![quotas(name = value)]`), which raises the stack's quota too.
    pub fn with_quotas(mut self, quotas: Quotas) -> Stack {
        self.quotas = quotas;
        self
    }

    /// The quotas the rules check against.
    pub fn quotas(&self) -> &Quotas {
        &self.quotas
    }

    /// The quotas, to raise one.
    pub fn quotas_mut(&mut self) -> &mut Quotas {
        &mut self.quotas
    }

    /// The stack's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The account and region, when set.
    pub fn env(&self) -> Option<&Env> {
        self.env.as_ref()
    }

    /// The region, when set.
    pub fn region(&self) -> Option<&str> {
        self.env.as_ref().map(|e| e.region.as_str())
    }

    /// The account, when set.
    pub fn account(&self) -> Option<&str> {
        self.env.as_ref().map(|e| e.account.as_str())
    }

    /// Adds a resource written as CloudFormation, under `logical_id`: the escape hatch for
    /// resources the library does not model (a load balancer and its VPC, say), which its
    /// constructs can then reference by logical id.
    ///
    /// ```
    /// use cloudfront_model::{Stack, CfnResource};
    /// use serde_json::json;
    /// let mut stack = Stack::new("Docs");
    /// stack.add_cfn_resource("Topic", CfnResource::new("AWS::SNS::Topic", json!({})));
    /// assert!(stack.synth().unwrap().resource("Topic").is_some());
    /// ```
    pub fn add_cfn_resource(&mut self, logical_id: &str, resource: CfnResource) {
        let node = self.add_construct(None, logical_id);
        self.set_resource(node, Resource::Raw(resource));
        self.overrides.insert(node.node, logical_id.to_owned());
    }

    /// Adds a stack output, under `id`.
    ///
    /// ```
    /// use cloudfront_model::{Stack, stack::Output};
    /// use cloudfront_model::distribution::{Distribution, DistributionAttributes};
    /// let mut stack = Stack::new("Docs");
    /// let dist = Distribution::from_distribution_attributes(&mut stack, "Cdn", DistributionAttributes {
    ///     domain_name: "d111111abcdef8.cloudfront.net".into(),
    ///     distribution_id: "E1A2B3C4D5E6F7".into(),
    /// });
    /// stack.add_output("DomainName", dist.distribution_domain_name());
    /// stack.add_output("Id", Output::new(dist.distribution_id()).export_name("cdn-id"));
    /// # stack.add_cfn_resource("Topic", cloudfront_model::CfnResource::new("AWS::SNS::Topic", serde_json::json!({})));
    /// let template = stack.synth().unwrap();
    /// assert_eq!(template.outputs().count(), 2);
    /// ```
    pub fn add_output(&mut self, id: &str, output: impl Into<Output>) {
        let output = output.into();
        let node = self.add_construct(None, id);
        self.set_resource(
            node,
            Resource::Output(OutputSpec {
                value: output.value,
                description: output.description,
                export_name: output.export_name,
            }),
        );
        self.overrides.insert(node.node, id.to_owned());
    }

    /// Whether the stack already holds the mapping `name` (another construct of that id is
    /// reported by `add_mapping`).
    pub(crate) fn has_mapping(&self, name: &str) -> bool {
        self.tree.child(Tree::ROOT, name).is_some_and(|n| {
            matches!(
                self.tree.nodes[n as usize].resource,
                Some(Resource::Mapping(_))
            )
        })
    }

    pub(crate) fn add_mapping(&mut self, name: &str, value: serde_json::Value) {
        let node = self.add_construct(None, name);
        self.set_resource(node, Resource::Mapping(value));
        self.overrides.insert(node.node, name.to_owned());
    }

    /// Gives the construct `node` what it holds.
    pub(crate) fn set_resource(&mut self, node: NodeRef, resource: Resource) {
        if let Some(n) = self.tree.nodes.get_mut(node.node as usize) {
            n.resource = Some(resource);
        }
    }

    /// The resource added with [`add_cfn_resource`](Self::add_cfn_resource) under
    /// `logical_id`.
    pub(crate) fn raw_resource(&self, logical_id: &str) -> Option<&CfnResource> {
        self.overrides.iter().find_map(|(node, id)| {
            match (&self.tree.nodes[*node as usize].resource, id == logical_id) {
                (Some(Resource::Raw(r)), true) => Some(r),
                _ => None,
            }
        })
    }

    /// Adds a construct scope under `parent` (the stack when `None`).
    pub(crate) fn add_construct(&mut self, parent: Option<NodeRef>, id: &str) -> NodeRef {
        let parent = parent
            .filter(|p| p.stack == self.id)
            .map_or(Tree::ROOT, |p| p.node);
        // The CDK turns `/` into `--` so that an id cannot forge a path.
        let id = id.replace('/', "--");
        if id.is_empty() {
            self.construction_errors.push((
                parent,
                Violation::new(
                    Rule::ConstructId,
                    PropPath::root(),
                    "a construct id is empty",
                )
                .help("give every construct a non-empty id"),
            ));
        } else if self.tree.child(parent, &id).is_some() {
            let scope = self.tree.path(parent).join("/");
            let within = if scope.is_empty() {
                format!("stack `{}`", self.name)
            } else {
                format!("`{scope}`")
            };
            self.construction_errors.push((
                parent,
                Violation::new(
                    Rule::ConstructId,
                    PropPath::root(),
                    format!("{within} already has a construct with id `{id}`; both would get the same logical id"),
                )
                .help("give each construct of a scope its own id"),
            ));
        }
        let node = self.tree.add(parent, id, None);
        NodeRef {
            stack: self.id,
            node,
        }
    }

    /// Adds the CloudFormation resource of construct `scope`, as its `Resource` child.
    pub(crate) fn add_resource(&mut self, scope: NodeRef, resource: Resource) -> NodeRef {
        let node = self.tree.add(scope.node, "Resource".into(), Some(resource));
        NodeRef {
            stack: self.id,
            node,
        }
    }

    /// Records a problem found while adding a construct under `scope`.
    pub(crate) fn record(&mut self, scope: NodeRef, violation: Violation) {
        self.construction_errors.push((scope.node, violation));
    }

    /// What the construct `node` holds, when it is of this stack.
    pub(crate) fn resource(&self, node: NodeRef) -> Option<&Resource> {
        if node.stack != self.id {
            return None;
        }
        self.tree.nodes.get(node.node as usize)?.resource.as_ref()
    }

    pub(crate) fn take_resource(&mut self, node: NodeRef) -> Option<Resource> {
        if node.stack != self.id {
            self.construction_errors.push((
                Tree::ROOT,
                Violation::new(
                    Rule::Reference,
                    PropPath::root(),
                    "a construct of another stack was changed through this stack",
                ),
            ));
            return None;
        }
        self.tree.nodes.get_mut(node.node as usize)?.resource.take()
    }

    pub(crate) fn put_resource(&mut self, node: NodeRef, resource: Resource) {
        if let Some(n) = self.tree.nodes.get_mut(node.node as usize) {
            n.resource = Some(resource);
        }
    }

    pub(crate) fn oai_for(&self, origin: &Origin) -> Option<NodeRef> {
        self.oais
            .iter()
            .find(|(o, _)| o.is_same(origin))
            .map(|(_, n)| *n)
    }

    pub(crate) fn remember_oai(&mut self, origin: Origin, oai: NodeRef) {
        self.oais.push((origin, oai));
    }

    /// Construct ids from just below the app (the stack's name first) down to the construct
    /// that holds `node`: the CDK names resources by this path (`Names.uniqueId`, `node.addr`).
    /// For a `Resource` child, the construct is its parent.
    pub(crate) fn app_path(&self, node: u32) -> Vec<&str> {
        let n = &self.tree.nodes[node as usize];
        let construct = match (&n.resource, n.parent) {
            (Some(_), Some(parent)) if n.id == "Resource" => parent,
            _ => node,
        };
        let mut path = vec![self.name()];
        path.extend(self.tree.path(construct));
        path
    }

    /// The construct path of a node, for messages (`myDist`, `myDist/Origin1`).
    fn construct_path(&self, node: u32) -> String {
        let mut path = self.tree.path(node);
        if path.last() == Some(&"Resource") {
            path.pop();
        }
        path.join("/")
    }

    /// Checks every construct against the rule set and, when nothing is wrong, renders the
    /// template. An invalid stack never yields a template.
    pub fn synth(&self) -> Result<Template, SynthError> {
        let violations = self.check();
        if !violations.is_empty() {
            return Err(SynthError {
                stack: self.name.clone(),
                errors: violations,
            });
        }
        self.render()
    }

    fn check(&self) -> Vec<SynthViolation> {
        let mut out = Vec::new();
        if let Some(v) = crate::rules::check_stack_name(&self.name) {
            out.push(SynthViolation {
                construct: String::new(),
                violation: v,
            });
        }
        let has_resources = self.tree.nodes.iter().any(|n| {
            n.resource
                .as_ref()
                .is_some_and(Resource::is_template_resource)
        });
        if !has_resources {
            out.push(SynthViolation {
                construct: String::new(),
                violation: Violation::new(
                    Rule::EmptyStack,
                    PropPath::root(),
                    format!("stack `{}` has no resources; CloudFormation rejects a template without any", self.name),
                )
                .help("add a construct to the stack, or leave the stack out"),
            });
        }
        for (node, v) in &self.construction_errors {
            out.push(SynthViolation {
                construct: self.construct_path(*node),
                violation: v.clone(),
            });
        }
        let unknowns = Unknowns::none();
        let (mut cache_policies, mut origin_request_policies, mut key_groups) = (0u64, 0u64, 0u64);
        for node in self.tree.depth_first() {
            let Some(resource) = &self.tree.nodes[node as usize].resource else {
                continue;
            };
            let mut cx = Checker::new(&unknowns, &self.quotas);
            match resource {
                Resource::Distribution(state) => {
                    crate::rules::check_distribution(&state.effective_props(), &mut cx);
                    crate::rules::check_bound_distribution(state, self, &mut cx);
                }
                Resource::CachePolicy(p) => {
                    p.props.check(&mut cx);
                    cache_policies += 1;
                    crate::rules::check_policy_count(cache_policies, PolicyKind::Cache, &mut cx);
                }
                Resource::PublicKey(k) => k.props.check(&mut cx),
                Resource::Certificate(c) => {
                    crate::rules::check_certificate(&c.props, self, &mut cx)
                }
                Resource::KeyGroup(g) => {
                    g.props.check(&mut cx);
                    key_groups += 1;
                    crate::rules::check_policy_count(key_groups, PolicyKind::KeyGroup, &mut cx);
                }
                Resource::OriginRequestPolicy(p) => {
                    p.props.check(&mut cx);
                    origin_request_policies += 1;
                    crate::rules::check_policy_count(
                        origin_request_policies,
                        PolicyKind::OriginRequest,
                        &mut cx,
                    );
                }
                _ => continue,
            }
            let construct = self.construct_path(node);
            out.extend(
                cx.into_violations()
                    .into_iter()
                    .map(|violation| SynthViolation {
                        construct: construct.clone(),
                        violation,
                    }),
            );
        }
        out
    }

    fn render(&self) -> Result<Template, SynthError> {
        let order = self.tree.depth_first();
        let mut ids: Vec<Option<String>> = vec![None; self.tree.nodes.len()];
        let mut seen: HashMap<String, u32> = HashMap::new();
        let mut errors = Vec::new();
        for &node in &order {
            if !self.tree.nodes[node as usize]
                .resource
                .as_ref()
                .is_some_and(Resource::has_logical_id)
            {
                continue;
            }
            let id = self
                .overrides
                .get(&node)
                .cloned()
                .unwrap_or_else(|| logical_id(&self.tree.path(node)));
            if let Some(v) = crate::rules::check_logical_id(&id) {
                errors.push(SynthViolation {
                    construct: self.construct_path(node),
                    violation: v,
                });
            }
            if let Some(first) = seen.insert(id.clone(), node) {
                errors.push(SynthViolation {
                    construct: self.construct_path(node),
                    violation: Violation::new(
                        Rule::ConstructId,
                        PropPath::root(),
                        format!(
                            "logical id `{id}` is also the id of `{}`",
                            self.construct_path(first)
                        ),
                    )
                    .help("rename one of the two constructs"),
                });
            }
            ids[node as usize] = Some(id);
        }
        let resolver = Ids {
            stack: self,
            ids: &ids,
            failures: RefCell::new(Vec::new()),
        };
        let mut template = Template::default();
        for &node in &order {
            let Some(resource) = &self.tree.nodes[node as usize].resource else {
                continue;
            };
            let before = resolver.failures.borrow().len();
            let id = ids[node as usize].clone().unwrap_or_default();
            match resource.render(&resolver, node) {
                Ok(element) if resolver.failures.borrow().len() == before => {
                    template.add(id, element);
                }
                Ok(_) => errors.push(SynthViolation {
                    construct: self.construct_path(node),
                    violation: Violation::new(
                        Rule::Reference,
                        PropPath::root(),
                        "a value refers to a resource of another stack (or of none)",
                    )
                    .help("use only resources of this stack, or pass the value with `Expr::import_value`"),
                }),
                Err(e) => errors.push(SynthViolation {
                    construct: self.construct_path(node),
                    violation: Violation::new(Rule::Reference, PropPath::root(), e.to_string()),
                }),
            }
        }
        if !errors.is_empty() {
            return Err(SynthError {
                stack: self.name.clone(),
                errors,
            });
        }
        Ok(template)
    }
}

/// Resolves references to a stack's nodes into logical ids while a template is rendered.
pub(crate) struct Ids<'a> {
    pub(crate) stack: &'a Stack,
    ids: &'a [Option<String>],
    failures: RefCell<Vec<NodeRef>>,
}

impl Ids<'_> {
    /// `e` with its node references replaced by logical ids (or by the values of imported
    /// constructs); a reference this stack cannot resolve is recorded, and makes synthesis
    /// fail.
    pub(crate) fn resolve(&self, e: &Expr) -> Expr {
        let lookup = |n: NodeRef, attribute: Option<&str>| -> Option<Expr> {
            if n.stack != self.stack.id {
                return None;
            }
            if let Some(Resource::Import(import)) =
                &self.stack.tree.nodes.get(n.node as usize)?.resource
            {
                return match attribute {
                    None => Some(import.reference.clone()),
                    Some(a) => import
                        .attributes
                        .iter()
                        .find(|(k, _)| *k == a)
                        .map(|(_, v)| v.clone()),
                };
            }
            let id = self.ids.get(n.node as usize).cloned().flatten()?;
            Some(match attribute {
                None => Expr::reference(id),
                Some(a) => Expr::get_att(id, a),
            })
        };
        match e.resolve(&lookup) {
            Some(resolved) => resolved,
            None => {
                e.visit_nodes(&mut |n| self.failures.borrow_mut().push(n));
                Expr::literal("")
            }
        }
    }
}

/// A violation found by `synth()`, with the construct it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthViolation {
    /// The construct path below the stack (`myDist`), empty for the stack itself.
    pub construct: String,
    /// The violation, with its path relative to the construct's props.
    pub violation: Violation,
}

impl SynthViolation {
    /// The full property path: `myDist.default_behavior.origin.http_port`.
    pub fn path(&self) -> String {
        match (self.construct.is_empty(), self.violation.path.is_root()) {
            (true, _) => self.violation.path.to_string(),
            (false, true) => self.construct.clone(),
            (false, false) => format!("{}.{}", self.construct, self.violation.path),
        }
    }
}

impl fmt::Display for SynthViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path();
        write!(f, "error[{}]", self.violation.rule)?;
        if !path.is_empty() {
            write!(f, ": {path}")?;
        }
        write!(f, ": {}", self.violation)
    }
}

/// Why a stack did not synthesize: every violation found, in construct order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthError {
    /// The stack's name.
    pub stack: String,
    /// The violations.
    pub errors: Vec<SynthViolation>,
}

impl fmt::Display for SynthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        write!(
            f,
            "stack `{}` is invalid ({n} error{})",
            self.stack,
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.errors {
            write!(f, "\n{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SynthError {}

/// A stack output: a value, and optionally a description and an export name other stacks
/// import it by.
#[derive(Clone, Debug, PartialEq)]
pub struct Output {
    value: Expr,
    description: Option<String>,
    export_name: Option<Expr>,
}

impl Output {
    /// An output of `value`.
    pub fn new(value: impl Into<Expr>) -> Output {
        Output {
            value: value.into(),
            description: None,
            export_name: None,
        }
    }

    /// Describes the output.
    pub fn description(mut self, description: impl Into<String>) -> Output {
        self.description = Some(description.into());
        self
    }

    /// Exports the output under `name`, for `Expr::import_value` in other stacks.
    pub fn export_name(mut self, name: impl Into<Expr>) -> Output {
        self.export_name = Some(name.into());
        self
    }
}

impl From<Expr> for Output {
    fn from(value: Expr) -> Output {
        Output::new(value)
    }
}
