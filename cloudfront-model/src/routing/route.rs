//! What a request hits: [`Route`], read from the distribution's own props and bound origins,
//! with the defaults its template is rendered with, so that a route is what CloudFront does
//! with the template the stack synthesizes.

use std::fmt;

use crate::distribution::render::DEFAULT_FAILOVER_CODES;
use crate::distribution::{
    AllowedMethods, BehaviorOptions, CachedMethods, Distribution, DistributionState,
    LambdaEdgeEventType, ViewerProtocolPolicy,
};
use crate::functions::{Function, FunctionEventType};
use crate::keys::KeyGroup;
use crate::lambda::Version;
use crate::origins::{Origin, OriginSelectionCriteria};
use crate::policies::{CachePolicy, OriginRequestPolicy, ResponseHeadersPolicy};
use crate::routing::PathPattern;
use crate::stack::Stack;

/// The behavior a request hits, and what it does with the request.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
/// use cloudfront_dsl::origins::HttpOrigin;
/// use cloudfront_dsl::policies::CachePolicy;
///
/// let mut stack = Stack::new("Docs");
/// let site = HttpOrigin("www.example.com");
/// let api = HttpOrigin("api.example.com");
/// let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(BehaviorOptions::new(site.clone())));
/// dist.add_behavior(&mut stack, "/api/*", api.clone(),
///     BehaviorOptions::default().cache_policy(CachePolicy::CACHING_DISABLED));
///
/// let route = dist.route(&stack, "/api/orders?page=2")?;
/// assert_eq!(route.path_pattern.as_deref(), Some("/api/*"));
/// assert!(route.origin() == Some(&api));
/// assert_eq!(route.cache_policy, CachePolicy::CACHING_DISABLED);
///
/// let home = dist.route(&stack, "/index.html")?;
/// assert!(home.is_default() && home.origin() == Some(&site));
/// assert_eq!(home.cache_policy, CachePolicy::CACHING_OPTIMIZED);
/// # Ok::<(), cloudfront_dsl::routing::RouteError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Route {
    /// The behavior's path pattern; `None` for the default behavior.
    pub path_pattern: Option<String>,
    /// Where the behavior comes in the order CloudFront tries them: 0 for the first
    /// additional behavior, the number of additional behaviors for the default one.
    pub position: usize,
    /// Where the request goes.
    pub target: RouteTarget,
    /// Which protocols viewers may use.
    pub viewer_protocol_policy: ViewerProtocolPolicy,
    /// Which methods CloudFront processes and forwards.
    pub allowed_methods: AllowedMethods,
    /// Which methods' responses CloudFront caches.
    pub cached_methods: CachedMethods,
    /// The cache key and TTLs.
    pub cache_policy: CachePolicy,
    /// What CloudFront forwards to the origin beyond the cache key.
    pub origin_request_policy: Option<OriginRequestPolicy>,
    /// The headers CloudFront adds to responses.
    pub response_headers_policy: Option<ResponseHeadersPolicy>,
    /// What runs at the edge, in the order of a request's life: viewer request, origin
    /// request, origin response, viewer response.
    pub edge: Vec<EdgeAssociation>,
    /// The key groups whose signed URLs or cookies the behavior requires (none: public).
    pub trusted_key_groups: Vec<KeyGroup>,
    /// Whether CloudFront compresses responses for viewers that accept it.
    pub compress: bool,
}

/// Where a behavior sends requests.
///
/// One variant per kind of target a behavior can have.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum RouteTarget {
    /// An origin.
    Origin {
        /// Its id in the distribution (what the behavior's `TargetOriginId` says).
        id: String,
        /// The origin.
        origin: Origin,
    },
    /// An origin group: CloudFront sends the request to the primary origin, and again to the
    /// fallback one when the primary answers with one of the failover status codes.
    OriginGroup {
        /// The group's id in the distribution (what the behavior's `TargetOriginId` says).
        id: String,
        /// The group (`origins::OriginGroup(...)`).
        group: Origin,
        /// The primary origin's id and the origin.
        primary: (String, Origin),
        /// The fallback origin's id and the origin.
        fallback: (String, Origin),
        /// The status codes CloudFront fails over on (the defaults written out).
        fallback_status_codes: Vec<u16>,
        /// How CloudFront picks the origin, when the group says.
        selection_criteria: Option<OriginSelectionCriteria>,
    },
}

