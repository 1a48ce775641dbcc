//! The machinery every rule runs on: the [`Checker`] that collects violations and hides those
//! about values unknown at compile time, what it knows of a prop ([`Fact`]), and the message of
//! a quota exceeded.

use crate::lit::Unknowns;
use crate::path::PropPath;
use crate::quotas::Quotas;
use crate::rules::catalog::Rule;
use crate::violation::{Target, Violation};

/// What the checker knows of an optional prop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact<T> {
    /// The prop is not given.
    Absent,
    /// The prop is given, by a value only known at run time.
    Unknown,
    /// The prop is given, with this value.
    Known(T),
}

impl<T> Fact<T> {
    /// Whether the prop is given, known or not.
    pub fn is_present(&self) -> bool {
        !matches!(self, Fact::Absent)
    }

    /// The fact with the value copied out of its reference.
    pub fn copied<U: Copy>(self) -> Fact<U>
    where
        T: std::ops::Deref<Target = U>,
    {
        match self {
            Fact::Absent => Fact::Absent,
            Fact::Unknown => Fact::Unknown,
            Fact::Known(v) => Fact::Known(*v),
        }
    }

    /// The value, when known.
    pub fn known(self) -> Option<T> {
        match self {
            Fact::Known(v) => Some(v),
            _ => None,
        }
    }
}

/// Runs rules and collects their violations.
///
/// ```
/// use cloudfront_model::{PropPath, Quotas};
/// use cloudfront_model::lit::Unknowns;
/// use cloudfront_model::rules::{Checker, Fact};
///
/// let mut unknowns = Unknowns::none();
/// unknowns.insert(PropPath::root().field("certificate"));
/// let quotas = Quotas::default();
/// let cx = Checker::new(&unknowns, &quotas);
/// let certificate: Option<String> = None;
/// assert_eq!(cx.fact(&PropPath::root().field("certificate"), &certificate), Fact::Unknown);
/// ```
#[derive(Debug)]
pub struct Checker<'a> {
    unknowns: &'a Unknowns,
    quotas: &'a Quotas,
    found: Vec<Violation>,
    /// Where the values a rule reads are written, when a construct checks its props as the
    /// model's types (an origin as `origins::Origin`) under other names: each prefix on the
    /// left stands for the one on the right, innermost first.
    renames: Vec<(PropPath, PropPath)>,
}

impl<'a> Checker<'a> {
    /// A checker that knows which values are `unknowns` and checks quotas against `quotas`.
    pub fn new(unknowns: &'a Unknowns, quotas: &'a Quotas) -> Self {
        Self {
            unknowns,
            quotas,
            found: Vec::new(),
            renames: Vec::new(),
        }
    }

    /// Runs `check` with the paths it reads and reports at rewritten: a path that starts with
    /// the left prefix of a pair is the path that starts with the right one instead. A
    /// construct that holds a value the model has a type for (an origin) under names of its
    /// own checks it with the type's rules this way, and every violation names the path the
    /// user wrote.
    pub(crate) fn renamed<R>(
        &mut self,
        renames: Vec<(PropPath, PropPath)>,
        check: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let added = renames.len();
        self.renames.splice(0..0, renames);
        let out = check(self);
        self.renames.drain(..added);
        out
    }

    /// Where the value a rule knows at `path` is written.
    fn written_at(&self, path: &PropPath) -> PropPath {
        self.renames
            .iter()
            .find_map(|(from, to)| path.rebased(from, to))
            .unwrap_or_else(|| path.clone())
    }

