//! Items the macros' generated code calls. Not part of the public API.

use cloudfront_model::Stack;

/// Lets a macro take the stack as `stack` whether the user holds a `Stack` or a `&mut Stack`.
pub trait AsStack {
    /// The stack.
    fn as_stack(&mut self) -> &mut Stack;
}

impl AsStack for Stack {
    fn as_stack(&mut self) -> &mut Stack {
        self
    }
}

impl AsStack for &mut Stack {
    fn as_stack(&mut self) -> &mut Stack {
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
