//! Items the macros' generated code calls. Not part of the public API.

use cloudfront_model::Stack;

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
