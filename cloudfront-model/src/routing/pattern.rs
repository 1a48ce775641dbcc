//! CloudFront's path patterns: which request paths a pattern matches, and whether every path
//! one pattern matches is matched by another (the second then *covers* the first).
//!
//! What CloudFront documents, from the Amazon CloudFront Developer Guide, "Cache behavior
//! settings", section "Path pattern"
//! (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html#DownloadDistValuesPathPattern>;
//! the archived copy of the guide on GitHub, `distribution-web-values-specify.md`, says the
//! same):
//!
//! - The request path is compared with the path patterns in the order the behaviors are
//!   listed; the first match decides. The default behavior's pattern is `*` and comes last.
//! - `*` matches 0 or more characters, `?` exactly 1. Nothing else is special: there are no
//!   character classes, and no escape.
//! - A pattern applies to the files below a directory too: `images/*.jpg` matches
//!   `images/product1/a.jpg`. So `*` matches `/` as any other character.
//! - Patterns are case-sensitive: `*.jpg` does not match `LOGO.JPG`.
//! - The leading `/` is optional: CloudFront behaves the same with or without it.
//! - Query strings (and cookies) are not part of what a pattern is compared with.
//!
//! What this module takes from that: a pattern and a path are compared after one leading `/`
//! is dropped from each, character by character (Unicode scalar values), as the path arrives
//! (percent-encoding is not decoded: CloudFront documents no decoding). A path given with a
//! query string (`/search?q=a`) is compared without it.
//!
//! Coverage is language inclusion: pattern `a` covers pattern `b` when every path `b`
//! matches, `a` matches. It is decided exactly (see [`PathPattern::coverage`]), by walking the
//! product of `b`'s pattern with the subset construction of `a`'s, over an alphabet of `a`'s
//! literal characters plus one symbol for every other character: two characters `a` does not
//! name behave alike for `a`, so that alphabet is complete. [`PathPattern::covers`] first
//! checks what coverage needs and costs nothing (literal prefix, literal suffix, length), which
//! tells most pairs of a distribution apart without the walk. The walk's work is bounded
//! (patterns can be built to make it exponential); past the bound the answer is "undecided",
//! which reports nothing, so a warning is never wrong.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;

/// One element of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Token {
    /// A character that matches itself.
    Literal(char),
    /// `?`: exactly one character.
    One,
    /// `*`: zero or more characters.
    Any,
}

/// A path pattern of a cache behavior, such as `/images/*.jpg`.
///
/// ```
/// use cloudfront_dsl::routing::PathPattern;
/// let jpg = PathPattern::new("images/*.jpg");
/// assert!(jpg.matches("/images/cat.jpg"));
/// assert!(jpg.matches("/images/2024/cat.jpg"));
/// assert!(jpg.matches("/images/cat.jpg?size=small"));
/// assert!(!jpg.matches("/images/cat.JPG"));
///
/// assert!(PathPattern::new("/images/*").covers(&jpg));
/// assert!(!jpg.covers(&PathPattern::new("/images/*")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PathPattern {
    text: String,
    /// The tokens without the leading `/`, each run of wildcards written `?`s first, then one
    /// `*` if it had any: the same paths, in a form in which equal languages look alike more
    /// often.
    tokens: Vec<Token>,
    /// What [`PathPattern::covers`] checks first, computed once: how many literals the tokens
    /// start and end with, how many characters the shortest path has, whether there is a `*`.
    leading: usize,
    trailing: usize,
    shortest: usize,
    has_any: bool,
}

/// Whether one pattern covers another: the answer of [`PathPattern::coverage`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// Every path the second pattern matches, the first matches.
    Covered,
    /// The second pattern matches `witness`, which the first does not.
    NotCovered {
        /// A request path that tells the two apart.
        witness: String,
    },
    /// The patterns are too intricate to decide within the work bound (see
    /// [`PathPattern::coverage`]); treated as not covered, so that nothing is reported.
    Undecided,
}

/// How many states [`PathPattern::coverage`] explores before it gives up. Deciding coverage
/// of glob patterns can take time exponential in the number of `?` after a `*`; patterns that
/// CloudFront takes (at most 255 characters) stay far below this unless built to blow up.
pub(crate) const MAX_STATES: usize = 50_000;

/// How many states the coverage walks of one distribution's patterns may visit in all: far
/// more than real patterns take (a few per pair), few enough that patterns built to blow the
/// walk up cannot hold a compile up for long.
pub(crate) const COVERAGE_BUDGET: usize = 200_000;

