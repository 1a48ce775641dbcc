//! Lowering the syntax tree into the model's literal tree, keeping the tokens of every property
//! path so that a violation can point at what the user wrote.

use std::collections::HashMap;

use cloudfront_model::PropPath;
use cloudfront_model::lit::Lit;
use cloudfront_model::schema::Kind;
use proc_macro2::{Span, TokenStream};

use crate::value::{Form, Object, Value};

/// The tokens written for each property path.
#[derive(Default)]
pub(crate) struct Spans {
    values: HashMap<PropPath, TokenStream>,
    keys: HashMap<PropPath, Span>,
    /// The Rust expressions written as values, by path.
    exprs: Vec<(PropPath, syn::Expr)>,
}

impl Spans {
    /// The tokens of the value at `path`, or of its closest ancestor that has tokens.
    pub(crate) fn value(&self, path: &PropPath) -> Option<&TokenStream> {
        let mut p = Some(path.clone());
        while let Some(cur) = p {
            if let Some(t) = self.values.get(&cur) {
                return Some(t);
            }
            p = cur.parent();
        }
        None
    }

    /// Records the tokens of the value at `path`.
    pub(crate) fn insert_value(&mut self, path: PropPath, tokens: TokenStream) {
        self.values.insert(path, tokens);
    }

    /// Records the span of the key of the prop at `path`.
    pub(crate) fn insert_key(&mut self, path: PropPath, span: Span) {
        self.keys.insert(path, span);
    }

    /// The Rust expressions written as values, with their paths.
    pub(crate) fn expressions(&self) -> &[(PropPath, syn::Expr)] {
        &self.exprs
    }

    /// The span of the key of the prop at `path`.
    pub(crate) fn key(&self, path: &PropPath) -> Option<Span> {
        self.keys.get(path).copied()
    }
}

/// Lowers an object at `path`.
pub(crate) fn object(o: &Object, path: &PropPath, spans: &mut Spans) -> Lit {
    let mut entries = Vec::with_capacity(o.entries.len());
    for e in &o.entries {
        let p = path.field(e.prop.name);
        spans.keys.insert(p.clone(), e.key.span());
        entries.push((e.prop.name.to_owned(), value(&e.value, &p, spans)));
    }
    Lit::Object(entries)
}

/// Lowers a value at `path`.
pub(crate) fn value(v: &Value, path: &PropPath, spans: &mut Spans) -> Lit {
    spans
        .values
        .entry(path.clone())
        .or_insert_with(|| v.tokens.clone());
    match &v.form {
        Form::Str(s) => Lit::Str(s.value()),
        Form::File { contents, .. } => Lit::Str(contents.clone()),
        Form::Int(i) => i.base10_parse().map_or(Lit::Opaque, Lit::Int),
        Form::Float(syn::Lit::Float(f)) => f.base10_parse().map_or(Lit::Opaque, Lit::Float),
        Form::Float(syn::Lit::Int(i)) => i.base10_parse().map_or(Lit::Opaque, Lit::Int),
        Form::Float(_) => Lit::Opaque,
        Form::Bool(b) => Lit::Bool(b.value),
        Form::Const { name, .. } => Lit::Const(name.to_string()),
        Form::Call { factory, args, .. } => {
            let mut lits = Vec::with_capacity(args.len());
            let mut variadic_index = 0;
            // The arguments of a variadic parameter are its list: a rule about the list points
            // at them.
            if let Some(param) = factory.params.iter().find(|p| p.variadic) {
                let skip = factory.params.len() - 1;
                let tokens: TokenStream =
                    args.iter().skip(skip).map(|a| a.tokens.clone()).collect();
                if !tokens.is_empty() {
                    spans.insert_value(path.field(param.name), tokens);
                }
            }
            let literal_names = args.iter().enumerate().any(|(i, a)| {
                factory.params[i.min(factory.params.len() - 1)].variadic
                    && !matches!(a.form, Form::Expr(_))
            });
            for (i, arg) in args.iter().enumerate() {
                let param = &factory.params[i.min(factory.params.len() - 1)];
                // Names given one by one beside expressions (`allow_list("a", names)`): the
                // expressions are spread at run time, where `synth()` checks every name; the
                // literal names are checked here, as the list of them alone, at their tokens.
                // What a rule finds in some of the names (one that cannot be a name, one
                // listed twice, more than the quota) it finds in all of them.
                if param.variadic
                    && matches!(param.kind.resolve(), Kind::Str)
                    && matches!(arg.form, Form::Expr(_))
                    && literal_names
                {
                    continue;
                }
                let p = if param.variadic {
                    variadic_index += 1;
                    path.field(param.name).index(variadic_index - 1)
                } else if matches!(param.kind.resolve(), Kind::Object(_)) && param.optional {
                    // A factory's props block is flattened into the value's own path.
                    path.clone()
                } else {
                    path.field(param.name)
                };
                lits.push(value(arg, &p, spans));
            }
            Lit::Call(factory.name.to_owned(), lits)
        }
        Form::List(items) => Lit::List(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| value(item, &path.index(i), spans))
                .collect(),
        ),
        Form::Map(entries) => Lit::Map(
            entries
                .iter()
                .map(|(k, item)| {
                    let p = path.key(k.value());
                    spans.keys.insert(p.clone(), k.span());
                    (k.value(), value(item, &p, spans))
                })
                .collect(),
        ),
        Form::Object(o) => object(o, path, spans),
        Form::Nested {
            name, object: o, ..
        } => Lit::Call((*name).to_owned(), vec![object(o, path, spans)]),
        Form::Expr(e) => {
            spans.exprs.push((path.clone(), e.clone()));
            Lit::Opaque
        }
        Form::Invalid => Lit::Opaque,
    }
}