/// Something that runs on one event of a behavior.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EdgeAssociation {
    /// The event.
    pub event: FunctionEventType,
    /// What runs.
    pub handler: EdgeHandler,
}

/// What runs on an event: one variant per kind of association a behavior takes.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum EdgeHandler {
    /// A CloudFront function (`function_associations`).
    Function(Function),
    /// A Lambda@Edge function version (`edge_lambdas`).
    Lambda {
        /// The version CloudFront invokes.
        version: Version,
        /// Whether the function gets the request's body.
        include_body: bool,
    },
}

/// Why a distribution has no route to give.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RouteError {
    /// The distribution belongs to another stack, or is imported (its behaviors are not
    /// known).
    NotInStack {
        /// The stack asked.
        stack: String,
    },
    /// The distribution has no default behavior (`synth()` reports it).
    NoDefaultBehavior,
    /// A behavior has no origin (`synth()` reports it).
    NoOrigin {
        /// The behavior's path pattern; `None` for the default behavior.
        path_pattern: Option<String>,
    },
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RouteError::NotInStack { stack } => write!(
                f,
                "the distribution is not one stack `{stack}` creates (another stack's, or an imported one, whose behaviors are not known)"
            ),
            RouteError::NoDefaultBehavior => {
                f.write_str("the distribution has no default behavior")
            }
            RouteError::NoOrigin {
                path_pattern: Some(p),
            } => write!(f, "the behavior for `{p}` has no origin"),
            RouteError::NoOrigin { path_pattern: None } => {
                f.write_str("the default behavior has no origin")
            }
        }
    }
}

impl std::error::Error for RouteError {}

impl Route {
    /// Whether the default behavior took the request.
    pub fn is_default(&self) -> bool {
        self.path_pattern.is_none()
    }

    /// The origin the request goes to, when the target is one origin.
    pub fn origin(&self) -> Option<&Origin> {
        match &self.target {
            RouteTarget::Origin { origin, .. } => Some(origin),
            RouteTarget::OriginGroup { .. } => None,
        }
    }

    /// The origin group the request goes to, when the target is one.
    pub fn origin_group(&self) -> Option<&Origin> {
        match &self.target {
            RouteTarget::OriginGroup { group, .. } => Some(group),
            RouteTarget::Origin { .. } => None,
        }
    }

    /// The id of the target in the distribution (an origin id, or an origin group's).
    pub fn target_id(&self) -> &str {
        match &self.target {
            RouteTarget::Origin { id, .. } | RouteTarget::OriginGroup { id, .. } => id,
        }
    }

    /// What runs on `event`, if anything.
    pub fn handler(&self, event: FunctionEventType) -> Option<&EdgeHandler> {
        self.edge
            .iter()
            .find(|a| a.event == event)
            .map(|a| &a.handler)
    }

    /// The CloudFront function that runs on `event`, if any.
    pub fn function(&self, event: FunctionEventType) -> Option<Function> {
        match self.handler(event)? {
            EdgeHandler::Function(f) => Some(*f),
            EdgeHandler::Lambda { .. } => None,
        }
    }