impl PathPattern {
    /// The pattern `pattern`, as written. Any string is a pattern here; what CloudFront
    /// rejects (characters, length) is the rule set's business.
    pub fn new(pattern: &str) -> PathPattern {
        let body = pattern.strip_prefix('/').unwrap_or(pattern);
        let mut tokens = Vec::with_capacity(body.len());
        let mut ones = 0;
        let mut any = false;
        let flush = |tokens: &mut Vec<Token>, ones: &mut usize, any: &mut bool| {
            tokens.extend(std::iter::repeat_n(Token::One, *ones));
            if *any {
                tokens.push(Token::Any);
            }
            *ones = 0;
            *any = false;
        };
        for c in body.chars() {
            match c {
                '*' => any = true,
                '?' => ones += 1,
                c => {
                    flush(&mut tokens, &mut ones, &mut any);
                    tokens.push(Token::Literal(c));
                }
            }
        }
        flush(&mut tokens, &mut ones, &mut any);
        let is_literal = |t: &&Token| matches!(t, Token::Literal(_));
        PathPattern {
            text: pattern.to_owned(),
            leading: tokens.iter().take_while(is_literal).count(),
            trailing: tokens.iter().rev().take_while(is_literal).count(),
            shortest: tokens.iter().filter(|t| **t != Token::Any).count(),
            has_any: tokens.contains(&Token::Any),
            tokens,
        }
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the pattern matches every request path (`*`, `**`, `/**`).
    pub fn matches_every_path(&self) -> bool {
        self.tokens == [Token::Any]
    }

    /// Whether the pattern matches the request path `path` (a leading `/` is optional, a query
    /// string is ignored).
    pub fn matches(&self, path: &str) -> bool {
        let path = path.split('?').next().unwrap_or_default();
        let path = path.strip_prefix('/').unwrap_or(path);
        let text: Vec<char> = path.chars().collect();
        let pattern = &self.tokens;
        // The classic two-pointer glob match: on a mismatch, the last `*` takes one more
        // character and matching resumes after it.
        let (mut p, mut s) = (0, 0);
        let mut star: Option<(usize, usize)> = None;
        while s < text.len() {
            match pattern.get(p) {
                Some(Token::One) => {
                    p += 1;
                    s += 1;
                }
                Some(Token::Literal(c)) if *c == text[s] => {
                    p += 1;
                    s += 1;
                }
                Some(Token::Any) => {
                    star = Some((p, s));
                    p += 1;
                }
                _ => match star {
                    Some((sp, ss)) => {
                        star = Some((sp, ss + 1));
                        p = sp + 1;
                        s = ss + 1;
                    }
                    None => return false,
                },
            }
        }
        pattern[p.min(pattern.len())..]
            .iter()
            .all(|t| *t == Token::Any)
    }

    /// Whether every path `later` matches, this pattern matches: then a behavior for `later`
    /// listed after one for this pattern never applies. Exact, except where
    /// [`coverage`](Self::coverage) is undecided (then `false`).
    pub fn covers(&self, later: &PathPattern) -> bool {
        self.covers_within(later, &mut MAX_STATES.clone())
    }

    /// [`covers`](Self::covers), with the walk's states counted against `budget`, which the
    /// rule shares between the pairs of a distribution: patterns built to blow the walk up
    /// cost it a bounded time in all, and what is left undecided is not reported.
    pub(crate) fn covers_within(&self, later: &PathPattern, budget: &mut usize) -> bool {
        if self.tokens == later.tokens || self.matches_every_path() {
            return true;
        }
        if later.leading == later.tokens.len() {
            // `later` matches one path.
            return self.matches(&later.example_path());
        }
        if !self.may_cover(later) {
            return false;
        }
        let walk = Walk::new(&self.tokens, &later.tokens);
        walk.run(budget) == Coverage::Covered
    }

    /// What coverage needs and costs little to check, so that most pairs of a distribution's
    /// patterns (`/a/*` and `/b/*`) are told apart without the walk. `later` has a wildcard:
    /// - its paths start with its leading literals and end with its trailing ones, and a
    ///   wildcard next to them can make the next character anything, so this pattern's
    ///   leading (trailing) literals must be a prefix (suffix) of `later`'s;
    /// - a wildcard can make a path as short as the pattern's characters outside `*`, and a
    ///   `*` as long as wanted, so this pattern can be no longer, and has a `*` if `later` has.
    fn may_cover(&self, later: &PathPattern) -> bool {
        fn leading(p: &PathPattern) -> &[Token] {
            &p.tokens[..p.leading]
        }
        fn trailing(p: &PathPattern) -> &[Token] {
            &p.tokens[p.tokens.len() - p.trailing..]
        }
        leading(later).starts_with(leading(self))
            && trailing(later).ends_with(trailing(self))
            && self.shortest <= later.shortest
            && (self.has_any || !later.has_any)
    }

    /// Decides whether this pattern covers `later`, with a path that tells them apart when it
    /// does not.
    ///
    /// The walk visits pairs (position in `later`, set of positions this pattern can be at
    /// after the same characters) and looks for one where `later` can end and this pattern
    /// cannot; it explores at most 50 000 pairs, and answers [`Coverage::Undecided`] beyond.
    ///
    /// ```
    /// use cloudfront_dsl::routing::{Coverage, PathPattern};
    /// let any_doc = PathPattern::new("*.doc*");
    /// assert_eq!(any_doc.coverage(&PathPattern::new("/files/*.docx")), Coverage::Covered);
    /// // `*.doc?` needs a character after `.doc`: `/a.doc` tells them apart.
    /// let Coverage::NotCovered { witness } = PathPattern::new("*.doc?").coverage(&any_doc) else {
    ///     panic!()
    /// };
    /// assert!(any_doc.matches(&witness) && !PathPattern::new("*.doc?").matches(&witness));
    /// ```
    pub fn coverage(&self, later: &PathPattern) -> Coverage {
        if self.tokens == later.tokens || self.matches_every_path() {
            return Coverage::Covered;
        }
        Walk::new(&self.tokens, &later.tokens).run(&mut MAX_STATES.clone())
    }

    /// A request path the pattern matches, with each wildcard standing for `x`: an example
    /// for messages (`/api/v2/x` for `/api/v2/*`).
    pub fn example_path(&self) -> String {
        let mut out = String::from("/");
        for t in &self.tokens {
            match t {
                Token::Literal(c) => out.push(*c),
                Token::One | Token::Any => out.push('x'),
            }
        }
        out
    }
}

/// Patterns in the order their behaviors are listed, indexed by their leading literals: a
/// pattern can only cover one whose leading literals start with its own (see
/// [`PathPattern::may_cover`]), so finding the first earlier pattern that covers a new one
/// looks at the few whose leading literals are a prefix of the new one's, not at all of them.
/// That keeps the coverage rule's cost per behavior flat as a distribution grows.
#[derive(Default)]
pub(crate) struct Earlier {
    patterns: Vec<PathPattern>,
    /// The trie of leading literals: the child of a node for a character.
    children: HashMap<(usize, char), usize>,
    /// For each node of the trie (the root is node 0), the patterns whose leading literals
    /// end there, in order.
    ending: Vec<Vec<usize>>,
}

impl Earlier {
    /// Adds `pattern` after the others; its position among them.
    pub(crate) fn push(&mut self, pattern: PathPattern) -> usize {
        if self.ending.is_empty() {
            self.ending.push(Vec::new());
        }
        let mut node = 0;
        for t in &pattern.tokens[..pattern.leading] {
            let Token::Literal(c) = *t else { break };
            let next = self.ending.len();
            node = *self.children.entry((node, c)).or_insert(next);
            if node == next {
                self.ending.push(Vec::new());
            }
        }
        let index = self.patterns.len();
        self.ending[node].push(index);
        self.patterns.push(pattern);
        index
    }

