//! The driver every construct macro shares: `name!(stack, "id", { props })`.

use cloudfront_model::Stack;
use cloudfront_model::lit::{Bound, FromLit, Lit, Lowering, Offer};
use cloudfront_model::rules::{Check, Checker, Rule, Severity};
use cloudfront_model::schema::ObjectSchema;
use cloudfront_model::{PropPath, Quotas, Target, Violation};
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::Token;
use syn::parse::{ParseStream, Parser};

use crate::diag::{Errors, Warnings, closest, with_help};
use crate::expand as codegen;
use crate::lower::{self, Spans};
use crate::parse;
use crate::precheck::precheck;
use crate::shape;
use crate::value::Object;

/// A construct macro.
pub(crate) struct Construct {
    /// The macro's name, for messages.
    pub(crate) name: &'static str,
    /// The schema of its props.
    pub(crate) schema: &'static ObjectSchema,
    /// Lowers the props' literals and runs the rule set on them.
    pub(crate) check: fn(&Lit, &mut Lowering, &Quotas) -> Vec<Violation>,
    /// Lowers the props' literals and builds the construct in `stack` (under `id`), as the
    /// `stack!` macro does with its block's constructs at compile time: the handle, offered to
    /// the props of the constructs after it that name it.
    pub(crate) build: fn(&Lit, &mut Lowering, &mut Stack, &str) -> Option<Offer>,
    /// The constructor the generated code calls: `(stack, id, props) -> handle`.
    pub(crate) constructor: &'static str,
    /// The type of the handle the constructor returns.
    pub(crate) handle: &'static str,
    /// Whether the block takes `#![override_logical_id("Id")]` (the handle has
    /// `override_logical_id`).
    pub(crate) overridable: bool,
}

/// Lowers literal props of type `T` and checks them.
pub(crate) fn check_props<T: FromLit + Check>(
    lit: &Lit,
    lowering: &mut Lowering,
    quotas: &Quotas,
) -> Vec<Violation> {
    let Some(props) = T::from_lit(lit, &PropPath::root(), lowering) else {
        return Vec::new();
    };
    let mut cx = Checker::new(&lowering.unknowns, quotas);
    props.check(&mut cx);
    cx.into_violations()
}

/// Lowers literal props of type `P` and builds a construct from them with `new`.
pub(crate) fn shadow<P: FromLit, H: std::any::Any + Clone>(
    lit: &Lit,
    lowering: &mut Lowering,
    new: impl FnOnce(P) -> H,
) -> Option<Offer> {
    let props = P::from_lit(lit, &PropPath::root(), lowering)?;
    Some(Bound::offer(new(props)))
}

pub(crate) struct Invocation {
    pub(crate) stack: syn::Expr,
    pub(crate) id: syn::Expr,
    pub(crate) quotas: Vec<(syn::Ident, syn::LitInt)>,
    pub(crate) logical_id: Option<syn::LitStr>,
    pub(crate) body: Object,
}

