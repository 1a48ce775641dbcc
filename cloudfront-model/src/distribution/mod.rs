//! Distributions (the CDK's `Distribution`).

pub(crate) mod bind;
mod props;
pub(crate) mod render;

pub use props::{
    AddBehaviorArgs, AllowedMethods, BehaviorOptions, CachedMethods, DistributionProps, EdgeLambda,
    ErrorResponse, GEO_RESTRICTION_SCHEMA, GeoRestriction, GeoRestrictionType, HttpVersion,
    LambdaEdgeEventType, PriceClass, SSLMethod, SecurityPolicyProtocol, ViewerProtocolPolicy,
};

pub(crate) use bind::{BoundOrigin, DistributionState};
pub(crate) use render::render;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::origins::Origin;
use crate::s3::{Bucket, BucketEncryption, BucketProps, ObjectOwnership};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// What identifies a distribution that exists outside the stack.
#[derive(Clone, Debug, PartialEq)]
pub struct DistributionAttributes {
    /// Its domain name, such as `d111111abcdef8.cloudfront.net`.
    pub domain_name: Expr,
    /// Its id, such as `E1A2B3C4D5E6F7`.
    pub distribution_id: Expr,
}

/// The bucket a distribution at `scope` creates for its logs when it is given none: encrypted,
/// and with ACLs on, through which CloudFront delivers standard logs.
pub(crate) fn create_logging_bucket(stack: &mut Stack, scope: NodeRef) -> Bucket {
    let props = BucketProps::default()
        .encryption(BucketEncryption::S3_MANAGED)
        .object_ownership(ObjectOwnership::OBJECT_WRITER);
    Bucket::create(stack, Some(scope), "LoggingBucket", props)
}

/// The subscription that makes CloudFront publish a distribution's additional metrics
/// (`publish_additional_metrics`).
#[derive(Debug)]
struct MonitoringSubscription {
    distribution: NodeRef,
}

impl Construct for MonitoringSubscription {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::MonitoringSubscription",
            serde_json::json!({
                "DistributionId": ids.resolve(&Expr::node_ref(self.distribution)),
                "MonitoringSubscription": {
                    "RealtimeMetricsSubscriptionConfig": {
                        "RealtimeMetricsSubscriptionStatus": "Enabled",
                    },
                },
            }),
        )))
    }
}

/// A CloudFront distribution of a stack.
///
/// ```
/// use cloudfront_dsl::{Stack, s3::Bucket, origins::S3BucketOrigin};
/// use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
///
/// let mut stack = Stack::new("S3OriginStack").with_env("123456789012", "us-east-1");
/// let bucket = Bucket::new(&mut stack, "myBucket");
/// let dist = Distribution::new(
///     &mut stack,
///     "myDist",
///     DistributionProps::new(BehaviorOptions::new(
///         S3BucketOrigin::with_origin_access_control(bucket, Default::default()),
///     )),
/// );
/// let template = stack.synth().unwrap();
/// assert!(template.resource("myDist9DB766F3").is_some());
/// # let _ = dist;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Distribution {
    pub(crate) scope: NodeRef,
    pub(crate) resource: NodeRef,
}

impl Distribution {
    /// Creates a distribution. Its props are checked by `Stack::synth()` (and, when written
    /// with `distribution!`, at compile time).
    pub fn new(scope: &mut impl AsScope, id: &str, props: DistributionProps) -> Distribution {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        stack.add_stack_rule(&crate::rules::DOMAIN_NAMES_OF_THE_STACK);
        let mut state = DistributionState::new(props);
        state.bind_initial(stack, scope);
        // As in the CDK: logging without a bucket creates one, after the origins.
        if state.props.enable_logging == Some(true) && state.props.log_bucket.is_none() {
            state.logging_bucket = Some(create_logging_bucket(stack, scope));
        }
        let additional_metrics = state.props.publish_additional_metrics == Some(true);
        let resource = stack.add_resource(scope, state);
        // As in the CDK: the additional metrics are a monitoring subscription of the
        // distribution, a child created after it.
        if additional_metrics {
            // An L1 resource in the CDK: the construct itself, with no `Resource` child.
            let child = stack.add_construct(Some(scope), "MonitoringSubscription");
            stack.set_construct(
                child,
                MonitoringSubscription {
                    distribution: resource,
                },
            );
        }
        Distribution { scope, resource }
    }

    /// A distribution that exists outside the stack, for references (an alias record, an
    /// output); it cannot be changed.
    pub fn from_distribution_attributes(
        scope: &mut impl AsScope,
        id: &str,
        attrs: DistributionAttributes,
    ) -> Distribution {
        let (stack, parent) = scope.as_scope().into_parts();
        let node = crate::import::declare(
            stack,
            parent,
            id,
            attrs.distribution_id,
            vec![("DomainName", attrs.domain_name)],
        );
        Distribution {
            scope: node,
            resource: node,
        }
    }

    /// Adds a behavior for `path_pattern` after creation (the CDK's `addBehavior`). Behaviors
    /// are matched in the order they are added, after those given at creation.
    pub fn add_behavior(
        &self,
        stack: &mut Stack,
        path_pattern: impl Into<String>,
        origin: impl Into<Origin>,
        options: BehaviorOptions,
    ) {
        let options = options.origin(origin);
        bind::add_behavior(stack, *self, path_pattern.into(), options);
    }

    /// Gives the distribution `logical_id` instead of the one its construct path derives (the
    /// CDK's `overrideLogicalId`): how a distribution keeps the logical id it had as a web
    /// distribution (`MyDistributionCFDistributionDE147309`), so that CloudFormation updates it
    /// in place instead of replacing it. `synth()` rejects an id CloudFormation does not take
    /// and an id another resource of the stack has.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, origins::HttpOrigin};
    /// use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
    /// let mut stack = Stack::new("Docs");
    /// let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(BehaviorOptions::new(HttpOrigin("www.example.com"))));
    /// dist.override_logical_id(&mut stack, "MyDistributionCFDistributionDE147309");
    /// assert!(stack.synth().unwrap().resource("MyDistributionCFDistributionDE147309").is_some());
    /// ```
    pub fn override_logical_id(&self, stack: &mut Stack, logical_id: &str) {
        stack.override_logical_id(self.resource, logical_id);
    }

    /// `{"Ref": distribution}`: the distribution id, such as `E1A2B3C4D5E6F7`.
    pub fn distribution_id(&self) -> Expr {
        Expr::node_ref(self.resource)
    }

    /// The distribution's domain name, such as `d111111abcdef8.cloudfront.net`.
    pub fn distribution_domain_name(&self) -> Expr {
        Expr::node_att(self.resource, "DomainName")
    }
}
