//! `Duration`, with the CDK's factories (`Duration::days(2)`).

use std::fmt;

use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::shape::{EnumSchema, Factory, HasKind, Kind, Param};

/// A length of time, as the CDK's `Duration`. CloudFormation takes whole seconds; a rule rejects
/// a duration that is not (`Duration::millis(1500)` where seconds are expected).
///
/// ```
/// use cloudfront_dsl::Duration;
/// assert_eq!(Duration::days(2).to_seconds(), Some(172_800));
/// assert_eq!(Duration::millis(1500).to_seconds(), None);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration {
    millis: u64,
    /// The duration asked for is longer than `u64::MAX` milliseconds (`Duration::days(n)` of a
    /// huge `n`): kept apart, so that a rule says it is out of range rather than check the
    /// clamped value.
    out_of_range: bool,
}

impl Duration {
    /// A duration of `n` milliseconds.
    pub const fn millis(n: u64) -> Self {
        Self {
            millis: n,
            out_of_range: false,
        }
    }

    /// `n` units of `unit` milliseconds.
    const fn of(n: u64, unit: u64) -> Self {
        match n.checked_mul(unit) {
            Some(millis) => Self::millis(millis),
            None => Self {
                millis: u64::MAX,
                out_of_range: true,
            },
        }
    }

    /// A duration of `n` seconds.
    pub const fn seconds(n: u64) -> Self {
        Self::of(n, 1_000)
    }

    /// A duration of `n` minutes.
    pub const fn minutes(n: u64) -> Self {
        Self::of(n, 60_000)
    }

    /// A duration of `n` hours.
    pub const fn hours(n: u64) -> Self {
        Self::of(n, 3_600_000)
    }

    /// A duration of `n` days.
    pub const fn days(n: u64) -> Self {
        Self::of(n, 86_400_000)
    }

    /// Whether the duration is longer than this type holds (`u64::MAX` milliseconds, some 584
    /// million years), so that no prop takes it.
    ///
    /// ```
    /// use cloudfront_dsl::Duration;
    /// assert!(Duration::seconds(u64::MAX).is_out_of_range());
    /// assert!(!Duration::days(365).is_out_of_range());
    /// ```
    pub const fn is_out_of_range(self) -> bool {
        self.out_of_range
    }

    /// The duration in milliseconds.
    pub const fn to_millis(self) -> u64 {
        self.millis
    }

    /// The duration in whole seconds; `None` when it is not a whole number of seconds (or is
    /// [out of range](Self::is_out_of_range)).
    pub const fn to_seconds(self) -> Option<u64> {
        if !self.out_of_range && self.millis.is_multiple_of(1_000) {
            Some(self.millis / 1_000)
        } else {
            None
        }
    }

    /// The duration in seconds, rounded down.
    pub const fn whole_seconds(self) -> u64 {
        self.millis / 1_000
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.out_of_range {
            return write!(f, "more than {} ms", u64::MAX);
        }
        match self.to_seconds() {
            Some(s) => write!(f, "{s} s"),
            None => write!(f, "{} ms", self.millis),
        }
    }
}

const AMOUNT: &[Param] = &[Param {
    name: "amount",
    kind: &Kind::Int("u64"),
    optional: false,
    variadic: false,
}];

#[doc(hidden)]
/// The schema of `Duration`'s factories.
pub const DURATION_SCHEMA: EnumSchema = EnumSchema {
    name: "Duration",
    rust: "Duration",
    what: "a duration (`Duration::seconds(n)`, `Duration::days(n)`, ...)",
    consts: &[],
    factories: &[
        Factory {
            name: "millis",
            rust: "Duration::millis",
            params: AMOUNT,
        },
        Factory {
            name: "seconds",
            rust: "Duration::seconds",
            params: AMOUNT,
        },
        Factory {
            name: "minutes",
            rust: "Duration::minutes",
            params: AMOUNT,
        },
        Factory {
            name: "hours",
            rust: "Duration::hours",
            params: AMOUNT,
        },
        Factory {
            name: "days",
            rust: "Duration::days",
            params: AMOUNT,
        },
    ],
};

impl HasKind for Duration {
    const KIND: Kind = Kind::Enum(&DURATION_SCHEMA);
}

impl FromLit for Duration {
    fn from_lit(lit: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        let [Lit::Int(n)] = args.as_slice() else {
            return None;
        };
        let make = match name.as_str() {
            "millis" => Duration::millis,
            "seconds" => Duration::seconds,
            "minutes" => Duration::minutes,
            "hours" => Duration::hours,
            "days" => Duration::days,
            _ => return None,
        };
        Some(make(*n))
    }
}
