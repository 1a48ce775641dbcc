//! Stacks: a set of constructs that synthesize to one CloudFormation template.
//!
//! The stack knows no construct kind: `synth()` walks the tree, asks each construct to check
//! itself and counts those that share an account quota, runs the rules over several constructs
//! that construct modules registered, then asks each construct for its element of the template.
//! (The crate's `construct` module says how a construct plugs in.)
//!
//! A stack may depend on other stacks, its companions (stacks its constructs created, such as an
//! edge function's us-east-1 stack) and those the user named; it then synthesizes in an
//! [`App`](crate::app::App), with them.

use std::any::Any;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::asset::FileAsset;
use crate::construct::{Construct, StackRule};
use crate::expr::{Expr, Wanted};
use crate::lit::Unknowns;
use crate::naming::logical_id;
use crate::path::PropPath;
use crate::quotas::Quotas;
use crate::rules::catalog::{Rule, Severity};
use crate::rules::checker::{Checker, over_quota};
use crate::rules::ids::{check_logical_id, check_stack_name};
use crate::tags::TagAspect;
use crate::template::{Element, Section, Template};
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
/// use cloudfront_dsl::Stack;
/// let stack = Stack::new("MyStack").with_env("123456789012", "us-east-1");
/// assert_eq!(stack.region(), Some("us-east-1"));
/// ```
#[derive(Debug)]
pub struct Stack {
    id: StackId,
    name: String,
    env: Option<Env>,
    quotas: Quotas,
    tree: Tree,
    /// Logical ids chosen by the user, by node.
    overrides: HashMap<u32, String>,
    /// The nodes whose logical id a construct overrides (`override_logical_id`), for messages.
    overridden: Vec<u32>,
    /// Problems found while constructs were added, reported by `synth()`.
    construction_errors: Vec<(u32, Violation)>,
    /// What construct modules keep per stack, one value of each type.
    extensions: Vec<Box<dyn Extension>>,
    /// Rules over several constructs, in the order they were registered.
    stack_rules: Vec<&'static StackRule>,
    /// Whether `synth()` fails on warnings too.
    warnings_as_errors: bool,
    /// Files and directories the stack uploads, in the order they were added.
    pub(crate) assets: Vec<FileAsset>,
    /// Stacks that constructs of this stack created and that this stack depends on (the
    /// us-east-1 stack of an edge function): synthesized, written and deployed with it, first.
    companions: Vec<Stack>,
    /// The names of the stacks this stack depends on, in the order the dependencies came.
    dependencies: Vec<String>,
    /// The template's `Description`.
    description: Option<String>,
    /// What `Tags::of(scope)` added and removed, in that order.
    pub(crate) tag_aspects: Vec<TagAspect>,
    /// Property overrides of resources (the CDK's `addPropertyOverride`), in the order they
    /// were added.
    pub(crate) property_overrides: Vec<PropertyOverride>,
}

/// An override of a resource's property, applied when the template is rendered.
#[derive(Clone, Debug)]
pub(crate) struct PropertyOverride {
    /// The resource's node.
    pub(crate) node: u32,
    /// The property's path, as written (for messages).
    pub(crate) written: String,
    /// The path, split.
    pub(crate) path: Vec<String>,
    /// How many leading segments name the property the construct may write itself: an
    /// override of a property the construct renders is refused, so that its rules hold.
    pub(crate) guarded: usize,
    /// The value; `None` deletes the property.
    pub(crate) value: Option<serde_json::Value>,
}

/// A value a construct module keeps per stack (see [`Stack::extension_mut`]).
trait Extension: Any + fmt::Debug + Send + Sync {}

