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
