//! Distributions (the CDK's `Distribution`).

mod bind;
mod props;
mod render;

pub use props::{
    AddBehaviorArgs, AllowedMethods, BehaviorOptions, CachedMethods, DistributionProps,
    ErrorResponse, GEO_RESTRICTION_SCHEMA, GeoRestriction, GeoRestrictionType, HttpVersion,
    PriceClass, ViewerProtocolPolicy,
};

pub(crate) use bind::DistributionState;
pub(crate) use render::render;

use crate::expr::Expr;
use crate::origins::Origin;
use crate::resource::Resource;
use crate::stack::Stack;
use crate::tree::NodeRef;

/// A CloudFront distribution of a stack.
///
/// ```
/// use cloudfront_model::{Stack, s3::Bucket, origins::S3Origin};
/// use cloudfront_model::distribution::{BehaviorOptions, Distribution, DistributionProps};
///
/// let mut stack = Stack::new("S3OriginStack").with_env("123456789012", "us-east-1");
/// let bucket = Bucket::new(&mut stack, "myBucket");
/// let dist = Distribution::new(
///     &mut stack,
///     "myDist",
///     DistributionProps::new(BehaviorOptions::new(S3Origin(bucket))),
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
    pub fn new(stack: &mut Stack, id: &str, props: DistributionProps) -> Distribution {
        let scope = stack.add_construct(None, id);
        let mut state = DistributionState::new(props);
        state.bind_initial(stack, scope);
        let resource = stack.add_resource(scope, Resource::Distribution(Box::new(state)));
        Distribution { scope, resource }
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

    /// `{"Ref": distribution}`: the distribution id, such as `E1A2B3C4D5E6F7`.
    pub fn distribution_id(&self) -> Expr {
        Expr::node_ref(self.resource)
    }

    /// The distribution's domain name, such as `d111111abcdef8.cloudfront.net`.
    pub fn distribution_domain_name(&self) -> Expr {
        Expr::node_att(self.resource, "DomainName")
    }
}
