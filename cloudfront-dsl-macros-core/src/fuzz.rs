//! The fuzz harness: a corpus of every invocation the repository writes (examples, tests, doc
//! examples, the README), mutations of them, and a runner that expands each one in process and
//! records panics, slow expansions and what came out.
//!
//! The unit tests of this crate run it for a bounded number of cases on every `cargo test`;
//! `tests/fuzz.rs` compiles a sample of the mutations that expanded to code, in the context of
//! the file they come from, to show that an expansion is either the DSL's own error or code that
//! compiles. `CLOUDFRONT_DSL_FUZZ_CASES` and `CLOUDFRONT_DSL_FUZZ_SEED` run longer campaigns.
//! Not a stable API: it serves the project's tests.

use std::fmt;
use std::ops::Range;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, Instant};

use proc_macro2::{Group, Spacing, TokenStream, TokenTree};

use crate::macros::{MACROS, Macro, find};

/// One invocation found in the repository.
#[derive(Clone, Debug)]
pub struct Seed {
    /// The macro invoked.
    pub macro_name: &'static str,
    /// The file it is written in, relative to the repository's root.
    pub file: PathBuf,
    /// What is between the invocation's delimiters, as written.
    pub text: String,
    /// Where `text` is in the file, when the invocation is code of the file (not of a doc
    /// example): a mutation can then replace it and the file be compiled.
    pub range: Option<Range<usize>>,
}

/// The files whose invocations make the corpus: every example, test and doc example, and the
/// README, found under `root` (the repository's root).
pub fn corpus_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in [
        "examples",
        "examples/build-script",
        "examples/build-script/src",
        "tests",
        "tests/ui",
        "tests/ui/pass",
        "cloudfront-dsl/src",
        "cloudfront-model/src",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .filter_map(|p| p.strip_prefix(root).ok().map(Path::to_path_buf))
            .collect();
        files.sort();
        out.extend(files);
    }
    out.push(PathBuf::from("README.md"));
    out
}

/// Every invocation of a macro of [`MACROS`] in the corpus files under `root`.
pub fn corpus(root: &Path) -> Vec<Seed> {
    let mut seeds = Vec::new();
    for file in corpus_files(root) {
        let Ok(text) = std::fs::read_to_string(root.join(&file)) else {
            continue;
        };
        if file.extension().is_some_and(|x| x == "md") {
            for block in code_blocks(text.lines().map(|l| l.to_owned())) {
                invocations_in(&block, &file, false, &mut seeds);
            }
            continue;
        }
        invocations_in(&text, &file, true, &mut seeds);
        let docs = text.lines().filter_map(|l| {
            let t = l.trim_start();
            t.strip_prefix("///")
                .or_else(|| t.strip_prefix("//!"))
                .map(|d| d.strip_prefix(' ').unwrap_or(d).to_owned())
        });
        for block in code_blocks(docs) {
            invocations_in(&block, &file, false, &mut seeds);
        }
    }
    seeds
}

/// The Rust code blocks of Markdown lines, hidden doctest lines (`# ...`) shown.
fn code_blocks(lines: impl Iterator<Item = String>) -> Vec<String> {
    enum State {
        Outside,
        Rust(String),
        Other,
    }
    let mut blocks = Vec::new();
    let mut state = State::Outside;
    for line in lines {
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            state = match state {
                State::Rust(block) => {
                    blocks.push(block);
                    State::Outside
                }
                State::Other => State::Outside,
                State::Outside => {
                    let lang = info.split(',').next().unwrap_or("").trim();
                    let rust = matches!(
                        lang,
                        "" | "rust" | "no_run" | "ignore" | "compile_fail" | "should_panic"
                    );
                    if rust {
                        State::Rust(String::new())
                    } else {
                        State::Other
                    }
                }
            };
            continue;
        }
        if let State::Rust(block) = &mut state {
            let shown = trimmed
                .strip_prefix("# ")
                .or_else(|| (trimmed == "#").then_some(""))
                .unwrap_or(&line);
            block.push_str(shown);
            block.push('\n');
        }
    }
    blocks
}

