//! The syntax tree of an invocation: every value with the tokens the user wrote for it.

use cloudfront_model::schema::{EnumSchema, Factory, Kind, ObjectSchema, PropSchema};
use proc_macro2::{Span, TokenStream};

/// A value, as parsed against the kind its position expects.
pub(crate) struct Value {
    /// The tokens the user wrote, for error spans.
    pub(crate) tokens: TokenStream,
    /// The kind the position expects.
    pub(crate) kind: &'static Kind,
    pub(crate) form: Form,
}

pub(crate) enum Form {
    Str(syn::LitStr),
    Int(syn::LitInt),
    /// A number where a `f64` is expected: a float literal, or an integer one.
    Float(syn::Lit),
    Bool(syn::LitBool),
    /// `Type::CONSTANT`.
    Const {
        schema: &'static EnumSchema,
        name: syn::Ident,
    },
    /// `Type::factory(args)`.
    Call {
        factory: &'static Factory,
        name: syn::Ident,
        args: Vec<Value>,
    },
    /// `file("keys/public.pem")`: a file's content, read at compile time from a path
    /// relative to the source file (as `include_str!` does).
    File {
        path: syn::LitStr,
        contents: String,
    },
    List(Vec<Value>),
    Map(Vec<(syn::LitStr, Value)>),
    Object(Object),
    /// Any other Rust expression: its value is only known at run time.
    Expr(syn::Expr),
    /// A value derived from a construct macro's invocation written in place
    /// (`lambda_function!(stack, "F", { ... }).current_version()`): passed on as written (the
    /// nested macro checks and builds its construct), its props lowered too, so that the
    /// rules over the value and the construct see them (a function's memory and the event it
    /// runs on).
    Nested {
        expr: syn::Expr,
        /// The nested macro's name.
        name: &'static str,
        object: Object,
    },
    /// A value that did not parse (its error is reported): unknown to the rules, so that it
    /// causes no second error.
    Invalid,
}

/// A `{ prop: value, ... }` block.
pub(crate) struct Object {
    pub(crate) schema: &'static ObjectSchema,
    pub(crate) entries: Vec<Entry>,
    pub(crate) brace: Span,
}

pub(crate) struct Entry {
    pub(crate) key: syn::Ident,
    pub(crate) prop: &'static PropSchema,
    pub(crate) value: Value,
}
