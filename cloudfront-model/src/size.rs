//! `Size`, with the CDK's factories (`Size::mebibytes(512)`).

use std::fmt;

use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::shape::{EnumSchema, Factory, HasKind, Kind, Param};

/// An amount of storage or memory, as the CDK's `Size`, kept in mebibytes (what Lambda's
/// settings take).
///
/// ```
/// use cloudfront_dsl::Size;
/// assert_eq!(Size::gibibytes(2).to_mebibytes(), 2048);
/// assert_eq!(Size::mebibytes(512).to_string(), "512 MiB");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Size {
    mebibytes: u64,
}

impl Size {
    /// `n` mebibytes.
    pub const fn mebibytes(n: u64) -> Size {
        Size { mebibytes: n }
    }

    /// `n` gibibytes.
    pub const fn gibibytes(n: u64) -> Size {
        Size::mebibytes(n.saturating_mul(1024))
    }

    /// The size in mebibytes.
    pub const fn to_mebibytes(self) -> u64 {
        self.mebibytes
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} MiB", self.mebibytes)
    }
}

const AMOUNT: &[Param] = &[Param {
    name: "amount",
    kind: &Kind::Int("u64"),
    optional: false,
    variadic: false,
}];

#[doc(hidden)]
/// The schema of `Size`'s factories.
pub const SIZE_SCHEMA: EnumSchema = EnumSchema {
    name: "Size",
    rust: "Size",
    what: "a size (`Size::mebibytes(n)`, `Size::gibibytes(n)`)",
    consts: &[],
    factories: &[
        Factory {
            name: "mebibytes",
            rust: "Size::mebibytes",
            params: AMOUNT,
        },
        Factory {
            name: "gibibytes",
            rust: "Size::gibibytes",
            params: AMOUNT,
        },
    ],
};

impl HasKind for Size {
    const KIND: Kind = Kind::Enum(&SIZE_SCHEMA);
}

impl FromLit for Size {
    fn from_lit(lit: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        let [Lit::Int(n)] = args.as_slice() else {
            return None;
        };
        match name.as_str() {
            "mebibytes" => Some(Size::mebibytes(*n)),
            "gibibytes" => Some(Size::gibibytes(*n)),
            _ => None,
        }
    }
}