    /// The Lambda@Edge function version that runs on `event`, if any.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps, EdgeLambda, LambdaEdgeEventType};
    /// use cloudfront_dsl::functions::FunctionEventType;
    /// use cloudfront_dsl::lambda::Version;
    /// use cloudfront_dsl::origins::HttpOrigin;
    ///
    /// let mut stack = Stack::new("Docs");
    /// let version = Version::from_version_arn(&mut stack, "Auth",
    ///     "arn:aws:lambda:us-east-1:123456789012:function:auth:4");
    /// let behavior = BehaviorOptions::new(HttpOrigin("www.example.com")).edge_lambdas(vec![
    ///     EdgeLambda::default()
    ///         .function_version(version.clone())
    ///         .event_type(LambdaEdgeEventType::VIEWER_REQUEST),
    /// ]);
    /// let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(behavior));
    /// let route = dist.route(&stack, "/index.html")?;
    /// assert_eq!(route.lambda(FunctionEventType::VIEWER_REQUEST), Some(&version));
    /// assert_eq!(route.function(FunctionEventType::VIEWER_REQUEST), None);
    /// # Ok::<(), cloudfront_dsl::routing::RouteError>(())
    /// ```
    pub fn lambda(&self, event: FunctionEventType) -> Option<&Version> {
        match self.handler(event)? {
            EdgeHandler::Lambda { version, .. } => Some(version),
            EdgeHandler::Function(_) => None,
        }
    }
}

/// Where an event comes in the life of a request.
fn event_order(event: FunctionEventType) -> u8 {
    match event {
        FunctionEventType::VIEWER_REQUEST => 0,
        FunctionEventType::ORIGIN_REQUEST => 1,
        FunctionEventType::ORIGIN_RESPONSE => 2,
        FunctionEventType::VIEWER_RESPONSE => 3,
    }
}

/// The event of a Lambda@Edge association, as the event type routes name events with.
fn lambda_event(event: LambdaEdgeEventType) -> FunctionEventType {
    match event {
        LambdaEdgeEventType::VIEWER_REQUEST => FunctionEventType::VIEWER_REQUEST,
        LambdaEdgeEventType::ORIGIN_REQUEST => FunctionEventType::ORIGIN_REQUEST,
        LambdaEdgeEventType::ORIGIN_RESPONSE => FunctionEventType::ORIGIN_RESPONSE,
        LambdaEdgeEventType::VIEWER_RESPONSE => FunctionEventType::VIEWER_RESPONSE,
    }
}

/// What runs at the edge for a behavior. Each kind of association a behavior takes adds its
/// own here, and [`EdgeHandler`] gets a variant for it.
fn edge_associations(options: &BehaviorOptions) -> Vec<EdgeAssociation> {
    let mut out: Vec<EdgeAssociation> = options
        .function_associations
        .iter()
        .flatten()
        .filter_map(|a| {
            Some(EdgeAssociation {
                event: a.event_type?,
                handler: EdgeHandler::Function(a.function?),
            })
        })
        .chain(options.edge_lambdas.iter().flatten().filter_map(|l| {
            Some(EdgeAssociation {
                event: lambda_event(l.event_type?),
                handler: EdgeHandler::Lambda {
                    version: l.function_version.clone()?,
                    include_body: l.include_body.unwrap_or(false),
                },
            })
        }))
        .collect();
    out.sort_by_key(|a| event_order(a.event));
    out
}

