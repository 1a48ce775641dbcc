//! Parsing values against the schema, with every error of the invocation collected and the
//! parser recovering at the next comma.

use cloudfront_model::experimental::EdgeFunctionProps;
use cloudfront_model::lambda::FunctionProps as LambdaFunctionProps;
use cloudfront_model::schema::{self, EnumSchema, Factory, Kind, ObjectSchema, Param, PropSchema};
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::buffer::Cursor;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseBuffer, ParseStream, Parser};
use syn::{Token, token};

use crate::diag::{Errors, closest, closest_all, one_of, to_snake_case, with_help};
use crate::shape;
use crate::value::{Entry, Form, Object, Value};

/// The tokens from `from` up to (not including) `to`.
fn tokens_between(mut from: Cursor<'_>, to: Cursor<'_>) -> TokenStream {
    let mut out = TokenStream::new();
    while from != to {
        match from.token_tree() {
            Some((tt, next)) => {
                out.extend([tt]);
                from = next;
            }
            None => break,
        }
    }
    out
}

fn braces<'a>(input: ParseStream<'a>) -> Option<(ParseBuffer<'a>, token::Brace)> {
    let inner = |input: ParseStream<'a>| -> syn::Result<(ParseBuffer<'a>, token::Brace)> {
        let content;
        let brace = syn::braced!(content in input);
        Ok((content, brace))
    };
    inner(input).ok()
}

fn brackets<'a>(input: ParseStream<'a>) -> Option<ParseBuffer<'a>> {
    let inner = |input: ParseStream<'a>| -> syn::Result<ParseBuffer<'a>> {
        let content;
        syn::bracketed!(content in input);
        Ok(content)
    };
    inner(input).ok()
}

fn parens<'a>(input: ParseStream<'a>) -> Option<(ParseBuffer<'a>, token::Paren)> {
    let inner = |input: ParseStream<'a>| -> syn::Result<(ParseBuffer<'a>, token::Paren)> {
        let content;
        let paren = syn::parenthesized!(content in input);
        Ok((content, paren))
    };
    inner(input).ok()
}

/// Skips to the next top-level comma (or the end), after an error.
fn skip_value(input: ParseStream<'_>) {
    while !input.is_empty() && !input.peek(Token![,]) {
        if input.parse::<TokenTree>().is_err() {
            break;
        }
    }
}

/// Expects a comma or the end of the group after an item.
fn end_of_item(input: ParseStream<'_>, errs: &mut Errors) {
    if input.is_empty() {
        return;
    }
    if input.parse::<Token![,]>().is_err() {
        errs.at(input.span(), "expected `,` after this item");
        skip_value(input);
        let _ = input.parse::<Token![,]>();
    }
}

/// Parses one value of kind `kind`; after an error (already recorded) the value is
/// [`Form::Invalid`].
pub(crate) fn value(input: ParseStream<'_>, kind: &'static Kind, errs: &mut Errors) -> Value {
    let kind = kind.resolve();
    let start = input.cursor();
    let form = form(input, kind, errs).unwrap_or_else(|| {
        skip_value(input);
        Form::Invalid
    });
    let tokens = tokens_between(start, input.cursor());
    Value { tokens, kind, form }
}

fn form(input: ParseStream<'_>, kind: &'static Kind, errs: &mut Errors) -> Option<Form> {
    if input.is_empty() || input.peek(Token![,]) {
        errs.at(input.span(), format!("expected {}", kind.describe()));
        return None;
    }
    if input.peek(token::Bracket) && !matches!(kind, Kind::List(_)) {
        let list: TokenStream = input
            .fork()
            .parse::<TokenTree>()
            .map_or_else(|_| TokenStream::new(), |t| std::iter::once(t).collect());
        let _ = input.parse::<TokenTree>();
        errs.spanning(
            &list,
            with_help(
                &format!("expected {}, found a list `[...]`", kind.describe()),
                Some(&one_value_help(kind, &list)),
            ),
        );
        return None;
    }
    match kind {
        Kind::Object(schema) if input.peek(token::Brace) => {
            return object_block(input, schema, errs).map(Form::Object);
        }
        Kind::Map(item) if input.peek(token::Brace) => return map(input, item, errs),
        Kind::List(item) if input.peek(token::Bracket) => return list(input, item, errs),
        _ => {}
    }
    if let Some(form) = literal_expression(input, kind, errs) {
        return form;
    }
    if input.peek(syn::Lit) && !input.peek2(Token![.]) {
        return literal(input, kind, errs);
    }
    if let Some(form) = parenthesized(input, kind, errs) {
        return form;
    }
    if is_file_form(input) {
        if matches!(kind, Kind::Text(_)) {
            return file(input, kind, errs);
        }
        if !matches!(kind, Kind::File(_)) {
            let tokens = input.parse::<syn::Expr>().ok();
            errs.spanning(
                &tokens,
                with_help(
                    &format!(
                        "expected {}, found `file(...)`, which reads a file's text at compile time",
                        kind.describe()
                    ),
                    Some("`file(\"path\")` is written where a prop takes text, such as a public key's `encoded_key`; to call a function of your own named `file`, write `self::file(...)`"),
                ),
            );
            return None;
        }
    }
    if matches!(kind, Kind::File(_)) {
        let tokens: TokenStream = input.fork().parse::<syn::Expr>().map_or_else(
            |_| TokenStream::new(),
            |e| quote::ToTokens::to_token_stream(&e),
        );
        skip_value(input);
        errs.spanning(
            &tokens,
            with_help(
                "expected the file's path as a string literal: the macro reads the file at compile time",
                Some("write the path relative to this source file, as in `FunctionCode::from_file(\"functions/rewrite.js\")`; for a file known only at run time, build the value outside the macro (`FunctionCode::from_file(path)` reads it when the program runs) and pass it"),
            ),
        );
        return None;
    }
    if let Some(form) = nested_construct(input, kind) {
        return Some(form);
    }
    if let Some(form) = path_form(input, kind, errs) {
        return form;
    }
    match input.parse::<syn::Expr>() {
        Ok(expr) if python_spelling(&expr, kind, errs) => Some(Form::Invalid),
        Ok(expr) => match shape::literal_form(&expr) {
            Some(found) => {
                errs.spanning(
                    &expr,
                    format!("expected {}, found {}", kind.describe(), found.describe()),
                );
                None
            }
            None => Some(Form::Expr(expr)),
        },
        Err(e) => {
            errs.push(e);
            None
        }
    }
}

