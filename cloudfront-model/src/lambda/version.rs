//! Function versions (what a Lambda@Edge association takes) and layers imported by ARN.

use serde_json::json;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::lambda::{Function, FunctionResource};
use crate::lit::{FromLit, Lit, Lowering, lower};
use crate::naming::{keep_last, logical_id, md5_hex};
use crate::path::PropPath;
use crate::scope::AsScope;
use crate::shape::{EnumSchema, Factory, HasKind, Kind, Param};
use crate::stack::Ids;
use crate::template::{CfnResource, Element, Section};
use crate::tree::NodeRef;

/// A version of a Lambda function: the current version of a function of the app
/// ([`Function::current_version`], an edge function's `current_version()`), or one that exists
/// outside it ([`Version::from_version_arn`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Version(pub(crate) VersionSource);

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum VersionSource {
    /// The `CurrentVersion` of a function of this stack or of a companion stack.
    Current { function: Function },
    /// An edge function's version in its us-east-1 stack, whose ARN the stack reads through
    /// the edge function's `ArnReader`.
    Edge { function: Function, reader: NodeRef },
    /// A version outside the app, by ARN (its import node, and the ARN).
    Imported { node: NodeRef, arn: Expr },
    /// The current version of a function whose macro invocation a macro sees in place
    /// (`lambda_function!(...).current_version()` in an association): its props, for the
    /// rules at compile time; `edge` for an edge function's.
    Literal {
        props: Box<crate::lambda::FunctionProps>,
        edge: bool,
    },
    /// A version given by a Rust expression, in a macro: unknown until run time.
    Unknown,
}

impl Version {
    /// A version that exists outside the app, by its ARN: the CDK's
    /// `lambda.Version.from_version_arn(self, "Version", "arn:...:function:name:1")`.
    ///
    /// Lambda@Edge takes a numbered version of a function in us-east-1, never `$LATEST`, an
    /// alias or the function's unqualified ARN; `synth()` (and a macro, for a literal ARN)
    /// checks that.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::lambda::Version;
    /// let mut stack = Stack::new("Docs");
    /// let v = Version::from_version_arn(&mut stack, "Version", "arn:aws:lambda:us-east-1:123456789012:function:functionName:1");
    /// assert_eq!(v.edge_arn().as_literal(), Some("arn:aws:lambda:us-east-1:123456789012:function:functionName:1"));
    /// ```
    pub fn from_version_arn(
        scope: &mut impl AsScope,
        id: impl AsRef<str>,
        version_arn: impl Into<Expr>,
    ) -> Version {
        let (stack, parent) = scope.as_scope().into_parts();
        let arn = version_arn.into();
        let node = crate::import::declare(stack, parent, id.as_ref(), arn.clone(), Vec::new());
        Version(VersionSource::Imported { node, arn })
    }

    /// The ARN CloudFront invokes: the version's ARN (for an edge function outside us-east-1,
    /// the one its stack reads from the us-east-1 stack).
    pub fn edge_arn(&self) -> Expr {
        match &self.0 {
            VersionSource::Current { function } => Expr::node_ref(function.version),
            VersionSource::Edge { reader, .. } => Expr::node_att(*reader, "FunctionArn"),
            VersionSource::Imported { arn, .. } => arn.clone(),
            VersionSource::Literal { .. } | VersionSource::Unknown => {
                Expr(crate::expr::ExprKind::Opaque)
            }
        }
    }

    /// The version's function, when it is a function of the app.
    pub(crate) fn function(&self) -> Option<&Function> {
        match &self.0 {
            VersionSource::Current { function } | VersionSource::Edge { function, .. } => {
                Some(function)
            }
            _ => None,
        }
    }

    /// The ARN of a version imported by ARN.
    pub(crate) fn imported_arn(&self) -> Option<&Expr> {
        match &self.0 {
            VersionSource::Imported { arn, .. } => Some(arn),
            _ => None,
        }
    }
}

impl From<&Version> for Version {
    fn from(v: &Version) -> Version {
        v.clone()
    }
}

const fn param(name: &'static str, kind: &'static Kind) -> Param {
    Param {
        name,
        kind,
        optional: false,
        variadic: false,
    }
}

#[doc(hidden)]
/// The schema of `lambda::Version`'s factory (`Version::from_version_arn(stack, "id", arn)`);
/// the current version of a function is a Rust expression (`f.current_version()`).
pub const VERSION_SCHEMA: EnumSchema = EnumSchema {
    name: "Version",
    rust: "lambda::Version",
    what: "a function version (`my_function.current_version()`, or `lambda::Version::from_version_arn(stack, \"id\", \"arn:...\")`)",
    consts: &[],
    factories: &[Factory {
        name: "from_version_arn",
        rust: "lambda::Version::from_version_arn",
        params: &[
            param("stack", &Kind::Stack),
            param("id", &Kind::Str),
            param("version_arn", &Kind::Expr),
        ],
    }],
};

impl HasKind for Version {
    const KIND: Kind = Kind::Enum(&VERSION_SCHEMA);
}

impl FromLit for Version {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        match (name.as_str(), args.as_slice()) {
            ("from_version_arn", [_, _, arn]) => {
                let arn = lower::<Expr>(arn, &path.field("version_arn"), cx)?;
                Some(Version(VersionSource::Imported {
                    node: NodeRef::placeholder(),
                    arn,
                }))
            }
            ("lambda_function", [props]) => Some(Version(VersionSource::Literal {
                props: Box::new(crate::lambda::FunctionProps::from_lit(props, path, cx)?),
                edge: false,
            })),
            ("edge_function", [props]) => Some(Version(VersionSource::Literal {
                props: Box::new(
                    crate::experimental::EdgeFunctionProps::from_lit(props, path, cx)?
                        .function_props(),
                ),
                edge: true,
            })),
            _ => None,
        }
    }

    fn opaque() -> Option<Self> {
        Some(Version(VersionSource::Unknown))
    }
}

