//! The one rule set.
//!
//! Every check lives here, written once against the typed props. The macros run it at compile
//! time on the literal parts of an invocation (values given by Rust expressions are unknown then,
//! see [`Fact`]); `Stack::synth()` runs it at run time on complete values. Each violation names
//! the property path it is about, which the macro maps back to the offending token.

mod catalog;
mod distribution;
mod keys;
mod logging;
mod origin;
mod policy;
pub(crate) mod text;
mod tls;

pub use catalog::Rule;
pub(crate) use distribution::{check_bound_distribution, check_distribution};
pub(crate) use keys::check_trusted_key_groups;
pub(crate) use tls::check_certificate;

use crate::lit::Unknowns;
use crate::path::PropPath;
use crate::quotas::Quotas;
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
}

impl<'a> Checker<'a> {
    /// A checker that knows which values are `unknowns` and checks quotas against `quotas`.
    pub fn new(unknowns: &'a Unknowns, quotas: &'a Quotas) -> Self {
        Self {
            unknowns,
            quotas,
            found: Vec::new(),
        }
    }

    /// What is known of the optional prop `value` at `path`.
    pub fn fact<'v, T>(&self, path: &PropPath, value: &'v Option<T>) -> Fact<&'v T> {
        match value {
            Some(v) => Fact::Known(v),
            None if self.unknowns.covers(path) => Fact::Unknown,
            None => Fact::Absent,
        }
    }

    /// Whether the value at `path` is only known at run time.
    pub fn is_unknown(&self, path: &PropPath) -> bool {
        self.unknowns.covers(path)
    }

    /// The quotas in force.
    pub fn quotas(&self) -> &Quotas {
        self.quotas
    }

    /// Records a violation. One about a value the checker cannot see is dropped: it is left to
    /// the run-time check.
    pub fn report(&mut self, violation: Violation) {
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
        if self.unknowns.covers(&parent.field(name)) {
            return;
        }
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

/// Checks a comment: CloudFront takes at most 128 characters.
pub(crate) fn check_comment(comment: &Option<String>, path: &PropPath, cx: &mut Checker<'_>) {
    const MAX_COMMENT: usize = 128;
    if let Some(c) = comment
        && c.chars().count() > MAX_COMMENT
    {
        cx.report(
            Violation::new(
                Rule::Comment,
                path.clone(),
                format!(
                    "the comment has {} characters; CloudFront takes at most {MAX_COMMENT}",
                    c.chars().count()
                ),
            )
            .help("shorten the comment"),
        );
    }
}

/// The kinds of resource an account holds a quota of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PolicyKind {
    Cache,
    OriginRequest,
    KeyGroup,
}

/// The `count`th custom policy of a kind in a stack, against the account's quota.
pub(crate) fn check_policy_count(count: u64, kind: PolicyKind, cx: &mut Checker<'_>) {
    let (quota, name, what) = match kind {
        PolicyKind::Cache => (
            cx.quotas().cache_policies_per_account,
            "cache_policies_per_account",
            "cache policy of the stack",
        ),
        PolicyKind::OriginRequest => (
            cx.quotas().origin_request_policies_per_account,
            "origin_request_policies_per_account",
            "origin request policy of the stack",
        ),
        PolicyKind::KeyGroup => (
            cx.quotas().key_groups_per_account,
            "key_groups_per_account",
            "key group of the stack",
        ),
    };
    if count == quota + 1 {
        cx.report(over_quota(
            Rule::PerAccountQuota,
            PropPath::root(),
            what,
            count,
            quota,
            name,
        ));
    }
}

/// A stack name CloudFormation rejects.
pub(crate) fn check_stack_name(name: &str) -> Option<Violation> {
    let valid = name.len() <= 128
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    (!valid).then(|| {
        Violation::new(
            Rule::StackName,
            PropPath::root(),
            format!("`{name}` is not a valid stack name: CloudFormation takes a letter followed by letters, digits and `-`, at most 128 characters"),
        )
        .help("rename the stack")
    })
}

/// A logical id CloudFormation rejects (only a user's own logical id can be one).
pub(crate) fn check_logical_id(id: &str) -> Option<Violation> {
    let valid = !id.is_empty() && id.len() <= 255 && id.chars().all(|c| c.is_ascii_alphanumeric());
    (!valid).then(|| {
        Violation::new(
            Rule::ConstructId,
            PropPath::root(),
            format!(
                "`{id}` is not a valid logical id: CloudFormation takes 1 to 255 letters and digits"
            ),
        )
        .help("choose a logical id of letters and digits")
    })
}