/// The route of one behavior of `state`, at `position`.
fn route(
    state: &DistributionState,
    position: usize,
    path_pattern: Option<&str>,
    options: &BehaviorOptions,
) -> Result<Route, RouteError> {
    let no_origin = || RouteError::NoOrigin {
        path_pattern: path_pattern.map(str::to_owned),
    };
    let origin = options.origin.as_ref().ok_or_else(no_origin)?;
    // An origin, or an origin group, once bound.
    let id = state.target_id(origin);
    if id.is_empty() {
        return Err(no_origin());
    }
    // A group once bound has both members.
    let group = origin
        .as_group()
        .zip(state.group(origin))
        .and_then(|(props, bound)| {
            Some((
                props,
                bound,
                props.primary_origin.as_ref()?,
                props.fallback_origin.as_ref()?,
            ))
        });
    let target = match group {
        Some((props, bound, primary, fallback)) => RouteTarget::OriginGroup {
            id: id.to_owned(),
            group: origin.clone(),
            primary: (bound.primary_id.clone(), primary.clone()),
            fallback: (bound.fallback_id.clone(), fallback.clone()),
            fallback_status_codes: props
                .fallback_status_codes
                .as_deref()
                .unwrap_or(DEFAULT_FAILOVER_CODES)
                .to_vec(),
            selection_criteria: props.selection_criteria,
        },
        _ => RouteTarget::Origin {
            id: id.to_owned(),
            origin: origin.clone(),
        },
    };
    Ok(Route {
        path_pattern: path_pattern.map(str::to_owned),
        position,
        target,
        viewer_protocol_policy: options.effective_viewer_protocol_policy(),
        allowed_methods: options
            .allowed_methods
            .unwrap_or(AllowedMethods::ALLOW_GET_HEAD),
        cached_methods: options
            .cached_methods
            .unwrap_or(CachedMethods::CACHE_GET_HEAD),
        cache_policy: options.effective_cache_policy(),
        origin_request_policy: options.origin_request_policy,
        response_headers_policy: options.response_headers_policy,
        edge: edge_associations(options),
        trusted_key_groups: options.trusted_key_groups.clone().unwrap_or_default(),
        compress: options.effective_compress(),
    })
}

/// The route of every behavior of `state`, in the order CloudFront tries them.
pub(crate) fn routes_of(state: &DistributionState) -> Result<Vec<Route>, RouteError> {
    let props = state.effective_props();
    let behaviors = props.behaviors_in_order();
    if behaviors.last().is_none_or(|(p, _)| p.is_some()) {
        return Err(RouteError::NoDefaultBehavior);
    }
    behaviors
        .into_iter()
        .enumerate()
        .map(|(i, (pattern, options))| route(state, i, pattern, options))
        .collect()
}

impl Distribution {
    /// The route of every behavior, in the order CloudFront tries them: the additional
    /// behaviors (those added with `add_behavior` after those given at creation), then the
    /// default one.
    ///
    /// ```
    /// # use cloudfront_dsl::{Stack, origins::HttpOrigin};
    /// # use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
    /// let mut stack = Stack::new("Docs");
    /// let origin = HttpOrigin("www.example.com");
    /// let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(BehaviorOptions::new(origin.clone())));
    /// dist.add_behavior(&mut stack, "*.jpg", origin, BehaviorOptions::default());
    /// let patterns: Vec<_> = dist.routes(&stack)?.into_iter().map(|r| r.path_pattern).collect();
    /// assert_eq!(patterns, [Some("*.jpg".to_owned()), None]);
    /// # Ok::<(), cloudfront_dsl::routing::RouteError>(())
    /// ```
    pub fn routes(&self, stack: &Stack) -> Result<Vec<Route>, RouteError> {
        routes_of(self.state(stack)?)
    }

    /// The route of a request for `path` (`/images/cat.jpg`; a query string is ignored, the
    /// leading `/` is optional): the first behavior whose path pattern matches, or the default
    /// behavior. The route comes from the distribution's props and bound origins with the
    /// defaults its template is written with, so it is what CloudFront does with the template
    /// `synth()` returns; assert it in a unit test to pin where a URL goes.
    pub fn route(&self, stack: &Stack, path: &str) -> Result<Route, RouteError> {
        let state = self.state(stack)?;
        let props = state.effective_props();
        if props.default_behavior.is_none() {
            return Err(RouteError::NoDefaultBehavior);
        }
        let behaviors = props.behaviors_in_order();
        let (position, (pattern, options)) = behaviors
            .iter()
            .enumerate()
            .find(|(_, (pattern, _))| pattern.is_none_or(|p| PathPattern::new(p).matches(path)))
            .ok_or(RouteError::NoDefaultBehavior)?;
        route(state, position, *pattern, options)
    }

    fn state<'s>(&self, stack: &'s Stack) -> Result<&'s DistributionState, RouteError> {
        stack
            .construct::<DistributionState>(self.resource)
            .ok_or_else(|| RouteError::NotInStack {
                stack: stack.name().to_owned(),
            })
    }
}
