//! Checks of an invocation's tokens before anything parses them: how deep its groups nest,
//! and literals rustc would refuse in the generated code.
//!
//! The parsers recurse once per level of nesting, on rustc's own stack (a procedural macro
//! runs in the compiler's thread): a prop nested a few hundred levels deep used to overflow
//! it and crash rustc. The walk here is iterative, and nothing parses an invocation that nests
//! deeper than [`MAX_DEPTH`].

use proc_macro2::{TokenStream, TokenTree};

use crate::diag::{Errors, with_help};

/// How deep the groups (`{}`, `[]`, `()`) of one invocation may nest. The deepest invocation of
/// the examples and tests nests 12 levels; a configuration needs no more than a few dozen.
pub(crate) const MAX_DEPTH: usize = 64;

/// Records an error for the first group nested deeper than [`MAX_DEPTH`], and for every string,
/// byte string or character literal with a suffix (`"x"suffix`, which rustc refuses wherever it
/// is written). Returns whether the tokens may be parsed (they nest no deeper than the bound).
pub(crate) fn precheck(input: &TokenStream, errs: &mut Errors) -> bool {
    let mut stack = vec![input.clone().into_iter()];
    let mut too_deep = false;
    while let Some(top) = stack.last_mut() {
        let Some(tt) = top.next() else {
            stack.pop();
            continue;
        };
        match tt {
            TokenTree::Group(g) => {
                if stack.len() > MAX_DEPTH {
                    if !too_deep {
                        too_deep = true;
                        errs.at(
                            g.span_open(),
                            with_help(
                                &format!(
                                    "this value is nested more than {MAX_DEPTH} levels deep"
                                ),
                                Some(
                                    "no CloudFront configuration nests this deep; build deeply nested values outside the macro and pass them in a variable",
                                ),
                            ),
                        );
                    }
                    continue;
                }
                stack.push(g.stream().into_iter());
            }
            TokenTree::Literal(l) => suffix(&l, errs),
            _ => {}
        }
    }
    !too_deep
}

fn suffix(l: &proc_macro2::Literal, errs: &mut Errors) {
    let (what, suffix) = match syn::Lit::new(l.clone()) {
        syn::Lit::Str(s) => ("a string literal", s.suffix().to_owned()),
        syn::Lit::ByteStr(s) => ("a byte string literal", s.suffix().to_owned()),
        syn::Lit::CStr(s) => ("a C string literal", s.suffix().to_owned()),
        syn::Lit::Char(c) => ("a character literal", c.suffix().to_owned()),
        syn::Lit::Byte(b) => ("a byte literal", b.suffix().to_owned()),
        _ => return,
    };
    if !suffix.is_empty() {
        errs.at(
            l.span(),
            with_help(
                &format!("{what} takes no suffix"),
                Some(&format!("remove `{suffix}` after the closing quote")),
            ),
        );
    }
}
