//! Binding origins to a distribution, as the CDK does when it constructs one: each new origin
//! object gets an `Origin<N>` scope (whose path gives the origin id), and an S3 bucket origin an
//! origin access identity with read access to the bucket.

use crate::construct::Construct;
use crate::distribution::props::{BehaviorOptions, DistributionProps};
use crate::expr::Expr;
use crate::function_url::grant_invoke;
use crate::iam::{CLOUDFRONT_SERVICE, Principal, Statement, distribution_arn};
use crate::naming::{keep_last, unique_id};
use crate::oai::origin_access_identity;
use crate::origin_access_control::{self as oac, AccessLevel, OriginType};
use crate::origins::{
    FunctionUrlAccess, Origin, OriginSpec, S3Access, S3BucketOriginWithOacProps, VpcAccess,
};
use crate::path::PropPath;
use crate::rules::{Checker, Rule};
use crate::s3::{Bucket, BucketResource, add_to_bucket_policy, add_to_key_policy, grant_read};
use crate::stack::{Ids, Stack};
use crate::template::Element;
use crate::tree::NodeRef;
use crate::violation::Violation;
use crate::vpc_origin::{self as vpc, VpcOriginProps};

/// Origin ids are at most 128 characters; the CDK keeps the end of the generated id.
use crate::rules::origin::MAX_ORIGIN_ID;

/// An origin once bound to a distribution.
#[derive(Debug)]
pub(crate) struct BoundOrigin {
    pub(crate) origin: Origin,
    /// The id generated from the origin's scope, used when the user gives none.
    pub(crate) generated_id: String,
    /// The origin access identity's resource, for an S3 bucket origin.
    pub(crate) oai: Option<NodeRef>,
    /// The id of the origin access control the origin uses, when it has one of its own.
    pub(crate) oac: Option<Expr>,
    /// Whether the origin is a website bucket, served as an HTTP origin.
    pub(crate) website: bool,
    /// The origin group this is the primary origin of, bound as the group is.
    pub(crate) group: Option<Origin>,
    /// The VPC origin the origin reaches its load balancer or instance through.
    pub(crate) vpc_origin: Option<NodeRef>,
}

/// An origin group once bound to a distribution: its id and its members' ids.
#[derive(Debug)]
pub(crate) struct BoundGroup {
    pub(crate) group: Origin,
    pub(crate) id: String,
    pub(crate) primary_id: String,
    pub(crate) fallback_id: String,
}

impl BoundOrigin {
    /// The origin's id in the distribution.
    pub(crate) fn id(&self) -> &str {
        self.origin
            .common()
            .origin_id
            .as_deref()
            .unwrap_or(&self.generated_id)
    }
}

/// What a distribution resource holds until synthesis renders it.
#[derive(Debug)]
pub(crate) struct DistributionState {
    pub(crate) props: DistributionProps,
    /// Behaviors added after creation, in call order.
    pub(crate) added: Vec<(String, BehaviorOptions)>,
    pub(crate) origins: Vec<BoundOrigin>,
    /// The origin groups, in the order they were bound.
    pub(crate) groups: Vec<BoundGroup>,
    /// The bucket created for the logs when logging is on without a bucket.
    pub(crate) logging_bucket: Option<Bucket>,
}

impl DistributionState {
    pub(crate) fn new(props: DistributionProps) -> Self {
        Self {
            props,
            added: Vec::new(),
            origins: Vec::new(),
            groups: Vec::new(),
            logging_bucket: None,
        }
    }

    /// Binds the origins of the behaviors given at creation: the default behavior's first,
    /// then the additional behaviors' in the order a JavaScript object iterates them.
    pub(crate) fn bind_initial(&mut self, stack: &mut Stack, scope: NodeRef) {
        let root = PropPath::root();
        if let Some(origin) = self
            .props
            .default_behavior
            .as_ref()
            .and_then(|b| b.origin.clone())
        {
            self.bind(
                stack,
                scope,
                &origin,
                &root.field("default_behavior").field("origin"),
            );
        }
        let additional: Vec<(String, Origin)> = self
            .props
            .additional_behaviors
            .iter()
            .flat_map(|m| js_object_order(m))
            .filter_map(|(k, b)| b.origin.clone().map(|o| (k.clone(), o)))
            .collect();
        for (pattern, origin) in additional {
            let path = root
                .field("additional_behaviors")
                .key(pattern)
                .field("origin");
            self.bind(stack, scope, &origin, &path);
        }
        let behaviors = self.props.default_behavior.iter().chain(
            self.props
                .additional_behaviors
                .iter()
                .flatten()
                .map(|(_, b)| b),
        );
        for behavior in behaviors {
            Self::grant_edge_lambdas(stack, behavior);
        }
    }

