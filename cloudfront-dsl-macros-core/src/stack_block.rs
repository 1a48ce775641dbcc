//! `stack!("Name", description: "...", env: { account: "...", region: "..." }, { ... })`: a
//! whole stack in one block, the CDK's stack constructor.
//!
//! The block's statements are Rust, passed through; in them the construct macros take no stack
//! argument (`distribution!("Dist", { ... })`): the block gives them its stack, which it names
//! `stack`. At compile time the macro also builds the stack from the block's literal
//! constructs (those of its top-level statements, a variable bound to one standing for it in
//! the props after it) and runs the checks `synth()` runs over it, so that a rule over several
//! constructs (a log bucket without ACLs, a quota of the account, two constructs with one id)
//! is an error at the token inside the block. What the block computes at run time (a loop, a
//! variable of another kind) is checked by `synth()`, as outside the block.

use std::any::TypeId;
use std::collections::HashMap;

use cloudfront_model::distribution::Distribution;
use cloudfront_model::experimental::EdgeFunction;
use cloudfront_model::lambda;
use cloudfront_model::lit::{Bound, Lit, Lowering, Offer, Unknowns, check_env_halves};
use cloudfront_model::rules::Severity;
use cloudfront_model::{PropPath, Quotas, Rule, Stack, SynthViolation, Violation};
use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::Token;
use syn::parse::{ParseStream, Parser};

use crate::construct::{self, Construct, Invocation, declared_quotas, quota_attributes};
use crate::diag::{Errors, Warnings, closest, with_help};
use crate::lower::{self, Spans};
use crate::macros;
use crate::precheck::precheck;

/// The settings a stack takes before its block.
const SETTINGS: [&str; 2] = ["env", "description"];
const SETTINGS_HELP: &str = "the settings a stack takes before its block are `env: { account: ..., region: ... }` and `description: \"...\"`";
/// The settings an `env: { .. }` takes, for suggestions.
const ENV_SETTINGS: [&str; 2] = ["account", "region"];
const ENV_HELP: &str = "an environment is `{ account: \"123456789012\", region: \"us-east-1\" }`";
const USAGE: &str = "write `stack!(\"SiteStack\", env: { account: \"123456789012\", region: \"us-east-1\" }, { ... })`";

/// The name the block gives its stack.
const STACK: &str = "stack";

struct Block {
    name: syn::Expr,
    env: Option<(syn::Expr, syn::Expr)>,
    /// `description: ...`, the template's `Description`.
    description: Option<syn::Expr>,
    quotas: Vec<construct::DeclaredQuota>,
    body: TokenStream,
}

