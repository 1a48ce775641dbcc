//! CloudFront Functions (the CDK's `cloudfront.Function`): JavaScript that CloudFront runs at
//! its edge locations on viewer requests and responses, and the associations that attach a
//! function to a behavior.

use serde::Serialize;

use crate::construct::{AccountQuota, Construct, account_quota};
use crate::expr::Expr;
use crate::key_value_store::KeyValueStore;
use crate::lit::{FromLit, IncludedFile, Lit, Lowering};
use crate::naming::{unique_id, unique_resource_name};
use crate::path::PropPath;
use crate::rules::{Check, Checker};
use crate::schema::{EnumSchema, Factory, HasKind, Kind, Param};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

cf_enum! {
    /// The JavaScript runtime a function runs on.
    pub enum FunctionRuntime ("functions::FunctionRuntime") {
        /// `cloudfront-js-1.0`: ES 5.1 with some later features; no `const`, `let`, `async`,
        /// `await` or `import`. The CDK's default when no key value store is attached.
        JS_1_0 = "cloudfront-js-1.0",
        /// `cloudfront-js-2.0`: adds `const`, `let`, `async`/`await`, ES modules and key value
        /// stores. The default when a key value store is attached.
        JS_2_0 = "cloudfront-js-2.0",
    }
}

cf_enum! {
    /// The event a function runs on.
    ///
    /// CloudFront Functions run on viewer events only; the origin events exist so that a
    /// configuration ported from Lambda@Edge gets an error that says so, rather than an unknown
    /// constant.
    pub enum FunctionEventType ("functions::FunctionEventType") {
        /// When CloudFront receives a request from a viewer.
        VIEWER_REQUEST = "viewer-request",
        /// Before CloudFront returns a response to the viewer.
        VIEWER_RESPONSE = "viewer-response",
        /// Before CloudFront forwards a request to the origin: Lambda@Edge only.
        ORIGIN_REQUEST = "origin-request",
        /// When CloudFront receives the origin's response: Lambda@Edge only.
        ORIGIN_RESPONSE = "origin-response",
    }
}

impl FunctionEventType {
    /// Whether CloudFront Functions can run on this event.
    pub fn is_viewer_event(self) -> bool {
        matches!(
            self,
            FunctionEventType::VIEWER_REQUEST | FunctionEventType::VIEWER_RESPONSE
        )
    }
}

/// Where a function's code comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CodeSource {
    /// Written in the program.
    Inline(String),
    /// Read from a file (at compile time in a macro, where the path is not kept).
    File { path: String, code: String },
    /// A file `FunctionCode::from_file` could not read; `synth()` reports it.
    Unreadable { path: String, error: String },
}

/// A function's JavaScript source.
///
/// ```
/// use cloudfront_dsl::functions::FunctionCode;
/// let code = FunctionCode::from_inline("function handler(event) { return event.request }");
/// assert_eq!(code.code(), Some("function handler(event) { return event.request }"));
/// ```
///
/// In a macro, `FunctionCode::from_file("functions/rewrite.js")` reads the file at compile time,
/// relative to the source file (as `include_str!`), so the code is checked by `cargo check`
/// and a change to the file recompiles the crate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionCode {
    pub(crate) source: CodeSource,
}

impl FunctionCode {
    /// Code written in the program.
    pub fn from_inline(code: impl Into<String>) -> Self {
        Self {
            source: CodeSource::Inline(code.into()),
        }
    }

    /// Code read from a file now, relative to the working directory (as the CDK's
    /// `FunctionCode.fromFile`). A file that cannot be read is reported by `Stack::synth()`.
    pub fn from_file(path: impl AsRef<std::path::Path>) -> Self {
        let path = path.as_ref();
        let shown = path.display().to_string();
        Self {
            source: match std::fs::read_to_string(path) {
                Ok(code) => CodeSource::File { path: shown, code },
                Err(e) => CodeSource::Unreadable {
                    path: shown,
                    error: e.to_string(),
                },
            },
        }
    }

    /// Code of a file the macros read at compile time.
    #[doc(hidden)]
    pub fn from_included(file: IncludedFile) -> Self {
        Self {
            source: CodeSource::File {
                path: file.path,
                code: file.contents,
            },
        }
    }

    /// The JavaScript source, unless it came from a file that could not be read.
    pub fn code(&self) -> Option<&str> {
        match &self.source {
            CodeSource::Inline(code) | CodeSource::File { code, .. } => Some(code),
            CodeSource::Unreadable { .. } => None,
        }
    }

    /// The file the code was read from, if any (empty when the macros read it).
    pub fn file(&self) -> Option<&str> {
        match &self.source {
            CodeSource::Inline(_) => None,
            CodeSource::File { path, .. } | CodeSource::Unreadable { path, .. } => Some(path),
        }
    }

