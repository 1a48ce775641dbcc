//! The L1 escape hatch, on what the constructs do not model (`tests/cdk/apps/property-overrides.js`).
//!
//! ```python
//! logs = s3.Bucket(self, "Logs")
//! logs.node.default_child.add_property_override("LifecycleConfiguration.Rules", [
//!     {"ExpirationInDays": 30, "Status": "Enabled"},
//! ])
//! site = s3.Bucket(self, "Site", versioned=True)
//! site.node.default_child.add_property_override("CorsConfiguration.CorsRules", [
//!     {"AllowedMethods": ["GET"], "AllowedOrigins": ["*"]},
//! ])
//! dist = cloudfront.Distribution(self, "Cdn", default_behavior=...)
//! dist.node.default_child.add_property_override("DistributionConfig.Staging", False)
//! ```
//!
//! An override of what a construct models (`DistributionConfig.Comment`, `BucketName`) is an
//! error at `synth()`: the prop carries the rules an override would skip.

use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::json;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("PropertyOverridesStack").with_env("123456789012", "us-east-1");
    let logs = bucket!(stack, "Logs", {});
    stack.add_property_override(
        &logs,
        "LifecycleConfiguration.Rules",
        json!([{ "ExpirationInDays": 30, "Status": "Enabled" }]),
    );
    let site = bucket!(stack, "Site", { versioned: true });
    stack.add_property_override(
        &site,
        "CorsConfiguration.CorsRules",
        json!([{ "AllowedMethods": ["GET"], "AllowedOrigins": ["*"] }]),
    );
    let dist = distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    stack.add_property_override(&dist, "DistributionConfig.Staging", false);
    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