/// What to write instead of a list where `kind` takes one value: for an enum-like type, its
/// constants (the CDK's methods are one constant of a few sets, not a list of names).
fn one_value_help(kind: &Kind, list: &TokenStream) -> String {
    let items = list.clone().into_iter().next().map(|t| match t {
        TokenTree::Group(g) => g.stream(),
        other => other.into(),
    });
    // One constant or expression in brackets is that value; one string is a name the CDK's
    // constants stand for, which the constants below say.
    let one_item = items.is_some_and(|items| {
        !matches!(
            items.clone().into_iter().next(),
            None | Some(TokenTree::Literal(_))
        ) && !items
            .into_iter()
            .any(|t| matches!(&t, TokenTree::Punct(p) if p.as_char() == ','))
    });
    if one_item {
        return "this prop takes one value: remove the `[` `]` around it".to_owned();
    }
    let Kind::Enum(e) = kind else {
        return "this prop takes one value".to_owned();
    };
    if e.consts.is_empty() {
        return format!("this prop takes one value: {}", enum_example(e));
    }
    let shown = |c: &str| format!("`{}::{c}`", e.name);
    // One string the CDK's names spell (`"nodejs20.x"`) is closest to its constant's name;
    // several (`["GET", "HEAD", "POST"]`) are a set the constants stand for, listed below.
    let first_string = list.clone().into_iter().next().and_then(|t| match t {
        TokenTree::Group(g) => match g.stream().into_iter().collect::<Vec<_>>().as_slice() {
            [TokenTree::Literal(l)] => match syn::Lit::new(l.clone()) {
                syn::Lit::Str(s) => Some(s.value()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    });
    let spelt = first_string.map(|s| s.to_ascii_uppercase().replace(['.', '-', ' '], "_"));
    if let Some(c) = spelt
        .as_deref()
        .and_then(|s| closest(s, e.consts.iter().copied()))
    {
        return format!(
            "this prop takes one value, not a list: did you mean {}?",
            shown(c)
        );
    }
    if e.consts.len() <= MANY_CONSTANTS {
        format!(
            "this prop takes one value, not a list: {}",
            all_members(e.consts, shown).replacen(" and ", " or ", 1)
        )
    } else {
        format!(
            "this prop takes one value, not a list, such as {}; the props reference lists all {}",
            all_members(&e.consts[..3], shown).replacen(" and ", " or ", 1),
            e.consts.len()
        )
    }
}

/// How many constants a message lists whole.
const MANY_CONSTANTS: usize = 8;

/// The construct macros a value may derive from in place, with the method that gives it and
/// the kind of value: a Lambda@Edge association's `function_version:
/// lambda_function!(...).current_version()`.
const NESTED: &[(&str, &str, &str, &ObjectSchema)] = &[
    (
        "lambda_function",
        "current_version",
        "Version",
        &LambdaFunctionProps::SCHEMA,
    ),
    (
        "edge_function",
        "current_version",
        "Version",
        &EdgeFunctionProps::SCHEMA,
    ),
];

/// A value derived from a construct macro written in place (see [`NESTED`]); `None` for any
/// other expression.
fn nested_construct(input: ParseStream<'_>, kind: &'static Kind) -> Option<Form> {
    let Kind::Enum(e) = kind else { return None };
    let fork = input.fork();
    let expr: syn::Expr = fork.parse().ok()?;
    if !(fork.is_empty() || fork.peek(Token![,])) {
        return None;
    }
    let syn::Expr::MethodCall(call) = &expr else {
        return None;
    };
    let syn::Expr::Macro(m) = &*call.receiver else {
        return None;
    };
    let macro_name = m.mac.path.segments.last()?.ident.to_string();
    let (name, _, _, schema) = NESTED.iter().find(|(name, method, owner, _)| {
        *name == macro_name && call.method == method && *owner == e.name && call.args.is_empty()
    })?;
    // The invocation's own errors are the nested macro's to report.
    let mut scratch = Errors::default();
    let parser = |content: ParseStream<'_>| invocation_props(content, schema, &mut scratch);
    let object = parser.parse2(m.mac.tokens.clone()).ok()?;
    input.advance_to(&fork);
    Some(Form::Nested { expr, name, object })
}

/// The props of a construct macro's invocation, `stack, "id", { props }`.
fn invocation_props(
    input: ParseStream<'_>,
    schema: &'static ObjectSchema,
    errs: &mut Errors,
) -> syn::Result<Object> {
    input.parse::<syn::Expr>()?;
    input.parse::<Token![,]>()?;
    input.parse::<syn::Expr>()?;
    input.parse::<Token![,]>()?;
    let content;
    let brace = syn::braced!(content in input);
    content.call(syn::Attribute::parse_inner)?;
    let object = object_entries(&content, schema, brace.span.join(), errs);
    let _ = input.parse::<TokenStream>();
    Ok(object)
}

/// Whether the value is `file("path")`, with a string literal: anything else named `file` is
/// the user's own function.
fn is_file_form(input: ParseStream<'_>) -> bool {
    let fork = input.fork();
    if !fork.parse::<syn::Ident>().is_ok_and(|i| i == "file") {
        return false;
    }
    let Some((content, _)) = parens(&fork) else {
        return false;
    };
    let literal = content.parse::<syn::LitStr>().is_ok() && content.is_empty();
    let _ = content.parse::<TokenStream>();
    literal && (fork.is_empty() || fork.peek(Token![,]))
}

/// `file("path")`: the content of a file next to the source file.
fn file(input: ParseStream<'_>, kind: &Kind, errs: &mut Errors) -> Option<Form> {
    let _ = input.parse::<syn::Ident>();
    let (content, _) = parens(input)?;
    let path = content.parse::<syn::LitStr>().ok()?;
    included(path, kind, errs)
}

/// The most a file read at compile time may hold for a value of `kind`: a public key (PEM of a
/// 2048-bit RSA or P-256 key, under 500 bytes) is given 16 KiB; the largest other file a prop
/// reads, a key value store's import data, is at most 5 MB ("Quotas on key value stores",
/// CloudFront Developer Guide, Quotas).
fn file_limit(kind: &Kind) -> u64 {
    match kind {
        Kind::Text(_) => 16 * 1024,
        _ => 5 * 1000 * 1000,
    }
}

/// The file a path literal names, read relative to the source file (as `include_str!` reads
/// it, which the generated code uses so that a change to the file recompiles the crate).
fn included(path: syn::LitStr, kind: &Kind, errs: &mut Errors) -> Option<Form> {
    let dir = path
        .span()
        .local_file()
        .and_then(|f| f.parent().map(std::path::Path::to_path_buf))
        .or_else(|| SOURCE_DIR.with(|d| d.borrow().clone()));
    let Some(dir) = dir else {
        errs.at(
            path.span(),
            "cannot tell which file this is written in, to find the path from",
        );
        return None;
    };
    let full = dir.join(path.value());
    // Only a regular file, and only so much of it: a FIFO would block the compiler, and
    // `/dev/zero` fill its memory.
    let limit = file_limit(kind);
    let problem = match std::fs::metadata(&full) {
        Ok(m) if !m.is_file() => Some("it is not a regular file".to_owned()),
        Ok(m) if m.len() > limit => Some(format!(
            "it holds {} bytes, more than the {limit} bytes this prop takes",
            m.len()
        )),
        _ => None,
    };
    if let Some(problem) = problem {
        errs.at(
            path.span(),
            with_help(
                &format!("cannot read `{}`: {problem}", full.display()),
                Some("name a regular file of the crate, relative to this source file"),
            ),
        );
        return None;
    }
    let read = std::fs::File::open(&full).and_then(|f| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::Read::take(f, limit + 1), &mut text)?;
        Ok(text)
    });
    match read {
        Ok(contents) if contents.len() as u64 > limit => {
            errs.at(
                path.span(),
                format!(
                    "cannot read `{}`: it holds more than the {limit} bytes this prop takes",
                    full.display()
                ),
            );
            None
        }
        Ok(contents) => Some(Form::File { path, contents }),
        Err(e) => {
            errs.at(
                path.span(),
                with_help(
                    &format!("cannot read `{}`: {e}", full.display()),
                    Some("the path is relative to this source file, as with `include_str!`"),
                ),
            );
            None
        }
    }
}

thread_local! {
    /// The directory `file("...")` paths are relative to when the tokens come from no file
    /// (in the tests and the fuzz harness, which parse strings).
    pub(crate) static SOURCE_DIR: std::cell::RefCell<Option<std::path::PathBuf>> =
        const { std::cell::RefCell::new(None) };
}

/// A string, integer or boolean literal where `kind` is expected.
fn literal(input: ParseStream<'_>, kind: &'static Kind, errs: &mut Errors) -> Option<Form> {
    let lit: syn::Lit = match input.parse() {
        Ok(l) => l,
        Err(e) => {
            errs.push(e);
            return None;
        }
    };
    match (&lit, kind) {
        (syn::Lit::Str(s), Kind::File(_)) => included(s.clone(), kind, errs),
        (syn::Lit::Str(s), Kind::Str | Kind::Expr | Kind::Text(_)) => Some(Form::Str(s.clone())),
        (syn::Lit::Bool(b), Kind::Bool) => Some(Form::Bool(b.clone())),
        (syn::Lit::Float(f), Kind::Float) if f.suffix().is_empty() || f.suffix() == "f64" => {
            Some(Form::Float(lit.clone()))
        }
        (syn::Lit::Int(i), Kind::Float) if i.suffix().is_empty() => Some(Form::Float(lit.clone())),
        (syn::Lit::Int(i), Kind::Int(_)) if i.base10_digits().starts_with('-') => {
            errs.spanning(&lit, "expected a non-negative integer");
            None
        }
        (syn::Lit::Int(i), Kind::Int(ty)) => {
            let max = match *ty {
                "u16" => u64::from(u16::MAX),
                "u32" => u64::from(u32::MAX),
                _ => u64::MAX,
            };
            match i.base10_parse::<u64>() {
                Ok(n) if n <= max && (i.suffix().is_empty() || i.suffix() == *ty) => {
                    Some(Form::Int(i.clone()))
                }
                Ok(n) if n > max => {
                    errs.at(
                        i.span(),
                        format!("{n} does not fit a `{ty}` (at most {max})"),
                    );
                    None
                }
                Ok(_) => {
                    errs.at(
                        i.span(),
                        format!("expected an unsuffixed integer or a `{ty}`"),
                    );
                    None
                }
                Err(e) => {
                    errs.push(e);
                    None
                }
            }
        }
        (syn::Lit::Str(s), Kind::Enum(e)) => {
            let takes_string = |f: &&cloudfront_model::schema::Factory| {
                f.params
                    .first()
                    .is_some_and(|p| matches!(p.kind, Kind::Str | Kind::Expr | Kind::Text(_)))
            };
            let hint = match e.factories.iter().find(takes_string) {
                Some(f) => format!("write `{}::{}({:?})`", e.name, f.name, s.value()),
                None => enum_example(e),
            };
            errs.at(
                s.span(),
                with_help(
                    &format!("expected {}, found a string", kind.describe()),
                    Some(&hint),
                ),
            );
            None
        }
        _ => {
            let found = match lit {
                syn::Lit::Str(_) => "a string",
                syn::Lit::Int(_) => "an integer",
                syn::Lit::Bool(_) => "a boolean",
                syn::Lit::Float(_) => "a floating-point number",
                _ => "a literal",
            };
            let help = match (kind, &lit) {
                (Kind::Bool, _) => Some("write `true` or `false`".to_owned()),
                (Kind::Int(_), syn::Lit::Str(_)) => Some("write the number without quotes".into()),
                (Kind::Str | Kind::Expr | Kind::Text(_), _) => {
                    Some("write the value in double quotes".into())
                }
                (Kind::Enum(e), syn::Lit::Int(n)) => integer_hint(e, n.base10_digits()),
                _ => None,
            };
            errs.at(
                lit.span(),
                with_help(
                    &format!("expected {}, found {found}", kind.describe()),
                    help.as_deref(),
                ),
            );
            None
        }
    }
}

fn enum_example(e: &EnumSchema) -> String {
    if let Some(c) = e.consts.first() {
        format!("write a constant such as `{}::{c}`", e.name)
    } else if let Some(f) = e.factories.first() {
        format!("write a value such as `{}::{}(...)`", e.name, f.name)
    } else {
        String::new()
    }
}

/// Recognizes `Type::CONSTANT` and `Type::factory(...)` of the schema's enums; `None` when the
/// tokens are an ordinary expression.
fn path_form(
    input: ParseStream<'_>,
    kind: &'static Kind,
    errs: &mut Errors,
) -> Option<Option<Form>> {
    let fork = input.fork();
    let leading = fork.parse::<Token![::]>().is_ok();
    let path = syn::Path::parse_mod_style(&fork).ok()?;
    let is_call = fork.peek(token::Paren);
    if !(is_call || fork.is_empty() || fork.peek(Token![,])) {
        return None;
    }
    let segments: Vec<&syn::Ident> = path.segments.iter().map(|s| &s.ident).collect();
    let last = *segments.last()?;
    let owner = segments
        .len()
        .checked_sub(2)
        .map(|i| segments[i].to_string());
    let expected = match kind {
        Kind::Enum(e) => Some(*e),
        _ => None,
    };
    let last_name = last.to_string();
    // `origins::S3BucketOrigin::with_origin_access_control(...)`: a factory named by a type and
    // a function, as the CDK's static methods are.
    if let (Some(e), Some(owner), true) = (expected, owner.as_deref(), is_call) {
        let prefix = format!("{owner}::");
        let owned = segments.len() == 2 || segments[segments.len() - 3] == e.name;
        if owned && e.factories.iter().any(|f| f.name.starts_with(&prefix)) {
            input.advance_to(&fork);
            let qualified = format!("{prefix}{last_name}");
            return Some(call(input, e, &path, last, &qualified, errs));
        }
        // `origins::S3BucketOriginX::with_origin_access_identity(...)`: under the enum's own
        // path, a type that neither names factories nor is one the factories are written with
        // in Rust (`origins::Origin::http`) is a misspelled factory.
        let rust_owner = |f: &Factory| f.rust.rsplit("::").nth(1) == Some(owner);
        if segments.len() >= 3
            && segments[segments.len() - 3] == e.name
            && !e.factories.iter().any(rust_owner)
        {
            let _ = fork.parse::<TokenTree>();
            input.advance_to(&fork);
            let qualified = format!("{prefix}{last_name}");
            unknown_member(e, segments[segments.len() - 2], &qualified, errs);
            return Some(None);
        }
    }
    if leading && segments.len() == 1 {
        if is_call {
            let _ = fork.parse::<TokenTree>();
        }
        let tokens = tokens_between(input.cursor(), fork.cursor());
        input.advance_to(&fork);
        let owner = expected
            .filter(|e| e.consts.contains(&last_name.as_str()) || e.factory(&last_name).is_some())
            .or_else(|| {
                schema::enums().iter().copied().find(|e| {
                    e.consts.contains(&last_name.as_str()) || e.factory(&last_name).is_some()
                })
            });
        let help = match owner {
            Some(e) => format!("write `{}::{last_name}`", e.name),
            None => "name the value's type before `::`, as in `ViewerProtocolPolicy::ALLOW_ALL`"
                .to_owned(),
        };
        errs.spanning(
            &tokens,
            with_help(
                &format!(
                    "expected {}, found `::{last_name}`, which names a crate",
                    kind.describe()
                ),
                Some(&help),
            ),
        );
        return Some(None);
    }
    if let Some(e) = expected {
        let names_owner = owner.as_deref() == Some(e.name);
        let is_factory = e.factory(&last_name).is_some();
        if names_owner || (is_call && owner.is_none() && is_factory) {
            input.advance_to(&fork);
            return Some(if is_call {
                call(input, e, &path, last, &last_name, errs)
            } else {
                constant(e, last, &path, errs)
            });
        }
    }
    // A constant or factory of another enum where this kind is expected.
    let owner = owner?;
    let other = schema::enums().iter().find(|e| e.name == owner)?;
    let known = other.consts.contains(&last_name.as_str()) || other.factory(&last_name).is_some();
    if !known {
        // A constant's spelling (a factory may be a method of the type the schema leaves out).
        let constant_like = !is_call
            && last_name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if !constant_like {
            return None;
        }
        input.advance_to(&fork);
        match expected.filter(|e| e.consts.contains(&last_name.as_str())) {
            Some(e) => errs.at(
                last.span(),
                with_help(
                    &format!("`{}` has no constant `{last_name}`", other.name),
                    Some(&format!(
                        "this prop takes {}: did you mean `{}::{last_name}`?",
                        kind.describe(),
                        e.name
                    )),
                ),
            ),
            None => unknown_member(other, last, &last_name, errs),
        }
        return Some(None);
    }
    if is_call {
        let _ = fork.parse::<TokenTree>();
    }
    let tokens = tokens_between(input.cursor(), fork.cursor());
    input.advance_to(&fork);
    errs.spanning(
        &tokens,
        format!(
            "expected {}, found a `{}` value",
            kind.describe(),
            other.name
        ),
    );
    Some(None)
}

fn constant(
    e: &'static EnumSchema,
    name: &syn::Ident,
    path: &syn::Path,
    errs: &mut Errors,
) -> Option<Form> {
    let n = name.to_string();
    if e.consts.contains(&n.as_str()) {
        return Some(Form::Const {
            schema: e,
            name: name.clone(),
        });
    }
    if e.factory(&n).is_some() {
        errs.spanning(
            path,
            format!(
                "`{}::{n}` is a factory: call it, as in `{}::{n}(...)`",
                e.name, e.name
            ),
        );
        return None;
    }
    unknown_member(e, name, &name.to_string(), errs);
    None
}

/// `name` (written as `n`, which a type may qualify) is no member of `e`.
fn unknown_member(e: &EnumSchema, name: &syn::Ident, n: &str, errs: &mut Errors) {
    let candidates = e
        .consts
        .iter()
        .copied()
        .chain(e.factories.iter().map(|f| f.name));
    let shown = |m: &str| {
        if e.factory(m).is_some() {
            format!("`{m}(...)`")
        } else {
            format!("`{m}`")
        }
    };
    let all: Vec<&str> = e
        .consts
        .iter()
        .copied()
        .chain(e.factories.iter().map(|f| f.name))
        .collect();
    let listed = format!("`{}` has {}", e.name, all_members(&all, shown));
    let close = closest_all(n, candidates);
    let help = if close.is_empty() {
        listed
    } else {
        let meant = one_of(&close, |m| format!("`{}::{m}`", e.name));
        let squashed = |m: &str| m.replace('_', "").to_ascii_lowercase();
        let respelt = matches!(close.as_slice(), [m] if squashed(m) == squashed(n));
        // A small set is worth reading whole, unless the name only needs respelling.
        if !respelt && all.len() <= SMALL_SET && all.len() > close.len() {
            format!("did you mean {meant}? {listed}")
        } else {
            format!("did you mean {meant}?")
        }
    };
    errs.at(
        name.span(),
        with_help(
            &format!("`{}` has no constant or factory `{n}`", e.name),
            Some(&help),
        ),
    );
}

/// How many members an enum may have for a "did you mean" to list them all.
const SMALL_SET: usize = 6;

/// Every member, as "`A`, `B` and `C`".
fn all_members(all: &[&str], shown: impl Fn(&str) -> String) -> String {
    let shown: Vec<String> = all.iter().map(|m| shown(m)).collect();
    match shown.split_last() {
        None => "no members".to_owned(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// A call of the factory `factory_name` of `e`, written `path(...)` (`name` is its last
/// segment).
fn call(
    input: ParseStream<'_>,
    e: &'static EnumSchema,
    path: &syn::Path,
    name: &syn::Ident,
    factory_name: &str,
    errs: &mut Errors,
) -> Option<Form> {
    let (content, paren) = parens(input)?;
    let Some(factory) = e.factory(factory_name) else {
        let _ = content.parse::<TokenStream>();
        if e.consts.contains(&factory_name) {
            errs.spanning(
                path,
                format!(
                    "`{}::{name}` is a constant: write it without `(...)`",
                    e.name
                ),
            );
        } else {
            unknown_member(e, name, factory_name, errs);
        }
        return None;
    };
    let mut args = Vec::new();
    let mut ok = true;
    if let Some(scope_and_id) = cdk_scope_and_id(&content, factory) {
        let written: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let written = written.join("::");
        errs.spanning(
            &scope_and_id,
            with_help(
                &format!(
                    "`{written}` takes no scope and id: the value is not a construct of its own"
                ),
                Some(&format!(
                    "leave out the CDK's scope and id, as in `{written}({})`",
                    factory
                        .params
                        .iter()
                        .filter(|p| !p.optional)
                        .map(|p| p.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            ),
        );
        // The arguments after them are still parsed and checked by the rules (an error is
        // reported, so nothing is expanded): one compile shows what else is wrong.
    }
    for (i, param) in factory.params.iter().enumerate() {
        if content.is_empty() {
            if !param.optional && !param.variadic {
                errs.at(
                    paren.span.close(),
                    format!(
                        "`{}` needs its {} argument, `{}` ({})",
                        factory.name,
                        ordinal(i),
                        param.name,
                        param.kind.describe()
                    ),
                );
                ok = false;
            }
            break;
        }
        if param.variadic
            && let Some(items) = list_for_variadic(&content, param, errs)
        {
            args.extend(items);
            break;
        }
        loop {
            args.push(match negative_argument(&content, e, factory, param, errs) {
                Some(invalid) => invalid,
                None => value(&content, param.kind, errs),
            });
            end_of_item(&content, errs);
            if !param.variadic || content.is_empty() {
                break;
            }
        }
    }
    if !content.is_empty() {
        let rest: TokenStream = content.parse().unwrap_or_default();
        errs.spanning(&rest, format!("too many arguments for `{}`", factory.name));
        ok = false;
    }
    ok.then(|| Form::Call {
        factory,
        name: name.clone(),
        args,
    })
}

/// The CDK's `(scope, id, ...)` written before a factory's own arguments
/// (`acm::Certificate::from_certificate_arn(stack, "Cert", arn)`): the scope and the id,
/// consumed; `None` (nothing consumed) when the arguments are the factory's own.
fn cdk_scope_and_id(input: ParseStream<'_>, factory: &Factory) -> Option<TokenStream> {
    if factory
        .params
        .iter()
        .any(|p| p.variadic || matches!(p.kind, Kind::Stack))
    {
        return None;
    }
    let fork = input.fork();
    let start = fork.cursor();
    fork.parse::<syn::Expr>().ok()?;
    fork.parse::<Token![,]>().ok()?;
    fork.parse::<syn::LitStr>().ok()?;
    let end = fork.cursor();
    fork.parse::<Token![,]>().ok()?;
    let after = fork.fork();
    let mut rest = 0;
    while !after.is_empty() {
        after.parse::<syn::Expr>().ok()?;
        rest += 1;
        if !after.is_empty() {
            after.parse::<Token![,]>().ok()?;
        }
    }
    let required = factory.params.iter().filter(|p| !p.optional).count();
    if rest < required.max(1) || rest > factory.params.len() {
        return None;
    }
    let tokens = tokens_between(start, end);
    input.advance_to(&fork);
    Some(tokens)
}

/// `[a, b]` given as the whole of a variadic parameter (`GeoRestriction::allowlist(["US",
/// "GB"])`, the CDK's form): its items, as if written one by one.
fn list_for_variadic(
    input: ParseStream<'_>,
    param: &Param,
    errs: &mut Errors,
) -> Option<Vec<Value>> {
    if !input.peek(token::Bracket) {
        return None;
    }
    let fork = input.fork();
    let content = brackets(&fork)?;
    let _ = fork.parse::<Token![,]>();
    if !fork.is_empty() {
        let _ = content.parse::<TokenStream>();
        return None;
    }
    let mut items = Vec::new();
    while !content.is_empty() {
        items.push(value(&content, param.kind, errs));
        end_of_item(&content, errs);
    }
    input.advance_to(&fork);
    Some(items)
}

/// A negative integer literal given to a factory's integer parameter (`Duration::seconds(-10)`),
/// reported in the factory's terms; `None` (nothing consumed) for any other argument.
fn negative_argument(
    input: ParseStream<'_>,
    e: &EnumSchema,
    factory: &Factory,
    param: &Param,
    errs: &mut Errors,
) -> Option<Value> {
    if !matches!(param.kind.resolve(), Kind::Int(_)) || !input.peek(Token![-]) {
        return None;
    }
    let fork = input.fork();
    let expr: syn::Expr = fork.parse().ok()?;
    if !(fork.is_empty() || fork.peek(Token![,])) {
        return None;
    }
    let syn::Expr::Unary(syn::ExprUnary {
        op: syn::UnOp::Neg(_),
        expr: inner,
        ..
    }) = &expr
    else {
        return None;
    };
    let syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Int(n),
        ..
    }) = &**inner
    else {
        return None;
    };
    if n.base10_parse::<u128>().ok()? == 0 {
        return None;
    }
    input.advance_to(&fork);
    let name = format!("{}::{}", e.name, factory.name);
    errs.spanning(
        &expr,
        with_help(
            &format!(
                "`{name}` takes a non-negative {}, found -{}",
                param.name,
                n.base10_digits()
            ),
            Some(&format!(
                "a `{}` is never negative: write `{name}({})`, or `{name}(0)` for none",
                e.name,
                n.base10_digits()
            )),
        ),
    );
    Some(Value {
        tokens: quote::ToTokens::to_token_stream(&expr),
        kind: param.kind.resolve(),
        form: Form::Invalid,
    })
}

/// How to write the integer `n` (written where a value of `e` is expected) as a value of
/// `e`, when `e` has a factory that takes one integer: `Duration::seconds(10)`.
fn integer_hint(e: &EnumSchema, n: &str) -> Option<String> {
    let takes_int =
        |f: &&Factory| matches!(f.params, [p] if matches!(p.kind.resolve(), Kind::Int(_)));
    let f = e
        .factories
        .iter()
        .filter(takes_int)
        .find(|f| f.name == "seconds")
        .or_else(|| e.factories.iter().find(takes_int))?;
    Some(match n.strip_prefix('-') {
        Some(positive) => format!(
            "a `{}` is never negative: write `{}::{}({positive})`, or `{}::{}(0)` for none",
            e.name, e.name, f.name, e.name, f.name
        ),
        None => format!("write `{}::{}({n})`", e.name, f.name),
    })
}

fn ordinal(i: usize) -> &'static str {
    ["first", "second", "third"]
        .get(i)
        .copied()
        .unwrap_or("next")
}

/// Flags Python spellings pasted from a CDK example: `origins.S3Origin(b)` for
/// `origins::S3Origin(b)`, `ViewerProtocolPolicy.ALLOW_ALL` for `ViewerProtocolPolicy::ALLOW_ALL`.
/// Returns whether it found one.
fn python_spelling(expr: &syn::Expr, kind: &Kind, errs: &mut Errors) -> bool {
    let Kind::Enum(e) = kind else { return false };
    let (owner, member) = match expr {
        syn::Expr::MethodCall(m) => (&*m.receiver, m.method.to_string()),
        syn::Expr::Field(f) => match &f.member {
            syn::Member::Named(n) => (&*f.base, n.to_string()),
            syn::Member::Unnamed(_) => return false,
        },
        _ => return false,
    };
    let owner_name = match owner {
        syn::Expr::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Expr::Field(f) => match &f.member {
            syn::Member::Named(n) => Some(n.to_string()),
            syn::Member::Unnamed(_) => None,
        },
        _ => None,
    };
    let found = owner_name.as_deref() == Some(e.name)
        && (e.consts.contains(&member.as_str()) || e.factory(&member).is_some());
    if found {
        errs.spanning(
            expr,
            with_help(
                "this is Python's spelling",
                Some(&format!("write `{}::{member}`", e.name)),
            ),
        );
    }
    found
}

/// `{ prop: value, ... }`.
pub(crate) fn object_block(
    input: ParseStream<'_>,
    schema: &'static ObjectSchema,
    errs: &mut Errors,
) -> Option<Object> {
    let (content, brace) = braces(input)?;
    Some(object_entries(&content, schema, brace.span.join(), errs))
}

/// The entries of an object, up to the end of `input`.
pub(crate) fn object_entries(
    input: ParseStream<'_>,
    schema: &'static ObjectSchema,
    brace: Span,
    errs: &mut Errors,
) -> Object {
    let mut entries: Vec<Entry> = Vec::new();
    while !input.is_empty() {
        let Some((key, written)) = key(input, schema, errs) else {
            skip_value(input);
            let _ = input.parse::<Token![,]>();
            continue;
        };
        // `override` is written as is (or as `r#override`): a key may be a Rust keyword.
        let prop = schema.prop(&syn::ext::IdentExt::unraw(&key).to_string());
        let given =
            |prop: &PropSchema, entries: &[Entry]| entries.iter().any(|e| e.prop.name == prop.name);
        if let Some(prop) = prop
            && given(prop, &entries)
        {
            errs.at(
                key.span(),
                with_help(
                    &format!("`{key}` is given twice"),
                    Some("remove one of them"),
                ),
            );
            skip_value(input);
        } else if let Some(prop) = prop {
            let value = match written {
                KeyForm::Prop => value(input, prop.kind, errs),
                KeyForm::Shorthand => shorthand(&key, prop, errs),
            };
            entries.push(Entry { key, prop, value });
        } else {
            let meant = unknown_prop(&key, schema, errs);
            match meant.filter(|p| !given(p, &entries)) {
                // The value is read as the prop the user meant, so that its own mistakes are
                // reported in this compile and the prop does not count as missing.
                Some(prop) if written == KeyForm::Prop => {
                    let value = value(input, prop.kind, errs);
                    entries.push(Entry { key, prop, value });
                }
                _ => skip_value(input),
            }
        }
        end_of_item(input, errs);
    }
    Object {
        schema,
        entries,
        brace,
    }
}

/// How a prop's key is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyForm {
    /// `name: value`.
    Prop,
    /// `name` alone, as Rust's (and JavaScript's) field init shorthand: `name: name`.
    Shorthand,
}

/// A prop name and its `:`.
fn key(
    input: ParseStream<'_>,
    schema: &ObjectSchema,
    errs: &mut Errors,
) -> Option<(syn::Ident, KeyForm)> {
    if input.peek(syn::LitStr) {
        let s: syn::LitStr = input.parse().ok()?;
        let name = s.value();
        errs.at(
            s.span(),
            with_help(
                &format!("prop names are written without quotes in {}", schema.name),
                Some(&format!("write `{}: ...`", to_snake_case(&name))),
            ),
        );
        // Go on as if the name had no quotes, so that its value is still checked.
        let _ = input.parse::<Token![:]>().ok()?;
        return syn::parse_str::<syn::Ident>(&name).ok().map(|mut ident| {
            ident.set_span(s.span());
            (ident, KeyForm::Prop)
        });
    }
    let key: syn::Ident = match input.call(syn::ext::IdentExt::parse_any) {
        Ok(k) => k,
        Err(_) => {
            errs.at(
                input.span(),
                format!("expected a prop name of {}", schema.name),
            );
            return None;
        }
    };
    if input.is_empty() || input.peek(Token![,]) {
        return Some((key, KeyForm::Shorthand));
    }
    if input.peek(Token![=]) {
        let eq: Token![=] = input.parse().ok()?;
        errs.at(
            eq.span,
            with_help(
                "expected `:` after the prop name",
                Some(&format!("write `{key}: ...` (Python's `=` is `:` here)")),
            ),
        );
        return Some((key, KeyForm::Prop));
    }
    if input.parse::<Token![:]>().is_err() {
        errs.at(input.span(), format!("expected `:` after `{key}`"));
        return None;
    }
    Some((key, KeyForm::Prop))
}

/// The value of a prop written as `name` alone: the variable of that name, as in a Rust
/// struct literal.
fn shorthand(key: &syn::Ident, prop: &'static PropSchema, errs: &mut Errors) -> Value {
    let tokens = quote::ToTokens::to_token_stream(key);
    let parser = |input: ParseStream<'_>| Ok(value(input, prop.kind, errs));
    parser.parse2(tokens.clone()).unwrap_or(Value {
        tokens,
        kind: prop.kind.resolve(),
        form: Form::Invalid,
    })
}

/// Reports an unknown prop; returns the prop the user meant, if one is close enough.
fn unknown_prop(
    key: &syn::Ident,
    schema: &'static ObjectSchema,
    errs: &mut Errors,
) -> Option<&'static PropSchema> {
    let name = key.to_string();
    let snake = to_snake_case(&name);
    let suggestion = schema
        .prop(&snake)
        .or_else(|| {
            schema.props.iter().find(|p| {
                p.aliases
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(&name) || to_snake_case(a) == snake)
            })
        })
        .or_else(|| {
            closest(&snake, schema.props.iter().map(|p| p.name)).and_then(|n| schema.prop(n))
        });
    let help = match suggestion {
        Some(s) => format!("did you mean `{}`?", s.name),
        None => {
            let all: Vec<String> = schema
                .props
                .iter()
                .map(|p| format!("`{}`", p.name))
                .collect();
            format!("{} has {}", schema.name, all.join(", "))
        }
    };
    errs.at(
        key.span(),
        with_help(
            &format!("unknown prop `{name}` of {}", schema.name),
            Some(&help),
        ),
    );
    suggestion
}

/// `{ "key": value, ... }`.
fn map(input: ParseStream<'_>, item: &'static Kind, errs: &mut Errors) -> Option<Form> {
    let (content, _) = braces(input)?;
    let mut entries: Vec<(syn::LitStr, Value)> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    while !content.is_empty() {
        let key: syn::LitStr = match content.parse() {
            Ok(k) => k,
            Err(_) => {
                errs.at(
                    content.span(),
                    "expected a string key, as in `\"key\": value`",
                );
                skip_value(&content);
                let _ = content.parse::<Token![,]>();
                continue;
            }
        };
        if content.parse::<Token![:]>().is_err() {
            errs.at(content.span(), "expected `:` after the key");
            skip_value(&content);
            end_of_item(&content, errs);
            continue;
        }
        let duplicate = !seen.insert(key.value());
        let v = value(&content, item, errs);
        if duplicate {
            errs.at(
                key.span(),
                with_help(
                    &format!("key {:?} is given twice", key.value()),
                    Some("remove one of them"),
                ),
            );
        } else {
            entries.push((key, v));
        }
        end_of_item(&content, errs);
    }
    Some(Form::Map(entries))
}

/// `[value, ...]`.
fn list(input: ParseStream<'_>, item: &'static Kind, errs: &mut Errors) -> Option<Form> {
    let content = brackets(input)?;
    let mut items = Vec::new();
    while !content.is_empty() {
        items.push(value(&content, item, errs));
        end_of_item(&content, errs);
    }
    Some(Form::List(items))
}

/// A whole value made of literals and arithmetic (`8000 + 80`, `1 * 60 * 60 * 24`, `-(1)`,
/// `(30)`): a bare literal is [`literal`]'s, the rest is evaluated here, as Rust would evaluate
/// it in the prop's type, and checked. `None` when the value is anything else.
fn literal_expression(
    input: ParseStream<'_>,
    kind: &'static Kind,
    errs: &mut Errors,
) -> Option<Option<Form>> {
    let fork = input.fork();
    let expr: syn::Expr = fork.parse().ok()?;
    if !(fork.is_empty() || fork.peek(Token![,])) || !shape::is_literal_expression(&expr) {
        return None;
    }
    if matches!(expr, syn::Expr::Lit(_)) {
        return Some(literal(input, kind, errs));
    }
    input.advance_to(&fork);
    if matches!(kind, Kind::Float) {
        let span = syn::spanned::Spanned::span(&expr);
        return Some(match shape::evaluate_float(&expr) {
            // A negative value too is the prop's rules' to judge (a sampling rate is 0 to 100),
            // as it is at run time.
            Ok(v) => Some(Form::Float(syn::Lit::Float(syn::LitFloat::new(
                &format!("{v:?}"),
                span,
            )))),
            Err((at, message)) => {
                errs.spanning(&at, message);
                None
            }
        });
    }
    let Kind::Int(ty) = kind else {
        let found = shape::literal_form(&expr).unwrap_or(shape::Found::Literal);
        if found == shape::Found::Str {
            errs.spanning(
                &expr,
                with_help(
                    "strings are not added or multiplied in Rust",
                    Some("write one string literal, or join literals with `concat!(\"a\", \"b\")`"),
                ),
            );
            return Some(None);
        }
        let help = match kind {
            Kind::Str | Kind::Expr | Kind::Text(_) => {
                Some("write the value in double quotes".into())
            }
            Kind::Enum(e) => shape::evaluate_negative(&expr).and_then(|n| integer_hint(e, &n)),
            _ => None,
        };
        errs.spanning(
            &expr,
            with_help(
                &format!("expected {}, found {}", kind.describe(), found.describe()),
                help.as_deref(),
            ),
        );
        return Some(None);
    };
    match shape::evaluate(&expr, ty) {
        Ok(n) => {
            let span = syn::spanned::Spanned::span(&expr);
            Some(Some(Form::Int(syn::LitInt::new(&n.to_string(), span))))
        }
        Err((at, message)) => {
            errs.spanning(&at, message);
            Some(None)
        }
    }
}

/// `(value)`: the value inside. `None` when the value is not one parenthesized group.
fn parenthesized(
    input: ParseStream<'_>,
    kind: &'static Kind,
    errs: &mut Errors,
) -> Option<Option<Form>> {
    if !input.peek(token::Paren) {
        return None;
    }
    let fork = input.fork();
    let (content, paren) = parens(&fork)?;
    if !(fork.is_empty() || fork.peek(Token![,])) {
        let _ = content.parse::<TokenStream>();
        return None;
    }
    input.advance_to(&fork);
    if content.is_empty() {
        errs.at(
            paren.span.join(),
            format!("expected {}, found `()`", kind.describe()),
        );
        return Some(None);
    }
    let inner = form(&content, kind, errs);
    if !content.is_empty() {
        let rest: TokenStream = content.parse().unwrap_or_default();
        errs.spanning(
            &rest,
            format!("expected {}, found a tuple", kind.describe()),
        );
        return Some(None);
    }
    Some(inner)
}