    /// Lets Lambda@Edge assume the roles of the behaviors' edge functions, as the CDK's
    /// behaviors do.
    pub(crate) fn grant_edge_lambdas(stack: &mut Stack, behavior: &BehaviorOptions) {
        for edge_lambda in behavior.edge_lambdas.iter().flatten() {
            if let Some(version) = &edge_lambda.function_version {
                crate::lambda::grant_edge_lambda(stack, version);
            }
        }
    }

    /// Binds `origin` unless this very origin object is already bound. An origin group binds
    /// its primary origin as itself (the CDK's `Origin<N>`), then its own scope
    /// (`OriginGroup<M>`), then its fallback origin as any origin.
    fn bind(&mut self, stack: &mut Stack, scope: NodeRef, origin: &Origin, path: &PropPath) {
        if self.bound(origin).is_some() || self.groups.iter().any(|g| g.group.is_same(origin)) {
            return;
        }
        let Some(group) = origin.as_group() else {
            self.bind_one(stack, scope, origin, path, None);
            return;
        };
        // The rules report a group without its members, or with a group as one.
        let (Some(primary), Some(fallback)) = (&group.primary_origin, &group.fallback_origin)
        else {
            return;
        };
        if primary.as_group().is_some() || fallback.as_group().is_some() {
            return;
        }
        let primary_id = self
            .bind_one(
                stack,
                scope,
                primary,
                &path.field("primary_origin"),
                Some(origin),
            )
            .to_owned();
        let m = self.groups.len() + 1;
        let group_scope = stack.add_construct(Some(scope), &format!("OriginGroup{m}"));
        let id = keep_last(&unique_id(&stack.app_path(group_scope.node)), MAX_ORIGIN_ID).to_owned();
        self.bind(stack, scope, fallback, &path.field("fallback_origin"));
        let fallback_id = self
            .bound(fallback)
            .map(|b| b.id().to_owned())
            .unwrap_or_default();
        self.groups.push(BoundGroup {
            group: origin.clone(),
            id,
            primary_id,
            fallback_id,
        });
    }

