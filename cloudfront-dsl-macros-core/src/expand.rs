//! Code generation: Rust that builds the typed props with the model's constructors.
//!
//! Everything is named by absolute path through the `cloudfront_dsl` crate, and user
//! expressions keep their spans, so a type error points at the user's expression.

use cloudfront_model::schema::{Kind, Param};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};

use crate::value::{Form, Object, Value};

/// `::cloudfront_dsl::<path>` for a path of the schema.
pub(crate) fn crate_path(path: &str, span: Span) -> TokenStream {
    let segments = path.split("::").map(|s| syn::Ident::new(s, span));
    quote_spanned!(span=> ::cloudfront_dsl #(:: #segments)*)
}

/// The Rust type values of `kind` convert into, if they need a conversion.
/// The type of origins, which the generated code takes by reference.
const SHARED_ORIGIN: &str = "origins::Origin";

fn target_type(kind: &Kind, span: Span) -> Option<TokenStream> {
    kind.rust_type().map(|t| match t.strip_prefix("::") {
        Some(absolute) => {
            let segments = absolute.split("::").map(|s| syn::Ident::new(s, span));
            quote_spanned!(span=> #(:: #segments)*)
        }
        None => crate_path(t, span),
    })
}

/// The Rust type of a list's elements.
fn element_type(kind: &Kind) -> Option<TokenStream> {
    match kind {
        Kind::Int(ty) => Some(syn::Ident::new(ty, Span::call_site()).to_token_stream()),
        Kind::Bool => Some(quote!(bool)),
        _ => target_type(kind, Span::call_site()),
    }
}

/// An expression of the value's target type.
pub(crate) fn value(v: &Value) -> TokenStream {
    match &v.form {
        Form::Str(s) => match target_type(v.kind, s.span()) {
            Some(ty) => quote_spanned!(s.span()=> <#ty as ::core::convert::From<&str>>::from(#s)),
            None => quote!(#s),
        },
        Form::File { path, .. } if matches!(v.kind, Kind::File(_)) => {
            let contents = quote_spanned!(path.span()=> ::core::include_str!(#path));
            let ty = target_type(v.kind, path.span());
            quote_spanned!(path.span()=> #ty::included(#path, #contents))
        }
        Form::File { path, .. } => {
            let contents = quote_spanned!(path.span()=> ::core::include_str!(#path));
            match target_type(v.kind, path.span()) {
                Some(ty) => {
                    quote_spanned!(path.span()=> <#ty as ::core::convert::From<&str>>::from(#contents))
                }
                None => contents,
            }
        }
        Form::Int(i) => quote!(#i),
        Form::Float(syn::Lit::Int(i)) => {
            let n = syn::LitFloat::new(&format!("{}.0", i.base10_digits()), i.span());
            quote!(#n)
        }
        Form::Float(n) => quote!(#n),
        Form::Bool(b) => quote!(#b),
        Form::Const { schema, name } => {
            let ty = crate_path(schema.rust, name.span());
            quote_spanned!(name.span()=> #ty::#name)
        }
        Form::Call {
            factory,
            name,
            args,
        } => {
            let function = crate_path(factory.rust, name.span());
            let args = call_args(factory.params, args);
            quote_spanned!(name.span()=> #function(#(#args),*))
        }
        Form::List(items) => {
            let items: Vec<TokenStream> = items.iter().map(value).collect();
            let element = match v.kind {
                Kind::List(k) => element_type(k),
                _ => None,
            };
            match element {
                // An empty list leaves its element type to inference, which has nothing to go on.
                Some(ty) if items.is_empty() => quote!(::std::vec::Vec::<#ty>::new()),
                _ => quote!(::std::vec![#(#items),*]),
            }
        }
        Form::Map(entries) => {
            let element = match v.kind {
                Kind::Map(k) => element_type(k),
                _ => None,
            };
            match element {
                // An empty map leaves its value type to inference, which has nothing to go on.
                Some(ty) if entries.is_empty() => {
                    quote!(::std::vec::Vec::<(::std::string::String, #ty)>::new())
                }
                _ => {
                    let entries = entries.iter().map(|(k, item)| {
                        let item = value(item);
                        quote!((::std::string::String::from(#k), #item))
                    });
                    quote!(::std::vec![#(#entries),*])
                }
            }
        }
        Form::Object(o) => object(o),
        // An invocation with an invalid value expands to its errors only; should one ever get
        // here, it must not compile.
        Form::Invalid => {
            quote!(::core::compile_error!(
                "cloudfront-dsl: an invalid value reached code generation"
            ))
        }
        Form::Expr(e) if matches!(v.kind, Kind::Stack) => {
            let (scope, import) = (scope(e), scope_import());
            quote!(&mut { #import #scope })
        }
        Form::Expr(e) | Form::Nested { expr: e, .. } => {
            let span = syn::spanned::Spanned::span(e);
            match (v.kind, target_type(v.kind, span)) {
                // A list prop takes any `IntoIterator` of its items, or of string-likes where
                // its items are made from strings; anything else is refused at the expression
                // with the DSL's message.
                (Kind::List(item), _) if matches!(v.form, Form::Expr(_)) => {
                    match element_type(item) {
                        Some(ty) => {
                            let items = quote_spanned!(span=>
                                ::cloudfront_dsl::__private::list::<#ty, _>(
                                    (&&&::cloudfront_dsl::__private::ListArg::<_, #ty>::new(#e)).__list()
                                )
                            );
                            quote!({
                                use ::cloudfront_dsl::__private::{ListInto as _, ListOfStr as _, NeitherList as _};
                                #items
                            })
                        }
                        None => quote!(#e),
                    }
                }
                (Kind::List(_) | Kind::Map(_), _) | (_, None) => quote!(#e),
                // An origin is shared by the behaviors that name it, as in the CDK: the macro
                // takes it by reference (a cheap copy of a shared handle), so a variable needs
                // no `.clone()` and stays usable after the invocation.
                (_, Some(ty)) if v.kind.rust_type() == Some(SHARED_ORIGIN) => quote_spanned!(span=>
                    ::core::convert::Into::<#ty>::into(::cloudfront_dsl::__private::shared(&(#e)))
                ),
                (_, Some(ty)) => quote_spanned!(span=> ::core::convert::Into::<#ty>::into(#e)),
            }
        }
    }
}

/// The scope a construct is created in, from the user's expression (a stack, a scope, or a
/// `&mut` of either): a `Scope`, or an error at the expression naming what it takes.
///
/// The code using it imports the trait with [`scope_import`]. The call is no block of its own: a block would drop
/// a scope made in place (`stack.scope(node)`) at its end, while the `Scope` borrowed from it
/// lives on (E0716).
pub(crate) fn scope(e: &syn::Expr) -> TokenStream {
    let span = syn::spanned::Spanned::span(e);
    let call = quote_spanned!(span=> __cloudfront_scope());
    quote!((#e).#call)
}

/// The import [`scope`]'s call needs.
pub(crate) fn scope_import() -> TokenStream {
    quote!(
        use ::cloudfront_dsl::__private::ScopeMut as _;
    )
}

/// A factory's arguments: every parameter, omitted optional ones defaulted, variadic ones
/// gathered in an array.
fn call_args(params: &[Param], args: &[Value]) -> Vec<TokenStream> {
    let mut out = Vec::with_capacity(params.len());
    let mut rest = args.iter();
    for param in params {
        if param.variadic {
            let args: Vec<&Value> = rest.by_ref().collect();
            if matches!(param.kind.resolve(), Kind::Str)
                && args.iter().any(|a| matches!(a.form, Form::Expr(_)))
            {
                out.push(spread_names(&args));
                continue;
            }
            let items: Vec<TokenStream> = args.into_iter().map(value).collect();
            // An empty array would leave its element type to inference, which has nothing to go on.
            match target_type(param.kind, Span::call_site()) {
                Some(ty) if items.is_empty() => out.push(quote!(::std::vec::Vec::<#ty>::new())),
                _ => out.push(quote!([#(#items),*])),
            }
        } else {
            match rest.next() {
                Some(arg) => out.push(value(arg)),
                None => out.push(quote!(::core::default::Default::default())),
            }
        }
    }
    out
}

/// The names of a factory that takes them one by one, some given by expressions: each
/// expression is one name or a list of names (a `Vec<&str>`, an array, a slice), spread as the
/// CDK's `allowList(...names)`; a value that is neither is refused at the expression with the
/// DSL's message. The names are checked by `synth()`.
fn spread_names(args: &[&Value]) -> TokenStream {
    let pieces = args.iter().map(|arg| match &arg.form {
        Form::Expr(e) => {
            let span = syn::spanned::Spanned::span(e);
            let names = quote_spanned!(span=>
                ::cloudfront_dsl::__private::names(
                    (&&&::cloudfront_dsl::__private::Names::new(#e)).__names()
                )
            );
            quote!({
                use ::cloudfront_dsl::__private::{ListOfNames as _, NeitherNames as _, OneName as _};
                #names
            })
        }
        _ => {
            let item = value(arg);
            quote!(::std::vec![#item])
        }
    });
    quote!(::cloudfront_dsl::__private::all_names([#(#pieces),*]))
}

/// `Props::default().prop(value)...`.
pub(crate) fn object(o: &Object) -> TokenStream {
    let ty = crate_path(o.schema.rust, o.brace);
    let setters = o.entries.iter().map(|e| {
        let key = &e.key;
        let setter = setter(e.prop.name, key.span());
        let value = value(&e.value);
        quote!(.#setter(#value))
    });
    quote_spanned!(o.brace=> <#ty as ::core::default::Default>::default() #(#setters)*)
}

/// The setter of the prop `name`: a raw identifier for a prop named like a Rust keyword (the
/// CDK's `override`).
fn setter(name: &str, span: Span) -> syn::Ident {
    if syn::parse_str::<syn::Ident>(name).is_ok() {
        syn::Ident::new(name, span)
    } else {
        syn::Ident::new_raw(name, span)
    }
}

/// Expressions the invocation holds, so that an invocation that failed to check still uses
/// the user's variables (no "unused variable" noise on top of the real errors).
pub(crate) fn touch_expressions(o: &Object, out: &mut Vec<TokenStream>) {
    for e in &o.entries {
        touch_value(&e.value, out);
    }
}

/// The expressions one value holds, as [`touch_expressions`] gives an object's.
pub(crate) fn touch_value(v: &Value, out: &mut Vec<TokenStream>) {
    match &v.form {
        Form::Expr(e) | Form::Nested { expr: e, .. } => out.push(quote!(let _ = &#e;)),
        Form::Call { args, .. } => args.iter().for_each(|a| touch_value(a, out)),
        Form::List(items) => items.iter().for_each(|i| touch_value(i, out)),
        Form::Map(entries) => entries.iter().for_each(|(_, i)| touch_value(i, out)),
        Form::Object(o) => touch_expressions(o, out),
        _ => {}
    }
}