    /// The pattern at `index`.
    pub(crate) fn get(&self, index: usize) -> &PathPattern {
        &self.patterns[index]
    }

    /// The first of the patterns that covers `later`, by position, with the walks' states
    /// counted against `budget` as [`PathPattern::covers_within`] counts them: the same
    /// answer, and the same budget spent, as trying every earlier pattern in order.
    pub(crate) fn first_cover(&self, later: &PathPattern, budget: &mut usize) -> Option<usize> {
        let mut candidates: Vec<usize> = self.ending.first()?.clone();
        let mut node = 0;
        for t in &later.tokens[..later.leading] {
            let Token::Literal(c) = *t else { break };
            match self.children.get(&(node, c)) {
                Some(&next) => {
                    node = next;
                    candidates.extend_from_slice(&self.ending[node]);
                }
                None => break,
            }
        }
        candidates.sort_unstable();
        candidates
            .into_iter()
            .find(|&i| self.patterns[i].covers_within(later, budget))
    }
}

impl fmt::Display for PathPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A set of positions of a pattern (`0..=len`), as bits.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Positions(Vec<u64>);

impl Positions {
    fn empty(len: usize) -> Self {
        Positions(vec![0; len / 64 + 1])
    }

    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
}

/// The search of [`PathPattern::coverage`]: `earlier` covers `later` unless some path takes
/// `later` to its end and `earlier` nowhere near its own.
struct Walk<'a> {
    earlier: &'a [Token],
    later: &'a [Token],
    /// What a character of the path can be, as far as `earlier` can tell: one of its literal
    /// characters, or any other one (`None`).
    alphabet: Vec<Option<char>>,
    /// A character `earlier` does not name, for witnesses.
    other: char,
}

