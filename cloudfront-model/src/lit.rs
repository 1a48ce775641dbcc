//! The literal parts of a macro invocation, and how they lower into typed props.
//!
//! The macro parses its input against the [schema](crate::schema) into a [`Lit`] tree: string,
//! number and boolean literals, enum constants, factory calls, lists, maps and objects. Anything
//! else the user wrote (a variable, a function call) is [`Lit::Opaque`]: its value is only known
//! at run time. [`FromLit`] turns the tree into the same typed props the generated code builds at
//! run time, so the rules run on one representation at compile time and at run time.

use std::any::{Any, TypeId};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::rc::Rc;

use crate::path::PropPath;

/// A value as written in a macro invocation, with the parts that are not literals left opaque.
#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    /// A string literal.
    Str(String),
    /// An integer literal.
    Int(u64),
    /// A number literal with a fraction (`12.5`).
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
    /// An enum constant such as `ViewerProtocolPolicy::ALLOW_ALL`, by constant name.
    Const(String),
    /// A factory call such as `Duration::days(2)`, by factory name, with its arguments.
    Call(String, Vec<Lit>),
    /// `[a, b, ...]`.
    List(Vec<Lit>),
    /// `{ "key": value, ... }`: string keys chosen by the user.
    Map(Vec<(String, Lit)>),
    /// `{ prop: value, ... }`: keys are prop names of the object's schema.
    Object(Vec<(String, Lit)>),
    /// A Rust expression whose value is only known at run time.
    Opaque,
}

/// Records which paths hold values that are unknown at compile time.
///
/// At run time every value is known and the set is empty.
#[derive(Clone, Debug, Default)]
pub struct Unknowns {
    paths: BTreeSet<PropPath>,
}

impl Unknowns {
    /// No unknown values: the run-time case.
    pub fn none() -> Self {
        Self::default()
    }

    /// Marks the value at `path` (and everything under it) as unknown.
    pub fn insert(&mut self, path: PropPath) {
        self.paths.insert(path);
    }

    /// Whether the value at `path` is unknown, because it or a parent of it is opaque.
    pub fn covers(&self, path: &PropPath) -> bool {
        let mut cur = Some(path.clone());
        while let Some(p) = cur {
            if self.paths.contains(&p) {
                return true;
            }
            cur = p.parent();
        }
        false
    }

    /// Whether nothing is unknown.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }
}

/// State of a lowering from [`Lit`] into typed props.
#[derive(Debug, Default)]
pub struct Lowering {
    /// The paths whose values were opaque.
    pub unknowns: Unknowns,
    /// Opaque values that are known after all: a variable that names a construct declared
    /// earlier in the same `stack!` block stands for that construct's handle.
    pub bound: Bound,
}

/// A construct's handle, offered as whatever type a prop wants: `None` when it is not of that
/// type.
pub type Offer = Rc<dyn Fn(TypeId) -> Option<Box<dyn Any>>>;

/// The handles that stand at given paths in place of opaque values (see [`Lowering::bound`]).
///
/// ```
/// use std::rc::Rc;
/// use cloudfront_model::PropPath;
/// use cloudfront_model::lit::{Bound, Lit, Lowering, lower};
/// let mut cx = Lowering::default();
/// let path = PropPath::root().field("comment");
/// cx.bound.insert(path.clone(), Bound::offer(String::from("bound")));
/// assert_eq!(lower::<String>(&Lit::Opaque, &path, &mut cx).as_deref(), Some("bound"));
/// assert!(!cx.unknowns.covers(&path));
/// ```
#[derive(Default)]
pub struct Bound {
    at: BTreeMap<PropPath, Offer>,
}

impl Bound {
    /// Offers `handle` (a clone of it, each time it is taken) as its own type.
    pub fn offer<H: Any + Clone>(handle: H) -> Offer {
        Rc::new(move |wanted| {
            (wanted == TypeId::of::<H>()).then(|| Box::new(handle.clone()) as Box<dyn Any>)
        })
    }

    /// Makes `offer` stand at `path`.
    pub fn insert(&mut self, path: PropPath, offer: Offer) {
        self.at.insert(path, offer);
    }

    /// The value that stands at `path`, when one does and is a `T`.
    fn take<T: Any>(&self, path: &PropPath) -> Option<T> {
        let offered = (self.at.get(path)?)(TypeId::of::<T>())?;
        offered.downcast::<T>().ok().map(|b| *b)
    }
}

impl fmt::Debug for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.at.keys()).finish()
    }
}

/// A typed value that can be built from the literal parts of a macro invocation.
pub trait FromLit: Sized + 'static {
    /// Builds the value from a literal; `None` when it cannot be known at compile time.
    ///
    /// `lit` is never [`Lit::Opaque`]: [`lower`] handles that case.
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self>;

    /// What stands for an opaque value, for types that can carry "unknown" themselves (an
    /// [`Expr`](crate::Expr), a resource handle). `None` for everything else.
    fn opaque() -> Option<Self> {
        None
    }

    /// What stands in a map for an entry whose value is unknown, so that the entry's key is
    /// still checked: [`opaque`](Self::opaque) by default, an empty props object for props.
    fn placeholder() -> Option<Self> {
        Self::opaque()
    }
}

