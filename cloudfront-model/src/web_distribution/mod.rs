//! Web distributions (the CDK's `CloudFrontWebDistribution`): the original distribution
//! construct, with its own props, defaults and logical ids, for stacks that have one in
//! production. New stacks use [`Distribution`](crate::distribution::Distribution); see the
//! README's "Moving from `web_distribution!` to `distribution!`" for keeping a web
//! distribution's logical id while moving.

mod props;
mod render;
pub(crate) mod sources;

pub use props::{
    AliasConfiguration, Behavior, CloudFrontAllowedCachedMethods, CloudFrontAllowedMethods,
    CookiePreference, CustomErrorResponse, CustomOriginConfig, FailoverStatusCode, ForwardedValues,
    LambdaFunctionAssociation, LoggingConfiguration, S3OriginConfig, SourceConfiguration,
    VIEWER_CERTIFICATE_SCHEMA, ViewerCertificate, ViewerCertificateOptions, WebDistributionProps,
};

pub(crate) use props::CertificateSource;
pub(crate) use render::render;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::rules::Checker;
use crate::s3::{Bucket, BucketResource, grant_read};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::Element;
use crate::tree::NodeRef;

/// The id of the CloudFormation resource inside a web distribution, from which its logical
/// id derives (`MyDistributionCFDistributionDE147309`).
const RESOURCE_ID: &str = "CFDistribution";

impl Construct for WebDistributionState {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        render(self, ids).map(Element::Resource)
    }

    fn check(&self, stack: &Stack, cx: &mut Checker<'_>) {
        crate::rules::check_web_distribution(&self.props, cx);
        crate::rules::check_bound_web_distribution(&self.props, stack, cx);
    }
}

/// A web distribution of a stack.
///
/// ```
/// use cloudfront_dsl::{Stack, s3::Bucket};
/// use cloudfront_dsl::web_distribution::{
///     Behavior, S3OriginConfig, SourceConfiguration, WebDistribution, WebDistributionProps,
/// };
///
/// let mut stack = Stack::new("WebDistBasicStack").with_env("123456789012", "us-east-1");
/// let bucket = Bucket::new(&mut stack, "Bucket");
/// WebDistribution::new(&mut stack, "MyDistribution", WebDistributionProps::new([
///     SourceConfiguration::default()
///         .s3_origin_source(S3OriginConfig::default().s3_bucket_source(bucket))
///         .behaviors([Behavior::default().is_default_behavior(true)]),
/// ]));
/// let template = stack.synth()?;
/// assert!(template.resource("MyDistributionCFDistributionDE147309").is_some());
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WebDistribution {
    pub(crate) resource: NodeRef,
}

/// What a web distribution resource holds until synthesis renders it.
#[derive(Debug)]
pub(crate) struct WebDistributionState {
    pub(crate) props: WebDistributionProps,
    /// The bucket created for the logs when logging is on without a bucket.
    pub(crate) logging_bucket: Option<Bucket>,
}

impl WebDistribution {
    /// Creates a web distribution. Its props are checked by `Stack::synth()` (and, when
    /// written with `web_distribution!`, at compile time).
    pub fn new(scope: &mut impl AsScope, id: &str, props: WebDistributionProps) -> WebDistribution {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        // As the CDK: an origin access identity may read the objects of its bucket.
        let s3_sources = props.origin_configs.iter().flatten().flat_map(|c| {
            [&c.s3_origin_source, &c.failover_s3_origin_source]
                .into_iter()
                .flatten()
        });
        let grants: Vec<(Bucket, Expr)> = s3_sources
            .filter_map(|s| Some((s.s3_bucket_source?, s.origin_access_identity?)))
            .map(|(bucket, oai)| (bucket, oai.s3_canonical_user_id()))
            .collect();
        for (bucket, canonical_user) in grants {
            // A bucket outside the stack keeps its own policy.
            if stack.construct::<BucketResource>(bucket.resource).is_some() {
                grant_read(stack, bucket, canonical_user);
            }
        }
        // As the CDK: Lambda@Edge may assume the roles of the behaviors' functions.
        let versions: Vec<crate::lambda::Version> = props
            .origin_configs
            .iter()
            .flatten()
            .flat_map(|c| c.behaviors.iter().flatten())
            .flat_map(|b| b.lambda_function_associations.iter().flatten())
            .filter_map(|a| a.lambda_function.clone())
            .collect();
        for version in &versions {
            crate::lambda::grant_edge_lambda(stack, version);
        }
        let logging_bucket = props
            .logging_config
            .as_ref()
            .filter(|l| l.bucket.is_none())
            .map(|_| crate::distribution::create_logging_bucket(stack, scope));
        let state = WebDistributionState {
            props,
            logging_bucket,
        };
        stack.add_stack_rule(&crate::rules::DOMAIN_NAMES_OF_THE_STACK);
        let resource = stack.add_resource_as(scope, RESOURCE_ID, state);
        WebDistribution { resource }
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
