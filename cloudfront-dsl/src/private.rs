//! Items the macros' generated code calls. Not part of the public API.

use cloudfront_model::Stack;
use cloudfront_model::scope::{AsScope, Scope};

/// Lets a macro take the stack as `stack`, `&mut stack` or a `&mut Stack` parameter: called
/// with method syntax, auto-referencing and reborrowing do the rest.
pub trait StackMut {
    /// The stack.
    fn __cloudfront_stack(&mut self) -> &mut Stack;
}

impl StackMut for Stack {
    fn __cloudfront_stack(&mut self) -> &mut Stack {
        self
    }
}

impl StackMut for Scope<'_> {
    fn __cloudfront_stack(&mut self) -> &mut Stack {
        self.stack_mut()
    }
}

/// Lets a construct macro take the scope it creates the construct in as a stack (`stack`,
/// `&mut stack`, a `&mut Stack` parameter), a scope (`scope`, a `&mut Scope` parameter) or a
/// `&mut impl AsScope` parameter, with method syntax as [`StackMut`].
///
/// Implemented for every type, so that the method always resolves and a value that is no scope
/// fails on the `AsScope` bound, whose message says so at the value.
pub trait ScopeMut {
    /// The scope.
    fn __cloudfront_scope(&mut self) -> Scope<'_>
    where
        Self: AsScope;
}

impl<T: ?Sized> ScopeMut for T {
    fn __cloudfront_scope(&mut self) -> Scope<'_>
    where
        Self: AsScope,
    {
        self.as_scope()
    }
}

/// Raises a quota the invocation declared (`#![quotas(name = value)]`); the macro has checked
/// the name.
pub fn raise_quota(stack: &mut Stack, name: &str, value: u64) {
    let _ = stack.quotas_mut().raise(name, value);
}

/// The value of an invocation that failed to compile: never called, it only gives the
/// invocation the right type so that no follow-up error hides the real ones.
pub fn never<T>() -> T {
    unreachable!("an invocation with compile errors does not run")
}

/// A copy of a shared handle the macros take by reference (an origin several behaviors name):
/// `&origin` and `origin` both leave the variable usable.
pub fn shared<T: Clone>(value: &T) -> T {
    value.clone()
}

/// An argument of a factory that takes names one by one (`allow_list(names)`), given by an
/// expression: one name (`&str`, `String`, anything `Into<String>`), or a list of them (a
/// `Vec<&str>`, an array, a slice, any `IntoIterator` of names), as the CDK's
/// `allowList(...names)` spreads one. Which it is, the method [`ListOfNames::__names`],
/// [`OneName::__names`] or [`NeitherNames::__names`] called on `&&&Names::new(e)` decides by
/// the first that applies to the type.
pub struct Names<T>(core::cell::Cell<Option<T>>);

impl<T> Names<T> {
    /// The argument.
    pub fn new(value: T) -> Self {
        Self(core::cell::Cell::new(Some(value)))
    }
}

/// A list of names (its items `&str`, `String`, or references to them): its items.
pub trait ListOfNames {
    /// The names.
    fn __names(&self) -> Vec<String>;
}

impl<I> ListOfNames for &&Names<I>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    fn __names(&self) -> Vec<String> {
        self.0
            .take()
            .into_iter()
            .flatten()
            .map(|name| name.as_ref().to_owned())
            .collect()
    }
}

/// One name.
pub trait OneName {
    /// The name, as a list of one.
    fn __names(&self) -> Vec<String>;
}

impl<T: Into<String>> OneName for &Names<T> {
    fn __names(&self) -> Vec<String> {
        self.0.take().into_iter().map(Into::into).collect()
    }
}

/// Neither a name nor a list of names: a [`NotNames`], which [`names`] refuses with the
/// DSL's message at the argument.
pub trait NeitherNames<T> {
    /// The refused value.
    fn __names(&self) -> NotNames<T>;
}

impl<T> NeitherNames<T> for Names<T> {
    fn __names(&self) -> NotNames<T> {
        NotNames(core::marker::PhantomData)
    }
}

/// A value given where names go that is neither a name nor a list of names.
pub struct NotNames<T>(core::marker::PhantomData<T>);

