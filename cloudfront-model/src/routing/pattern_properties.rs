//! The coverage decision against brute force: for generated pairs of patterns, a pair decided
//! covered has no path (of every path up to a length, and of random longer ones) that the later
//! pattern matches and the earlier does not, and a pair decided not covered comes with such a
//! path. Matching is checked against a matcher written from the documented semantics alone.

use proptest::prelude::*;

use super::pattern::{Earlier, MAX_STATES};
use super::{Coverage, PathPattern};

/// The documented semantics, naively: one optional leading `/`, `*` any run of characters,
/// `?` one character, everything else itself.
fn naive_matches(pattern: &str, path: &str) -> bool {
    fn go(p: &[char], s: &[char]) -> bool {
        match p.split_first() {
            None => s.is_empty(),
            Some(('*', rest)) => (0..=s.len()).any(|i| go(rest, &s[i..])),
            Some(('?', rest)) => !s.is_empty() && go(rest, &s[1..]),
            Some((c, rest)) => s.first() == Some(c) && go(rest, &s[1..]),
        }
    }
    let strip = |x: &str| x.strip_prefix('/').unwrap_or(x).chars().collect::<Vec<_>>();
    go(&strip(pattern), &strip(path))
}

/// The characters of generated paths: those patterns name, and one they never do.
const PATH_CHARS: [char; 5] = ['a', 'b', '/', '.', 'c'];

/// Every path (with its leading `/`) of at most `max` characters of `PATH_CHARS`.
fn all_paths(max: usize) -> Vec<String> {
    let mut out = vec![String::from("/")];
    let mut frontier = vec![String::from("/")];
    for _ in 0..max {
        let mut next = Vec::new();
        for p in &frontier {
            for c in PATH_CHARS {
                let mut q = p.clone();
                q.push(c);
                next.push(q);
            }
        }
        out.extend(next.iter().cloned());
        frontier = next;
    }
    out
}

fn pattern() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::collection::vec(
            prop::sample::select(vec!['a', 'b', '/', '.', '*', '?']),
            0..7,
        ),
    )
        .prop_map(|(slash, chars)| {
            let body: String = chars.into_iter().collect();
            if slash { format!("/{body}") } else { body }
        })
}

fn path() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PATH_CHARS.to_vec()), 0..14)
        .prop_map(|chars| std::iter::once('/').chain(chars).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn coverage_agrees_with_brute_force(
        earlier in pattern(),
        later in pattern(),
        random in prop::collection::vec(path(), 64),
    ) {
        let (a, b) = (PathPattern::new(&earlier), PathPattern::new(&later));
        let decided = a.coverage(&b);
        // The quick answer (with its shortcuts) is the walk's.
        prop_assert_eq!(a.covers(&b), decided == Coverage::Covered, "`{}` / `{}`", earlier, later);
        match decided {
            Coverage::Covered => {
                for w in all_paths(6).iter().chain(&random) {
                    prop_assert!(
                        !naive_matches(&later, w) || naive_matches(&earlier, w),
                        "`{earlier}` decided to cover `{later}`, but `{w}` matches only the later"
                    );
                }
            }
            Coverage::NotCovered { witness } => {
                prop_assert!(naive_matches(&later, &witness), "`{later}` matches `{witness}`");
                prop_assert!(!naive_matches(&earlier, &witness), "`{earlier}` does not match `{witness}`");
            }
            Coverage::Undecided => prop_assert!(false, "`{earlier}` / `{later}` undecided"),
        }
    }

    #[test]
    fn matching_agrees_with_the_documented_semantics(p in pattern(), w in path()) {
        prop_assert_eq!(PathPattern::new(&p).matches(&w), naive_matches(&p, &w), "`{}` on `{}`", p, w);
    }

    #[test]
    fn a_query_string_is_not_part_of_the_path(p in pattern(), w in path(), q in "[a-z=&]{0,8}") {
        let with_query = format!("{w}?{q}");
        prop_assert_eq!(PathPattern::new(&p).matches(&with_query), naive_matches(&p, &w));
    }

    /// The index finds the same first covering pattern as trying the earlier ones in order,
    /// and spends the same budget.
    #[test]
    fn the_index_finds_what_a_scan_finds(list in prop::collection::vec(pattern(), 1..12)) {
        let mut earlier = Earlier::default();
        let mut scanned: Vec<PathPattern> = Vec::new();
        let (mut indexed_budget, mut scan_budget) = (MAX_STATES, MAX_STATES);
        for p in &list {
            let this = PathPattern::new(p);
            let found = earlier.first_cover(&this, &mut indexed_budget);
            let expected = scanned.iter().position(|e| e.covers_within(&this, &mut scan_budget));
            prop_assert_eq!(found, expected, "`{}` after {:?}", p, list);
            prop_assert_eq!(indexed_budget, scan_budget);
            earlier.push(this.clone());
            scanned.push(this);
        }
    }
}
