//! Error accumulation and "did you mean" suggestions.

use cloudfront_model::Rule;
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;

/// Every error of one invocation, reported together.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// An error at `span`.
    pub(crate) fn at(&mut self, span: Span, message: impl Into<String>) {
        self.errors.push(syn::Error::new(span, message.into()));
    }

    /// An error underlining every token of `tokens`.
    pub(crate) fn spanning(&mut self, tokens: &impl ToTokens, message: impl Into<String>) {
        let tokens = tokens.to_token_stream();
        if tokens.is_empty() {
            self.at(Span::call_site(), message);
        } else {
            self.errors
                .push(syn::Error::new_spanned(tokens, message.into()));
        }
    }

    pub(crate) fn push(&mut self, e: syn::Error) {
        self.errors.push(e);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// The `compile_error!`s of every error.
    pub(crate) fn to_compile_errors(&self) -> TokenStream {
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}

/// The warnings of one invocation: real rustc warnings at their tokens.
///
/// Stable Rust gives a proc macro no way to emit a warning, so each one is a use, at the
/// token, of a macro defined right there as `#[deprecated]` with the warning as its note:
/// rustc's `deprecated` lint reports it like the deprecated CDK spellings (whose setters are
/// deprecated), so `#![deny(warnings)]` (or `deprecated`) turns it into an error and
/// `#[allow(deprecated)]` silences it.
#[derive(Default)]
pub(crate) struct Warnings {
    warnings: Vec<(Span, Rule, String)>,
}

impl Warnings {
    /// A warning of `rule` at `span`.
    pub(crate) fn at(&mut self, span: Span, rule: Rule, message: impl Into<String>) {
        self.warnings.push((span, rule, message.into()));
    }

    /// Statements that make rustc report the warnings.
    pub(crate) fn to_statements(&self) -> TokenStream {
        self.warnings
            .iter()
            .map(|(span, rule, message)| {
                // The user's own span: rustc reports lints at spans of the crate being built,
                // not at spans of a macro's expansion. The macro is named after the rule
                // (`unreachable_behavior`), which is what rustc's message names.
                let name = proc_macro2::Ident::new(&rule.code().replace('-', "_"), *span);
                quote::quote! {
                    {
                        #[deprecated(note = #message)]
                        macro_rules! #name { () => {}; }
                        #name!();
                    }
                }
            })
            .collect()
    }
}

/// A message with a help line, formatted as rustc formats its own.
pub(crate) fn with_help(message: &str, help: Option<&str>) -> String {
    match help {
        Some(h) => format!("{message}\n  = help: {h}"),
        None => message.to_owned(),
    }
}

/// `domainNames`, `DomainNames` and `DOMAIN_NAMES` all become `domain_names`; acronyms stay
/// together (`IPV6Enabled` becomes `ipv6_enabled`).
pub(crate) fn to_snake_case(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1);
            let starts_word = prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
                || (prev.is_some_and(|p| p.is_ascii_uppercase())
                    && next.is_some_and(|n| n.is_ascii_lowercase()));
            if starts_word && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c == '-' {
            out.push('_');
        } else {
            out.push(c);
        }
    }
    out
}

/// The candidate closest to `wrong`, if one is close enough to be what the user meant.
pub(crate) fn closest<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let wrong_lower = wrong.to_ascii_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        if c.eq_ignore_ascii_case(wrong) {
            return Some(c);
        }
        let score = strsim::jaro_winkler(&wrong_lower, &c.to_ascii_lowercase());
        if score > 0.82 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_of_pasted_spellings() {
        assert_eq!(to_snake_case("domainNames"), "domain_names");
        assert_eq!(to_snake_case("DefaultRootObject"), "default_root_object");
        assert_eq!(to_snake_case("IPV6Enabled"), "ipv6_enabled");
        assert_eq!(to_snake_case("HTTPPort"), "http_port");
        assert_eq!(to_snake_case("comment"), "comment");
    }

    #[test]
    fn closest_needs_similarity() {
        assert_eq!(
            closest(
                "REDIRECT_TO_HTTP",
                ["HTTPS_ONLY", "REDIRECT_TO_HTTPS", "ALLOW_ALL"]
            ),
            Some("REDIRECT_TO_HTTPS")
        );
        assert_eq!(closest("zzz", ["HTTPS_ONLY", "ALLOW_ALL"]), None);
    }
}