/// The names an argument stands for: implemented by the lists [`ListOfNames`] and
/// [`OneName`] give, not by [`NotNames`].
#[diagnostic::on_unimplemented(
    message = "expected a name or a list of names, found neither",
    label = "neither a string nor a list of strings",
    note = "help: pass names one by one (`allow_list(\"a\", \"b\")`, or variables of type `&str` or `String`), a list literal (`allow_list([\"a\", \"b\"])`), or a list variable whose items are strings (a `Vec<&str>`, `[&str; N]`, `&[String]`, any `IntoIterator` of them)"
)]
pub trait NamesOut {
    /// The names.
    fn __into_names(self) -> Vec<String>;
}

impl NamesOut for Vec<String> {
    fn __into_names(self) -> Vec<String> {
        self
    }
}

/// The names of one argument.
pub fn names<N: NamesOut>(names: N) -> Vec<String> {
    names.__into_names()
}

/// The names of a factory's arguments, in order: each a list of one name, or the names of a
/// list.
pub fn all_names<const N: usize>(pieces: [Vec<String>; N]) -> Vec<String> {
    pieces.into_iter().flatten().collect()
}

/// A list prop's value given by an expression (`domain_names: names`): any `IntoIterator`
/// whose items convert into the prop's items `T`, or, for props of strings, whose items are
/// string-likes (`&names` of a `Vec<&str>`, a `&[String]`). Which it is, the method
/// [`ListInto::__list`], [`ListOfStr::__list`] or [`NeitherList::__list`] called on
/// `&&&ListArg::<_, T>::new(e)` decides by the first that applies to the type.
pub struct ListArg<I, T>(core::cell::Cell<Option<I>>, core::marker::PhantomData<T>);

impl<I, T> ListArg<I, T> {
    /// The argument.
    pub fn new(value: I) -> Self {
        Self(
            core::cell::Cell::new(Some(value)),
            core::marker::PhantomData,
        )
    }
}

/// A list whose items convert into the prop's items.
pub trait ListInto<T> {
    /// The items.
    fn __list(&self) -> Vec<T>;
}

impl<I, T> ListInto<T> for &&ListArg<I, T>
where
    I: IntoIterator,
    I::Item: Into<T>,
{
    fn __list(&self) -> Vec<T> {
        self.0
            .take()
            .into_iter()
            .flatten()
            .map(Into::into)
            .collect()
    }
}

/// A list of string-likes, where the prop's items are made from strings.
pub trait ListOfStr<T> {
    /// The items.
    fn __list(&self) -> Vec<T>;
}

impl<I, T> ListOfStr<T> for &ListArg<I, T>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
    T: for<'a> From<&'a str>,
{
    fn __list(&self) -> Vec<T> {
        self.0
            .take()
            .into_iter()
            .flatten()
            .map(|s| T::from(s.as_ref()))
            .collect()
    }
}

/// Neither: a [`NotList`], which [`list`] refuses with the DSL's message at the expression.
pub trait NeitherList<T> {
    /// The refused value.
    fn __list(&self) -> NotList<T>;
}

impl<I, T> NeitherList<T> for ListArg<I, T> {
    fn __list(&self) -> NotList<T> {
        NotList(core::marker::PhantomData)
    }
}

/// A value given to a list prop that is no list of its items.
pub struct NotList<T>(core::marker::PhantomData<T>);

/// The items a list prop's expression stands for: implemented by the lists [`ListInto`] and
/// [`ListOfStr`] give, not by [`NotList`].
#[diagnostic::on_unimplemented(
    message = "expected a list of `{T}`, found a value that is none",
    label = "not a list whose items convert into `{T}`",
    note = "help: give a list literal (`[a, b]`), or a variable of any `IntoIterator` whose items convert into `{T}` (a `Vec`, an array, a slice, an iterator; for strings, items of `&str`, `String` or references to them)"
)]
pub trait ListOut<T> {
    /// The items.
    fn __into_list(self) -> Vec<T>;
}

impl<T> ListOut<T> for Vec<T> {
    fn __into_list(self) -> Vec<T> {
        self
    }
}

/// The items of a list prop's expression.
pub fn list<T, L: ListOut<T>>(items: L) -> Vec<T> {
    items.__into_list()
}