    /// What is known of the optional prop `value` at `path`.
    pub fn fact<'v, T>(&self, path: &PropPath, value: &'v Option<T>) -> Fact<&'v T> {
        match value {
            Some(v) => Fact::Known(v),
            None if self.is_unknown(path) => Fact::Unknown,
            None => Fact::Absent,
        }
    }

    /// Whether the value at `path` is only known at run time.
    pub fn is_unknown(&self, path: &PropPath) -> bool {
        self.unknowns.covers(&self.written_at(path))
    }

    /// The quotas in force.
    pub fn quotas(&self) -> &Quotas {
        self.quotas
    }

    /// Records a violation. One about a value the checker cannot see is dropped: it is left to
    /// the run-time check.
    pub fn report(&mut self, mut violation: Violation) {
        violation.path = self.written_at(&violation.path);
        let hidden = match violation.target {
            Target::Value => self.unknowns.covers(&violation.path),
            Target::Key => violation
                .path
                .parent()
                .is_some_and(|p| self.unknowns.covers(&p)),
        };
        if !hidden {
            self.found.push(violation);
        }
    }

    /// Reports the required prop `name` of the object at `parent` as missing, unless it is
    /// given by a value only known at run time.
    pub(crate) fn require(&mut self, parent: &PropPath, name: &'static str) {
        let written = self.written_at(&parent.field(name));
        if self.unknowns.covers(&written) {
            return;
        }
        let name = match written.last() {
            Some(crate::path::Seg::Field(written)) => written.clone(),
            _ => name.into(),
        };
        self.report(
            Violation::new(
                Rule::MissingRequired,
                parent.clone(),
                format!("missing required prop `{name}`"),
            )
            .help(format!("add `{name}: ...` to this block")),
        );
    }

    /// The violations found so far.
    pub fn violations(&self) -> &[Violation] {
        &self.found
    }

    /// The violations found.
    pub fn into_violations(self) -> Vec<Violation> {
        self.found
    }
}

/// Props that the rule set can check on their own (the top-level props of a macro).
pub trait Check {
    /// Checks the props; paths are relative to the props' root.
    fn check(&self, cx: &mut Checker<'_>);
}

/// How to tell the rules about a quota AWS raised.
pub(crate) fn raise_quota_help(quota_name: &str) -> String {
    format!(
        "if AWS raised your account's quota, declare it: `#![quotas({quota_name} = N)]` in the macro (which raises the stack's quota too), or `Stack::with_quotas` for values only known at run time"
    )
}

/// The `number`th item of a kind, one more than the quota allows. It points at the item itself
/// (not its value, which may be unknown at compile time: its existence is what counts).
pub(crate) fn over_quota(
    rule: Rule,
    path: PropPath,
    what: &str,
    number: u64,
    quota: u64,
    quota_name: &str,
) -> Violation {
    Violation::new(
        rule,
        path,
        format!(
            "this is the {} {what}; CloudFront allows {quota} (account quota)",
            ordinal(number)
        ),
    )
    .help(raise_quota_help(quota_name))
    .at_key()
}

/// `1st`, `2nd`, `11th`, `101st`.
fn ordinal(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rule reads and reports under the model's names; the renames say where the user wrote
    /// the values, for what is unknown and for where violations point.
    #[test]
    fn renames_rewrite_the_paths_a_rule_reads_and_reports() {
        let source = PropPath::root()
            .field("origin_configs")
            .index(0)
            .field("custom_origin_source");
        let config = PropPath::root().field("origin_configs").index(0);
        let mut unknowns = Unknowns::none();
        unknowns.insert(config.field("connection_attempts"));
        let quotas = Quotas::default();
        let mut cx = Checker::new(&unknowns, &quotas);
        let renames = vec![
            (
                source.field("custom_headers"),
                source.field("origin_headers"),
            ),
            (
                source.field("connection_attempts"),
                config.field("connection_attempts"),
            ),
        ];
        let none: Option<u32> = None;
        cx.renamed(renames, |cx| {
            assert_eq!(
                cx.fact(&source.field("connection_attempts"), &none),
                Fact::Unknown
            );
            assert_eq!(cx.fact(&source.field("http_port"), &none), Fact::Absent);
            let header = source.field("custom_headers").key("Host");
            cx.report(Violation::new(Rule::OriginHeaderName, header, "no Host"));
            // Hidden: the value is unknown where it is written.
            cx.report(Violation::new(
                Rule::ConnectionAttempts,
                source.field("connection_attempts"),
                "unknown",
            ));
        });
        // Outside the closure the paths are the rule's own again.
        assert!(!cx.is_unknown(&source.field("connection_attempts")));
        let paths: Vec<String> = cx.violations().iter().map(|v| v.path.to_string()).collect();
        assert_eq!(
            paths,
            [r#"origin_configs[0].custom_origin_source.origin_headers["Host"]"#]
        );
    }
}
