//! "Validating signed URLs or signed cookies with Trusted Key Groups".
//!
//! ```python
//! # public key in PEM format
//! pub_key = PublicKey(stack, "MyPubKey",
//!     encoded_key=public_key
//! )
//!
//! key_group = KeyGroup(stack, "MyKeyGroup",
//!     items=[pub_key
//!     ]
//! )
//!
//! cloudfront.Distribution(stack, "Dist",
//!     default_behavior={
//!         "origin": origins.HttpOrigin("www.example.com"),
//!         "trusted_key_groups": [key_group
//!         ]
//!     }
//! )
//! ```

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("TrustedKeyGroupsStack").with_env("123456789012", "us-east-1");

    // public key in PEM format
    let pub_key = public_key!(stack, "MyPubKey", {
        encoded_key: file("keys/public_key.pem"),
    });
    let key_group = key_group!(stack, "MyKeyGroup", {
        items: [pub_key],
    });
    distribution!(stack, "Dist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            trusted_key_groups: [key_group],
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