/// The invocations in `text` (nested ones included).
fn invocations_in(text: &str, file: &Path, ranged: bool, out: &mut Vec<Seed>) {
    let Ok(tokens) = TokenStream::from_str(text) else {
        return;
    };
    walk(tokens, text, file, ranged, out);
}

fn walk(tokens: TokenStream, text: &str, file: &Path, ranged: bool, out: &mut Vec<Seed>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tt) in trees.iter().enumerate() {
        if let TokenTree::Group(g) = tt {
            let invoked = match i.checked_sub(2).map(|j| (&trees[j], &trees[j + 1])) {
                Some((TokenTree::Ident(name), TokenTree::Punct(bang))) if bang.as_char() == '!' => {
                    find(&name.to_string())
                }
                _ => None,
            };
            if let Some(m) = invoked {
                let inner = g.span_open().byte_range().end..g.span_close().byte_range().start;
                if let Some(written) = text.get(inner.clone()) {
                    out.push(Seed {
                        macro_name: m.name,
                        file: file.to_owned(),
                        text: written.to_owned(),
                        range: ranged.then_some(inner),
                    });
                }
            }
            walk(g.stream(), text, file, ranged, out);
        }
    }
}

/// A small deterministic random number generator (SplitMix64), so that a campaign is
/// reproducible from its seed.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// How a mutation changes an invocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mutation {
    /// Cut at a character, delimiters left open closed again.
    Truncate,
    /// A token removed, anywhere.
    DeleteToken,
    /// A token doubled, anywhere.
    DuplicateToken,
    /// A token of junk inserted, anywhere.
    InsertJunk,
    /// A literal replaced by an extreme or odd one (huge, negative, suffixed, empty, NUL, a
    /// secret, 100 KB).
    Literal,
    /// An enum constant's path changed (`::NAME`, another type's, another name).
    Path,
    /// A value replaced by another form (an empty map or list, `file(...)`, arithmetic of
    /// literals, a deep nesting).
    Value,
    /// An entry of a block, map or list given twice.
    DuplicateEntry,
    /// An entry removed.
    RemoveEntry,
    /// An entry of a map repeated under new keys.
    GrowMap,
    /// A block, map, list or argument list emptied.
    Empty,
    /// An inner attribute (`#![quotas(...)]`, ...) put at the start of a block.
    Attribute,
}

impl Mutation {
    /// Every mutation.
    pub const ALL: &'static [Mutation] = &[
        Mutation::Truncate,
        Mutation::DeleteToken,
        Mutation::DuplicateToken,
        Mutation::InsertJunk,
        Mutation::Literal,
        Mutation::Path,
        Mutation::Value,
        Mutation::DuplicateEntry,
        Mutation::RemoveEntry,
        Mutation::GrowMap,
        Mutation::Empty,
        Mutation::Attribute,
    ];

    /// The mutations whose results stay within the DSL's grammar: every Rust expression in
    /// the result is one the seed wrote at that place (or at a place of the same kind), so an
    /// expansion to code must compile. (The others may leave any Rust, such as a variable no
    /// one declared, where a value goes.)
    pub const IN_GRAMMAR: &'static [Mutation] = &[
        Mutation::Literal,
        Mutation::Path,
        Mutation::Value,
        Mutation::DuplicateEntry,
        Mutation::RemoveEntry,
        Mutation::GrowMap,
        Mutation::Empty,
        Mutation::Attribute,
    ];
}