/// Lowers `lit` at `path`, recording opaque values in `cx`. A value that is written but cannot
/// be built (`Duration::seconds(n)` with `n` a variable) is unknown too, never absent.
pub fn lower<T: FromLit>(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<T> {
    let value = match lit {
        Lit::Opaque => cx.bound.take::<T>(path),
        _ => T::from_lit(lit, path, cx),
    };
    if value.is_some() {
        return value;
    }
    cx.unknowns.insert(path.clone());
    T::opaque()
}

/// Lowers the arguments of a variadic factory (`allow_list("a", "b")`) as the list they are.
pub fn lower_variadic<T: FromLit>(
    args: &[Lit],
    path: &PropPath,
    cx: &mut Lowering,
) -> Option<Vec<T>> {
    let mut out = Vec::with_capacity(args.len());
    for (i, arg) in args.iter().enumerate() {
        out.push(lower::<T>(arg, &path.index(i), cx));
    }
    if out.iter().all(Option::is_some) {
        Some(out.into_iter().flatten().collect())
    } else {
        cx.unknowns.insert(path.clone());
        None
    }
}

/// Lowers a list; the whole list is unknown when one element is.
pub fn lower_list<T: FromLit>(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Vec<T>> {
    match lit {
        Lit::Opaque => {
            cx.unknowns.insert(path.clone());
            None
        }
        Lit::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            let mut complete = true;
            for (i, item) in items.iter().enumerate() {
                match lower::<T>(item, &path.index(i), cx) {
                    Some(v) => out.push(v),
                    None => complete = false,
                }
            }
            if complete {
                Some(out)
            } else {
                cx.unknowns.insert(path.clone());
                None
            }
        }
        _ => None,
    }
}

/// Lowers a map with string keys; an entry whose value is unknown keeps its key, with a
/// [placeholder](FromLit::placeholder) value (rules on values under an unknown path report
/// nothing).
pub fn lower_map<T: FromLit>(
    lit: &Lit,
    path: &PropPath,
    cx: &mut Lowering,
) -> Option<Vec<(String, T)>> {
    match lit {
        Lit::Opaque => {
            cx.unknowns.insert(path.clone());
            None
        }
        Lit::Map(entries) => Some(
            entries
                .iter()
                .filter_map(|(k, v)| {
                    let value = lower::<T>(v, &path.key(k.clone()), cx).or_else(T::placeholder);
                    value.map(|v| (k.clone(), v))
                })
                .collect(),
        ),
        _ => None,
    }
}

impl FromLit for String {
    fn from_lit(lit: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        match lit {
            Lit::Str(s) => Some(s.clone()),
            _ => None,
        }
    }
}

impl FromLit for bool {
    fn from_lit(lit: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        match lit {
            Lit::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

macro_rules! int_from_lit {
    ($($t:ty),*) => {$(
        impl FromLit for $t {
            fn from_lit(lit: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
                match lit {
                    Lit::Int(n) => <$t>::try_from(*n).ok(),
                    _ => None,
                }
            }
        }
    )*};
}
int_from_lit!(u16, u32, u64);

/// A file the macros read at compile time (its path as written, relative to the source file,
/// and its contents): what a [`Kind::File`](crate::shape::Kind::File) value lowers and expands
/// into.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IncludedFile {
    /// The path as written; empty when lowered at compile time, where the macro points at it.
    pub path: String,
    /// The file's text.
    pub contents: String,
}

impl IncludedFile {
    /// The kind of values that are files read at compile time.
    pub const KIND: crate::shape::Kind = crate::shape::Kind::File("lit::IncludedFile");

    /// The file at `path` (as written), holding `contents`: what the generated code builds,
    /// with `include_str!` giving the contents.
    pub fn included(path: &str, contents: &str) -> Self {
        Self {
            path: path.to_owned(),
            contents: contents.to_owned(),
        }
    }
}

impl crate::shape::HasKind for IncludedFile {
    const KIND: crate::shape::Kind = IncludedFile::KIND;
}

impl FromLit for IncludedFile {
    fn from_lit(lit: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        match lit {
            Lit::Str(contents) => Some(Self {
                path: String::new(),
                contents: contents.clone(),
            }),
            _ => None,
        }
    }
}

impl FromLit for f64 {
    fn from_lit(lit: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        match lit {
            Lit::Float(n) => Some(*n),
            // Integers this large are not percentages; the cast keeps them large.
            #[allow(clippy::cast_precision_loss)]
            Lit::Int(n) => Some(*n as f64),
            _ => None,
        }
    }
}

/// What is wrong with the halves of a stack's environment a macro sees as literals (`None` for
/// a half computed at run time): the rules `synth()` runs on the whole environment, on what is
/// known of it.
pub fn check_env_halves(account: Option<&str>, region: Option<&str>) -> Vec<crate::Violation> {
    crate::rules::env::check_env_halves(account, region)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_covers_descendants_only() {
        let mut u = Unknowns::none();
        let origin = PropPath::root().field("default_behavior").field("origin");
        u.insert(origin.clone());
        assert!(u.covers(&origin));
        assert!(u.covers(&origin.field("http_port")));
        assert!(!u.covers(&PropPath::root().field("default_behavior")));
        assert!(!u.covers(&PropPath::root().field("comment")));
    }

    #[test]
    fn a_list_with_an_opaque_element_is_unknown() {
        let mut cx = Lowering::default();
        let path = PropPath::root().field("names");
        let lit = Lit::List(vec![Lit::Str("a".into()), Lit::Opaque]);
        assert_eq!(lower_list::<String>(&lit, &path, &mut cx), None);
        assert!(cx.unknowns.covers(&path));
    }
}