    /// Binds `origin` as a new origin of the distribution (the primary origin of `group`, when
    /// given); returns its id.
    fn bind_one(
        &mut self,
        stack: &mut Stack,
        scope: NodeRef,
        origin: &Origin,
        path: &PropPath,
        group: Option<&Origin>,
    ) -> &str {
        let n = self.origins.len() + 1;
        let origin_scope = stack.add_construct(Some(scope), &format!("Origin{n}"));
        let generated_id = {
            keep_last(
                &unique_id(&stack.app_path(origin_scope.node)),
                MAX_ORIGIN_ID,
            )
            .to_owned()
        };
        let mut oai = None;
        let mut oac = None;
        let mut website = false;
        if let OriginSpec::S3 { bucket, access } = &*origin.0 {
            let bucket_path = path.field("bucket");
            let of_stack = stack
                .construct::<BucketResource>(bucket.resource)
                .map(|b| b.props.is_website());
            if !stack.holds(bucket.resource)
                || (of_stack.is_none() && matches!(access, S3Access::Legacy(_)))
            {
                stack.record(
                    scope,
                    Violation::new(
                        Rule::Reference,
                        bucket_path.clone(),
                        "the bucket belongs to another stack (or to none); CloudFront origins and their bucket policies must be in the distribution's stack",
                    )
                    .help("create the bucket in this stack with `s3::Bucket::new(&mut stack, ...)`"),
                );
            } else {
                match access {
                    S3Access::Legacy(_) if of_stack == Some(true) => website = true,
                    S3Access::Legacy(_) => {
                        let identity =
                            origin_access_identity(stack, origin, origin_scope, &generated_id);
                        grant_read(
                            stack,
                            *bucket,
                            Expr::node_att(identity, "S3CanonicalUserId"),
                        );
                        oai = Some(identity);
                    }
                    S3Access::Oai(props) => {
                        let identity = match props.origin_access_identity {
                            Some(given) => given.resource,
                            None => {
                                origin_access_identity(stack, origin, origin_scope, &generated_id)
                            }
                        };
                        if !grant_read(
                            stack,
                            *bucket,
                            Expr::node_att(identity, "S3CanonicalUserId"),
                        ) {
                            stack.record(
                                scope,
                                crate::rules::imported_bucket_policy(
                                    &bucket_path,
                                    "origin access identity",
                                ),
                            );
                        }
                        oai = Some(identity);
                    }
                    S3Access::Oac(props) => {
                        let control = match props.origin_access_control {
                            Some(given) => given.resource,
                            None => oac::created_for(
                                stack,
                                origin,
                                origin_scope,
                                "S3OriginAccessControl",
                                OriginType::S3,
                            ),
                        };
                        oac = Some(Expr::node_att(control, "Id"));
                        for v in grant_distribution(stack, *bucket, props, scope, &bucket_path) {
                            stack.record(scope, v);
                        }
                    }
                    S3Access::Defaults(_) => {}
                }
            }
        }
        if let OriginSpec::FunctionUrl {
            url,
            access: FunctionUrlAccess::Oac(props),
        } = &*origin.0
        {
            let control = match props.origin_access_control {
                Some(given) => given.resource,
                None => oac::created_for(
                    stack,
                    origin,
                    origin_scope,
                    "FunctionUrlOriginAccessControl",
                    OriginType::Lambda,
                ),
            };
            oac = Some(Expr::node_att(control, "Id"));
            grant_invoke(stack, url, origin_scope, &generated_id, scope);
        }
        let vpc_origin = match &*origin.0 {
            OriginSpec::Vpc(VpcAccess::Endpoint { endpoint, props }) => {
                let created = VpcOriginProps {
                    endpoint: Some(endpoint.clone()),
                    vpc_origin_name: props.vpc_origin_name.clone(),
                    http_port: props.http_port,
                    https_port: props.https_port,
                    protocol_policy: props.protocol_policy,
                    origin_ssl_protocols: props.origin_ssl_protocols.clone(),
                };
                Some(vpc::created_for(stack, origin, origin_scope, created))
            }
            OriginSpec::Vpc(VpcAccess::Given { vpc_origin, .. }) => Some(vpc_origin.resource),
            _ => None,
        };
        self.origins.push(BoundOrigin {
            origin: origin.clone(),
            generated_id,
            oai,
            oac,
            website,
            group: group.cloned(),
            vpc_origin,
        });
        self.origins.last().map_or("", BoundOrigin::id)
    }

    /// The bound origin of `origin`, bound as itself (not as the primary origin of a group).
    pub(crate) fn bound(&self, origin: &Origin) -> Option<&BoundOrigin> {
        self.origins
            .iter()
            .find(|b| b.group.is_none() && b.origin.is_same(origin))
    }

    /// The id a behavior whose origin is `origin` targets: the origin's, or the group's.
    /// The origin group `origin` is bound as, when it is one.
    pub(crate) fn group(&self, origin: &Origin) -> Option<&BoundGroup> {
        self.groups.iter().find(|g| g.group.is_same(origin))
    }

    pub(crate) fn target_id(&self, origin: &Origin) -> &str {
        match self.group(origin) {
            Some(g) => &g.id,
            None => self.bound(origin).map_or("", BoundOrigin::id),
        }
    }

    /// The props with the behaviors added after creation appended to `additional_behaviors`:
    /// what the rules check and what synthesis renders.
    pub(crate) fn effective_props(&self) -> std::borrow::Cow<'_, DistributionProps> {
        if self.added.is_empty() {
            return std::borrow::Cow::Borrowed(&self.props);
        }
        let mut props = self.props.clone();
        props
            .additional_behaviors
            .get_or_insert_with(Vec::new)
            .extend(self.added.iter().cloned());
        std::borrow::Cow::Owned(props)
    }
}