    /// The path of the value the code's errors point at, below the `code` prop: the inline
    /// literal or the file path.
    pub(crate) fn text_path(&self, code: &PropPath) -> PropPath {
        match self.source {
            CodeSource::Inline(_) => code.field("code"),
            _ => code.field("path"),
        }
    }
}

const CODE_PARAM: &[Param] = &[Param {
    name: "code",
    kind: &Kind::Str,
    optional: false,
    variadic: false,
}];

const PATH_PARAM: &[Param] = &[Param {
    name: "path",
    kind: &IncludedFile::KIND,
    optional: false,
    variadic: false,
}];

#[doc(hidden)]
/// The schema of `FunctionCode`'s factories.
pub const FUNCTION_CODE_SCHEMA: EnumSchema = EnumSchema {
    name: "FunctionCode",
    rust: "functions::FunctionCode",
    what: "function code (`FunctionCode::from_inline(\"...\")` or `FunctionCode::from_file(\"path\")`)",
    consts: &[],
    factories: &[
        Factory {
            name: "from_inline",
            rust: "functions::FunctionCode::from_inline",
            params: CODE_PARAM,
        },
        Factory {
            name: "from_file",
            rust: "functions::FunctionCode::from_included",
            params: PATH_PARAM,
        },
    ],
};

impl HasKind for FunctionCode {
    const KIND: Kind = Kind::Enum(&FUNCTION_CODE_SCHEMA);
}

impl FromLit for FunctionCode {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        match (name.as_str(), args.as_slice()) {
            ("from_inline", [code]) => {
                crate::lit::lower::<String>(code, &path.field("code"), cx).map(Self::from_inline)
            }
            ("from_file", [file]) => {
                crate::lit::lower::<IncludedFile>(file, &path.field("path"), cx)
                    .map(Self::from_included)
            }
            _ => None,
        }
    }
}

props! {
    /// Props of a CloudFront function: `function!(stack, "id", { code: ..., ... })`.
    pub struct FunctionProps ("functions::FunctionProps") {
        /// The JavaScript source, which defines a `handler` function (at most 10 KB).
        code: into(FunctionCode) ["FunctionCode"] required,
        /// The runtime (default `JS_1_0`, or `JS_2_0` when a key value store is attached).
        runtime: exact(FunctionRuntime) ["Runtime"],
        /// A comment (at most 128 characters; default the function's name).
        comment: into(String) ["Comment"],
        /// The function's name, unique in the account: 1 to 64 letters, digits, `-` and `_`;
        /// generated from the region and the construct path if omitted.
        function_name: into(String) ["Name"],
        /// Whether the function is published to the LIVE stage on creation (default `true`);
        /// only a published function can be associated with a behavior.
        auto_publish: exact(bool) ["AutoPublish"],
        /// The key value store the code reads (at most one; needs `JS_2_0`).
        key_value_store: into(KeyValueStore) ["KeyValueStoreAssociations"],
    }
}

impl FunctionProps {
    /// Props with `code` set: the one prop a function needs.
    ///
    /// ```
    /// use cloudfront_dsl::functions::{FunctionCode, FunctionProps, FunctionRuntime};
    /// let props = FunctionProps::new(FunctionCode::from_inline("function handler(e) { return e.request }"));
    /// assert_eq!(props.effective_runtime(), FunctionRuntime::JS_1_0);
    /// ```
    pub fn new(code: FunctionCode) -> Self {
        Self::default().code(code)
    }

    /// The runtime the function runs on: the one given, else the CDK's default (`JS_2_0` with a
    /// key value store, `JS_1_0` without).
    pub fn effective_runtime(&self) -> FunctionRuntime {
        self.runtime.unwrap_or(if self.key_value_store.is_some() {
            FunctionRuntime::JS_2_0
        } else {
            FunctionRuntime::JS_1_0
        })
    }
}

props! {
    /// A function run on an event of a behavior: `{ function: f, event_type: ... }` in a
    /// behavior's `function_associations`.
    pub struct FunctionAssociation ("functions::FunctionAssociation") {
        /// The function (published to the LIVE stage).
        function: into(Function) ["FunctionARN"] required,
        /// The viewer event it runs on.
        event_type: exact(FunctionEventType) ["EventType"] required,
    }
}

impl FunctionAssociation {
    /// `function` on `event_type`.
    pub fn new(function: impl Into<Function>, event_type: FunctionEventType) -> Self {
        Self::default().function(function).event_type(event_type)
    }
}

/// What identifies a function that exists outside the stack.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionAttributes {
    /// Its ARN, such as `arn:aws:cloudfront::123456789012:function/my-function`.
    pub function_arn: Expr,
}