/// Expands an invocation of `def`.
pub(crate) fn expand(def: &Construct, input: TokenStream) -> TokenStream {
    let mut errs = Errors::default();
    if !precheck(&input, &mut errs) {
        return errs.to_compile_errors_diverging(def, &[]);
    }
    let parsed = (|input: ParseStream<'_>| invocation(def, input, &mut errs)).parse2(input);
    let inv = match parsed {
        Ok(Some(inv)) => inv,
        Ok(None) => return errs.to_compile_errors_diverging(def, &[]),
        Err(e) => {
            errs.push(e);
            return errs.to_compile_errors_diverging(def, &[]);
        }
    };
    let quotas = declared_quotas(&inv.quotas, &mut errs);
    if let Some(id) = &inv.logical_id
        && let Some(v) = cloudfront_model::rules::check_logical_id(&id.value())
    {
        let mut message = with_help(&v.message, v.help.as_deref());
        message.push_str(&format!("\n  = note: rule `{}`", v.rule.code()));
        errs.at(id.span(), message);
    }
    let mut spans = Spans::default();
    let lit = lower::object(&inv.body, &PropPath::root(), &mut spans);
    let mut lowering = Lowering::default();
    let mut warnings = Warnings::default();
    for v in (def.check)(&lit, &mut lowering, &quotas) {
        match v.rule.severity() {
            Severity::Error => report(&v, &spans, inv.body.brace, &mut errs),
            Severity::Warning => warn(&v, &spans, inv.body.brace, &mut warnings),
        }
    }
    let warnings = warnings.to_statements();
    if !errs.is_empty() {
        let mut touched = vec![warnings];
        codegen::touch_expressions(&inv.body, &mut touched);
        let stack = &inv.stack;
        let id = &inv.id;
        touched.push(quote!(let _ = &#stack; let _ = &#id;));
        return errs.to_compile_errors_diverging(def, &touched);
    }
    let construct = generate(def, &inv);
    quote!({ #warnings #construct })
}

pub(crate) fn invocation(
    def: &Construct,
    input: ParseStream<'_>,
    errs: &mut Errors,
) -> syn::Result<Option<Invocation>> {
    let parsed = invocation_parts(def, input, errs);
    // What could not be understood is reported already; the rest is not reported again.
    let _ = input.parse::<TokenStream>();
    parsed
}

fn invocation_parts(
    def: &Construct,
    input: ParseStream<'_>,
    errs: &mut Errors,
) -> syn::Result<Option<Invocation>> {
    let usage = format!("write `{}!(stack, \"id\", {{ ... }})`", def.name);
    if input.is_empty() {
        errs.at(
            Span::call_site(),
            with_help(
                &format!("`{}!` needs a stack, an id and props", def.name),
                Some(&usage),
            ),
        );
        return Ok(None);
    }
    if input.peek(syn::LitStr) {
        errs.at(
            input.span(),
            with_help(
                "the first argument is the stack the construct belongs to",
                Some(&usage),
            ),
        );
        return Ok(None);
    }
    let stack: syn::Expr = input.parse()?;
    shape::check_argument(&stack, "the stack", false, &usage, errs);
    if input.parse::<Token![,]>().is_err() || input.is_empty() {
        errs.at(
            input.span(),
            with_help("expected the construct's id after the stack", Some(&usage)),
        );
        return Ok(None);
    }
    let id: syn::Expr = input.parse()?;
    shape::check_argument(&id, "the construct's id, a string", true, &usage, errs);
    if input.parse::<Token![,]>().is_err() || !input.peek(syn::token::Brace) {
        errs.at(
            input.span(),
            with_help(
                &format!("expected the props of {} in `{{ ... }}`", def.schema.name),
                Some(&usage),
            ),
        );
        return Ok(None);
    }
    let content;
    let brace = syn::braced!(content in input);
    let attributes = block_attributes(&content, def.overridable, errs)?;
    let body = parse::object_entries(&content, def.schema, brace.span.join(), errs);
    let _ = input.parse::<Token![,]>();
    if !input.is_empty() {
        let rest: TokenStream = input.parse()?;
        errs.spanning(
            &rest,
            with_help("unexpected tokens after the props", Some(&usage)),
        );
    }
    Ok(Some(Invocation {
        stack,
        id,
        quotas: attributes.quotas,
        logical_id: attributes.logical_id,
        body,
    }))
}

/// Turns a violation into an error at the token it is about.
pub(crate) fn report(v: &Violation, spans: &Spans, brace: Span, errs: &mut Errors) {
    let message = message(v);
    if v.path.is_root() {
        errs.at(brace, message);
        return;
    }
    let key_first = v.target == Target::Key || v.rule == Rule::MissingRequired;
    if key_first && let Some(span) = spans.key(&v.path) {
        errs.at(span, message);
        return;
    }
    match spans.value(&v.path) {
        Some(tokens) => errs.spanning(tokens, message),
        None => errs.at(brace, message),
    }
}

/// Turns a violation of a rule that only warns into a warning at the token it is about.
pub(crate) fn warn(v: &Violation, spans: &Spans, brace: Span, warnings: &mut Warnings) {
    let value = || {
        spans
            .value(&v.path)?
            .clone()
            .into_iter()
            .next()
            .map(|t| t.span())
    };
    let span = match v.target {
        Target::Key => spans.key(&v.path).or_else(value),
        Target::Value => value().or_else(|| spans.key(&v.path)),
    };
    warnings.at(span.unwrap_or(brace), v.rule, message(v));
}

/// What the user reads: the message, the fix and the rule's code.
pub(crate) fn message(v: &Violation) -> String {
    let mut message = with_help(&v.message, v.help.as_deref());
    message.push_str(&format!("\n  = note: rule `{}`", v.rule.code()));
    message
}

fn generate(def: &Construct, inv: &Invocation) -> TokenStream {
    let hygienic = Span::mixed_site();
    let props = codegen::object(&inv.body);
    let constructor = codegen::crate_path(def.constructor, Span::call_site());
    let stack = &inv.stack;
    let id = &inv.id;
    let raise = raise_quotas(&inv.quotas, &quote_spanned!(hygienic=> __scope.stack_mut()));
    let scope = codegen::scope(stack);
    let scope_import = codegen::scope_import();
    let construct = quote_spanned! {hygienic=>
        #constructor(&mut __scope, ::core::convert::AsRef::<str>::as_ref(&__id), __props)
    };
    let construct = match &inv.logical_id {
        Some(logical_id) => quote_spanned! {hygienic=>
            {
                let __handle = #construct;
                __handle.override_logical_id(__scope.stack_mut(), #logical_id);
                __handle
            }
        },
        None => construct,
    };
    // The first argument is a stack (`stack`, `&mut stack`, a `&mut Stack`), a scope (a
    // `Scope`, a `&mut Scope`, `stack.scope(node)`) or anything that is one (`&mut impl
    // AsScope`): the construct is created in it. The scope is the scrutinee of a `match`, whose
    // temporaries live to the end of the `match`: a scope made in place (`stack.scope(node)`)
    // outlives the scope borrowed from it, where a `let` would drop it at once (E0716).
    quote_spanned! {hygienic=>
        {
            let __props = #props;
            let __id = #id;
            #scope_import
            match #scope {
                __in => {
                    let mut __scope: ::cloudfront_dsl::scope::Scope<'_> = __in;
                    #raise
                    #construct
                }
            }
        }
    }
}

impl Errors {
    /// The errors, then a value of the handle's type, so that no follow-up error appears
    /// where the invocation's value is used.
    fn to_compile_errors_diverging(&self, def: &Construct, touched: &[TokenStream]) -> TokenStream {
        let handle = codegen::crate_path(def.handle, Span::call_site());
        self.diverging(&handle, touched)
    }

    /// The errors, then a value of type `ty`.
    pub(crate) fn diverging(&self, ty: &TokenStream, touched: &[TokenStream]) -> TokenStream {
        let errors = self.to_compile_errors();
        let handle = ty;
        quote! {
            {
                #errors
                #(#touched)*
                ::cloudfront_dsl::__private::never::<#handle>()
            }
        }
    }
}

/// A quota declared in an invocation: `#![quotas(name = value)]`.
pub(crate) type DeclaredQuota = (syn::Ident, syn::LitInt);

/// The `#![quotas(...)]` inner attributes at the start of a block.
pub(crate) fn quota_attributes(
    content: ParseStream<'_>,
    errs: &mut Errors,
) -> syn::Result<Vec<DeclaredQuota>> {
    Ok(block_attributes(content, false, errs)?.quotas)
}

/// The inner attributes at the start of a construct's block.
pub(crate) struct BlockAttributes {
    /// `#![quotas(name = value, ...)]`.
    quotas: Vec<DeclaredQuota>,
    /// `#![override_logical_id("Id")]`, where the construct takes it.
    logical_id: Option<syn::LitStr>,
}

/// The inner attributes at the start of a block: `#![quotas(...)]`, and
/// `#![override_logical_id("Id")]` when `overridable`.
pub(crate) fn block_attributes(
    content: ParseStream<'_>,
    overridable: bool,
    errs: &mut Errors,
) -> syn::Result<BlockAttributes> {
    let mut quotas = Vec::new();
    let mut logical_id = None;
    for attr in content.call(syn::Attribute::parse_inner)? {
        if overridable && attr.path().is_ident("override_logical_id") {
            match attr.parse_args::<syn::LitStr>() {
                Ok(id) if logical_id.is_none() => logical_id = Some(id),
                Ok(id) => errs.at(
                    id.span(),
                    with_help(
                        "the logical id is overridden twice",
                        Some("keep one `#![override_logical_id(...)]`"),
                    ),
                ),
                Err(_) => errs.spanning(
                    &attr,
                    with_help(
                        "expected the logical id in a string",
                        Some("write `#![override_logical_id(\"MyDistributionCFDistributionDE147309\")]`"),
                    ),
                ),
            }
            continue;
        }
        if !attr.path().is_ident("quotas") {
            let help = if overridable {
                "a `distribution!` block takes `#![quotas(name = value, ...)]` and `#![override_logical_id(\"Id\")]`"
            } else if attr.path().is_ident("override_logical_id") {
                "only `distribution!` takes `#![override_logical_id(...)]`, to keep the logical id of the construct it replaces; this construct keeps the logical id its path gives"
            } else {
                "the only attribute a macro block takes is `#![quotas(name = value, ...)]`"
            };
            errs.spanning(&attr, with_help("unknown attribute", Some(help)));
            continue;
        }
        let parsed = attr.parse_nested_meta(|meta| {
            let name = meta.path.require_ident()?.clone();
            let value: syn::LitInt = meta.value()?.parse()?;
            if value.suffix().is_empty() {
                quotas.push((name, value));
            } else {
                errs.at(
                    value.span(),
                    with_help(
                        "a quota is written as an unsuffixed integer",
                        Some(&format!("remove `{}`", value.suffix())),
                    ),
                );
            }
            Ok(())
        });
        if let Err(e) = parsed {
            errs.push(e);
        }
    }
    Ok(BlockAttributes { quotas, logical_id })
}

/// The quotas the rules check against: the defaults, raised as declared.
pub(crate) fn declared_quotas(declared: &[DeclaredQuota], errs: &mut Errors) -> Quotas {
    let mut quotas = Quotas::default();
    for (name, value) in declared {
        let n = name.to_string();
        match value.base10_parse::<u64>() {
            Ok(v) => {
                if quotas.raise(&n, v).is_err() {
                    let help = closest(&n, Quotas::ALL.iter().map(|q| q.0)).map_or_else(
                        || {
                            let all: Vec<String> =
                                Quotas::ALL.iter().map(|q| format!("`{}`", q.0)).collect();
                            format!("the quotas are {}", all.join(", "))
                        },
                        |s| format!("did you mean `{s}`?"),
                    );
                    errs.at(
                        name.span(),
                        with_help(&format!("unknown quota `{n}`"), Some(&help)),
                    );
                }
            }
            Err(e) => errs.push(e),
        }
    }
    quotas
}

/// Code that raises the quotas of the stack `stack` (an expression of type `&mut Stack`) as
/// declared.
pub(crate) fn raise_quotas(declared: &[DeclaredQuota], stack: &TokenStream) -> TokenStream {
    let hygienic = Span::mixed_site();
    let raise = declared.iter().map(|(name, value)| {
        let name = name.to_string();
        quote_spanned!(hygienic=> ::cloudfront_dsl::__private::raise_quota(#stack, #name, #value);)
    });
    quote!(#(#raise)*)
}
