//! What a policy puts in the cache key or forwards to the origin: none, all, an allow list or a
//! deny list of headers, cookies or query strings (the CDK's `CacheCookieBehavior.allowList(...)`
//! and its siblings).

/// How a policy selects headers, cookies or query strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// None of them.
    None,
    /// All of them (for origin request headers: all the viewer's, plus the CloudFront headers
    /// listed).
    All,
    /// Only those listed.
    AllowList,
    /// All but those listed.
    DenyList,
}

/// Defines a selection type with the CDK's factories.
macro_rules! selection {
    (
        $(#[$meta:meta])*
        pub struct $name:ident ($rust:literal, $what:literal) {
            $( $factory:ident ($mode:ident, $takes:ident) => $cfn:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name {
            pub(crate) mode: $crate::policies::selection::Mode,
            pub(crate) names: Vec<String>,
        }

        impl $name {
            $( selection!(@factory $factory $mode $takes); )*

            /// How the policy selects.
            pub fn mode(&self) -> $crate::policies::selection::Mode {
                self.mode
            }

            /// The names listed.
            pub fn names(&self) -> &[String] {
                &self.names
            }

            #[doc(hidden)]
            /// The schema the macros parse this type's factories with.
            pub const SCHEMA: $crate::schema::EnumSchema = $crate::schema::EnumSchema {
                name: stringify!($name),
                rust: $rust,
                what: $what,
                consts: &[],
                factories: &[$(
                    $crate::schema::Factory {
                        name: stringify!($factory),
                        rust: concat!($rust, "::", stringify!($factory)),
                        params: selection!(@params $takes),
                    }
                ),*],
            };

            /// The value CloudFormation takes for the behavior.
            pub(crate) fn cfn_behavior(&self) -> &'static str {
                use $crate::policies::selection::Mode;
                $(
                    if self.mode == Mode::$mode {
                        return $cfn;
                    }
                )*
                "none"
            }
        }

        impl $crate::schema::HasKind for $name {
            const KIND: $crate::schema::Kind = $crate::schema::Kind::Enum(&$name::SCHEMA);
        }

        impl $crate::lit::FromLit for $name {
            fn from_lit(
                lit: &$crate::lit::Lit,
                path: &$crate::PropPath,
                cx: &mut $crate::lit::Lowering,
            ) -> Option<Self> {
                use $crate::policies::selection::Mode;
                let $crate::lit::Lit::Call(name, args) = lit else { return None };
let names = $crate::lit::lower_variadic::<String>(args, &path.field("names"), cx)?;
                $(
                    if name == stringify!($factory) {
                        return Some(Self { mode: Mode::$mode, names });
                    }
                )*
                None
            }
        }
    };

    (@factory $factory:ident $mode:ident none) => {
        #[doc = concat!("`", stringify!($factory), "()`.")]
        pub fn $factory() -> Self {
            Self { mode: $crate::policies::selection::Mode::$mode, names: Vec::new() }
        }
    };
    (@factory $factory:ident $mode:ident names) => {
        #[doc = concat!("`", stringify!($factory), "(names)`: in a construct macro, the names one by one (`",
            stringify!($factory), "(\"a\", \"b\")`), a list (`", stringify!($factory),
            "([\"a\", \"b\"])`) or a list variable (`", stringify!($factory),
            "(names)` with `names` a `Vec<&str>`, an array or a slice), spread as the CDK's `",
            stringify!($factory), "(...names)`: literal names are checked at compile time, a variable's by `synth()`.")]
        pub fn $factory<I: IntoIterator<Item = impl Into<String>>>(names: I) -> Self {
            Self {
                mode: $crate::policies::selection::Mode::$mode,
                names: names.into_iter().map(Into::into).collect(),
            }
        }
    };

    (@params none) => { &[] };
    (@params names) => { $crate::policies::selection::NAMES };
}

/// The parameter of the list factories: any number of names.
pub(crate) const NAMES: &[crate::schema::Param] = &[crate::schema::Param {
    name: "names",
    kind: &crate::schema::Kind::Str,
    optional: false,
    variadic: true,
}];
