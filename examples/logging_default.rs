//! "Logging": the simplest form, which creates the log bucket.
//!
//! ```python
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior={"origin": origins.HttpOrigin("www.example.com")},
//!     enable_logging=True
//! )
//! ```

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("LoggingDefaultStack").with_env("123456789012", "us-east-1");

    // Simplest form - creates a new bucket and logs to it.
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        enable_logging: true,
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
