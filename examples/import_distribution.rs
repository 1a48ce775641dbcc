//! "Importing Distributions": a distribution from outside the stack, used as the target of a
//! Route 53 alias record, and its attributes as outputs.
//!
//! ```python
//! distribution = cloudfront.Distribution.from_distribution_attributes(scope, "ImportedDist",
//!     domain_name="d111111abcdef8.cloudfront.net",
//!     distribution_id="012345ABCDEF"
//! )
//! ```

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("ImportDistributionStack").with_env("123456789012", "us-east-1");

    let distribution = Distribution::from_distribution_attributes(
        &mut stack,
        "ImportedDist",
        DistributionAttributes {
            domain_name: "d111111abcdef8.cloudfront.net".into(),
            distribution_id: "012345ABCDEF".into(),
        },
    );

    // Using the imported distribution.
    let zone = route53::HostedZone::from_hosted_zone_attributes(
        &mut stack,
        "HostedZone",
        route53::HostedZoneAttributes {
            hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
            zone_name: "example.com".into(),
        },
    );
    route53::ARecord::new(
        &mut stack,
        "AliasRecord",
        route53::ARecordProps {
            zone,
            record_name: Some("www".into()),
            target: route53::RecordTarget::from_alias(route53::CloudFrontTarget(distribution)),
        },
    );
    stack.add_output("DistributionId", distribution.distribution_id());
    stack.add_output(
        "DistributionDomainName",
        distribution.distribution_domain_name(),
    );

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
