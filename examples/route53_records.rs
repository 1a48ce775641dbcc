//! Route 53 alias records of every type a distribution answers (`tests/cdk/apps/route53-records.js`).
//!
//! ```python
//! dist = cloudfront.Distribution(self, "Cdn", default_behavior=...)
//! dns = Construct(self, "dns")
//! zone = route53.HostedZone.from_hosted_zone_attributes(dns, "Zone", ...)
//! target = route53.RecordTarget.from_alias(targets.CloudFrontTarget(dist))
//! route53.ARecord(dns, "WwwA", zone=zone, record_name="www", target=target)
//! route53.AaaaRecord(dns, "WwwAaaa", zone=zone, record_name="www", target=target)
//! route53.ARecord(dns, "ApexA", zone=zone, target=target)
//! route53.AaaaRecord(dns, "ApexAaaa", zone=zone, target=target)
//! route53.HttpsRecord(dns, "WwwHttps", zone=zone, record_name="www.example.com", target=target)
//! ```

use cloudfront_dsl::prelude::*;
use cloudfront_dsl::route53::{
    ARecord, AaaaRecord, AliasRecordProps, CloudFrontTarget, HostedZone, HostedZoneAttributes,
    HttpsRecord, RecordTarget,
};

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("Route53RecordsStack").with_env("123456789012", "us-east-1");
    let dist = distribution!(stack, "Cdn", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    let mut dns = Scope::new(&mut stack, "dns");
    let zone = HostedZone::from_hosted_zone_attributes(
        &mut dns,
        "Zone",
        HostedZoneAttributes {
            hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
            zone_name: "example.com".into(),
        },
    );
    let target = RecordTarget::from_alias(CloudFrontTarget(dist));
    let record = |name: Option<&str>| AliasRecordProps {
        zone,
        record_name: name.map(Into::into),
        target,
    };
    ARecord::new(&mut dns, "WwwA", record(Some("www")));
    AaaaRecord::new(&mut dns, "WwwAaaa", record(Some("www")));
    ARecord::new(&mut dns, "ApexA", record(None));
    AaaaRecord::new(&mut dns, "ApexAaaa", record(None));
    HttpsRecord::new(&mut dns, "WwwHttps", record(Some("www.example.com")));
    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