/// Expands `stack!(...)`.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let mut errs = Errors::default();
    if !precheck(&input, &mut errs) {
        return errs.diverging(&quote!(::cloudfront_dsl::Stack), &[]);
    }
    let parsed = (|input: ParseStream<'_>| {
        let block = header(input, &mut errs);
        let _ = input.parse::<TokenStream>();
        block
    })
    .parse2(input);
    let block = match parsed {
        Ok(Some(block)) => block,
        Ok(None) => return errs.diverging(&quote!(::cloudfront_dsl::Stack), &[]),
        Err(e) => {
            errs.push(e);
            return errs.diverging(&quote!(::cloudfront_dsl::Stack), &[]);
        }
    };
    let quotas = declared_quotas(&block.quotas, &mut errs);
    let mut warnings = Warnings::default();
    check_block(&block, quotas, &mut errs, &mut warnings);
    let warnings = warnings.to_statements();
    let stack = syn::Ident::new(STACK, Span::call_site());
    let name = &block.name;
    let env = block
        .env
        .as_ref()
        .map(|(account, region)| quote!(.with_env(#account, #region)));
    let description = block
        .description
        .as_ref()
        .map(|d| quote!(.with_description(#d)));
    let raise = construct::raise_quotas(&block.quotas, &quote!(&mut #stack));
    let body = inject(block.body, &stack);
    let errors = errs.to_compile_errors();
    let hygienic = Span::mixed_site();
    let new = quote_spanned!(hygienic=> ::cloudfront_dsl::Stack::new);
    quote! {
        {
            #errors
            #warnings
            #[allow(unused_mut)]
            let mut #stack: ::cloudfront_dsl::Stack = #new(#name) #description #env;
            #raise
            {
                #body
            }
            #stack
        }
    }
}

fn header(input: ParseStream<'_>, errs: &mut Errors) -> syn::Result<Option<Block>> {
    if input.is_empty() {
        errs.at(
            Span::call_site(),
            with_help("`stack!` needs the stack's name and a block", Some(USAGE)),
        );
        return Ok(None);
    }
    let name: syn::Expr = input.parse()?;
    if input.parse::<Token![,]>().is_err() {
        errs.at(
            input.span(),
            with_help("expected `,` after the stack's name", Some(USAGE)),
        );
        return Ok(None);
    }
    let mut env = None;
    let mut description = None;
    while input.peek(syn::Ident) && input.peek2(Token![:]) {
        let key: syn::Ident = input.parse()?;
        input.parse::<Token![:]>()?;
        match key.to_string().as_str() {
            "env" if env.is_none() => {
                let content;
                let brace = syn::braced!(content in input);
                env = environment(&content, brace.span.join(), errs)?;
                if env.is_none() {
                    return Ok(None);
                }
            }
            "description" if description.is_none() => description = Some(input.parse()?),
            "env" | "description" => {
                errs.at(
                    key.span(),
                    with_help(
                        &format!("`{key}` is given twice"),
                        Some(&format!("a stack takes one `{key}`: remove one of them")),
                    ),
                );
                return Ok(None);
            }
            other => {
                let help = match closest(other, SETTINGS) {
                    Some(s) => format!("did you mean `{s}`? {SETTINGS_HELP}"),
                    None => SETTINGS_HELP.to_owned(),
                };
                errs.at(
                    key.span(),
                    with_help(&format!("unknown stack setting `{key}`"), Some(&help)),
                );
                return Ok(None);
            }
        }
        if input.parse::<Token![,]>().is_err() {
            errs.at(
                input.span(),
                with_help("expected `,` and the stack's block", Some(USAGE)),
            );
            return Ok(None);
        }
    }
    if !input.peek(syn::token::Brace) {
        errs.at(
            input.span(),
            with_help("expected the stack's block `{ ... }`", Some(USAGE)),
        );
        return Ok(None);
    }
    let content;
    syn::braced!(content in input);
    let quotas = quota_attributes(&content, errs)?;
    let body: TokenStream = content.parse()?;
    let _ = input.parse::<Token![,]>();
    if !input.is_empty() {
        let rest: TokenStream = input.parse()?;
        errs.spanning(
            &rest,
            with_help("unexpected tokens after the stack's block", Some(USAGE)),
        );
    }
    Ok(Some(Block {
        name,
        env,
        description,
        quotas,
        body,
    }))
}

/// `account: ..., region: ...`.
fn environment(
    content: ParseStream<'_>,
    brace: Span,
    errs: &mut Errors,
) -> syn::Result<Option<(syn::Expr, syn::Expr)>> {
    let mut account = None;
    let mut region = None;
    // A misspelled setting is the one mistake: the one it stands for is not reported missing.
    let mut misspelled = false;
    while !content.is_empty() {
        let key: syn::Ident = content.parse()?;
        content.parse::<Token![:]>()?;
        let value: syn::Expr = content.parse()?;
        match key.to_string().as_str() {
            "account" if account.is_none() => account = Some(value),
            "region" if region.is_none() => region = Some(value),
            "account" | "region" => errs.at(
                key.span(),
                with_help(
                    &format!("`{key}` is given twice"),
                    Some(&format!(
                        "an environment takes one `{key}`: remove one of them"
                    )),
                ),
            ),
            other => {
                misspelled = true;
                let help = match closest(other, ENV_SETTINGS) {
                    Some(s) => format!("did you mean `{s}`? {ENV_HELP}"),
                    None => ENV_HELP.to_owned(),
                };
                errs.at(
                    key.span(),
                    with_help(
                        &format!("unknown environment setting `{other}`"),
                        Some(&help),
                    ),
                );
            }
        }
        if content.parse::<Token![,]>().is_err() {
            break;
        }
    }
    if !content.is_empty() {
        let rest: TokenStream = content.parse()?;
        errs.spanning(&rest, "expected `account: ...` or `region: ...`");
    }
    match (account, region) {
        (Some(a), Some(r)) => Ok(Some((a, r))),
        _ if misspelled => Ok(None),
        _ => {
            errs.at(
                brace,
                with_help(
                    "an environment has an account and a region",
                    Some("write `env: { account: \"123456789012\", region: \"us-east-1\" }`"),
                ),
            );
            Ok(None)
        }
    }
}

/// How many arguments a macro of the block takes when the block gives it the stack.
fn arity(name: &str) -> Option<usize> {
    match name {
        "add_behavior" => Some(4),
        "stack" => None,
        _ => macros::find(name).map(|_| 2),
    }
}

/// The top-level arguments of a macro invocation, split at commas.
fn arguments(tokens: &TokenStream) -> Vec<TokenStream> {
    let mut out = vec![TokenStream::new()];
    for tt in tokens.clone() {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ',' => out.push(TokenStream::new()),
            _ => out
                .last_mut()
                .into_iter()
                .for_each(|a| a.extend([tt.clone()])),
        }
    }
    out.retain(|a| !a.is_empty());
    out
}

/// `tokens` with the block's stack given to every construct macro that is written without
/// one, at any depth.
fn inject(tokens: TokenStream, stack: &syn::Ident) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < trees.len() {
        if let (TokenTree::Ident(name), Some(TokenTree::Punct(bang)), Some(TokenTree::Group(g))) =
            (&trees[i], trees.get(i + 1), trees.get(i + 2))
            && bang.as_char() == '!'
            && g.delimiter() != Delimiter::None
        {
            let args = inject(g.stream(), stack);
            let stream = match arity(&name.to_string()) {
                Some(n) if arguments(&args).len() == n => quote!(#stack, #args),
                _ => args,
            };
            let mut group = Group::new(g.delimiter(), stream);
            group.set_span(g.span());
            out.extend([
                trees[i].clone(),
                trees[i + 1].clone(),
                TokenTree::Group(group),
            ]);
            i += 3;
            continue;
        }
        match &trees[i] {
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), inject(g.stream(), stack));
                group.set_span(g.span());
                out.extend([TokenTree::Group(group)]);
            }
            tt => out.extend([tt.clone()]),
        }
        i += 1;
    }
    out
}

/// A literal construct of the block, as the compile-time stack holds it.
struct Declared {
    id: String,
    id_span: TokenStream,
    /// `#![override_logical_id("...")]`'s literal, when given.
    logical_id: Option<syn::LitStr>,
    spans: Spans,
    brace: Span,
    /// What the invocation's own expansion reports already.
    own: Vec<Violation>,
    unknowns: Unknowns,
    /// What was reported about it, by rule and path: one error per token and rule.
    reported: Vec<(Rule, PropPath)>,
}

/// Builds the stack from the block's literal constructs and reports what `synth()` would find
/// in it: its errors as errors, its warnings as warnings, each at its token.
fn check_block(block: &Block, quotas: Quotas, errs: &mut Errors, warnings: &mut Warnings) {
    let Ok(statements) = syn::Block::parse_within.parse2(block.body.clone()) else {
        // rustc reports what does not parse, on the block as written.
        return;
    };
    let name = match &block.name {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => s.value(),
        _ => "Stack".to_owned(),
    };
    let mut stack = Stack::new(name).with_quotas(quotas);
    if let Some((account, region)) = &block.env {
        match (literal_str(account), literal_str(region)) {
            (Some(account), Some(region)) => stack = stack.with_env(account, region),
            // One half computed: the stack has no environment at compile time, and the
            // literal half is checked alone (the other at `synth()`, with it).
            (account_lit, region_lit) => {
                for v in check_env_halves(account_lit.as_deref(), region_lit.as_deref()) {
                    let at = if v.path == PropPath::root().field("env").field("account") {
                        account
                    } else {
                        region
                    };
                    errs.spanning(at, construct::message(&v));
                }
            }
        }
    }
    if let Some(syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(description),
        ..
    })) = &block.description
    {
        stack = stack.with_description(description.value());
    }
    let mut bindings: HashMap<String, Offer> = HashMap::new();
    let mut declared: Vec<Declared> = Vec::new();
    for statement in &statements {
        let Some((binding, mac)) = construct_statement(statement) else {
            continue;
        };
        let Some(def) = macros::construct(&mac_name(mac)) else {
            continue;
        };
        if arguments(&mac.tokens).len() != 2 {
            continue;
        }
        let Some((inv, spans, lit)) = lowered(def, &mac.tokens) else {
            continue;
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(id),
            ..
        }) = &inv.id
        else {
            continue;
        };
        let own = (def.check)(&lit, &mut Lowering::default(), stack.quotas());
        let mut lowering = Lowering::default();
        for (path, e) in spans.expressions() {
            if let Some(offer) = bound_name(e).and_then(|n| bindings.get(&n)) {
                lowering.bound.insert(path.clone(), offer.clone());
            }
        }
        for (quota, value) in &inv.quotas {
            if let Ok(v) = value.base10_parse::<u64>() {
                let _ = stack.quotas_mut().raise(&quota.to_string(), v);
            }
        }
        let before = stack.recorded();
        let handle = (def.build)(&lit, &mut lowering, &mut stack, &id.value());
        if let (Some(logical_id), Some(handle)) = (&inv.logical_id, &handle)
            && let Some(dist) =
                handle(TypeId::of::<Distribution>()).and_then(|h| h.downcast::<Distribution>().ok())
        {
            dist.override_logical_id(&mut stack, &logical_id.value());
        }
        let mut d = Declared {
            id: id.value(),
            id_span: inv.id.to_token_stream(),
            logical_id: inv.logical_id.clone(),
            spans,
            brace: inv.body.brace,
            own,
            unknowns: lowering.unknowns,
            reported: Vec::new(),
        };
        for v in stack.recorded_since(before) {
            report(&v, &mut d, errs, warnings);
        }
        declared.push(d);
        if let (Some(binding), Some(handle)) = (binding, handle) {
            if let Some(version) = current_version(&handle) {
                bindings.insert(format!("{binding}.current_version()"), version);
            }
            bindings.insert(binding, handle);
        }
    }
    let unknowns: Vec<(String, Unknowns)> = declared
        .iter()
        .map(|d| (d.id.clone(), d.unknowns.clone()))
        .collect();
    for v in stack.check_literals(&unknowns) {
        // What is about the stack itself (its name) is at the name, when the name is written.
        if v.construct.is_empty()
            && v.violation.rule == Rule::StackName
            && matches!(block.name, syn::Expr::Lit(_))
        {
            errs.spanning(&block.name, construct::message(&v.violation));
            continue;
        }
        // What is about the stack's environment is at the literal of `env:` it is about; the
        // stack has an environment only when both are literals.
        if v.construct.is_empty()
            && v.violation.rule == Rule::StackEnv
            && let Some((account, region)) = &block.env
        {
            let env = PropPath::root().field("env");
            if v.violation.path == env.field("account") {
                errs.spanning(account, construct::message(&v.violation));
            } else if v.violation.path == env.field("region") {
                errs.spanning(region, construct::message(&v.violation));
            } else {
                errs.spanning(&block.name, construct::message(&v.violation));
            }
            continue;
        }
        // What is about the stack's description is at its literal; the stack has a
        // description only when it is one.
        if v.construct.is_empty()
            && v.violation.rule == Rule::StackDescription
            && let Some(description) = &block.description
        {
            errs.spanning(description, construct::message(&v.violation));
            continue;
        }
        let top = v.construct.split('/').next().unwrap_or_default();
        let Some(d) = declared.iter_mut().rev().find(|d| d.id == top) else {
            continue;
        };
        // A logical id is the construct's by its override, when it has one.
        match &d.logical_id {
            Some(id) if v.violation.rule == Rule::ConstructId && v.violation.path.is_root() => {
                if !d.reported.contains(&(Rule::ConstructId, PropPath::root())) {
                    d.reported.push((Rule::ConstructId, PropPath::root()));
                    errs.at(id.span(), construct::message(&v.violation));
                }
            }
            _ => report(&v, d, errs, warnings),
        }
    }
}

