//! "KeyGroup & PublicKey API": a key group with a public key declared inline.
//!
//! ```python
//! cloudfront.KeyGroup(stack, "MyKeyGroup",
//!     items=[
//!         cloudfront.PublicKey(stack, "MyPublicKey",
//!             encoded_key="..."
//!         )
//!     ]
//! )
//! ```
//!
//! The key is read from `keys/public_key.pem` at compile time, so a file that is not a public
//! key CloudFront takes never compiles.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("KeyGroupStack").with_env("123456789012", "us-east-1");

    key_group!(stack, "MyKeyGroup", {
        items: [
            public_key!(stack, "MyPublicKey", {
                encoded_key: file("keys/public_key.pem"),
            }),
        ],
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