/// A CloudFront function of a stack.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::functions::{Function, FunctionCode, FunctionProps};
/// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
/// let code = FunctionCode::from_inline("function handler(event) { return event.request }");
/// let f = Function::new(&mut stack, "Rewrite", FunctionProps::new(code));
/// let template = stack.synth().unwrap();
/// let (id, _) = template.resources().next().unwrap();
/// assert_eq!(id, cloudfront_dsl::naming::logical_id(&["Rewrite", "Resource"]));
/// # let _ = f;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Function {
    pub(crate) resource: NodeRef,
}

impl Function {
    /// Creates a function. Its props are checked by `Stack::synth()` (and, when written with
    /// `function!`, at compile time): the code's size, syntax and `handler`, the features of
    /// its runtime, its name and comment.
    pub fn new(scope: &mut impl AsScope, id: &str, props: FunctionProps) -> Function {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        let resource = stack.add_resource(scope, FunctionResource { props });
        stack.add_stack_rule(&crate::rules::FUNCTIONS_OF_THE_STACK);
        stack.add_stack_rule(&crate::rules::NAMES_OF_THE_STACK);
        Function { resource }
    }

    /// A function that exists outside the stack, for associations.
    pub fn from_function_attributes(
        scope: &mut impl AsScope,
        id: &str,
        attrs: FunctionAttributes,
    ) -> Function {
        let (stack, parent) = scope.as_scope().into_parts();
        let node = crate::import::declare(
            stack,
            parent,
            id,
            attrs.function_arn.clone(),
            vec![("FunctionARN", attrs.function_arn)],
        );
        Function { resource: node }
    }

    /// The function's ARN, what an association refers to.
    pub fn function_arn(&self) -> Expr {
        Expr::node_att(self.resource, "FunctionARN")
    }
}

impl From<&Function> for Function {
    fn from(f: &Function) -> Self {
        *f
    }
}

impl HasKind for Function {
    const KIND: Kind = Kind::Handle("functions::Function");
}

impl FromLit for Function {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(Function {
            resource: NodeRef::placeholder(),
        })
    }
}

/// Generated names that fit are the region and the construct's unique id.
const MAX_PLAIN_GENERATED_NAME: usize = 41;
/// Longer ones are cut to this, keeping both ends.
const MAX_CUT_GENERATED_NAME: usize = 40;

/// The CDK's name for a function: the region, then the construct's unique id (or, when that is
/// long, a name cut to 40 characters), so that stacks of two regions get two functions.
fn generated_name(stack: &Stack, node: u32) -> Expr {
    let path = stack.app_path(node);
    let id = unique_id(&path);
    let base = if id.len() <= MAX_PLAIN_GENERATED_NAME {
        id
    } else {
        unique_resource_name(&path, MAX_CUT_GENERATED_NAME, "-_")
    };
    match stack.region() {
        Some(region) => Expr::literal(format!("{region}{base}")),
        None => Expr::join("", [Expr::region(), Expr::literal(base)]),
    }
}

#[derive(Debug)]
pub(crate) struct FunctionResource {
    pub(crate) props: FunctionProps,
}

/// Functions count toward a quota of the account.
static FUNCTIONS: AccountQuota =
    account_quota!(functions_per_account, "CloudFront function of the stack");

impl Construct for FunctionResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&FUNCTIONS)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        #[derive(Serialize)]
        struct Association {
            #[serde(rename = "KeyValueStoreARN")]
            key_value_store_arn: Expr,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Config {
            comment: Expr,
            #[serde(skip_serializing_if = "Option::is_none")]
            key_value_store_associations: Option<Vec<Association>>,
            runtime: FunctionRuntime,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Properties<'a> {
            auto_publish: bool,
            function_code: &'a str,
            function_config: Config,
            name: Expr,
        }
        let p = &self.props;
        let name = match &p.function_name {
            Some(n) => Expr::literal(n.clone()),
            None => ids.resolve(&generated_name(ids.stack, node)),
        };
        let properties = Properties {
            auto_publish: p.auto_publish.unwrap_or(true),
            function_code: p.code.as_ref().and_then(FunctionCode::code).unwrap_or(""),
            function_config: Config {
                comment: p
                    .comment
                    .clone()
                    .map_or_else(|| name.clone(), Expr::literal),
                key_value_store_associations: p.key_value_store.map(|store| {
                    vec![Association {
                        key_value_store_arn: ids.resolve(&store.key_value_store_arn()),
                    }]
                }),
                runtime: p.effective_runtime(),
            },
            name,
        };
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::Function",
            serde_json::to_value(properties)?,
        )))
    }
}