/// Reports a violation the compile-time stack found in the construct `d`, unless the
/// construct's own expansion reports it, or it is about a value unknown at compile time.
fn report(v: &SynthViolation, d: &mut Declared, errs: &mut Errors, warnings: &mut Warnings) {
    let violation = &v.violation;
    // A construct's id is written as the macro's id argument, not among its props: its
    // problems (a duplicate id, and the logical id it then shares) are one error at the id.
    let at_id =
        violation.rule == Rule::ConstructId && violation.path == PropPath::root().field("id");
    let key = (
        violation.rule,
        if at_id {
            PropPath::root()
        } else {
            violation.path.clone()
        },
    );
    // A handle the block does not know is a placeholder of no stack, not a wrong reference;
    // an asset's files are read where the program runs, not where it compiles.
    if matches!(violation.rule, Rule::Reference | Rule::Asset)
        || d.own.contains(violation)
        || d.unknowns.covers(&violation.path)
        || d.reported.contains(&key)
    {
        return;
    }
    d.reported.push(key);
    if violation.rule.severity() == Severity::Warning {
        // Where the construct's own expansion would put it, or at the id.
        match d.id_span.clone().into_iter().next() {
            Some(id) if violation.path.is_root() => {
                warnings.at(id.span(), violation.rule, construct::message(violation));
            }
            _ => construct::warn(violation, &d.spans, d.brace, warnings),
        }
        return;
    }
    if violation.path.is_root() || at_id {
        errs.spanning(&d.id_span, construct::message(violation));
    } else {
        construct::report(violation, &d.spans, d.brace, errs);
    }
}

