//! Constructs inside constructs, as real CDK apps write them (`tests/cdk/apps/construct-scopes.js`).
//!
//! ```python
//! class DistributionConstruct(Construct):
//!     def __init__(self, scope, id, bucket):
//!         super().__init__(scope, id)
//!         cache_policy = cloudfront.CachePolicy(self, "CachePolicy", default_ttl=Duration.days(1))
//!         ...
//!         self.distribution = cloudfront.Distribution(self, "distribution", ...)
//!         CfnOutput(self, "DistributionId", value=self.distribution.distribution_id)
//!
//! class Frontend(Construct):
//!     def __init__(self, scope, id):
//!         super().__init__(scope, id)
//!         bucket = s3.Bucket(self, "Bucket")
//!         inner = DistributionConstruct(self, "distribution-construct", bucket)
//!         CfnOutput(self, "DomainName", value=inner.distribution.distribution_domain_name)
//!
//! Frontend(stack, "frontend")
//! ```
//!
//! A construct class becomes a function of its parent scope (`&mut impl AsScope`) that opens a
//! [`Scope`] of its own and creates its constructs in it: every logical id, origin id, origin
//! access identity comment and generated name is the CDK's, derived from the full path.

// The CDK app's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the
// example keeps it, so that its template stays the app's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The CDK app's `DistributionConstruct`: what it exposes.
pub struct DistributionConstruct {
    /// The distribution.
    pub distribution: Distribution,
}

impl DistributionConstruct {
    /// `DistributionConstruct(scope, id, bucket)`.
    pub fn new(scope: &mut impl AsScope, id: &str, bucket: s3::Bucket) -> DistributionConstruct {
        let mut this = Scope::new(scope, id);
        let cache_policy = cache_policy!(this, "CachePolicy", {
            default_ttl: Duration::days(1),
        });
        let origin_request_policy = origin_request_policy!(this, "OriginRequestPolicy", {
            header_behavior: OriginRequestHeaderBehavior::allow_list("X-Tenant"),
        });
        let rewrite = function!(this, "Rewrite", {
            code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
        });
        let public_key = public_key!(this, "PublicKey", {
            encoded_key: file("keys/public_key.pem"),
        });
        let key_group = key_group!(this, "KeyGroup", { items: [public_key] });
        let distribution = distribution!(this, "distribution", {
            default_behavior: {
                origin: origins::S3Origin(bucket),
                cache_policy: cache_policy,
                origin_request_policy: origin_request_policy,
                function_associations: [{
                    function: rewrite,
                    event_type: FunctionEventType::VIEWER_REQUEST,
                }],
            },
            additional_behaviors: {
                "/private/*": {
                    origin: origins::HttpOrigin("private.example.com"),
                    trusted_key_groups: [key_group],
                },
            },
        });
        let zone = route53::HostedZone::from_hosted_zone_attributes(
            &mut this,
            "Zone",
            route53::HostedZoneAttributes {
                hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
                zone_name: "example.com".into(),
            },
        );
        route53::ARecord::new(
            &mut this,
            "Alias",
            route53::ARecordProps {
                zone,
                record_name: Some("www".into()),
                target: route53::RecordTarget::from_alias(route53::CloudFrontTarget(distribution)),
            },
        );
        this.add_output("DistributionId", distribution.distribution_id());
        DistributionConstruct { distribution }
    }
}

/// The CDK app's `Frontend`.
pub fn frontend(scope: &mut impl AsScope, id: &str) {
    let mut this = Scope::new(scope, id);
    let bucket = s3::Bucket::new(&mut this, "Bucket");
    let inner = DistributionConstruct::new(&mut this, "distribution-construct", bucket);
    this.add_output("DomainName", inner.distribution.distribution_domain_name());
}

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("ConstructScopesStack").with_env("123456789012", "us-east-1");
    frontend(&mut stack, "frontend");
    stack.add_output("Region", Expr::literal("us-east-1"));
    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