props! {
    /// Settings of the version a function's `current_version()` publishes (the CDK's
    /// `current_version_options`).
    pub struct VersionOptions ("lambda::VersionOptions") {
        /// Execution environments Lambda keeps initialized for the version.
        provisioned_concurrent_executions: exact(u32) ["ProvisionedConcurrencyConfig"],
    }
}

/// A function's `CurrentVersion`, in the template once the function's `current_version()` is
/// asked for.
#[derive(Debug)]
pub(crate) struct VersionResource {
    /// The function's resource.
    pub(crate) function: NodeRef,
    pub(crate) wanted: std::sync::Arc<std::sync::atomic::AtomicBool>,
    pub(crate) options: Option<VersionOptions>,
}

/// The part of a version's logical id that comes from its path is cut to this many characters,
/// keeping the end (the CDK's `trimFromStart`), before the 32-character hash.
const MAX_VERSION_ID_PREFIX: usize = 223;

impl Construct for VersionResource {
    fn section(&self) -> Option<Section> {
        self.wanted
            .load(std::sync::atomic::Ordering::Relaxed)
            .then_some(Section::Resources)
    }

    fn logical_id(&self, ids: &Ids<'_>, node: u32) -> Option<String> {
        let function = ids.stack.construct::<FunctionResource>(self.function)?;
        let hashed = function.version_hash_input(ids, self.function.node).ok()?;
        let prefix = logical_id(&ids.stack.tree_path(node));
        Some(format!(
            "{}{}",
            keep_last(&prefix, MAX_VERSION_ID_PREFIX),
            md5_hex(&hashed)
        ))
    }

    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        let mut properties = serde_json::Map::new();
        properties.insert(
            "FunctionName".into(),
            serde_json::to_value(ids.resolve(&Expr::node_ref(self.function)))?,
        );
        if let Some(n) = self
            .options
            .as_ref()
            .and_then(|o| o.provisioned_concurrent_executions)
        {
            properties.insert(
                "ProvisionedConcurrencyConfig".into(),
                json!({ "ProvisionedConcurrentExecutions": n }),
            );
        }
        let mut resource = CfnResource::new("AWS::Lambda::Version", properties.into());
        // As the CDK: a version's resource must never be moved by `cdk refactor`.
        resource.metadata = json!({ "aws:cdk:do-not-refactor": true });
        Ok(Element::Resource(resource))
    }
}

/// A layer version that exists outside the app, by ARN (the CDK's
/// `lambda.LayerVersion.from_layer_version_arn`).
#[derive(Clone, Debug, PartialEq)]
pub struct LayerVersion {
    pub(crate) arn: Expr,
}

impl LayerVersion {
    /// The layer version `layer_version_arn`.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::lambda::LayerVersion;
    /// let mut stack = Stack::new("Docs");
    /// let layer = LayerVersion::from_layer_version_arn(&mut stack, "Layer", "arn:aws:lambda:us-east-1:123456789012:layer:shared:3");
    /// assert!(layer.layer_version_arn().as_literal().is_some());
    /// ```
    pub fn from_layer_version_arn(
        scope: &mut impl AsScope,
        id: impl AsRef<str>,
        layer_version_arn: impl Into<Expr>,
    ) -> LayerVersion {
        let (stack, parent) = scope.as_scope().into_parts();
        let arn = layer_version_arn.into();
        crate::import::declare(stack, parent, id.as_ref(), arn.clone(), Vec::new());
        LayerVersion { arn }
    }

    /// The layer version's ARN.
    pub fn layer_version_arn(&self) -> Expr {
        self.arn.clone()
    }
}

impl From<&LayerVersion> for LayerVersion {
    fn from(l: &LayerVersion) -> LayerVersion {
        l.clone()
    }
}

#[doc(hidden)]
/// The schema of `lambda::LayerVersion`'s factory.
pub const LAYER_VERSION_SCHEMA: EnumSchema = EnumSchema {
    name: "LayerVersion",
    rust: "lambda::LayerVersion",
    what: "a layer version (`lambda::LayerVersion::from_layer_version_arn(stack, \"id\", \"arn:...\")`)",
    consts: &[],
    factories: &[Factory {
        name: "from_layer_version_arn",
        rust: "lambda::LayerVersion::from_layer_version_arn",
        params: &[
            param("stack", &Kind::Stack),
            param("id", &Kind::Str),
            param("layer_version_arn", &Kind::Expr),
        ],
    }],
};

impl HasKind for LayerVersion {
    const KIND: Kind = Kind::Enum(&LAYER_VERSION_SCHEMA);
}

impl FromLit for LayerVersion {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        match (name.as_str(), args.as_slice()) {
            ("from_layer_version_arn", [_, _, arn]) => {
                let arn = lower::<Expr>(arn, &path.field("layer_version_arn"), cx)?;
                Some(LayerVersion { arn })
            }
            _ => None,
        }
    }

    fn opaque() -> Option<Self> {
        Some(LayerVersion {
            arn: Expr(crate::expr::ExprKind::Opaque),
        })
    }
}