impl<T: Any + fmt::Debug + Send + Sync> Extension for T {}

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
            overridden: Vec::new(),
            construction_errors: Vec::new(),
            extensions: Vec::new(),
            stack_rules: Vec::new(),
            warnings_as_errors: false,
            assets: Vec::new(),
            companions: Vec::new(),
            dependencies: Vec::new(),
            description: None,
            tag_aspects: Vec::new(),
            property_overrides: Vec::new(),
        }
    }

    /// Describes the stack: the template's `Description` (the CDK's `description` stack prop),
    /// which CloudFormation shows with the stack. At most 1024 bytes.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, s3::Bucket};
    /// let mut stack = Stack::new("Docs").with_description("The docs site");
    /// Bucket::new(&mut stack, "Site");
    /// assert!(stack.synth()?.to_json_pretty().starts_with("{\n  \"Description\": \"The docs site\""));
    /// # Ok::<(), cloudfront_dsl::SynthError>(())
    /// ```
    pub fn with_description(mut self, description: impl Into<String>) -> Stack {
        self.description = Some(description.into());
        self
    }

    /// The stack's description, when set.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Sets the account and region the stack deploys to.
    pub fn with_env(mut self, account: impl Into<String>, region: impl Into<String>) -> Stack {
        if !self.assets.is_empty() {
            self.construction_errors.push((
                Tree::ROOT,
                Violation::new(
                    Rule::Asset,
                    PropPath::root().field("env"),
                    "the stack's account and region were set after an asset was added, so the template looks for the asset in the assets bucket of another environment",
                )
                .help("call `with_env` before adding assets (and the constructs that add them)"),
            ));
        }
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

    /// Makes `synth()` fail on a warning (a behavior that never applies, say) as on an error,
    /// when `deny` is `true`: the stack's `#![deny(warnings)]`.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, origins::HttpOrigin};
    /// use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
    /// let build = |deny| {
    ///     let mut stack = Stack::new("Docs").with_warnings_as_errors(deny);
    ///     let origin = HttpOrigin("www.example.com");
    ///     let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(BehaviorOptions::new(origin.clone())));
    ///     dist.add_behavior(&mut stack, "/api/*", origin.clone(), BehaviorOptions::default());
    ///     dist.add_behavior(&mut stack, "/api/v2/*", origin, BehaviorOptions::default());
    ///     stack.synth()
    /// };
    /// assert_eq!(build(false).unwrap().warnings().len(), 1);
    /// assert!(build(true).is_err());
    /// ```
    pub fn with_warnings_as_errors(mut self, deny: bool) -> Stack {
        self.warnings_as_errors = deny;
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

    /// Makes this stack depend on `other`: `other` is deployed first, the cloud assembly
    /// manifest says so, and this stack synthesizes only together with it
    /// ([`App`](crate::app::App)).
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, app::App};
    /// let shared = Stack::new("Shared");
    /// let mut site = Stack::new("Site");
    /// site.add_dependency(&shared);
    /// assert_eq!(site.dependencies(), ["Shared"]);
    /// let app = App::from(vec![site, shared]);
    /// let names: Vec<&str> = app.stacks().iter().map(|s| s.name()).collect();
    /// assert_eq!(names, ["Shared", "Site"]);
    /// ```
    pub fn add_dependency(&mut self, other: &Stack) {
        self.depend_on(other.name.clone());
    }

    fn depend_on(&mut self, name: String) {
        if !self.dependencies.contains(&name) {
            self.dependencies.push(name);
        }
    }

    /// The names of the stacks this stack depends on (deployed before it), in the order the
    /// dependencies came: those of [`add_dependency`](Self::add_dependency) and the stacks its
    /// constructs created (an edge function's us-east-1 stack).
    pub fn dependencies(&self) -> &[String] {
        &self.dependencies
    }

    /// The stacks constructs of this stack created (an edge function's us-east-1 stack), which
    /// this stack depends on and owns.
    pub fn companion_stacks(&self) -> &[Stack] {
        &self.companions
    }

    /// The companion stack `name` (see [`companion_stacks`](Self::companion_stacks)), created
    /// with `env` on first use; this stack depends on it.
    pub(crate) fn companion_stack(&mut self, name: &str, env: Option<Env>) -> &mut Stack {
        self.depend_on(name.to_owned());
        let index = match self.companions.iter().position(|s| s.name == name) {
            Some(i) => i,
            None => {
                let mut stack = Stack::new(name);
                stack.env = env;
                self.companions.push(stack);
                self.companions.len() - 1
            }
        };
        &mut self.companions[index]
    }

    /// This stack or one of its companion stacks (at any depth), by id.
    pub(crate) fn related(&self, id: StackId) -> Option<&Stack> {
        if self.id == id {
            return Some(self);
        }
        self.companions.iter().find_map(|s| s.related(id))
    }

    /// This stack or one of its companion stacks (at any depth), by id.
    pub(crate) fn related_mut(&mut self, id: StackId) -> Option<&mut Stack> {
        if self.id == id {
            return Some(self);
        }
        self.companions.iter_mut().find_map(|s| s.related_mut(id))
    }

    /// The construct `node` holds, when it is a `T` of this stack or of a companion stack.
    pub(crate) fn related_construct<T: Construct>(&self, node: NodeRef) -> Option<&T> {
        self.related(node.stack)?.construct(node)
    }

    /// The stack that `node` belongs to, when it is this stack or a companion stack.
    pub(crate) fn stack_of(&self, node: NodeRef) -> Option<&Stack> {
        self.related(node.stack)
    }

    /// Adds a construct scope under `parent` (the stack when `None`).
    ///
    /// A problem with the id is reported at the construct's prop `id` (`myDist.id`; for an
    /// empty id, which names no construct, at the `id` of its scope), so that every error names
    /// a property path.
    pub(crate) fn add_construct(&mut self, parent: Option<NodeRef>, id: &str) -> NodeRef {
        let (parent, foreign) = match parent {
            None => (Tree::ROOT, false),
            Some(p) if p.stack == self.id && (p.node as usize) < self.tree.nodes.len() => {
                (p.node, false)
            }
            Some(_) => (Tree::ROOT, true),
        };
        // The CDK turns `/` into `--` so that an id cannot forge a path.
        let id = id.replace('/', "--");
        let id_path = PropPath::root().field("id");
        let duplicate = !id.is_empty() && self.tree.child(parent, &id).is_some();
        if id.is_empty() {
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
                    id_path.clone(),
                    format!("a construct of {within} has an empty id; its logical id and generated names are made of its id"),
                )
                .help("give every construct a non-empty id"),
            ));
        }
        let scope = self.tree.path(parent).join("/");
        let node = self.tree.add(parent, id.clone(), None);
        if foreign {
            self.construction_errors.push((
                node,
                Violation::new(
                    Rule::ConstructId,
                    PropPath::root().field("scope"),
                    format!("construct `{id}` was created in a scope of another stack"),
                )
                .help("create each construct in a scope of the stack it belongs to"),
            ));
        }
        if duplicate {
            let within = if scope.is_empty() {
                format!("stack `{}`", self.name)
            } else {
                format!("`{scope}`")
            };
            self.construction_errors.push((
                node,
                Violation::new(
                    Rule::ConstructId,
                    id_path,
                    format!("{within} already has a construct with id `{id}`; both would get the same logical id"),
                )
                .help("give each construct of a scope its own id"),
            ));
        }
        NodeRef {
            stack: self.id,
            node,
        }
    }

    /// Whether `node` is a scope of this stack: the stack itself, or a node that holds no
    /// construct of its own.
    pub(crate) fn is_scope(&self, node: NodeRef) -> bool {
        node.stack == self.id
            && self
                .tree
                .nodes
                .get(node.node as usize)
                .is_some_and(|n| n.construct.is_none())
    }

    /// Adds the CloudFormation resource of construct `scope`, as its `Resource` child.
    pub(crate) fn add_resource(&mut self, scope: NodeRef, construct: impl Construct) -> NodeRef {
        self.add_resource_as(scope, "Resource", construct)
    }

    /// Adds the CloudFormation resource of construct `scope`, as its child `id`.
    pub(crate) fn add_resource_as(
        &mut self,
        scope: NodeRef,
        id: &str,
        construct: impl Construct,
    ) -> NodeRef {
        let node = self
            .tree
            .add(scope.node, id.into(), Some(Box::new(construct)));
        NodeRef {
            stack: self.id,
            node,
        }
    }

    /// Gives the construct scope `node` what it holds (a construct without a `Resource`
    /// child, such as an import or an output).
    pub(crate) fn set_construct(&mut self, node: NodeRef, construct: impl Construct) {
        if let Some(n) = self.tree.nodes.get_mut(node.node as usize) {
            n.construct = Some(Box::new(construct));
        }
    }

    /// The stack itself, as a node: what a stack rule reports a violation of the whole stack
    /// at.
    pub(crate) fn root(&self) -> NodeRef {
        NodeRef {
            stack: self.id,
            node: Tree::ROOT,
        }
    }

    /// The child of `parent` with construct id `id`.
    pub(crate) fn child(&self, parent: NodeRef, id: &str) -> Option<NodeRef> {
        if parent.stack != self.id || parent.node as usize >= self.tree.nodes.len() {
            return None;
        }
        let node = self.tree.child(parent.node, id)?;
        Some(NodeRef {
            stack: self.id,
            node,
        })
    }

    /// Gives `node` the logical id `logical_id` instead of the one derived from its path.
    pub(crate) fn set_logical_id(&mut self, node: NodeRef, logical_id: &str) {
        self.overrides.insert(node.node, logical_id.to_owned());
    }

    /// Gives the resource `node` the logical id `id`, as a construct's `override_logical_id`
    /// asks: `synth()` names the override in the message when another resource has that id.
    pub(crate) fn override_logical_id(&mut self, node: NodeRef, id: &str) {
        let in_template = self
            .construct_at(node)
            .is_some_and(|c| c.section().is_some());
        if !in_template {
            self.construction_errors.push((
                Tree::ROOT,
                Violation::new(
                    Rule::Reference,
                    PropPath::root(),
                    "a logical id override names a construct of another stack, or one outside the template",
                ),
            ));
            return;
        }
        self.set_logical_id(node, id);
        self.overridden.push(node.node);
    }

    /// The nodes given the logical id `logical_id` with [`set_logical_id`](Self::set_logical_id).
    pub(crate) fn with_logical_id<'s>(
        &'s self,
        logical_id: &'s str,
    ) -> impl Iterator<Item = NodeRef> + 's {
        self.overrides
            .iter()
            .filter(move |(_, id)| *id == logical_id)
            .map(|(node, _)| NodeRef {
                stack: self.id,
                node: *node,
            })
    }

    /// Records a problem found while adding a construct under `scope`.
    pub(crate) fn record(&mut self, scope: NodeRef, violation: Violation) {
        self.construction_errors.push((scope.node, violation));
    }

    /// What the node `node` holds, when it is of this stack.
    fn construct_at(&self, node: NodeRef) -> Option<&dyn Construct> {
        if node.stack != self.id {
            return None;
        }
        self.tree
            .nodes
            .get(node.node as usize)?
            .construct
            .as_deref()
    }

    /// Whether `node` is a resource of this stack's template.
    pub(crate) fn holds_resource(&self, node: NodeRef) -> bool {
        self.construct_at(node)
            .is_some_and(|c| c.section() == Some(Section::Resources))
    }

    /// The construct that holds `node` (its parent, for a construct's `Resource`).
    pub(crate) fn scope_of(&self, node: NodeRef) -> NodeRef {
        let parent = self
            .tree
            .nodes
            .get(node.node as usize)
            .filter(|_| node.stack == self.id)
            .and_then(|n| n.parent)
            .unwrap_or(Tree::ROOT);
        self.node_ref(parent)
    }

    /// Whether `node` is a construct of this stack (of the template or imported).
    pub(crate) fn holds(&self, node: NodeRef) -> bool {
        self.construct_at(node).is_some()
    }

    /// The construct `node` holds, when it is of this stack and a `T`.
    pub(crate) fn construct<T: Construct>(&self, node: NodeRef) -> Option<&T> {
        self.construct_at(node)?.downcast_ref()
    }

    /// The construct `node` holds, when it is of this stack and a `T`.
    pub(crate) fn construct_mut<T: Construct>(&mut self, node: NodeRef) -> Option<&mut T> {
        if node.stack != self.id {
            return None;
        }
        self.tree
            .nodes
            .get_mut(node.node as usize)?
            .construct
            .as_deref_mut()?
            .downcast_mut()
    }

    /// Every construct of the stack that is a `T`, in template order: what a stack rule
    /// looks through.
    pub(crate) fn constructs<T: Construct>(&self) -> impl Iterator<Item = (NodeRef, &T)> {
        self.tree.depth_first().into_iter().filter_map(|node| {
            let construct = self.tree.nodes[node as usize].construct.as_deref()?;
            Some((
                NodeRef {
                    stack: self.id,
                    node,
                },
                construct.downcast_ref::<T>()?,
            ))
        })
    }

    /// Every construct of the stack, in template order.
    pub(crate) fn all_constructs(&self) -> impl Iterator<Item = (NodeRef, &dyn Construct)> {
        self.tree.depth_first().into_iter().filter_map(|node| {
            let construct = self.tree.nodes[node as usize].construct.as_deref()?;
            Some((
                NodeRef {
                    stack: self.id,
                    node,
                },
                construct,
            ))
        })
    }

    /// What a reference to `node` resolves to without a logical id (an imported construct's
    /// known values; see [`Construct::known_value`]).
    pub(crate) fn known_value(&self, node: NodeRef, attribute: Option<&str>) -> Option<Expr> {
        self.construct_at(node)?.known_value(attribute)
    }

    /// `e` with references to imported constructs replaced by their known values; `None` when
    /// it refers to a resource of the template (whose value CloudFormation computes).
    pub(crate) fn resolve_known(&self, e: &Expr) -> Option<Expr> {
        e.resolve(&|n, wanted| match wanted {
            Wanted::Ref => self.known_value(n, None),
            Wanted::Att(a) => self.known_value(n, Some(a)),
            Wanted::LogicalId => None,
        })
    }

    /// Takes the construct out of `node`, so that it can change while the stack does (binding
    /// an origin adds constructs); [`put_construct`](Self::put_construct) puts it back.
    pub(crate) fn take_construct(&mut self, node: NodeRef) -> Option<Box<dyn Construct>> {
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
        self.tree
            .nodes
            .get_mut(node.node as usize)?
            .construct
            .take()
    }

    /// Puts back what [`take_construct`](Self::take_construct) took.
    pub(crate) fn put_construct(&mut self, node: NodeRef, construct: Box<dyn Construct>) {
        if let Some(n) = self.tree.nodes.get_mut(node.node as usize) {
            n.construct = Some(construct);
        }
    }

    /// The stack's `T`, when a construct module has kept one (see
    /// [`extension_mut`](Self::extension_mut)).
    pub(crate) fn extension<T: Any + fmt::Debug + Send + Sync>(&self) -> Option<&T> {
        self.extensions
            .iter()
            .find_map(|e| (&**e as &dyn Any).downcast_ref())
    }

    /// The stack's `T`, created empty on first use: where a construct module keeps what it
    /// tracks per stack (the origin access identity of each S3 origin, say).
    pub(crate) fn extension_mut<T: Any + fmt::Debug + Send + Sync + Default>(&mut self) -> &mut T {
        let index = match self
            .extensions
            .iter()
            .position(|e| (&**e as &dyn Any).is::<T>())
        {
            Some(i) => i,
            None => {
                self.extensions.push(Box::new(T::default()));
                self.extensions.len() - 1
            }
        };
        match (&mut *self.extensions[index] as &mut dyn Any).downcast_mut() {
            Some(t) => t,
            None => unreachable!("the extension found for a type is of that type"),
        }
    }

    /// Registers a rule over several constructs, which `synth()` runs after every construct's
    /// own checks; registering it again does nothing.
    pub(crate) fn add_stack_rule(&mut self, rule: &'static StackRule) {
        if !self.stack_rules.iter().any(|r| r.name == rule.name) {
            self.stack_rules.push(rule);
        }
    }

    /// Construct ids from just below the app (the stack's name first) down to the construct
    /// that holds `node`: the CDK names resources by this path (`Names.uniqueId`, `node.addr`).
    /// For a `Resource` child, the construct is its parent.
    pub(crate) fn app_path(&self, node: u32) -> Vec<&str> {
        let n = &self.tree.nodes[node as usize];
        let construct = match (&n.construct, n.parent) {
            (Some(_), Some(parent)) if n.id == "Resource" => parent,
            _ => node,
        };
        let mut path = vec![self.name()];
        path.extend(self.tree.path(construct));
        path
    }

    /// The node `node` of this stack, as a handle.
    pub(crate) fn node_ref(&self, node: u32) -> NodeRef {
        NodeRef {
            stack: self.id,
            node,
        }
    }

    /// The nodes from the stack down to `node`, both included.
    pub(crate) fn ancestors(&self, node: u32) -> Vec<u32> {
        let mut out = Vec::new();
        let mut cur = Some(node);
        while let Some(n) = cur {
            out.push(n);
            cur = self.tree.nodes.get(n as usize).and_then(|n| n.parent);
        }
        out.reverse();
        out
    }

    /// Construct ids from just below the stack down to `node` (its `Resource` child included).
    pub(crate) fn tree_path(&self, node: u32) -> Vec<&str> {
        self.tree.path(node)
    }

    /// The construct path of a node, for messages (`myDist`, `myDist/Origin1`): a resource
    /// inside a construct (`myDist/Resource`) stands for its construct.
    ///
    /// An empty id (an error of its own, reported at its scope's `id`) is written `""`, so
    /// that the other errors of that construct still name it: `"".default_behavior.origin`.
    pub(crate) fn construct_path(&self, node: u32) -> String {
        let n = &self.tree.nodes[node as usize];
        let construct = match (&n.construct, n.parent) {
            (Some(_), Some(parent)) if parent != Tree::ROOT => parent,
            _ => node,
        };
        let ids: Vec<&str> = self
            .tree
            .path(construct)
            .into_iter()
            .map(|id| if id.is_empty() { "\"\"" } else { id })
            .collect();
        ids.join("/")
    }

    /// Checks every construct against the rule set and, when nothing is wrong, renders the
    /// template. An invalid stack never yields a template. What is only a warning (a rule of
    /// [`Severity::Warning`](crate::rules::Severity)) does not fail the synth: the template
    /// lists it in [`Template::warnings`], unless the stack treats warnings as errors
    /// ([`with_warnings_as_errors`](Self::with_warnings_as_errors)).
    ///
    /// A stack that depends on others (an edge function's us-east-1 stack, say) synthesizes
    /// with them, in an [`App`](crate::app::App): alone, it is an error that names them, so that
    /// a template never goes out without the stacks it needs.
    pub fn synth(&self) -> Result<Template, SynthError> {
        if !self.dependencies.is_empty() {
            let names: Vec<String> = self.dependencies.iter().map(|d| format!("`{d}`")).collect();
            return Err(SynthError {
                stack: self.name.clone(),
                errors: vec![SynthViolation {
                    construct: String::new(),
                    violation: Violation::new(
                        Rule::StackDependency,
                        PropPath::root().field("dependencies"),
                        format!(
                            "stack `{}` depends on {} {}, which must be deployed first",
                            self.name,
                            if names.len() == 1 { "stack" } else { "stacks" },
                            names.join(", ")
                        ),
                    )
                    .help("synthesize the stacks together: `App::from(stacks).synth()`, or write them with `cloudfront_dsl::build::Templates` or `cloudfront_dsl::cli::run`"),
                }],
            });
        }
        self.synth_in(&[])
    }

    /// [`synth`](Self::synth) with the other stacks of the app at hand, which constructs of
    /// this stack may read (the logical id of a resource of a stack it depends on).
    pub(crate) fn synth_in(&self, app: &[&Stack]) -> Result<Template, SynthError> {
        let (errors, warnings): (Vec<_>, Vec<_>) = self.check().into_iter().partition(|v| {
            self.warnings_as_errors || v.violation.rule.severity() == Severity::Error
        });
        if !errors.is_empty() {
            return Err(SynthError {
                stack: self.name.clone(),
                errors,
            });
        }
        let mut template = self.render(app)?;
        template.warnings = warnings;
        Ok(template)
    }

    fn check(&self) -> Vec<SynthViolation> {
        let none = Unknowns::none();
        self.check_with(&|_| &none, true)
    }

    /// What [`synth`](Self::synth) checks, over a stack the `stack!` macro builds at compile
    /// time from the literal constructs of its block: the violations of each construct (but
    /// those about values unknown at compile time, `unknowns` by construct id), of the rules
    /// over several constructs and of the logical ids. What the constructors recorded is not
    /// included: [`recorded_since`](Self::recorded_since) gives it construct by construct.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, policies::{CachePolicy, CachePolicyProps}};
    /// let mut stack = Stack::new("Site");
    /// for id in ["A", "B"] {
    ///     CachePolicy::new(&mut stack, id, CachePolicyProps::default().cache_policy_name("Same"));
    /// }
    /// let found = stack.check_literals(&[]);
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].construct, "B");
    /// ```
    pub fn check_literals(&self, unknowns: &[(String, Unknowns)]) -> Vec<SynthViolation> {
        let none = Unknowns::none();
        let of_node = |node: u32| {
            let top = self.tree.path(node).first().copied().unwrap_or_default();
            unknowns
                .iter()
                .find(|(id, _)| id == top)
                .map_or(&none, |(_, u)| u)
        };
        let mut out: Vec<SynthViolation> = self
            .check_with(&of_node, false)
            .into_iter()
            .filter(|v| v.violation.rule != Rule::EmptyStack)
            .collect();
        out.extend(self.logical_ids(&[], &Rc::default()).1);
        out
    }

    /// How many problems the constructors of the stack recorded so far.
    pub fn recorded(&self) -> usize {
        self.construction_errors.len()
    }

    /// The problems the constructors recorded after the first `from`, with the construct path
    /// of the scope each was found in.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, s3::Bucket};
    /// let mut stack = Stack::new("Site");
    /// Bucket::new(&mut stack, "Logs");
    /// let before = stack.recorded();
    /// Bucket::new(&mut stack, "Logs");
    /// let found = stack.recorded_since(before);
    /// assert_eq!(found[0].violation.rule.code(), "construct-id");
    /// ```
    pub fn recorded_since(&self, from: usize) -> Vec<SynthViolation> {
        self.construction_errors
            .iter()
            .skip(from)
            .map(|(node, v)| SynthViolation {
                construct: self.construct_path(*node),
                violation: v.clone(),
            })
            .collect()
    }

    fn check_with<'u>(
        &self,
        unknowns_of: &dyn Fn(u32) -> &'u Unknowns,
        recorded: bool,
    ) -> Vec<SynthViolation> {
        let mut out = Vec::new();
        if let Some(v) = check_stack_name(&self.name) {
            out.push(SynthViolation {
                construct: String::new(),
                violation: v,
            });
        }
        let has_resources = self.tree.nodes.iter().any(|n| {
            n.construct
                .as_ref()
                .is_some_and(|c| c.section() == Some(Section::Resources))
        });
        if !has_resources {
            out.push(SynthViolation {
                construct: String::new(),
                violation: Violation::new(
                    Rule::EmptyStack,
                    PropPath::root().field("resources"),
                    format!("stack `{}` has no resources; CloudFormation rejects a template without any", self.name),
                )
                .help("add a construct to the stack, or leave the stack out"),
            });
        }
        if let Some(v) = self
            .description
            .as_deref()
            .and_then(crate::rules::ids::check_stack_description)
        {
            out.push(SynthViolation {
                construct: String::new(),
                violation: v,
            });
        }
        if let Some(env) = &self.env {
            out.extend(
                crate::rules::env::check_env(&env.account, &env.region)
                    .into_iter()
                    .map(|violation| SynthViolation {
                        construct: String::new(),
                        violation,
                    }),
            );
        }
        for (node, v) in self.construction_errors.iter().filter(|_| recorded) {
            out.push(SynthViolation {
                construct: self.construct_path(*node),
                violation: v.clone(),
            });
        }
        // Constructs counted so far toward each account quota, by quota name.
        let mut counted: Vec<(&'static str, u64)> = Vec::new();
        for node in self.tree.depth_first() {
            let Some(construct) = &self.tree.nodes[node as usize].construct else {
                continue;
            };
            let mut cx = Checker::new(unknowns_of(node), &self.quotas);
            construct.check(self, &mut cx);
            if let Some(quota) = construct.account_quota() {
                let count = match counted.iter_mut().find(|(name, _)| *name == quota.name) {
                    Some((_, n)) => {
                        *n += 1;
                        *n
                    }
                    None => {
                        counted.push((quota.name, 1));
                        1
                    }
                };
                let limit = (quota.limit)(&self.quotas);
                if count == limit.saturating_add(1) {
                    cx.report(over_quota(
                        Rule::PerAccountQuota,
                        PropPath::root(),
                        quota.what,
                        count,
                        limit,
                        quota.name,
                    ));
                }
            }
            let violations = cx.into_violations();
            if violations.is_empty() {
                continue;
            }
            let construct = self.construct_path(node);
            out.extend(violations.into_iter().map(|violation| SynthViolation {
                construct: construct.clone(),
                violation,
            }));
        }
        for rule in &self.stack_rules {
            let mut found = Vec::new();
            (rule.check)(self, &mut found);
            out.extend(found.into_iter().map(|(node, violation)| SynthViolation {
                construct: if node.stack == self.id {
                    self.construct_path(node.node)
                } else {
                    String::new()
                },
                violation,
            }));
        }
        out
    }

    /// A resolver of references to the stack's nodes, for what reads a construct as the
    /// template writes it (the routing of a distribution) without rendering the template.
    pub(crate) fn ids(&self) -> Ids<'_> {
        let others = Rc::default();
        let ids = self.logical_ids(&[], &others).0;
        Ids::new(self, Cow::Owned(ids), &[], others)
    }

    /// The logical id of every node of the template (by node index): the one set with
    /// `set_logical_id`, the one a construct computes ([`Construct::logical_id`]), or the one
    /// its path gives; with the problems found (invalid or duplicate ids). The ids of the
    /// other stacks it reads come from `others`, which keeps those it computes.
    fn logical_ids(
        &self,
        app: &[&Stack],
        others: &Rc<OtherIds>,
    ) -> (Vec<Option<String>>, Vec<SynthViolation>) {
        let order = self.tree.depth_first();
        let mut ids: Vec<Option<String>> = vec![None; self.tree.nodes.len()];
        let in_template = |node: u32| {
            self.tree.nodes[node as usize]
                .construct
                .as_ref()
                .is_some_and(|c| c.section().is_some())
        };
        for &node in &order {
            if in_template(node) {
                ids[node as usize] = Some(
                    self.overrides
                        .get(&node)
                        .cloned()
                        .unwrap_or_else(|| logical_id(&self.tree.path(node))),
                );
            }
        }
        // Ids that hash what a construct renders come second: what they render refers to the
        // others by the ids of their paths.
        let computed: Vec<(u32, String)> = {
            let resolver = Ids::new(self, Cow::Borrowed(&ids), app, Rc::clone(others));
            order
                .iter()
                .filter(|&&node| in_template(node) && !self.overrides.contains_key(&node))
                .filter_map(|&node| {
                    let construct = self.tree.nodes[node as usize].construct.as_deref()?;
                    construct.logical_id(&resolver, node).map(|id| (node, id))
                })
                .collect()
        };
        for (node, id) in computed {
            ids[node as usize] = Some(id);
        }
        let mut errors = Vec::new();
        let mut seen: HashMap<&str, u32> = HashMap::new();
        for &node in &order {
            let Some(id) = ids[node as usize].as_deref() else {
                continue;
            };
            if let Some(v) = check_logical_id(id) {
                errors.push(SynthViolation {
                    construct: self.construct_path(node),
                    violation: v,
                });
            }
            if let Some(first) = seen.insert(id, node) {
                let by_override = [node, first]
                    .into_iter()
                    .find(|n| self.overridden.contains(n));
                let violation = match by_override {
                    Some(n) => Violation::new(
                        Rule::ConstructId,
                        PropPath::root(),
                        format!(
                            "logical id `{id}`, which `{}` takes by override, is also the id of `{}`; a template holds each logical id once",
                            self.construct_path(n),
                            self.construct_path(if n == node { first } else { node })
                        ),
                    )
                    .help("override with another logical id, or rename the other construct"),
                    None => Violation::new(
                        Rule::ConstructId,
                        PropPath::root(),
                        format!(
                            "logical id `{id}` is also the id of `{}`",
                            self.construct_path(first)
                        ),
                    )
                    .help("rename one of the two constructs"),
                };
                errors.push(SynthViolation {
                    construct: self.construct_path(node),
                    violation,
                });
            }
        }
        (ids, errors)
    }

    fn render(&self, app: &[&Stack]) -> Result<Template, SynthError> {
        // The ids of the other stacks are computed once for the whole render, however many
        // references to them its constructs hold.
        let others = Rc::default();
        let (ids, mut errors) = self.logical_ids(app, &others);
        let resolver = Ids::new(self, Cow::Borrowed(&ids), app, others);
        let mut template = Template {
            description: self.description.clone(),
            ..Template::default()
        };
        for node in self.tree.depth_first() {
            let Some(construct) = &self.tree.nodes[node as usize].construct else {
                continue;
            };
            if construct.section().is_none() {
                continue;
            }
            let before = resolver.failures.borrow().len();
            let id = resolver.ids[node as usize].clone().unwrap_or_default();
            match construct.render(&resolver, node) {
                Ok(mut element) if resolver.failures.borrow().len() == before => {
                    if let Element::Resource(resource) = &mut element {
                        let tags = self.resource_tags(self.node_ref(node), &resource.resource_type);
                        if tags.len() > crate::tags::MAX_TAGS_PER_RESOURCE {
                            errors.push(SynthViolation {
                                construct: self.construct_path(node),
                                violation: crate::tags::too_many(tags.len()),
                            });
                        } else if !tags.is_empty() {
                            resource.set_property("Tags", crate::tags::render(&tags));
                        }
                        let overrides: Vec<_> = self
                            .property_overrides
                            .iter()
                            .filter(|o| o.node == node)
                            .collect();
                        // What the construct wrote, before any override (copied only for a
                        // resource that has some: the copy is most of a resource's cost).
                        let rendered = if overrides.is_empty() {
                            serde_json::Value::Null
                        } else {
                            resource.properties.clone()
                        };
                        for o in overrides {
                            let guarded = &o.path[..o.guarded.min(o.path.len())];
                            let written = crate::template::value_at(&rendered, guarded).is_some();
                            let problem = if written {
                                Some(format!("the construct writes `{}` from its props, whose rules an override would skip", guarded.join(".")))
                            } else {
                                resource.apply_override(&o.path, o.value.as_ref()).err()
                            };
                            if let Some(problem) = problem {
                                errors.push(SynthViolation {
                                    construct: self.construct_path(node),
                                    violation: Violation::new(
                                        Rule::PropertyOverride,
                                        PropPath::root().field("property_overrides").key(o.written.clone()),
                                        format!("the override of `{}` cannot apply: {problem}", o.written),
                                    )
                                    .help("set what the construct models through its props; override only what it does not write"),
                                });
                            }
                        }
                    }
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
        errors.extend(
            crate::rules::template_limits::check(&template)
                .into_iter()
                .map(|violation| SynthViolation {
                    construct: String::new(),
                    violation,
                }),
        );
        if !errors.is_empty() {
            return Err(SynthError {
                stack: self.name.clone(),
                errors,
            });
        }
        Ok(template)
    }
}

/// The logical ids of the other stacks a render refers to (by stack id, then node index),
/// each stack's computed on its first reference and kept for the rest of the render.
type OtherIds = RefCell<HashMap<StackId, Rc<[Option<String>]>>>;

/// Resolves references to a stack's nodes into logical ids while a template is rendered.
pub(crate) struct Ids<'a> {
    pub(crate) stack: &'a Stack,
    ids: Cow<'a, [Option<String>]>,
    /// The other stacks of the app, for the logical ids of their resources.
    app: &'a [&'a Stack],
    /// The logical ids of the companion and other stacks computed so far, shared with the
    /// resolvers that compute them.
    others: Rc<OtherIds>,
    failures: RefCell<Vec<NodeRef>>,
}