/// A pair the walk reached, with how: the visit it came from and the character read (none
/// for the empty match of a `*` of `later`).
struct Visit {
    at: usize,
    positions: Positions,
    parent: Option<(usize, Option<char>)>,
}

impl<'a> Walk<'a> {
    fn new(earlier: &'a [Token], later: &'a [Token]) -> Self {
        let mut named: Vec<char> = earlier
            .iter()
            .filter_map(|t| match t {
                Token::Literal(c) => Some(*c),
                _ => None,
            })
            .collect();
        named.sort_unstable();
        named.dedup();
        let other = "xzqkjwvy0123456789"
            .chars()
            .chain('\u{a1}'..)
            .find(|c| named.binary_search(c).is_err())
            .unwrap_or('x');
        let mut alphabet: Vec<Option<char>> = named.into_iter().map(Some).collect();
        alphabet.push(None);
        Walk {
            earlier,
            later,
            alphabet,
            other,
        }
    }

    /// `positions` with every position a `*` can skip to added.
    fn closed(&self, mut positions: Positions) -> Positions {
        for (j, t) in self.earlier.iter().enumerate() {
            if *t == Token::Any && positions.contains(j) {
                positions.insert(j + 1);
            }
        }
        positions
    }

    /// Where `earlier` can be after reading `c` (`None`: a character it does not name) from
    /// `positions`.
    fn step(&self, positions: &Positions, c: Option<char>) -> Positions {
        let mut next = Positions::empty(self.earlier.len());
        for (j, t) in self.earlier.iter().enumerate() {
            if !positions.contains(j) {
                continue;
            }
            match t {
                Token::Literal(l) if Some(*l) == c => next.insert(j + 1),
                Token::Literal(_) => {}
                Token::One => next.insert(j + 1),
                Token::Any => next.insert(j),
            }
        }
        self.closed(next)
    }

    /// Whether `earlier` accepts whatever follows: it can be at a `*` after which only `*`s
    /// remain.
    fn accepts_any_rest(&self, positions: &Positions) -> bool {
        let tail = self
            .earlier
            .iter()
            .rposition(|t| *t != Token::Any)
            .map_or(0, |i| i + 1);
        tail < self.earlier.len() && positions.contains(tail)
    }

    /// The moves of `later` from position `at`: where it goes and what it reads.
    fn moves(&self, at: usize) -> Vec<(usize, Option<Option<char>>)> {
        match self.later.get(at) {
            None => Vec::new(),
            Some(Token::Literal(c)) => vec![(at + 1, Some(Some(*c)))],
            Some(Token::One) => self.alphabet.iter().map(|c| (at + 1, Some(*c))).collect(),
            Some(Token::Any) => std::iter::once((at + 1, None))
                .chain(self.alphabet.iter().map(|c| (at, Some(*c))))
                .collect(),
        }
    }

    /// Walks, spending at most `budget` states (what is left of it is left in it).
    fn run(&self, budget: &mut usize) -> Coverage {
        let mut spent = 0;
        let out = self.walk(*budget, &mut spent);
        *budget = budget.saturating_sub(spent);
        out
    }

