//! Error accumulation and "did you mean" suggestions.

use cloudfront_model::Rule;
use cloudfront_model::redact::redact;
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;

/// Every error of one invocation, reported together. Every message goes through
/// [`redact`](cloudfront_model::redact::redact), as the model's rule messages do: a message
/// that quotes what the user wrote (a duplicate key, a file's path) never shows a URL's
/// password or key material.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// An error at `span`.
    pub(crate) fn at(&mut self, span: Span, message: impl Into<String>) {
        self.errors
            .push(syn::Error::new(span, redact(&message.into())));
    }

    /// An error underlining every token of `tokens`.
    pub(crate) fn spanning(&mut self, tokens: &impl ToTokens, message: impl Into<String>) {
        let tokens = tokens.to_token_stream();
        if tokens.is_empty() {
            self.at(Span::call_site(), message);
        } else {
            self.errors
                .push(syn::Error::new_spanned(tokens, redact(&message.into())));
        }
    }

    /// A parser's error (syn's own, or one built elsewhere), its messages redacted. One whose
    /// message needs no redaction is kept as it is, with the whole range it underlines.
    pub(crate) fn push(&mut self, e: syn::Error) {
        for one in e {
            let message = one.to_string();
            let shown = redact(&message);
            if shown == message {
                self.errors.push(one);
            } else {
                self.errors.push(syn::Error::new(one.span(), shown));
            }
        }
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
        self.warnings.push((span, rule, redact(&message.into())));
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
    closest_all(wrong, candidates).into_iter().next()
}

/// The candidates closest to `wrong` (several when they are equally close), best first; empty
/// when none is close enough to be what the user meant.
///
/// Names are compared by their `_`-separated parts first, so that a missing or extra word
/// weighs more than a few shared letters: `HTTP2_3` is closest to `HTTP2_AND_3`, not to
/// `HTTP2`; `REDIRECT_HTTPS` to `REDIRECT_TO_HTTPS`; `ALL` to `ALLOW_ALL`. The spelling of the
/// whole name decides between equal part scores and when no part matches (`DUAL_STACK` for
/// `DUALSTACK`).
pub(crate) fn closest_all<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Vec<&'a str> {
    let squashed = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != '_')
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let wrong_squashed = squashed(wrong);
    let wrong_parts = parts(wrong);
    let mut scored: Vec<(f64, f64, &str)> = Vec::new();
    for c in candidates {
        if squashed(c) == wrong_squashed {
            return vec![c];
        }
        let by_parts = part_similarity(&wrong_parts, &parts(c));
        let by_letters = strsim::jaro_winkler(&wrong_squashed, &squashed(c));
        if by_parts >= 0.5 || by_letters > 0.82 {
            scored.push((by_parts, by_letters, c));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.total_cmp(&a.1)));
    let Some(&(best_parts, best_letters, _)) = scored.first() else {
        return Vec::new();
    };
    scored
        .iter()
        .take_while(|(p, l, _)| *p == best_parts && (best_parts > 0.0 || *l == best_letters))
        .map(|(_, _, c)| *c)
        .collect()
}

/// The lowercase `_`-separated parts of a name (`HTTP2_AND_3`: `http2`, `and`, `3`).
fn parts(name: &str) -> Vec<String> {
    name.split('_')
        .filter(|p| !p.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Dice's coefficient over parts: twice the parts the names share over the parts they have.
/// Parts of three letters or more count as shared when spelt alike (`behavor`, `behavior`).
fn part_similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut unused: Vec<&String> = b.iter().collect();
    let mut shared = 0usize;
    for part in a {
        let alike = |other: &&String| {
            *other == part
                || (part.len() >= 3
                    && other.len() >= 3
                    && strsim::jaro_winkler(part, other) >= 0.88)
        };
        let exact = unused.iter().position(|o| *o == part);
        if let Some(i) = exact.or_else(|| unused.iter().position(alike)) {
            unused.swap_remove(i);
            shared += 1;
        }
    }
    (2 * shared) as f64 / (a.len() + b.len()) as f64
}

/// "`A`", "`A` or `B`", "`A`, `B` or `C`", each written with `show`.
pub(crate) fn one_of(names: &[&str], show: impl Fn(&str) -> String) -> String {
    let shown: Vec<String> = names.iter().map(|n| show(n)).collect();
    match shown.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser's messages that quote what the user wrote go through the model's redaction,
    /// however they were made.
    #[test]
    fn parse_errors_are_redacted() {
        let mut errs = Errors::default();
        let url = "https://admin:hunter2@www.example.com";
        errs.at(Span::call_site(), format!("key {url:?} is given twice"));
        errs.spanning(&quote::quote!(x), format!("cannot read `{url}/key.pem`"));
        let mut both = syn::Error::new(Span::call_site(), format!("unknown `{url}`"));
        both.combine(syn::Error::new(Span::call_site(), "expected `,`"));
        errs.push(both);
        let shown = errs.to_compile_errors().to_string();
        assert!(!shown.contains("hunter2"), "{shown}");
        assert_eq!(
            shown.matches("https://***@www.example.com").count(),
            3,
            "{shown}"
        );
        assert!(shown.contains("expected `,`"), "{shown}");
    }

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

    #[test]
    fn closest_weighs_parts() {
        let versions = ["HTTP1_1", "HTTP2", "HTTP2_AND_3", "HTTP3"];
        assert_eq!(closest("HTTP2_3", versions), Some("HTTP2_AND_3"));
        let viewer = ["ALLOW_ALL", "REDIRECT_TO_HTTPS", "HTTPS_ONLY"];
        assert_eq!(closest("REDIRECT_HTTPS", viewer), Some("REDIRECT_TO_HTTPS"));
        let methods = ["ALLOW_GET_HEAD", "ALLOW_GET_HEAD_OPTIONS", "ALLOW_ALL"];
        assert_eq!(closest("ALL", methods), Some("ALLOW_ALL"));
        assert_eq!(closest("ALLOW_ALL_METHODS", methods), Some("ALLOW_ALL"));
        assert_eq!(
            closest("ALLOW_ALL", ["GET_HEAD", "GET_HEAD_OPTIONS", "ALL"]),
            Some("ALL")
        );
        assert_eq!(
            closest("DUAL_STACK", ["IPV4", "IPV6", "DUALSTACK"]),
            Some("DUALSTACK")
        );
        assert_eq!(
            closest(
                "default_behavor",
                ["default_behavior", "default_root_object"]
            ),
            Some("default_behavior")
        );
    }

    #[test]
    fn equally_close_candidates_are_all_given() {
        let policies = [
            "TLS_V1",
            "TLS_V1_2016",
            "TLS_V1_1_2016",
            "TLS_V1_2_2018",
            "TLS_V1_2_2019",
            "TLS_V1_2_2021",
        ];
        assert_eq!(
            closest_all("TLS_V1_2", policies),
            ["TLS_V1_2_2018", "TLS_V1_2_2019", "TLS_V1_2_2021"]
        );
        assert_eq!(
            one_of(&["A", "B", "C"], |n| format!("`{n}`")),
            "`A`, `B` or `C`"
        );
    }
}
