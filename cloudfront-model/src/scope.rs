//! Construct scopes: the CDK's `Construct` classes of an app.
//!
//! Real CDK apps group their constructs in classes of their own (`class Frontend extends
//! Construct`), nested at any depth. The CDK derives every logical id, origin id, origin access
//! identity comment and generated name from the full construct path
//! (`frontend/distribution-construct/distribution`), so a stack migrated from the CDK keeps its
//! ids only if its constructs sit at the same paths. A [`Scope`] is such a construct: a node of
//! the stack's tree that constructs are created in. Every constructor takes
//! `&mut impl AsScope`, so it accepts the stack (the scope at the top) or a scope:
//!
//! ```
//! use cloudfront_dsl::{Stack, scope::{AsScope, Scope}, s3::Bucket};
//!
//! /// The CDK's `class Frontend extends Construct`, as a function of its parent scope.
//! fn frontend(parent: &mut impl AsScope, id: &str) -> Bucket {
//!     let mut this = Scope::new(parent, id);
//!     let mut inner = Scope::new(&mut this, "distribution-construct");
//!     Bucket::new(&mut inner, "Bucket")
//! }
//!
//! let mut stack = Stack::new("SiteStack").with_env("123456789012", "us-east-1");
//! frontend(&mut stack, "frontend");
//! let template = stack.synth()?;
//! assert!(template.resource("frontenddistributionconstructBucketBB2BC548").is_some());
//! # Ok::<(), cloudfront_dsl::SynthError>(())
//! ```
//!
//! A scope borrows its stack mutably while it is in use, as a construct class's constructor
//! holds `this`; [`Scope::node`] gives a handle that outlives it, and [`Stack::scope`] turns
//! the handle back into a scope (to add to it later, or to tag it).

use crate::path::PropPath;
use crate::rules::catalog::Rule;
use crate::stack::{Output, Stack};
use crate::tree::NodeRef;
use crate::violation::Violation;

/// A construct scope of a stack: the stack itself, or a construct created in it (the CDK's
/// `new Construct(scope, id)`), borrowed with its stack while constructs are added to it.
///
/// ```
/// use cloudfront_dsl::{Stack, scope::Scope};
/// let mut stack = Stack::new("Docs");
/// let mut site = Scope::new(&mut stack, "site");
/// let api = Scope::new(&mut site, "api-v2");
/// assert_eq!(api.path(), "site/api-v2");
/// ```
#[derive(Debug)]
pub struct Scope<'a> {
    stack: &'a mut Stack,
    node: NodeRef,
}

/// What a construct can be created in: a [`Stack`] or a [`Scope`] (or a mutable reference to
/// one). Every constructor of the library takes `&mut impl AsScope`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a stack or a construct scope",
    label = "a construct is created in a stack or a scope",
    note = "pass the stack (`stack`, `&mut stack`), a `Scope` or a `&mut impl AsScope`"
)]
pub trait AsScope {
    /// The scope, borrowed.
    fn as_scope(&mut self) -> Scope<'_>;
}

impl AsScope for Stack {
    fn as_scope(&mut self) -> Scope<'_> {
        let node = self.root();
        Scope { stack: self, node }
    }
}

impl AsScope for Scope<'_> {
    fn as_scope(&mut self) -> Scope<'_> {
        Scope {
            stack: &mut *self.stack,
            node: self.node,
        }
    }
}

impl<T: AsScope + ?Sized> AsScope for &mut T {
    fn as_scope(&mut self) -> Scope<'_> {
        (**self).as_scope()
    }
}

impl<'a> Scope<'a> {
    /// A new construct scope `id` in `parent` (the CDK's `new Construct(parent, id)`): the
    /// constructs created in it have paths below it. Its id is a component of their logical
    /// ids and generated names, as in the CDK.
    pub fn new(parent: &'a mut impl AsScope, id: &str) -> Scope<'a> {
        let Scope { stack, node } = parent.as_scope();
        let node = stack.add_construct(Some(node), id);
        Scope { stack, node }
    }

    /// The scope's stack.
    pub fn stack(&self) -> &Stack {
        self.stack
    }

    /// The scope's stack, to change it (raise its quotas, add a dependency).
    pub fn stack_mut(&mut self) -> &mut Stack {
        self.stack
    }

    /// The scope's node: a handle that outlives the borrow, for [`Stack::scope`].
    pub fn node(&self) -> NodeRef {
        self.node
    }

    /// The scope's construct path below its stack (`frontend/distribution-construct`); empty
    /// for the stack itself.
    pub fn path(&self) -> String {
        self.stack.tree_path(self.node.node).join("/")
    }

    /// The stack and the node constructs are added under.
    pub(crate) fn into_parts(self) -> (&'a mut Stack, Option<NodeRef>) {
        (self.stack, Some(self.node))
    }

    /// Adds a stack output `id` in this scope (the CDK's `new CfnOutput(scope, id, ...)`): its
    /// logical id derives from its path, as the CDK's does (`frontendDomainName033611BA`), and
    /// is the id itself, letters and digits kept, at the top of the stack.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, scope::Scope, stack::Output};
    /// # use cloudfront_dsl::CfnResource;
    /// let mut stack = Stack::new("Docs");
    /// # stack.add_cfn_resource("Topic", CfnResource::new("AWS::SNS::Topic", serde_json::json!({})));
    /// let mut frontend = Scope::new(&mut stack, "frontend");
    /// frontend.add_output("DomainName", Output::new("d111111abcdef8.cloudfront.net"));
    /// let template = stack.synth()?;
    /// assert_eq!(template.outputs().next().map(|(id, _)| id), Some("frontendDomainName033611BA"));
    /// # Ok::<(), cloudfront_dsl::SynthError>(())
    /// ```
    pub fn add_output(&mut self, id: &str, output: impl Into<Output>) {
        let node = self.stack.add_construct(Some(self.node), id);
        self.stack.set_construct(node, output.into());
    }
}

impl Stack {
    /// The scope `node` (a [`Scope::node`] of this stack), to add constructs to it again; the
    /// stack itself when `node` is not a scope of this stack, which `synth()` reports.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, scope::Scope, s3::Bucket};
    /// let mut stack = Stack::new("Docs");
    /// let frontend = Scope::new(&mut stack, "frontend").node();
    /// Bucket::new(&mut stack, "Logs");
    /// Bucket::new(&mut stack.scope(frontend), "Assets");
    /// assert!(stack.synth()?.resource("frontendAssets9264081B").is_some());
    /// # Ok::<(), cloudfront_dsl::SynthError>(())
    /// ```
    pub fn scope(&mut self, node: NodeRef) -> Scope<'_> {
        let node = if self.is_scope(node) {
            node
        } else {
            self.record(
                self.root(),
                Violation::new(
                    Rule::ConstructId,
                    PropPath::root().field("scope"),
                    "a scope of another stack was used as a scope of this stack",
                )
                .help("create the construct in a scope of its own stack"),
            );
            self.root()
        };
        Scope { stack: self, node }
    }
}