impl<'a> Ids<'a> {
    fn new(
        stack: &'a Stack,
        ids: Cow<'a, [Option<String>]>,
        app: &'a [&'a Stack],
        others: Rc<OtherIds>,
    ) -> Ids<'a> {
        Ids {
            stack,
            ids,
            app,
            others,
            failures: RefCell::new(Vec::new()),
        }
    }

    /// The logical id of `node`, a node of the template.
    pub(crate) fn logical_id(&self, node: NodeRef) -> Option<&str> {
        if node.stack != self.stack.id {
            return None;
        }
        self.ids.get(node.node as usize)?.as_deref()
    }

    /// The logical id of `node`, a node of this stack, of a companion stack or of another
    /// stack of the app.
    fn logical_id_of(&self, node: NodeRef) -> Option<String> {
        if node.stack == self.stack.id {
            return self.ids.get(node.node as usize).cloned().flatten();
        }
        // No borrow of the cache is held while another stack's ids are computed: computing
        // them may read the ids of a third stack.
        let cached = self.others.borrow().get(&node.stack).cloned();
        let ids = match cached {
            Some(ids) => ids,
            None => {
                let other = self
                    .stack
                    .related(node.stack)
                    .or_else(|| self.app.iter().find_map(|s| s.related(node.stack)))?;
                let ids: Rc<[Option<String>]> = other.logical_ids(self.app, &self.others).0.into();
                self.others.borrow_mut().insert(node.stack, Rc::clone(&ids));
                ids
            }
        };
        ids.get(node.node as usize).cloned().flatten()
    }

    /// `e` with its node references replaced by logical ids (or by the values of imported
    /// constructs); a reference this stack cannot resolve is recorded, and makes synthesis
    /// fail.
    pub(crate) fn resolve(&self, e: &Expr) -> Expr {
        let lookup = |n: NodeRef, wanted: Wanted<'_>| -> Option<Expr> {
            if let Wanted::LogicalId = wanted {
                return self.logical_id_of(n).map(Expr::literal);
            }
            if n.stack != self.stack.id {
                return None;
            }
            // A construct scope stands for its resource, as in the CDK: a bucket policy that
            // names a distribution is written while the distribution binds its origins, before
            // its resource exists.
            let holds_nothing = self
                .stack
                .tree
                .nodes
                .get(n.node as usize)
                .is_some_and(|node| node.construct.is_none());
            let n = match self.stack.child(n, "Resource") {
                Some(resource) if holds_nothing => resource,
                _ => n,
            };
            if let Some(construct) = self
                .stack
                .tree
                .nodes
                .get(n.node as usize)?
                .construct
                .as_ref()
                && construct.section().is_none()
            {
                return construct.known_value(match wanted {
                    Wanted::Att(a) => Some(a),
                    _ => None,
                });
            }
            let id = self.ids.get(n.node as usize).cloned().flatten()?;
            Some(match wanted {
                Wanted::Att(a) => Expr::get_att(id, a),
                _ => Expr::reference(id),
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

impl SynthViolation {
    /// `label[code]: path: message`.
    fn write(&self, f: &mut fmt::Formatter<'_>, label: &str) -> fmt::Result {
        let path = self.path();
        write!(f, "{label}[{}]", self.violation.rule)?;
        if !path.is_empty() {
            write!(f, ": {path}")?;
        }
        write!(f, ": {}", self.violation)
    }
}

/// `error[code]: path: message`, or `warning[code]: ...` for a rule that only warns.
impl fmt::Display for SynthViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.violation.rule.severity() {
            Severity::Error => self.write(f, "error"),
            Severity::Warning => self.write(f, "warning"),
        }
    }
}

impl std::error::Error for SynthViolation {}

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
            f.write_str("\n")?;
            e.write(f, "error")?;
            if e.violation.rule.severity() == Severity::Warning {
                f.write_str(
                    "\n  note: a warning, an error because the stack treats warnings as errors",
                )?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for SynthError {}

/// A stack output: a value, and optionally a description and an export name other stacks
/// import it by.
#[derive(Clone, Debug, PartialEq)]
pub struct Output {
    pub(crate) value: Expr,
    pub(crate) description: Option<String>,
    pub(crate) export_name: Option<Expr>,
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

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::template::CfnResource;

    thread_local! {
        /// How many times a [`Counted`] construct computed its logical id.
        static COMPUTED: Cell<usize> = const { Cell::new(0) };
    }

    /// A resource whose logical id is computed at synthesis, and counts each computation.
    #[derive(Debug)]
    struct Counted;

    impl Construct for Counted {
        fn render(&self, _: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
            Ok(Element::Resource(CfnResource::new(
                "AWS::SNS::Topic",
                serde_json::json!({}),
            )))
        }

        fn logical_id(&self, _: &Ids<'_>, _: u32) -> Option<String> {
            COMPUTED.with(|c| c.set(c.get() + 1));
            Some("CountedTopic".to_owned())
        }
    }

    /// A resource that names a resource of another stack by its logical id.
    #[derive(Debug)]
    struct Names(NodeRef);

    impl Construct for Names {
        fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
            Ok(Element::Resource(CfnResource::new(
                "AWS::SNS::Topic",
                serde_json::json!({ "DisplayName": ids.resolve(&Expr::logical_id_of(self.0)) }),
            )))
        }
    }

    #[test]
    fn the_ids_of_another_stack_are_computed_once_per_render() {
        let mut stack = Stack::new("Main");
        let edge = stack.companion_stack("Main-edge", None);
        let node = edge.add_construct(None, "Topic");
        edge.set_construct(node, Counted);
        for id in ["A", "B", "C"] {
            let names = stack.add_construct(None, id);
            stack.set_construct(names, Names(node));
        }
        COMPUTED.with(|c| c.set(0));
        let template = stack.render(&[]).unwrap();
        assert_eq!(COMPUTED.with(Cell::get), 1);
        for id in ["A", "B", "C"] {
            assert_eq!(
                template.resource(id).unwrap().properties["DisplayName"],
                "CountedTopic"
            );
        }
    }
}
