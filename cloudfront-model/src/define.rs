//! Declarative macros that define a props struct or an enum once, and derive from that one
//! declaration its builder, its [schema](crate::schema) entry and its [lowering](crate::lit).

/// Defines a props struct.
///
/// Each field is `name: conv(Type) [aliases] required?` where `conv` says how the setter takes
/// the value and what the prop looks like in the DSL:
/// - `into(T)`: one value, setter takes `impl Into<T>`;
/// - `exact(T)`: one value, setter takes `T` (integers, so literals need no suffix);
/// - `list(T)`: `[a, b]`, setter takes any iterator of `impl Into<T>`;
/// - `map(T)`: `{ "k": v }`, setter takes any iterator of `(impl Into<String>, impl Into<T>)`.
macro_rules! props {
    (
        $(#[$meta:meta])*
        pub struct $name:ident ($rust:literal) {
            $(
                $(#[$fmeta:meta])*
                $field:ident : $conv:ident ( $ty:ty ) $([$($alias:literal),* $(,)?])? $($req:ident)?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq)]
        #[non_exhaustive]
        pub struct $name {
            $(
                $(#[$fmeta])*
                pub $field: Option<props!(@ty $conv $ty)>,
            )*
        }

        // A deprecated prop warns its users, not the code that lowers and checks it.
        #[allow(deprecated)]
        impl $name {
            #[doc(hidden)]
            /// The schema the macros parse this object with.
            pub const SCHEMA: $crate::shape::ObjectSchema = $crate::shape::ObjectSchema {
                name: stringify!($name),
                rust: $rust,
                props: &[$(
                    $crate::shape::PropSchema {
                        name: $crate::define::unraw(stringify!($field)),
                        kind: &props!(@kind $conv $ty),
                        required: props!(@is_required $($req)?),
                        aliases: &[$($($alias),*)?],
                    }
                ),*],
            };

            $(
                props!(@setter $(#[$fmeta])* $field $conv $ty);
            )*

            /// Reports every required prop that is missing.
            #[allow(unused_variables, dead_code)]
            pub(crate) fn check_required(
                &self,
                path: &$crate::PropPath,
                cx: &mut $crate::rules::checker::Checker<'_>,
            ) {
                $(
                    props!(@check_required $($req)? ; self, $field, path, cx);
                )*
            }
        }

        impl $crate::shape::HasKind for $name {
            const KIND: $crate::shape::Kind = $crate::shape::Kind::Object(&$name::SCHEMA);
        }

        #[allow(deprecated)]
        impl $crate::lit::FromLit for $name {
            fn from_lit(
                lit: &$crate::lit::Lit,
                path: &$crate::PropPath,
                cx: &mut $crate::lit::Lowering,
            ) -> Option<Self> {
                let $crate::lit::Lit::Object(entries) = lit else { return None };
                let mut out = Self::default();
                for (key, value) in entries {
                    $(
                        if key == $crate::define::unraw(stringify!($field)) {
                            let at = path.field($crate::define::unraw(stringify!($field)));
                            out.$field = props!(@lower $conv $ty, value, &at, cx);
                        }
                    )*
                }
                Some(out)
            }

            fn placeholder() -> Option<Self> {
                Some(Self::default())
            }
        }
    };

    (@ty into $ty:ty) => { $ty };
    (@ty exact $ty:ty) => { $ty };
    (@ty list $ty:ty) => { Vec<$ty> };
    (@ty map $ty:ty) => { Vec<(String, $ty)> };

    (@kind into $ty:ty) => { <$ty as $crate::shape::HasKind>::KIND };
    (@kind exact $ty:ty) => { <$ty as $crate::shape::HasKind>::KIND };
    (@kind list $ty:ty) => { $crate::shape::Kind::List(&<$ty as $crate::shape::HasKind>::KIND) };
    (@kind map $ty:ty) => { $crate::shape::Kind::Map(&<$ty as $crate::shape::HasKind>::KIND) };

    (@lower into $ty:ty, $v:expr, $p:expr, $cx:expr) => { $crate::lit::lower::<$ty>($v, $p, $cx) };
    (@lower exact $ty:ty, $v:expr, $p:expr, $cx:expr) => { $crate::lit::lower::<$ty>($v, $p, $cx) };
    (@lower list $ty:ty, $v:expr, $p:expr, $cx:expr) => { $crate::lit::lower_list::<$ty>($v, $p, $cx) };
    (@lower map $ty:ty, $v:expr, $p:expr, $cx:expr) => { $crate::lit::lower_map::<$ty>($v, $p, $cx) };

    (@is_required required) => { true };
    (@is_required) => { false };

    (@check_required required ; $self:ident, $field:ident, $path:ident, $cx:ident) => {
        if $self.$field.is_none() {
            $cx.require($path, $crate::define::unraw(stringify!($field)));
        }
    };
    (@check_required ; $self:ident, $field:ident, $path:ident, $cx:ident) => {};

    (@setter $(#[$fmeta:meta])* $field:ident into $ty:ty) => {
        $(#[$fmeta])*
        pub fn $field(mut self, value: impl Into<$ty>) -> Self {
            self.$field = Some(value.into());
            self
        }
    };
    (@setter $(#[$fmeta:meta])* $field:ident exact $ty:ty) => {
        $(#[$fmeta])*
        pub fn $field(mut self, value: $ty) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (@setter $(#[$fmeta:meta])* $field:ident list $ty:ty) => {
        $(#[$fmeta])*
        pub fn $field<I>(mut self, values: I) -> Self
        where
            I: IntoIterator,
            I::Item: Into<$ty>,
        {
            self.$field = Some(values.into_iter().map(Into::into).collect());
            self
        }
    };
    (@setter $(#[$fmeta:meta])* $field:ident map $ty:ty) => {
        $(#[$fmeta])*
        pub fn $field<I, K, V>(mut self, entries: I) -> Self
        where
            I: IntoIterator<Item = (K, V)>,
            K: Into<String>,
            V: Into<$ty>,
        {
            self.$field = Some(entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect());
            self
        }
    };
}

/// A prop's name without the `r#` a Rust keyword needs as a field name: the CDK's
/// `override` is the field `r#override`, and users write `override`.
pub(crate) const fn unraw(name: &'static str) -> &'static str {
    match name.as_bytes() {
        [b'r', b'#', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(unraw) => unraw,
            Err(_) => name,
        },
        _ => name,
    }
}

/// Defines an enum of constants with the CDK's names (`ViewerProtocolPolicy::REDIRECT_TO_HTTPS`),
/// its schema and its lowering.
macro_rules! const_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($rust:literal) {
            $(
                $(#[$vmeta:meta])*
                $variant:ident
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )*
        }

        impl $name {
            /// Every constant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            #[doc(hidden)]
            /// The schema the macros parse this enum with.
            pub const SCHEMA: $crate::shape::EnumSchema = $crate::shape::EnumSchema {
                name: stringify!($name),
                rust: $rust,
                what: "",
                consts: &[$(stringify!($variant)),*],
                factories: &[],
            };

            /// The constant's name, as written in the DSL.
            pub const fn name(self) -> &'static str {
                match self {
                    $($name::$variant => stringify!($variant),)*
                }
            }
        }

        $crate::define::const_kind!($name { $($variant),* });
    };
}

/// Parses a type's `Type::CONST` constants: its `HasKind` (an enum schema) and `FromLit`.
macro_rules! const_kind {
    ($ty:ident { $($name:ident),* }) => {
        impl $crate::shape::HasKind for $ty {
            const KIND: $crate::shape::Kind = $crate::shape::Kind::Enum(&$ty::SCHEMA);
        }

        impl $crate::lit::FromLit for $ty {
            fn from_lit(
                lit: &$crate::lit::Lit,
                _: &$crate::PropPath,
                _: &mut $crate::lit::Lowering,
            ) -> Option<Self> {
                match lit {
                    $crate::lit::Lit::Const(c) => match c.as_str() {
                        $(stringify!($name) => Some($ty::$name),)*
                        _ => None,
                    },
                    _ => None,
                }
            }
        }
    };
}
pub(crate) use const_kind;

/// Defines an enum of constants that CloudFormation writes as strings.
macro_rules! cf_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($rust:literal) {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $cfn:literal
            ),* $(,)?
        }
    ) => {
        const_enum! {
            $(#[$meta])*
            pub enum $name ($rust) {
                $( $(#[$vmeta])* $variant ),*
            }
        }

        impl $name {
            /// The value CloudFormation takes.
            pub const fn cfn_value(self) -> &'static str {
                match self {
                    $($name::$variant => $cfn,)*
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.cfn_value())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.cfn_value())
            }
        }
    };
}