    fn walk(&self, budget: usize, spent: &mut usize) -> Coverage {
        let n = self.earlier.len();
        let mut start = Positions::empty(n);
        start.insert(0);
        let start = self.closed(start);
        let mut seen: HashSet<(usize, Positions)> = HashSet::new();
        seen.insert((0, start.clone()));
        let mut visits = vec![Visit {
            at: 0,
            positions: start,
            parent: None,
        }];
        let mut queue = VecDeque::from([0usize]);
        while let Some(v) = queue.pop_front() {
            let at = visits[v].at;
            let positions = visits[v].positions.clone();
            if self.accepts_any_rest(&positions) {
                continue;
            }
            // `earlier` is stuck, or `later` can end here while `earlier` cannot.
            if positions.is_empty() || (at == self.later.len() && !positions.contains(n)) {
                return Coverage::NotCovered {
                    witness: self.witness(&visits, v),
                };
            }
            for (to, read) in self.moves(at) {
                let to_positions = match read {
                    None => positions.clone(),
                    Some(c) => self.step(&positions, c),
                };
                if !seen.insert((to, to_positions.clone())) {
                    continue;
                }
                *spent = visits.len();
                if visits.len() >= budget {
                    return Coverage::Undecided;
                }
                visits.push(Visit {
                    at: to,
                    positions: to_positions,
                    parent: Some((v, read.map(|c| c.unwrap_or(self.other)))),
                });
                queue.push_back(visits.len() - 1);
            }
        }
        Coverage::Covered
    }

    /// The path that leads to visit `v`, completed with an example of the rest of `later`.
    fn witness(&self, visits: &[Visit], v: usize) -> String {
        let mut read = Vec::new();
        let mut cur = v;
        while let Some((parent, c)) = visits[cur].parent {
            read.extend(c);
            cur = parent;
        }
        read.reverse();
        let mut path: String = std::iter::once('/').chain(read).collect();
        for t in &self.later[visits[v].at..] {
            match t {
                Token::Literal(c) => path.push(*c),
                Token::One => path.push(self.other),
                Token::Any => {}
            }
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PathPattern {
        PathPattern::new(s)
    }

    #[test]
    fn documented_examples() {
        assert!(p("*.jpg").matches("/logo.jpg"));
        assert!(!p("*.jpg").matches("/LOGO.JPG"));
        assert!(p("images/*.jpg").matches("/images/product1/a.jpg"));
        assert!(p("a??.jpg").matches("/ant.jpg"));
        assert!(!p("a??.jpg").matches("/an.jpg"));
        assert!(p("*.doc*").matches("/a.docx"));
        assert!(p("*.doc*").matches("/a.doc"));
        assert!(!p("*.doc?").matches("/a.doc"));
        assert!(p("/images/*").matches("images/a"));
    }

    #[test]
    fn wildcard_runs_are_canonical() {
        assert_eq!(p("a*?*b").tokens, p("a?*b").tokens);
        assert!(p("a*?").covers(&p("a?*")));
        assert!(p("a?*").covers(&p("a*?")));
        assert!(p("**").matches_every_path());
        assert!(p("/**").covers(&p("x")));
    }

    #[test]
    fn coverage_shapes() {
        assert!(p("/api/*").covers(&p("/api/v2/*")));
        assert!(p("*.jpg").covers(&p("images/*.jpg")));
        assert!(p("/a?c").covers(&p("/abc")));
        assert!(p("images/*").covers(&p("/images/*.png")));
        assert!(!p("/api/v2/*").covers(&p("/api/*")));
        assert!(!p("images/*").covers(&p("*.jpg")));
        assert!(!p("/a/*").covers(&p("/a")));
    }

    #[test]
    fn witnesses_tell_patterns_apart() {
        for (a, b) in [
            ("/api/v2/*", "/api/*"),
            ("*.jpg", "*.png"),
            ("a*b*c", "a*c"),
            ("*a?", "*a*"),
            ("x", "?"),
        ] {
            let (a, b) = (p(a), p(b));
            match a.coverage(&b) {
                Coverage::NotCovered { witness } => {
                    assert!(b.matches(&witness), "{b} matches {witness}");
                    assert!(!a.matches(&witness), "{a} does not match {witness}");
                }
                other => panic!("{a} / {b}: {other:?}"),
            }
        }
    }

    #[test]
    fn blowup_is_bounded() {
        let earlier = p(&format!("*a{}", "?".repeat(40)));
        let later = p(&format!("*{}", "?".repeat(41)));
        assert_eq!(earlier.coverage(&later), Coverage::Undecided);
        // A distribution of such patterns spends the shared budget once, then the rest of its
        // pairs are left undecided at once.
        let patterns: Vec<PathPattern> = (0..75)
            .map(|i| p(&format!("*a{}{}", "?".repeat(40), "b".repeat(i))))
            .collect();
        let mut budget = COVERAGE_BUDGET;
        for (i, later) in patterns.iter().enumerate() {
            for earlier in &patterns[..i] {
                assert!(!earlier.covers_within(later, &mut budget));
            }
        }
        assert_eq!(budget, 0);
    }
}
