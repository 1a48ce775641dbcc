//! "Creating a distribution › From an HTTP endpoint".
//!
//! ```python
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior={"origin": origins.HttpOrigin("www.example.com")}
//! )
//! ```

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("HttpOriginStack").with_env("123456789012", "us-east-1");

    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