/// Lets the distribution at `distribution` do what the origin access levels of `props` say
/// with the objects of `bucket`, in its bucket policy and, for a KMS-encrypted bucket of the
/// stack, in its key policy: what the CDK's `S3BucketOrigin.withOriginAccessControl` adds.
/// Returns the warnings about policies the stack cannot change.
fn grant_distribution(
    stack: &mut Stack,
    bucket: Bucket,
    props: &S3BucketOriginWithOacProps,
    distribution: NodeRef,
    bucket_path: &PropPath,
) -> Vec<Violation> {
    let mut levels: Vec<AccessLevel> = Vec::new();
    for level in props
        .origin_access_levels
        .as_deref()
        .unwrap_or(&[AccessLevel::READ])
    {
        if !levels.contains(level) {
            levels.push(*level);
        }
    }
    let mut resources = vec![bucket.arn_for_objects()];
    if levels.contains(&AccessLevel::LIST) {
        resources.push(bucket.bucket_arn());
    }
    let principal = Principal::Service(CLOUDFRONT_SERVICE.to_owned());
    let to_bucket = Statement::allow(levels.iter().map(|l| l.bucket_action()), resources)
        .to(principal.clone())
        .when(
            "StringEquals",
            "AWS:SourceArn",
            distribution_arn(Expr::node_ref(distribution)),
        );
    let mut warnings = Vec::new();
    if !add_to_bucket_policy(stack, bucket, to_bucket) {
        warnings.push(crate::rules::imported_bucket_policy(
            bucket_path,
            "origin access control",
        ));
    }
    let key_actions: Vec<&'static str> = levels
        .iter()
        .flat_map(|l| l.key_actions())
        .copied()
        .collect();
    if key_actions.is_empty() {
        return warnings;
    }
    // A condition on this distribution would make the key, the bucket and the distribution
    // depend on each other; the CDK names every distribution of the account instead.
    let to_key = Statement::allow(key_actions, [Expr::literal("*")])
        .to(principal)
        .when(
            "ArnLike",
            "AWS:SourceArn",
            distribution_arn(Expr::literal("*")),
        );
    if add_to_key_policy(stack, bucket, to_key) {
        warnings.push(crate::rules::wildcard_key_policy(bucket_path));
    }
    warnings
}

/// `addBehavior`: binds the origin now, renders the behavior at synthesis.
pub(crate) fn add_behavior(
    stack: &mut Stack,
    dist: super::Distribution,
    pattern: String,
    options: BehaviorOptions,
) {
    let Some(mut construct) = stack.take_construct(dist.resource) else {
        return;
    };
    if let Some(state) = construct.downcast_mut::<DistributionState>() {
        if let Some(origin) = options.origin.clone() {
            let path = PropPath::root()
                .field("additional_behaviors")
                .key(pattern.clone())
                .field("origin");
            state.bind(stack, dist.scope, &origin, &path);
        }
        DistributionState::grant_edge_lambdas(stack, &options);
        state.added.push((pattern, options));
    } else {
        stack.record(
            dist.scope,
            Violation::new(
                Rule::Reference,
                PropPath::root().field("additional_behaviors").key(pattern),
                "an imported distribution cannot be changed: it is managed outside this stack",
            ),
        );
    }
    stack.put_construct(dist.resource, construct);
}

/// The entries of a map in the order a JavaScript object iterates its keys: integer-like keys
/// first, in ascending order, then the others in insertion order. The CDK keeps behaviors in an
/// object, so this is the order it binds their origins in.
pub(crate) fn js_object_order<T>(entries: &[(String, T)]) -> Vec<&(String, T)> {
    let (mut indices, rest): (Vec<_>, Vec<_>) =
        entries.iter().partition(|(k, _)| array_index(k).is_some());
    indices.sort_by_key(|(k, _)| array_index(k));
    indices.extend(rest);
    indices
}

fn array_index(key: &str) -> Option<u32> {
    let canonical =
        key == "0" || (!key.starts_with('0') && key.bytes().all(|b| b.is_ascii_digit()));
    if !canonical || key.is_empty() {
        return None;
    }
    key.parse::<u32>().ok().filter(|n| *n < u32::MAX)
}

impl Construct for DistributionState {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        super::render(self, ids).map(Element::Resource)
    }

    fn check(&self, stack: &Stack, cx: &mut Checker<'_>) {
        crate::rules::check_distribution(&self.effective_props(), cx);
        crate::rules::check_bound_distribution(self, stack, cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_like_keys_come_first() {
        let entries = vec![
            ("b/*".to_string(), ()),
            ("10".to_string(), ()),
            ("2".to_string(), ()),
            ("01".to_string(), ()),
        ];
        let order: Vec<&str> = js_object_order(&entries)
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(order, ["2", "10", "b/*", "01"]);
    }
}