/// The value of a string literal.
fn literal_str(e: &syn::Expr) -> Option<String> {
    match e {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

/// The construct macro a top-level statement invokes, with the variable it binds.
fn construct_statement(statement: &syn::Stmt) -> Option<(Option<String>, &syn::Macro)> {
    match statement {
        syn::Stmt::Macro(m) => Some((None, &m.mac)),
        syn::Stmt::Expr(syn::Expr::Macro(m), _) => Some((None, &m.mac)),
        syn::Stmt::Local(syn::Local {
            pat,
            init: Some(init),
            ..
        }) if init.diverge.is_none() => {
            let syn::Expr::Macro(m) = &*init.expr else {
                return None;
            };
            let binding = match pat {
                syn::Pat::Ident(p) => Some(p.ident.to_string()),
                syn::Pat::Type(t) => match &*t.pat {
                    syn::Pat::Ident(p) => Some(p.ident.to_string()),
                    _ => None,
                },
                _ => None,
            };
            Some((binding, &m.mac))
        }
        _ => None,
    }
}

fn mac_name(mac: &syn::Macro) -> String {
    mac.path
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

/// A function's `current_version()`, which an edge lambda association names.
fn current_version(handle: &Offer) -> Option<Offer> {
    let take = |ty| handle(ty);
    if let Some(f) =
        take(TypeId::of::<lambda::Function>()).and_then(|h| h.downcast::<lambda::Function>().ok())
    {
        return Some(Bound::offer(f.current_version()));
    }
    let f = take(TypeId::of::<EdgeFunction>())?
        .downcast::<EdgeFunction>()
        .ok()?;
    Some(Bound::offer(f.current_version()))
}

/// The variable an expression names (`name`, `&name`), or the version of a function it names
/// (`name.current_version()`).
fn bound_name(e: &syn::Expr) -> Option<String> {
    match e {
        syn::Expr::MethodCall(m) if m.method == "current_version" && m.args.is_empty() => {
            bound_name(&m.receiver).map(|n| format!("{n}.current_version()"))
        }
        syn::Expr::Path(p) if p.qself.is_none() => p.path.get_ident().map(ToString::to_string),
        syn::Expr::Reference(r) => bound_name(&r.expr),
        syn::Expr::Paren(p) => bound_name(&p.expr),
        _ => None,
    }
}

/// An invocation of `def` in the block, parsed as its own expansion parses it, lowered.
fn lowered(def: &Construct, args: &TokenStream) -> Option<(Invocation, Spans, Lit)> {
    let stack = syn::Ident::new(STACK, Span::call_site());
    let tokens = quote!(#stack, #args);
    // The invocation's own expansion reports what is wrong with it.
    let mut ignored = Errors::default();
    let inv = (|input: ParseStream<'_>| construct::invocation(def, input, &mut ignored))
        .parse2(tokens)
        .ok()??;
    if !ignored.is_empty() {
        return None;
    }
    let mut spans = Spans::default();
    let lit = lower::object(&inv.body, &PropPath::root(), &mut spans);
    Some((inv, spans, lit))
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    fn injected(source: &str) -> String {
        let stack = syn::Ident::new(STACK, Span::call_site());
        inject(TokenStream::from_str(source).unwrap(), &stack).to_string()
    }

    #[test]
    fn the_stack_goes_to_macros_written_without_it_at_any_depth() {
        let out =
            injected(r#"for i in 0..2 { cache_policy!(format!("P{i}"), { comment: "x" }); }"#);
        assert!(
            out.contains(r#"cache_policy ! (stack , format ! ("P{i}") ,"#),
            "{out}"
        );
        let out = injected(r#"add_behavior!(dist, "/a/*", origin, {});"#);
        assert!(out.starts_with("add_behavior ! (stack , dist"), "{out}");
    }

    #[test]
    fn macros_written_with_their_stack_and_other_macros_are_left_alone() {
        let source = r#"bucket!(other, "Logs", {}); println!("{}", 1); stack!("Inner", {});"#;
        let expected = TokenStream::from_str(source).unwrap().to_string();
        assert_eq!(injected(source), expected);
    }

    #[test]
    fn a_literal_environment_the_model_refuses_is_a_compile_error() {
        let source =
            r#""Site", env: { account: "12345", region: "us-east-1" }, { bucket!("B", {}); }"#;
        let out = expand(TokenStream::from_str(source).unwrap()).to_string();
        assert!(out.contains("is not an AWS account id"), "{out}");
        assert!(!out.contains("is not an AWS region code"), "{out}");
        let good = r#""Site", env: { account: "123456789012", region: "us-east-1" }, { bucket!("B", {}); }"#;
        let out = expand(TokenStream::from_str(good).unwrap()).to_string();
        assert!(!out.contains("compile_error"), "{out}");
    }

    #[test]
    fn a_block_without_a_name_or_a_block_is_the_dsls_error() {
        for source in [
            "",
            r#""Site""#,
            r#""Site", env: { account: "1" }, {}"#,
            r#""Site", region: "x", {}"#,
        ] {
            let out = expand(TokenStream::from_str(source).unwrap()).to_string();
            assert!(out.contains("compile_error"), "{source}: {out}");
        }
    }
}