impl fmt::Display for Mutation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// Closes the delimiters `s` leaves open (and a string left open).
pub fn balanced(s: &str) -> String {
    let mut open = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    for c in s.chars() {
        if in_string {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => in_string = false,
                _ => escaped = false,
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => open.push(c),
            ')' | ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    let mut out = s.to_owned();
    if in_string {
        if escaped {
            out.push('\\');
        }
        out.push('"');
    }
    for c in open.iter().rev() {
        out.push(match c {
            '(' => ')',
            '[' => ']',
            _ => '}',
        });
    }
    out
}

/// Literals a mutation puts where a literal was.
const LITERALS: &[&str] = &[
    "0",
    "1",
    "65535",
    "65536",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "-1",
    "1u8",
    "180u64",
    "1_000",
    "0x10",
    "1e3",
    "1.5",
    "\"\"",
    "\"a\"",
    "\"\\0\"",
    "\"a\\nb\"",
    "\"x\"suffix",
    "r#\"raw\"#",
    "b\"bytes\"",
    "'c'",
    "true",
    "false",
    "\"https://admin:hunter2@www.example.com\"",
    "\"-----BEGIN PRIVATE KEY-----\\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEA\\n-----END PRIVATE KEY-----\\n\"",
    "\"password=hunter2\\n-----BEGIN PUBLIC KEY-----\\n-----END PUBLIC KEY-----\\n\"",
];

/// Values a mutation puts where a value was.
const VALUES: &[&str] = &[
    "{}",
    "[]",
    "{ \"k\": 1 }",
    "{ \"X-Custom\": \"v\" }",
    "[\"a\", \"a\"]",
    "file(\"x\")",
    "file(\"../keys/rsa2048.pem\")",
    "file(\"keys/public_key.pem\")",
    "1 + 2",
    "8000 + 80",
    "1 * 60 * 60 * 24 * 365",
    "18446744073709551615 + 1",
    "(30)",
    "-(1)",
    "Duration::seconds(1 * 60 * 60 * 24 * 365)",
    "Duration::seconds(18446744073709551615)",
    "Duration::days(18446744073709551615)",
    "Duration::millis(1500)",
    "Duration::minutes(0)",
    "::TLS_V1_2",
    "::ALLOW_ALL",
    "OriginSslPolicy::TLS_V1_2",
    "ViewerProtocolPolicy::ALLOW_ALL",
    "AllowedMethods::ALLOW_ALL",
    "CachePolicy::CACHING_OPTIMIZED",
    "GeoRestriction::allowlist()",
    "GeoRestriction::denylist(\"US\", \"XX\")",
    "origins::HttpOrigin(\"www.example.com\")",
    "origins::HttpOrigin(\"https://admin:hunter2@www.example.com\")",
    "origins::HttpOrigin(\"\")",
    "CacheQueryStringBehavior::allow_list()",
    "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))",
];

/// Junk tokens inserted anywhere.
const JUNK: &[&str] = &[
    ",", ":", "::", ";", "=", "#", "!", "{}", "[]", "()", "-", "x", "\"s\"", "0", "=>", ".", "..",
    "'a", "?", "@", "$",
];

/// Attributes put at the start of a block.
const ATTRIBUTES: &[&str] = &[
    "#![quotas(origin_response_timeout = 180)]",
    "#![quotas(origin_response_timeout = 180u8)]",
    "#![quotas(origin_response_timeout = 18446744073709551616)]",
    "#![quotas(origin_reponse_timeout = 180)]",
    "#![quotas(origin_response_timeout)]",
    "#![quotas(origin_response_timeout = \"180\")]",
    "#![quotas(cache_behaviors_per_distribution = 0)]",
    "#![override_logical_id(\"MyDist\")]",
    "#![override_logical_id(\"my-dist\")]",
    "#![override_logical_id(\"\")]",
    "#![deny(warnings)]",
];

/// A token list of the tree (a group's content or the top level), with the path of group
/// indices that leads to it.
fn lists(tokens: &[TokenTree], path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(path.clone());
    for (i, tt) in tokens.iter().enumerate() {
        if let TokenTree::Group(g) = tt {
            let inner: Vec<TokenTree> = g.stream().into_iter().collect();
            path.push(i);
            lists(&inner, path, out);
            path.pop();
        }
    }
}

fn is_punct(tt: Option<&TokenTree>, c: char) -> bool {
    matches!(tt, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// Whether `name` is a factory of the schema (or `file`), whose argument list is the DSL's.
fn is_factory(name: &str) -> bool {
    name == "file"
        || cloudfront_model::schema::enums()
            .iter()
            .any(|e| e.factory(name).is_some())
}

/// Whether `name` is an enum-like type of the schema.
fn is_enum(name: &str) -> bool {
    cloudfront_model::schema::enums()
        .iter()
        .any(|e| e.name == name)
}

/// Whether the group at `i` of a DSL list is written in the DSL too (a block, list or map
/// given as a value, a factory's arguments, a nested invocation of a macro), rather than being
/// part of a Rust expression (a method's arguments, a closure, another macro's input).
fn is_dsl_group(list: &[TokenTree], i: usize) -> bool {
    let TokenTree::Group(g) = &list[i] else {
        return false;
    };
    let prev = i.checked_sub(1).map(|j| &list[j]);
    let whole_value = (prev.is_none() || is_punct(prev, ':') || is_punct(prev, ','))
        && (i + 1 == list.len() || is_punct(list.get(i + 1), ','));
    match g.delimiter() {
        proc_macro2::Delimiter::Brace | proc_macro2::Delimiter::Bracket => {
            whole_value && !is_punct(prev, '#')
        }
        proc_macro2::Delimiter::Parenthesis => match prev {
            Some(TokenTree::Ident(name)) => {
                let before = i.checked_sub(2).map(|j| &list[j]);
                is_factory(&name.to_string()) && !is_punct(before, '.')
            }
            Some(TokenTree::Punct(bang)) if bang.as_char() == '!' => {
                matches!(i.checked_sub(2).map(|j| &list[j]), Some(TokenTree::Ident(m)) if find(&m.to_string()).is_some())
            }
            _ => false,
        },
        proc_macro2::Delimiter::None => false,
    }
}

/// The lists of the tree written in the DSL (see [`is_dsl_group`]): what the mutations that
/// stay within the grammar change.
fn dsl_lists(tokens: &[TokenTree], path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(path.clone());
    for i in 0..tokens.len() {
        if is_dsl_group(tokens, i)
            && let TokenTree::Group(g) = &tokens[i]
        {
            let inner: Vec<TokenTree> = g.stream().into_iter().collect();
            path.push(i);
            dsl_lists(&inner, path, out);
            path.pop();
        }
    }
}

/// Whether `tokens` hold a Rust expression (a variable, a method call): an identifier that is
/// not a prop's key, a path of the schema, a factory, `true`, `false` or `file`. Such an entry
/// is not doubled, since doubling it would use a value twice.
fn has_rust_expression(tokens: &[TokenTree]) -> bool {
    tokens.iter().enumerate().any(|(i, tt)| match tt {
        TokenTree::Ident(id) => {
            let name = id.to_string();
            let next = tokens.get(i + 1);
            let joint = |t: Option<&TokenTree>| {
                matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Joint)
            };
            let key = is_punct(next, ':') && !joint(next);
            let in_path = joint(next) || (i >= 2 && joint(tokens.get(i - 2)));
            !(key
                || in_path
                || is_factory(&name)
                || is_enum(&name)
                || matches!(name.as_str(), "true" | "false" | "origins" | "lambda"))
        }
        TokenTree::Group(g) => has_rust_expression(&g.stream().into_iter().collect::<Vec<_>>()),
        _ => false,
    })
}

/// Applies `edit` to the token list at `path`.
fn edit_at(
    tokens: Vec<TokenTree>,
    path: &[usize],
    edit: &mut dyn FnMut(Vec<TokenTree>) -> Vec<TokenTree>,
) -> Vec<TokenTree> {
    let Some((&first, rest)) = path.split_first() else {
        return edit(tokens);
    };
    tokens
        .into_iter()
        .enumerate()
        .map(|(i, tt)| match tt {
            TokenTree::Group(g) if i == first => {
                let inner = edit_at(g.stream().into_iter().collect(), rest, edit);
                let mut group = Group::new(g.delimiter(), inner.into_iter().collect());
                group.set_span(g.span());
                TokenTree::Group(group)
            }
            other => other,
        })
        .collect()
}

fn parse(s: &str) -> Vec<TokenTree> {
    TokenStream::from_str(s)
        .map(|t| t.into_iter().collect())
        .unwrap_or_default()
}

/// The items of a list, split at its top-level commas (each without its comma).
fn items(tokens: &[TokenTree]) -> Vec<Vec<TokenTree>> {
    let mut out = vec![Vec::new()];
    for tt in tokens {
        match tt {
            TokenTree::Punct(p) if p.as_char() == ',' => out.push(Vec::new()),
            other => out.last_mut().map_or((), |l| l.push(other.clone())),
        }
    }
    if out.last().is_some_and(Vec::is_empty) {
        out.pop();
    }
    out
}

fn join(items: Vec<Vec<TokenTree>>) -> Vec<TokenTree> {
    let mut out = Vec::new();
    for item in items {
        out.extend(item);
        out.push(TokenTree::Punct(proc_macro2::Punct::new(
            ',',
            Spacing::Alone,
        )));
    }
    out
}

/// Where the value of an item `key: value` starts (after its `:`), when it is one.
fn value_start(item: &[TokenTree]) -> Option<usize> {
    match item {
        [
            TokenTree::Ident(_) | TokenTree::Literal(_),
            TokenTree::Punct(colon),
            ..,
        ] if colon.as_char() == ':' && colon.spacing() == Spacing::Alone => Some(2),
        _ => None,
    }
}

/// `seed` mutated by `mutation`; `None` when the mutation does not apply to it.
pub fn mutate(seed: &str, mutation: Mutation, rng: &mut Rng) -> Option<String> {
    if mutation == Mutation::Truncate {
        let cuts: Vec<usize> = seed.char_indices().map(|(i, _)| i).collect();
        if cuts.is_empty() {
            return None;
        }
        let cut = *rng.pick(&cuts);
        return Some(balanced(&seed[..cut]));
    }
    let top: Vec<TokenTree> = TokenStream::from_str(seed).ok()?.into_iter().collect();
    let mut all = Vec::new();
    if Mutation::IN_GRAMMAR.contains(&mutation) {
        dsl_lists(&top, &mut Vec::new(), &mut all);
    } else {
        lists(&top, &mut Vec::new(), &mut all);
    }
    if all.is_empty() {
        return None;
    }
    let path = rng.pick(&all).clone();
    let mut applied = false;
    let mut seed_rng = rng.clone();
    let out = edit_at(top, &path, &mut |list| {
        let edited = edit_list(list.clone(), mutation, &mut seed_rng);
        applied = edited.is_some();
        edited.unwrap_or(list)
    });
    *rng = seed_rng;
    applied.then(|| out.into_iter().collect::<TokenStream>().to_string())
}

fn edit_list(
    mut list: Vec<TokenTree>,
    mutation: Mutation,
    rng: &mut Rng,
) -> Option<Vec<TokenTree>> {
    match mutation {
        Mutation::Truncate => None,
        Mutation::DeleteToken => {
            if list.is_empty() {
                return None;
            }
            list.remove(rng.below(list.len()));
            Some(list)
        }
        Mutation::DuplicateToken => {
            if list.is_empty() {
                return None;
            }
            let i = rng.below(list.len());
            list.insert(i, list[i].clone());
            Some(list)
        }
        Mutation::InsertJunk => {
            let at = rng.below(list.len() + 1);
            let junk = parse(rng.pick::<&str>(JUNK));
            list.splice(at..at, junk);
            Some(list)
        }
        Mutation::Literal => {
            let literals: Vec<usize> = (0..list.len())
                .filter(|&i| {
                    matches!(list[i], TokenTree::Literal(_))
                        && !is_punct(list.get(i + 1), '.')
                        && !(i > 0 && is_punct(list.get(i - 1), '.'))
                })
                .collect();
            if literals.is_empty() {
                return None;
            }
            let i = *rng.pick(&literals);
            let mut with = parse(rng.pick::<&str>(LITERALS));
            if rng.below(8) == 0 {
                with = parse(&format!("\"{}\"", "a".repeat(100_000)));
            }
            list.splice(i..=i, with);
            Some(list)
        }
        Mutation::Path => {
            // `Type :: NAME` (not followed by a call, so a constant).
            let sites: Vec<usize> = (0..list.len().saturating_sub(3))
                .filter(|&i| {
                    matches!(
                        (&list[i], &list[i + 1], &list[i + 2], &list[i + 3]),
                        (TokenTree::Ident(owner), TokenTree::Punct(a), TokenTree::Punct(b), TokenTree::Ident(_))
                            if a.as_char() == ':' && b.as_char() == ':' && is_enum(&owner.to_string())
                    ) && !matches!(list.get(i + 4), Some(TokenTree::Group(_)))
                })
                .collect();
            if sites.is_empty() {
                return None;
            }
            let i = *rng.pick(&sites);
            let TokenTree::Ident(name) = &list[i + 3] else {
                return None;
            };
            let name = name.to_string();
            let other = rng.pick(cloudfront_model::schema::enums());
            let with = match rng.below(4) {
                0 => format!(":: {name}"),
                1 => format!("{} :: {name}", other.name),
                2 => {
                    let consts = other.consts;
                    if consts.is_empty() {
                        format!(":: {name}")
                    } else {
                        format!("{} :: {}", other.name, rng.pick(consts))
                    }
                }
                _ => {
                    let TokenTree::Ident(owner) = &list[i] else {
                        return None;
                    };
                    format!("{owner} :: {name}X")
                }
            };
            list.splice(i..i + 4, parse(&with));
            Some(list)
        }
        Mutation::Value => {
            let mut parts = items(&list);
            let sites: Vec<usize> = (0..parts.len())
                .filter(|&i| value_start(&parts[i]).is_some())
                .collect();
            let with = parse(rng.pick::<&str>(VALUES));
            if sites.is_empty() {
                // An argument or an item of a list.
                if parts.is_empty() {
                    return None;
                }
                let i = rng.below(parts.len());
                parts[i] = with;
                return Some(join(parts));
            }
            let i = *rng.pick(&sites);
            let start = value_start(&parts[i])?;
            parts[i].truncate(start);
            parts[i].extend(with);
            Some(join(parts))
        }
        Mutation::DuplicateEntry => {
            let mut parts = items(&list);
            let plain: Vec<usize> = (0..parts.len())
                .filter(|&i| !has_rust_expression(&parts[i]))
                .collect();
            if plain.is_empty() {
                return None;
            }
            let i = *rng.pick(&plain);
            parts.insert(i, parts[i].clone());
            Some(join(parts))
        }
        Mutation::RemoveEntry => {
            let mut parts = items(&list);
            if parts.is_empty() {
                return None;
            }
            parts.remove(rng.below(parts.len()));
            Some(join(parts))
        }
        Mutation::GrowMap => {
            let mut parts = items(&list);
            let keyed: Vec<usize> = (0..parts.len())
                .filter(|&i| {
                    matches!(parts[i].first(), Some(TokenTree::Literal(l)) if l.to_string().starts_with('"'))
                        && value_start(&parts[i]).is_some()
                        && !has_rust_expression(&parts[i])
                })
                .collect();
            if keyed.is_empty() {
                return None;
            }
            let i = *rng.pick(&keyed);
            let most = if rng.below(16) == 0 { 2_000 } else { 40 };
            let n = 1 + rng.below(most);
            let key = parts[i][0].to_string();
            let key = key.trim_matches('"').to_owned();
            let rest: Vec<TokenTree> = parts[i][1..].to_vec();
            for k in 0..n {
                let mut entry = parse(&format!("\"{key}{k}\""));
                entry.extend(rest.iter().cloned());
                parts.push(entry);
            }
            Some(join(parts))
        }
        Mutation::Empty => {
            if list.is_empty() {
                return None;
            }
            Some(Vec::new())
        }
        Mutation::Attribute => {
            let mut with = parse(rng.pick::<&str>(ATTRIBUTES));
            with.extend(list);
            Some(with)
        }
    }
}

/// What expanding one input did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expansion {
    /// The macro generated code (which must compile).
    Code,
    /// The macro reported errors (`compile_error!`).
    Errors,
    /// The macro panicked, with this message.
    Panic(String),
}

/// One input, expanded.
#[derive(Clone, Debug)]
pub struct Case {
    /// The macro.
    pub macro_name: &'static str,
    /// The input, between the invocation's delimiters.
    pub input: String,
    /// The seed it was made from (its file), and how it was mutated (`None` for the seed).
    pub origin: (PathBuf, Option<Mutation>),
    /// What came out.
    pub expansion: Expansion,
    /// How long the expansion took.
    pub took: Duration,
}

/// Where `file("...")` paths are read from when the tokens come from no file (as in the fuzz
/// harness), for the current thread.
pub fn set_source_dir(dir: Option<PathBuf>) {
    crate::parse::SOURCE_DIR.with(|d| *d.borrow_mut() = dir);
}

/// Expands `input` with `m`, catching a panic, timed.
pub fn expand_case(m: &Macro, input: &str) -> Option<(Expansion, Duration)> {
    let tokens = TokenStream::from_str(input).ok()?;
    let start = Instant::now();
    let out = catch_unwind(AssertUnwindSafe(|| m.expand(tokens)));
    let took = start.elapsed();
    let expansion = match out {
        Ok(tokens) => {
            if has_compile_error(tokens) {
                Expansion::Errors
            } else {
                Expansion::Code
            }
        }
        Err(payload) => Expansion::Panic(
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default(),
        ),
    };
    Some((expansion, took))
}

/// Whether generated code holds a `compile_error!`.
fn has_compile_error(tokens: TokenStream) -> bool {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    trees.iter().enumerate().any(|(i, tt)| match tt {
        TokenTree::Ident(id) => {
            id == "compile_error"
                && matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!')
        }
        TokenTree::Group(g) => has_compile_error(g.stream()),
        _ => false,
    })
}

/// A campaign: `cases` inputs, mutated from `seeds` (each seed itself once first), expanded in
/// process. `mutations` are the ones to draw from.
pub fn campaign(
    seeds: &[Seed],
    cases: usize,
    seed: u64,
    mutations: &[Mutation],
    root: &Path,
) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(cases);
    let run = |s: &Seed, input: String, mutation: Option<Mutation>, out: &mut Vec<Case>| {
        let Some(m) = find(s.macro_name) else { return };
        set_source_dir(root.join(&s.file).parent().map(Path::to_path_buf));
        if let Some((expansion, took)) = expand_case(m, &input) {
            out.push(Case {
                macro_name: m.name,
                input,
                origin: (s.file.clone(), mutation),
                expansion,
                took,
            });
        }
    };
    for s in seeds.iter().take(cases) {
        run(s, s.text.clone(), None, &mut out);
    }
    let mut attempts = 0;
    while out.len() < cases && attempts < cases * 20 && !seeds.is_empty() {
        attempts += 1;
        let s = rng.pick(seeds);
        let mutation = *rng.pick(mutations);
        if let Some(input) = mutate(&s.text, mutation, &mut rng) {
            run(s, input, Some(mutation), &mut out);
        }
    }
    set_source_dir(None);
    out
}

/// The figures of a campaign.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    /// Inputs expanded.
    pub inputs: usize,
    /// Expansions to code.
    pub code: usize,
    /// Expansions to the DSL's errors.
    pub errors: usize,
    /// Panics.
    pub panics: usize,
    /// The longest expansion.
    pub slowest: Duration,
    /// All expansions together.
    pub total: Duration,
}

impl Figures {
    /// The figures of `cases`.
    pub fn of(cases: &[Case]) -> Figures {
        let mut f = Figures::default();
        for c in cases {
            f.inputs += 1;
            match c.expansion {
                Expansion::Code => f.code += 1,
                Expansion::Errors => f.errors += 1,
                Expansion::Panic(_) => f.panics += 1,
            }
            f.slowest = f.slowest.max(c.took);
            f.total += c.took;
        }
        f
    }
}

impl fmt::Display for Figures {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} inputs: {} expanded to code, {} to the DSL's errors, {} panics; slowest expansion {:.1} ms, all {:.2} s",
            self.inputs,
            self.code,
            self.errors,
            self.panics,
            self.slowest.as_secs_f64() * 1e3,
            self.total.as_secs_f64()
        )
    }
}

/// Every macro of [`MACROS`] that no seed invokes.
pub fn uncovered(seeds: &[Seed]) -> Vec<&'static str> {
    MACROS
        .iter()
        .map(|m| m.name)
        .filter(|name| !seeds.iter().any(|s| s.macro_name == *name))
        .collect()
}
