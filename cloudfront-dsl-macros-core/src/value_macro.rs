//! `value!(...)`: one value form of the DSL (an origin with its props, a policy's behavior, a
//! geographic restriction, a certificate, a duration, ...) written outside a construct macro.
//!
//! The value is parsed by the parser the construct macros use, against the kind of a prop
//! that takes it, and expands to the expression they would generate in that prop: a variable
//! holding it and given to a construct macro gives the template the inline form gives.
//!
//! Its literal parts are checked by the constructs' own rules, with no rule of its own: the
//! value is lowered into every prop position of every construct that takes its kind, each
//! construct's props are checked, and a violation is reported when every position reports it
//! about the same part of the value. What a value carries wherever it is used (an origin's
//! port, a country code, a query string's name) is reported at its token; what depends on where
//! it is used (a TTL's range, which differs by prop) is left to the construct that takes it,
//! at `synth()`.

use cloudfront_model::lit::{Lit, Lowering};
use cloudfront_model::path::Seg;
use cloudfront_model::rules::Severity;
use cloudfront_model::schema::{self, EnumSchema, Kind, ObjectSchema};
use cloudfront_model::{PropPath, Quotas, Violation};
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Token;
use syn::parse::{ParseStream, Parser};

use crate::construct::{Construct, report, warn};
use crate::diag::{Errors, Warnings, closest, with_help};
use crate::expand as codegen;
use crate::lower::{self, Spans};
use crate::macros::CONSTRUCTS;
use crate::parse;
use crate::precheck::precheck;
use crate::value::Value;

const USAGE: &str = "write a value as a prop takes it, as in `value!(origins::HttpOrigin(\"www.example.com\", { origin_id: \"web\" }))` or `value!(CacheQueryStringBehavior::deny_list(\"utm_source\"))`";

/// A prop position that takes values of one enum-like type: a construct, the path of the prop
/// under its props' root, and the prop's kind.
struct Host {
    construct: &'static Construct,
    path: PropPath,
    kind: &'static Kind,
}

