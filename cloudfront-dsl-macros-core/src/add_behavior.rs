//! `add_behavior!(stack, dist, "path/*", origin, { options })`: the CDK's
//! `dist.add_behavior(path, origin, **options)`, with the options checked at compile time.

use cloudfront_model::PropPath;
use cloudfront_model::distribution::{AddBehaviorArgs, BehaviorOptions};
use cloudfront_model::lit::{Lit, Lowering};
use cloudfront_model::origins::Origin;
use cloudfront_model::rules::Severity;
use cloudfront_model::schema::HasKind;
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::Token;
use syn::parse::{ParseStream, Parser};

use crate::construct::{
    DeclaredQuota, check_props, declared_quotas, quota_attributes, raise_quotas, report, warn,
};
use crate::diag::{Errors, Warnings, with_help};
use crate::expand as codegen;
use crate::lower::{self, Spans};
use crate::parse;
use crate::precheck::precheck;
use crate::shape;
use crate::value::{Object, Value};

const USAGE: &str = "write `add_behavior!(stack, dist, \"/images/*\", origin, { ... })`";

struct Invocation {
    stack: syn::Expr,
    dist: syn::Expr,
    pattern: syn::Expr,
    origin: Value,
    options: Option<Object>,
    quotas: Vec<DeclaredQuota>,
}

/// Expands an invocation.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let mut errs = Errors::default();
    let unit = quote!(());
    if !precheck(&input, &mut errs) {
        return errs.diverging(&unit, &[]);
    }
    let parsed = (|input: ParseStream<'_>| {
        let inv = invocation(input, &mut errs);
        let _ = input.parse::<TokenStream>();
        inv
    })
    .parse2(input);
    let inv = match parsed {
        Ok(Some(inv)) => inv,
        Ok(None) => return errs.diverging(&unit, &[]),
        Err(e) => {
            errs.push(e);
            return errs.diverging(&unit, &[]);
        }
    };
    let root = PropPath::root();
    let mut spans = Spans::default();
    let pattern_path = root.field("path_pattern");
    spans.insert_value(pattern_path.clone(), inv.pattern.to_token_stream());
    let pattern_lit = match &inv.pattern {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => {
            spans.insert_key(pattern_path, s.span());
            Lit::Str(s.value())
        }
        _ => Lit::Opaque,
    };
    let behavior_path = root.field("behavior");
    let mut entries = vec![(
        "origin".to_owned(),
        lower::value(&inv.origin, &behavior_path.field("origin"), &mut spans),
    )];
    if let Some(options) = &inv.options {
        if let Lit::Object(more) = lower::object(options, &behavior_path, &mut spans) {
            entries.extend(more);
        }
        spans.insert_value(behavior_path.clone(), inv.origin.tokens.clone());
    }
    let lit = Lit::Object(vec![
        ("path_pattern".to_owned(), pattern_lit),
        ("behavior".to_owned(), Lit::Object(entries)),
    ]);
    let mut lowering = Lowering::default();
    let brace = inv.options.as_ref().map_or(Span::call_site(), |o| o.brace);
    let quotas = declared_quotas(&inv.quotas, &mut errs);
    let mut warnings = Warnings::default();
    for v in check_props::<AddBehaviorArgs>(&lit, &mut lowering, &quotas) {
        match v.rule.severity() {
            Severity::Error => report(&v, &spans, brace, &mut errs),
            Severity::Warning => warn(&v, &spans, brace, &mut warnings),
        }
    }
    let warnings = warnings.to_statements();
    if !errs.is_empty() {
        return errs.diverging(&unit, &[warnings]);
    }
    let added = generate(&inv);
    quote!({ #warnings #added })
}

fn invocation(input: ParseStream<'_>, errs: &mut Errors) -> syn::Result<Option<Invocation>> {
    let mut exprs = Vec::new();
    for what in [
        "the stack",
        "the distribution",
        "the path pattern",
        "the behavior's origin",
    ] {
        if input.is_empty() {
            errs.at(
                Span::call_site(),
                with_help(&format!("`add_behavior!` needs {what}"), Some(USAGE)),
            );
            return Ok(None);
        }
        if what == "the behavior's origin" {
            break;
        }
        let expr = input.parse::<syn::Expr>()?;
        shape::check_argument(&expr, what, what == "the path pattern", USAGE, errs);
        exprs.push(expr);
        if !input.is_empty() && input.parse::<Token![,]>().is_err() {
            errs.at(input.span(), with_help("expected `,`", Some(USAGE)));
            return Ok(None);
        }
    }
    let origin = parse::value(input, &Origin::KIND, errs);
    let mut options = None;
    let mut quotas = Vec::new();
    if input.parse::<Token![,]>().is_ok() && !input.is_empty() {
        if !input.peek(syn::token::Brace) {
            errs.at(
                input.span(),
                with_help("expected the behavior's options in `{ ... }`", Some(USAGE)),
            );
            return Ok(None);
        }
        let content;
        let brace = syn::braced!(content in input);
        quotas = quota_attributes(&content, errs)?;
        let object =
            parse::object_entries(&content, &BehaviorOptions::SCHEMA, brace.span.join(), errs);
        if let Some(e) = object.entries.iter().find(|e| e.prop.name == "origin") {
            errs.at(
                e.key.span(),
                with_help(
                    "the origin is `add_behavior!`'s fourth argument",
                    Some("remove `origin` from the options"),
                ),
            );
        }
        options = Some(object);
        let _ = input.parse::<Token![,]>();
    }
    if !input.is_empty() {
        let rest: TokenStream = input.parse()?;
        errs.spanning(
            &rest,
            with_help("unexpected tokens after the options", Some(USAGE)),
        );
    }
    let mut exprs = exprs.into_iter();
    let (Some(stack), Some(dist), Some(pattern)) = (exprs.next(), exprs.next(), exprs.next())
    else {
        return Ok(None);
    };
    Ok(Some(Invocation {
        stack,
        dist,
        pattern,
        origin,
        options,
        quotas,
    }))
}

fn generate(inv: &Invocation) -> TokenStream {
    let hygienic = Span::mixed_site();
    let origin = codegen::value(&inv.origin);
    let options = match &inv.options {
        Some(o) => codegen::object(o),
        None => quote!(
            <::cloudfront_dsl::distribution::BehaviorOptions as ::core::default::Default>::default(
            )
        ),
    };
    let (stack, dist, pattern) = (&inv.stack, &inv.dist, &inv.pattern);
    let raise = raise_quotas(&inv.quotas, &quote_spanned!(hygienic=> __stack));
    quote_spanned! {hygienic=>
        {
            let __origin = #origin;
            let __options = #options;
            let __pattern = #pattern;
            let __dist: ::cloudfront_dsl::distribution::Distribution = #dist;
            use ::cloudfront_dsl::__private::StackMut as _;
            // A `match`, not a `let`: a scope made in place (`stack.scope(node)`) lives to the
            // end of the `match`, so the stack borrowed from it stays valid (E0716 otherwise).
            match (#stack).__cloudfront_stack() {
                __in => {
                    let __stack: &mut ::cloudfront_dsl::Stack = __in;
                    #raise
                    __dist.add_behavior(__stack, __pattern, __origin, __options)
                }
            }
        }
    }
}