/// Expands `value!(...)`.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let mut errs = Errors::default();
    if !precheck(&input, &mut errs) {
        return diverging(&errs, None, None);
    }
    let mut schema = None;
    let parsed = (|input: ParseStream<'_>| {
        let parsed = parse_value(input, &mut schema, &mut errs);
        // What could not be understood is reported already; the rest is not reported again.
        let _ = input.parse::<TokenStream>();
        Ok(parsed)
    })
    .parse2(input);
    let Ok(Some((hosts, value))) = parsed else {
        return diverging(&errs, schema, None);
    };
    let mut spans = Spans::default();
    let lit = lower::value(&value, &hosts[0].path, &mut spans);
    let brace = value
        .tokens
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span());
    let mut warnings = Warnings::default();
    for v in carried(&hosts, &lit) {
        match v.rule.severity() {
            Severity::Error => report(&v, &spans, brace, &mut errs),
            Severity::Warning => warn(&v, &spans, brace, &mut warnings),
        }
    }
    let warnings = warnings.to_statements();
    if !errs.is_empty() {
        return diverging(&errs, schema, Some((&value, warnings)));
    }
    let expr = codegen::value(&value);
    quote!({ #warnings #expr })
}

/// The value's hosts and the value, parsed; `None` when an error is recorded.
fn parse_value(
    input: ParseStream<'_>,
    schema: &mut Option<&'static EnumSchema>,
    errs: &mut Errors,
) -> Option<(Vec<Host>, Value)> {
    if input.is_empty() {
        errs.at(
            Span::call_site(),
            with_help("`value!` needs a value", Some(USAGE)),
        );
        return None;
    }
    let e = owner(input, errs)?;
    *schema = Some(e);
    let hosts = hosts(e);
    let Some(first) = hosts.first() else {
        errs.spanning(
            &input.fork().parse::<TokenStream>().unwrap_or_default(),
            format!("internal error: no prop takes a `{}`", e.name),
        );
        return None;
    };
    let value = parse::value(input, first.kind, errs);
    let _ = input.parse::<Token![,]>();
    if !input.is_empty() {
        let rest: TokenStream = input.parse().unwrap_or_default();
        errs.spanning(
            &rest,
            with_help(
                "`value!` takes one value",
                Some("write one `value!(...)` for each value"),
            ),
        );
    }
    errs.is_empty().then_some((hosts, value))
}

/// The enum-like type whose constant or factory the input names (`Type::NAME`,
/// `Type::factory(...)`, `origins::HttpOrigin(...)`,
/// `origins::S3BucketOrigin::with_origin_access_control(...)`); nothing is consumed. An input
/// that names none is reported at its tokens.
fn owner(input: ParseStream<'_>, errs: &mut Errors) -> Option<&'static EnumSchema> {
    let fork = input.fork();
    let _ = fork.parse::<Token![::]>();
    let path = syn::Path::parse_mod_style(&fork).ok();
    let segments: Vec<String> = path
        .iter()
        .flat_map(|p| p.segments.iter().map(|s| s.ident.to_string()))
        .collect();
    if let Some(e) = schema_of(&segments) {
        return Some(e);
    }
    let tokens = input.fork().parse::<syn::Expr>().map_or_else(
        |_| input.fork().parse::<TokenStream>().unwrap_or_default(),
        |e| quote::ToTokens::to_token_stream(&e),
    );
    let names = || schema::enums().iter().map(|e| e.name);
    let message = match segments.as_slice() {
        [] => "`value!` takes a constant or a factory of one of the DSL's types".to_owned(),
        [one] => format!(
            "`value!` takes a value named by its type, as a prop does: `{one}` names no type's member"
        ),
        [.., owner, _] => format!("`{owner}` is no type of the DSL's values"),
    };
    let help = match segments.as_slice() {
        [.., owner, _] => closest(owner, names())
            .map(|c| format!("did you mean `{c}`?"))
            .unwrap_or_else(|| USAGE.to_owned()),
        [one] => schema::enums()
            .iter()
            .find(|e| e.consts.contains(&one.as_str()) || e.factory(one).is_some())
            .map(|e| format!("write `{}::{one}`", e.name))
            .unwrap_or_else(|| USAGE.to_owned()),
        [] => format!(
            "{USAGE}; a string, a number or a list needs no macro: write it where the prop takes it"
        ),
    };
    errs.spanning(&tokens, with_help(&message, Some(&help)));
    None
}

/// The enum-like type a path written before `(...)` or alone names, as the construct macros'
/// parser reads it in a prop of that type.
fn schema_of(segments: &[String]) -> Option<&'static EnumSchema> {
    let n = segments.len();
    if n < 2 {
        return None;
    }
    let (owner, last) = (&segments[n - 2], &segments[n - 1]);
    let enums = schema::enums().iter().copied();
    let mut by_name = enums.clone().filter(|e| e.name == owner);
    // Several types of one name (a managed policy's constants and the policy) are told apart
    // by the member.
    let named: Vec<&'static EnumSchema> = by_name.by_ref().collect();
    let has = |e: &EnumSchema| e.consts.contains(&last.as_str()) || e.factory(last).is_some();
    if let Some(e) = named
        .iter()
        .copied()
        .find(|e| has(e))
        .or(named.first().copied())
    {
        return Some(e);
    }
    let qualified = format!("{owner}::{last}");
    let prefix = format!("{owner}::");
    enums
        .clone()
        .find(|e| (n == 2 || segments[n - 3] == e.name) && e.factory(&qualified).is_some())
        .or_else(|| {
            enums.clone().find(|e| {
                n >= 3
                    && segments[n - 3] == e.name
                    && e.factories.iter().any(|f| f.name.starts_with(&prefix))
            })
        })
        .or_else(|| enums.clone().find(|e| n >= 3 && segments[n - 3] == e.name))
}

/// Every prop position of every construct that takes values of `e`, in the order of the
/// constructs and their props.
fn hosts(e: &'static EnumSchema) -> Vec<Host> {
    let mut out = Vec::new();
    for construct in CONSTRUCTS {
        let mut seen = Vec::new();
        walk_object(
            construct,
            construct.schema,
            &PropPath::root(),
            e,
            &mut seen,
            &mut out,
        );
    }
    out
}

fn walk_object(
    construct: &'static Construct,
    o: &'static ObjectSchema,
    path: &PropPath,
    e: &'static EnumSchema,
    seen: &mut Vec<&'static str>,
    out: &mut Vec<Host>,
) {
    // A schema that holds itself (an origin group's origins) is walked once.
    if seen.contains(&o.rust) {
        return;
    }
    seen.push(o.rust);
    for prop in o.props {
        walk_kind(construct, prop.kind, &path.field(prop.name), e, seen, out);
    }
    seen.pop();
}

fn walk_kind(
    construct: &'static Construct,
    kind: &'static Kind,
    path: &PropPath,
    e: &'static EnumSchema,
    seen: &mut Vec<&'static str>,
    out: &mut Vec<Host>,
) {
    match kind.resolve() {
        // Schemas are constants, which have no one address: a type is told by its names.
        Kind::Enum(x) if x.name == e.name && x.rust == e.rust => out.push(Host {
            construct,
            path: path.clone(),
            kind,
        }),
        Kind::Object(o) => walk_object(construct, o, path, e, seen, out),
        Kind::List(item) => walk_kind(construct, item, &path.index(0), e, seen, out),
        Kind::Map(item) => walk_kind(construct, item, &path.key("key"), e, seen, out),
        _ => {}
    }
}

/// Props of `o` with `lit` at the path `segments` and every other prop given by a value only
/// known at run time, as if written by variables: the rules that relate the value to the rest
/// of its construct (a certificate to the domain names) know nothing of the rest, and report
/// nothing.
fn placed(o: &'static ObjectSchema, segments: &[Seg], lit: Lit) -> Lit {
    let Some((Seg::Field(name), rest)) = segments.split_first() else {
        return lit;
    };
    let mut lit = Some(lit);
    let entries = o
        .props
        .iter()
        .map(|p| {
            let value = match lit.take_if(|_| p.name == name) {
                Some(lit) => placed_kind(p.kind, rest, lit),
                None => Lit::Opaque,
            };
            (p.name.to_owned(), value)
        })
        .collect();
    Lit::Object(entries)
}

fn placed_kind(kind: &'static Kind, segments: &[Seg], lit: Lit) -> Lit {
    match (kind.resolve(), segments.split_first()) {
        (_, None) => lit,
        (Kind::Object(o), Some(_)) => placed(o, segments, lit),
        (Kind::List(item), Some((Seg::Index(_), rest))) => {
            Lit::List(vec![placed_kind(item, rest, lit)])
        }
        (Kind::Map(item), Some((Seg::Key(k), rest))) => {
            Lit::Map(vec![(k.clone(), placed_kind(item, rest, lit))])
        }
        _ => lit,
    }
}

/// The violations about the value's parts that every host reports, as the first one reports
/// them.
fn carried(hosts: &[Host], lit: &Lit) -> Vec<Violation> {
    let about_value = |host: &Host| -> Vec<Violation> {
        let props = placed(host.construct.schema, host.path.segments(), lit.clone());
        let mut lowering = Lowering::default();
        (host.construct.check)(&props, &mut lowering, &Quotas::default())
            .into_iter()
            .filter(|v| v.path.starts_with(&host.path))
            .collect()
    };
    let relative = |host: &Host, v: &Violation| {
        (
            v.rule,
            v.path.segments()[host.path.segments().len()..].to_vec(),
        )
    };
    let mut kept = about_value(&hosts[0]);
    for host in &hosts[1..] {
        let found: Vec<_> = about_value(host)
            .iter()
            .map(|v| relative(host, v))
            .collect();
        kept.retain(|v| found.contains(&relative(&hosts[0], v)));
    }
    kept
}

/// The errors, then a value of the type the input names (when it names one), so that no
/// follow-up error appears where the value is used.
fn diverging(
    errs: &Errors,
    schema: Option<&'static EnumSchema>,
    value: Option<(&Value, TokenStream)>,
) -> TokenStream {
    let mut touched = Vec::new();
    if let Some((value, warnings)) = value {
        touched.push(warnings);
        codegen::touch_value(value, &mut touched);
    }
    match schema {
        Some(e) => errs.diverging(&codegen::crate_path(e.rust, Span::call_site()), &touched),
        None => {
            let errors = errs.to_compile_errors();
            quote!({ #errors #(#touched)* ::cloudfront_dsl::__private::never() })
        }
    }
}
