//! `AWS::CloudFront::Distribution` as the CDK writes it: the CDK's defaults, its key order
//! (CloudFormation property names in ASCII order) and its origin ids. The shapes of the
//! CloudFormation properties (`Config`, `Behavior`, `OriginOut`, ...) serve the web
//! distribution too, which writes the same resource type with other defaults.

use serde::Serialize;

use crate::distribution::bind::{BoundOrigin, DistributionState};
use crate::distribution::props::{
    AllowedMethods, BehaviorOptions, CachedMethods, DistributionProps, EdgeLambda, ErrorResponse,
    GeoRestriction, GeoRestrictionType, HttpVersion, LambdaEdgeEventType, SSLMethod,
    SecurityPolicyProtocol, ViewerProtocolPolicy,
};
use crate::expr::Expr;
use crate::lambda::Version;
use crate::origins::{
    FunctionUrlAccess, HttpOriginProps, OriginIpAddressType, OriginProtocolPolicy,
    OriginSelectionCriteria, OriginSpec, OriginSslPolicy, S3Access, VpcAccess,
};
use crate::s3::Bucket;
use crate::stack::Ids;
use crate::template::CfnResource;

/// The `DistributionConfig` of an `AWS::CloudFront::Distribution`.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Config<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) aliases: Option<Vec<Expr>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) cache_behaviors: Vec<Behavior<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) comment: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) custom_error_responses: Vec<ErrorResponseOut>,
    pub(crate) default_cache_behavior: Behavior<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) default_root_object: Option<&'a str>,
    pub(crate) enabled: bool,
    pub(crate) http_version: HttpVersion,
    #[serde(rename = "IPV6Enabled")]
    pub(crate) ipv6_enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) logging: Option<Logging<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) origin_groups: Option<Quantified<OriginGroupOut<'a>>>,
    pub(crate) origins: Vec<OriginOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) price_class: Option<crate::distribution::PriceClass>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) restrictions: Option<Restrictions<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) viewer_certificate: Option<ViewerCertificate<'a>>,
    #[serde(rename = "WebACLId", skip_serializing_if = "Option::is_none")]
    pub(crate) web_acl_id: Option<Expr>,
}

/// The resource, with `config` as its `DistributionConfig`.
pub(crate) fn distribution_resource(config: Config<'_>) -> Result<CfnResource, serde_json::Error> {
    #[derive(Serialize)]
    struct Properties<'a> {
        #[serde(rename = "DistributionConfig")]
        distribution_config: Config<'a>,
    }
    Ok(CfnResource::new(
        "AWS::CloudFront::Distribution",
        serde_json::to_value(Properties {
            distribution_config: config,
        })?,
    ))
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct ViewerCertificate<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) acm_certificate_arn: Option<Expr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) cloud_front_default_certificate: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) iam_certificate_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) minimum_protocol_version: Option<SecurityPolicyProtocol>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) ssl_support_method: Option<SSLMethod>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Logging<'a> {
    pub(crate) bucket: Expr,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) include_cookies: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) prefix: Option<&'a str>,
}

/// A CloudFormation list with its length: `{"Items": [...], "Quantity": n}`.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Quantified<T> {
    pub(crate) items: Vec<T>,
    pub(crate) quantity: usize,
}

impl<T> Quantified<T> {
    pub(crate) fn new(items: Vec<T>) -> Self {
        let quantity = items.len();
        Self { items, quantity }
    }
}

/// An origin group: a primary origin and the one CloudFront fails over to.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct OriginGroupOut<'a> {
    failover_criteria: FailoverCriteria,
    id: &'a str,
    members: Quantified<Member<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    selection_criteria: Option<OriginSelectionCriteria>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct FailoverCriteria {
    status_codes: Quantified<u16>,
}

/// The status codes an origin group fails over on when none are given, as the CDK writes them
/// for both kinds of distribution.
pub(crate) const DEFAULT_FAILOVER_CODES: &[u16] = &[500, 502, 503, 504];

/// The origin group `id` of `primary` and `fallback`, failing over on `codes` (the defaults
/// when `None`).
pub(crate) fn origin_group<'a>(
    id: &'a str,
    primary: &'a str,
    fallback: &'a str,
    codes: Option<Vec<u16>>,
    selection_criteria: Option<OriginSelectionCriteria>,
) -> OriginGroupOut<'a> {
    OriginGroupOut {
        failover_criteria: FailoverCriteria {
            status_codes: Quantified::new(codes.unwrap_or_else(|| DEFAULT_FAILOVER_CODES.to_vec())),
        },
        id,
        members: Quantified::new(vec![
            Member { origin_id: primary },
            Member {
                origin_id: fallback,
            },
        ]),
        selection_criteria,
    }
}

/// A distribution's `OriginGroups`: absent when it has none.
pub(crate) fn origin_groups(
    groups: Vec<OriginGroupOut<'_>>,
) -> Option<Quantified<OriginGroupOut<'_>>> {
    (!groups.is_empty()).then(|| Quantified::new(groups))
}

/// A Lambda@Edge association as CloudFormation takes it.
#[derive(Serialize)]
pub(crate) struct LambdaAssociationOut {
    #[serde(rename = "EventType")]
    pub(crate) event_type: Option<LambdaEdgeEventType>,
    #[serde(rename = "IncludeBody", skip_serializing_if = "Option::is_none")]
    pub(crate) include_body: Option<bool>,
    #[serde(rename = "LambdaFunctionARN")]
    pub(crate) lambda_function_arn: Expr,
}

impl LambdaAssociationOut {
    /// An association, its version's ARN resolved.
    pub(crate) fn new(
        event_type: Option<LambdaEdgeEventType>,
        include_body: Option<bool>,
        version: Option<&Version>,
        ids: &Ids<'_>,
    ) -> LambdaAssociationOut {
        LambdaAssociationOut {
            event_type,
            include_body,
            lambda_function_arn: version
                .map_or_else(|| Expr::literal(""), |v| ids.resolve(&v.edge_arn())),
        }
    }

    /// The associations of `edge_lambdas`.
    fn all(edge_lambdas: &[EdgeLambda], ids: &Ids<'_>) -> Vec<LambdaAssociationOut> {
        edge_lambdas
            .iter()
            .map(|l| {
                Self::new(
                    l.event_type,
                    l.include_body,
                    l.function_version.as_ref(),
                    ids,
                )
            })
            .collect()
    }
}

#[derive(Serialize)]
pub(crate) struct FunctionAssociationOut {
    #[serde(rename = "EventType")]
    event_type: Option<crate::functions::FunctionEventType>,
    #[serde(rename = "FunctionARN")]
    function_arn: Option<Expr>,
}

impl FunctionAssociationOut {
    /// The associations of a behavior, of either distribution API.
    pub(crate) fn all(
        list: &[crate::functions::FunctionAssociation],
        ids: &Ids<'_>,
    ) -> Vec<FunctionAssociationOut> {
        list.iter()
            .map(|a| FunctionAssociationOut {
                event_type: a.event_type,
                function_arn: a.function.map(|f| ids.resolve(&f.function_arn())),
            })
            .collect()
    }
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Member<'a> {
    origin_id: &'a str,
}

/// A cache behavior, the default one or another.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Behavior<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) allowed_methods: Option<&'static [&'static str]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) cache_policy_id: Option<Expr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) cached_methods: Option<&'static [&'static str]>,
    pub(crate) compress: bool,
    #[serde(rename = "DefaultTTL", skip_serializing_if = "Option::is_none")]
    pub(crate) default_ttl: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) forwarded_values: Option<ForwardedValuesOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) function_associations: Option<Vec<FunctionAssociationOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) grpc_config: Option<GrpcConfig>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) lambda_function_associations: Option<Vec<LambdaAssociationOut>>,
    #[serde(rename = "MaxTTL", skip_serializing_if = "Option::is_none")]
    pub(crate) max_ttl: Option<u64>,
    #[serde(rename = "MinTTL", skip_serializing_if = "Option::is_none")]
    pub(crate) min_ttl: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) origin_request_policy_id: Option<Expr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) path_pattern: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) realtime_log_config_arn: Option<Expr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) response_headers_policy_id: Option<Expr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) smooth_streaming: Option<bool>,
    pub(crate) target_origin_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) trusted_key_groups: Option<Vec<Expr>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) trusted_signers: Option<&'a [String]>,
    pub(crate) viewer_protocol_policy: ViewerProtocolPolicy,
}

/// A behavior's gRPC setting.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct GrpcConfig {
    enabled: bool,
}

impl<'a> Behavior<'a> {
    /// A behavior for `target_origin_id` that sets nothing else.
    pub(crate) fn new(
        target_origin_id: &'a str,
        viewer_protocol_policy: ViewerProtocolPolicy,
    ) -> Self {
        Self {
            allowed_methods: None,
            cache_policy_id: None,
            cached_methods: None,
            compress: true,
            default_ttl: None,
            forwarded_values: None,
            function_associations: None,
            grpc_config: None,
            lambda_function_associations: None,
            max_ttl: None,
            min_ttl: None,
            origin_request_policy_id: None,
            path_pattern: None,
            realtime_log_config_arn: None,
            response_headers_policy_id: None,
            smooth_streaming: None,
            target_origin_id,
            trusted_key_groups: None,
            trusted_signers: None,
            viewer_protocol_policy,
        }
    }
}

/// The legacy cache key of a behavior.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct ForwardedValuesOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) cookies: Option<CookiesOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) headers: Option<&'a [String]>,
    pub(crate) query_string: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) query_string_cache_keys: Option<&'a [String]>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct CookiesOut<'a> {
    pub(crate) forward: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) whitelisted_names: Option<&'a [String]>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct OriginOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    connection_attempts: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    connection_timeout: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_origin_config: Option<CustomOriginConfig<'a>>,
    domain_name: Expr,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin_access_control_id: Option<Expr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin_custom_headers: Option<Vec<Header<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin_path: Option<Expr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin_shield: Option<OriginShield<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_completion_timeout: Option<u64>,
    #[serde(rename = "S3OriginConfig", skip_serializing_if = "Option::is_none")]
    s3_origin_config: Option<S3OriginConfig>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vpc_origin_config: Option<VpcOriginConfig>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct VpcOriginConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    origin_keepalive_timeout: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin_read_timeout: Option<u64>,
    vpc_origin_id: Expr,
}

#[derive(Serialize)]
struct CustomOriginConfig<'a> {
    #[serde(rename = "HTTPPort", skip_serializing_if = "Option::is_none")]
    http_port: Option<u16>,
    #[serde(rename = "HTTPSPort", skip_serializing_if = "Option::is_none")]
    https_port: Option<u16>,
    #[serde(rename = "IpAddressType", skip_serializing_if = "Option::is_none")]
    ip_address_type: Option<OriginIpAddressType>,
    #[serde(
        rename = "OriginKeepaliveTimeout",
        skip_serializing_if = "Option::is_none"
    )]
    keepalive_timeout: Option<u64>,
    #[serde(rename = "OriginProtocolPolicy")]
    protocol_policy: OriginProtocolPolicy,
    #[serde(rename = "OriginReadTimeout", skip_serializing_if = "Option::is_none")]
    read_timeout: Option<u64>,
    #[serde(rename = "OriginSSLProtocols")]
    ssl_protocols: &'a [OriginSslPolicy],
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Header<'a> {
    header_name: &'a str,
    header_value: Expr,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct OriginShield<'a> {
    enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin_shield_region: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct S3OriginConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    origin_access_identity: Option<Expr>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct ErrorResponseOut {
    #[serde(rename = "ErrorCachingMinTTL", skip_serializing_if = "Option::is_none")]
    pub(crate) error_caching_min_ttl: Option<u64>,
    pub(crate) error_code: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) response_code: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) response_page_path: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Restrictions<'a> {
    geo_restriction: GeoOut<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct GeoOut<'a> {
    locations: &'a [String],
    restriction_type: &'static str,
}

const DEFAULT_SSL_PROTOCOLS: &[OriginSslPolicy] = &[OriginSslPolicy::TLS_V1_2];

/// What a distribution renders from: the checked props and the bound origins.
pub(crate) fn render(
    state: &DistributionState,
    ids: &Ids<'_>,
) -> Result<CfnResource, serde_json::Error> {
    let props = state.effective_props();
    let origins = state
        .origins
        .iter()
        .map(|o| render_origin(o, ids))
        .collect();
    distribution_resource(config(&props, state, origins, ids)?)
}

fn config<'a>(
    props: &'a DistributionProps,
    state: &'a DistributionState,
    origins: Vec<OriginOut<'a>>,
    ids: &Ids<'_>,
) -> Result<Config<'a>, serde_json::Error> {
    // Synth's required-prop rule rejects a missing default behavior before rendering.
    let default_behavior = props
        .default_behavior
        .as_ref()
        .map(|b| behavior(b, None, state, ids))
        .ok_or_else(|| serde::ser::Error::custom("default_behavior is required"))?;
    let cache_behaviors = props
        .behaviors_in_order()
        .into_iter()
        .filter(|(pattern, _)| pattern.is_some())
        .map(|(pattern, b)| behavior(b, pattern, state, ids))
        .collect();
    let logging_bucket = props.log_bucket.or(state.logging_bucket);
    Ok(Config {
        aliases: props
            .domain_names
            .as_ref()
            .map(|names| names.iter().map(|n| ids.resolve(n)).collect()),
        cache_behaviors,
        comment: props.comment.as_deref(),
        custom_error_responses: props
            .error_responses
            .iter()
            .flatten()
            .map(error_response)
            .collect(),
        default_cache_behavior: default_behavior,
        default_root_object: props.default_root_object.as_deref(),
        enabled: props.enabled.unwrap_or(true),
        http_version: props.http_version.unwrap_or(HttpVersion::HTTP2),
        ipv6_enabled: props.enable_ipv6.unwrap_or(true),
        logging: logging_bucket.map(|bucket| Logging {
            bucket: ids.resolve(&bucket.bucket_regional_domain_name()),
            include_cookies: props.log_includes_cookies,
            prefix: props.log_file_prefix.as_deref(),
        }),
        origin_groups: origin_groups(
            state
                .groups
                .iter()
                .map(|g| {
                    let props = g.group.as_group();
                    origin_group(
                        &g.id,
                        &g.primary_id,
                        &g.fallback_id,
                        props.and_then(|p| p.fallback_status_codes.clone()),
                        props.and_then(|p| p.selection_criteria),
                    )
                })
                .collect(),
        ),
        origins,
        price_class: props.price_class,
        restrictions: props.geo_restriction.as_ref().map(restrictions),
        viewer_certificate: props.certificate.as_ref().map(|c| ViewerCertificate {
            acm_certificate_arn: Some(ids.resolve(&c.certificate_arn())),
            cloud_front_default_certificate: None,
            iam_certificate_id: None,
            minimum_protocol_version: Some(
                props
                    .minimum_protocol_version
                    .unwrap_or(SecurityPolicyProtocol::TLS_V1_2_2021),
            ),
            ssl_support_method: Some(props.ssl_support_method.unwrap_or(SSLMethod::SNI)),
        }),
        web_acl_id: props.web_acl_id.as_ref().map(|e| ids.resolve(e)),
    })
}

fn behavior<'a>(
    options: &'a BehaviorOptions,
    path_pattern: Option<&'a str>,
    state: &'a DistributionState,
    ids: &Ids<'_>,
) -> Behavior<'a> {
    let target = options.origin.as_ref().map_or("", |o| state.target_id(o));
    let viewer_protocol_policy = options.effective_viewer_protocol_policy();
    Behavior {
        allowed_methods: options.allowed_methods.map(AllowedMethods::methods),
        cache_policy_id: Some(ids.resolve(&options.effective_cache_policy().policy_id())),
        cached_methods: options.cached_methods.map(CachedMethods::methods),
        compress: options.effective_compress(),
        grpc_config: options.enable_grpc.map(|enabled| GrpcConfig { enabled }),
        realtime_log_config_arn: options
            .realtime_log_config
            .map(|c| ids.resolve(&c.realtime_log_config_arn())),
        function_associations: options
            .function_associations
            .as_deref()
            .map(|list| FunctionAssociationOut::all(list, ids)),
        lambda_function_associations: options
            .edge_lambdas
            .as_deref()
            .map(|list| LambdaAssociationOut::all(list, ids)),
        origin_request_policy_id: options
            .origin_request_policy
            .map(|p| ids.resolve(&p.policy_id())),
        path_pattern,
        response_headers_policy_id: options
            .response_headers_policy
            .map(|p| ids.resolve(&p.policy_id())),
        smooth_streaming: options.smooth_streaming,
        trusted_key_groups: options.trusted_key_groups.as_ref().map(|groups| {
            groups
                .iter()
                .map(|g| ids.resolve(&g.key_group_id()))
                .collect()
        }),
        trusted_signers: options.trusted_signers.as_deref(),
        ..Behavior::new(target, viewer_protocol_policy)
    }
}

/// The CDK's normalization: a leading `/` added, a trailing `/` dropped (`/` becomes empty).
pub(crate) fn origin_path(path: &str) -> String {
    let mut p = if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    };
    if p.ends_with('/') {
        p.pop();
    }
    p
}

/// An origin as bound to a distribution.
pub(crate) fn render_origin<'a>(bound: &'a BoundOrigin, ids: &Ids<'_>) -> OriginOut<'a> {
    let website_host =
        |bucket: &Bucket| Expr::select(2, Expr::split("/", bucket.bucket_website_url()));
    let (domain_name, custom, s3) = match &*bound.origin.0 {
        OriginSpec::S3 { bucket, .. } if bound.website => {
            let custom = CustomOriginConfig {
                protocol_policy: OriginProtocolPolicy::HTTP_ONLY,
                ..custom_config(&DEFAULT_HTTP)
            };
            (website_host(bucket), Some(custom), None)
        }
        OriginSpec::S3 { bucket, access } => {
            let origin_access_identity = match access {
                S3Access::Legacy(_) | S3Access::Oai(_) => bound.oai.map(|oai| {
                    ids.resolve(&Expr::join(
                        "",
                        [
                            Expr::literal("origin-access-identity/cloudfront/"),
                            Expr::node_ref(oai),
                        ],
                    ))
                }),
                // As the CDK: an origin without an identity says so with an empty one.
                S3Access::Oac(_) | S3Access::Defaults(_) => Some(Expr::literal("")),
            };
            let s3 = S3OriginConfig {
                origin_access_identity,
            };
            (bucket.bucket_regional_domain_name(), None, Some(s3))
        }
        OriginSpec::S3Website { bucket, props } => {
            let custom = CustomOriginConfig {
                protocol_policy: props
                    .protocol_policy
                    .unwrap_or(OriginProtocolPolicy::HTTP_ONLY),
                ..custom_config(props)
            };
            (website_host(bucket), Some(custom), None)
        }
        OriginSpec::Http {
            domain_name, props, ..
        } => (domain_name.clone(), Some(custom_config(props)), None),
        OriginSpec::LoadBalancer {
            load_balancer,
            props,
        } => (
            load_balancer.load_balancer_dns_name(),
            Some(custom_config(props)),
            None,
        ),
        OriginSpec::FunctionUrl { url, .. } => {
            let (read, keepalive) = bound.origin.timeouts().unwrap_or((&None, &None));
            let ip = match &*bound.origin.0 {
                OriginSpec::FunctionUrl { access, .. } => match access {
                    FunctionUrlAccess::Plain(p) => p.ip_address_type,
                    FunctionUrlAccess::Oac(p) => p.ip_address_type,
                },
                _ => None,
            };
            let custom = CustomOriginConfig {
                ip_address_type: ip,
                keepalive_timeout: keepalive.map(|d| d.whole_seconds()),
                read_timeout: read.map(|d| d.whole_seconds()),
                ..custom_config(&DEFAULT_HTTP)
            };
            (url.domain_name(), Some(custom), None)
        }
        OriginSpec::Vpc(access) => {
            let domain = match access {
                VpcAccess::Endpoint { endpoint, props } => props
                    .domain_name
                    .clone()
                    .unwrap_or_else(|| endpoint.domain_name()),
                VpcAccess::Given { vpc_origin, props } => props
                    .domain_name
                    .clone()
                    .or_else(|| crate::vpc_origin::domain_name(ids.stack, vpc_origin.resource))
                    .unwrap_or_else(|| Expr::literal("")),
            };
            (domain, None, None)
        }
        // Never bound: a group binds its members.
        OriginSpec::Group(_) => (Expr::literal(""), None, None),
    };
    let vpc_origin_config = bound.vpc_origin.map(|node| {
        let (read, keepalive) = bound.origin.timeouts().unwrap_or((&None, &None));
        VpcOriginConfig {
            origin_keepalive_timeout: keepalive.map(|d| d.whole_seconds()),
            origin_read_timeout: read.map(|d| d.whole_seconds()),
            vpc_origin_id: ids.resolve(&Expr::node_att(node, "Id")),
        }
    });
    let common = bound.origin.common();
    OriginOut {
        connection_attempts: *common.connection_attempts,
        connection_timeout: common.connection_timeout.map(|d| d.whole_seconds()),
        custom_origin_config: custom,
        domain_name: ids.resolve(&domain_name),
        id: bound.id(),
        origin_access_control_id: bound
            .oac
            .as_ref()
            .or(common.origin_access_control_id.as_ref())
            .map(|e| ids.resolve(e)),
        // The CDK writes no `OriginCustomHeaders` for an empty map, as for none.
        origin_custom_headers: common
            .custom_headers
            .as_ref()
            .filter(|h| !h.is_empty())
            .map(|h| {
                h.iter()
                    .map(|(name, value)| Header {
                        header_name: name,
                        header_value: ids.resolve(value),
                    })
                    .collect()
            }),
        origin_path: match (&common.origin_path, &*bound.origin.0) {
            (Some(path), _) => Some(ids.resolve(&Expr::literal(origin_path(path)))),
            // As the CDK's `RestApiOrigin`: the stage, cut out of the API's URL.
            (
                None,
                OriginSpec::Http {
                    rest_api: Some(api),
                    ..
                },
            ) => Some(ids.resolve(&api.origin_path())),
            (None, _) => None,
        },
        origin_shield: match (*common.origin_shield_enabled, common.origin_shield_region) {
            (Some(false), _) => Some(OriginShield {
                enabled: false,
                origin_shield_region: None,
            }),
            (_, Some(region)) => Some(OriginShield {
                enabled: true,
                origin_shield_region: Some(region.as_str()),
            }),
            _ => None,
        },
        response_completion_timeout: common
            .response_completion_timeout
            .map(|d| d.whole_seconds()),
        s3_origin_config: s3,
        vpc_origin_config,
    }
}

/// The props of an HTTP origin that sets none.
static DEFAULT_HTTP: HttpOriginProps = HttpOriginProps {
    origin_path: None,
    custom_headers: None,
    connection_attempts: None,
    connection_timeout: None,
    origin_id: None,
    origin_shield_region: None,
    origin_shield_enabled: None,
    origin_access_control_id: None,
    response_completion_timeout: None,
    protocol_policy: None,
    http_port: None,
    https_port: None,
    read_timeout: None,
    keepalive_timeout: None,
    origin_ssl_protocols: None,
    ip_address_type: None,
};

fn custom_config(props: &HttpOriginProps) -> CustomOriginConfig<'_> {
    CustomOriginConfig {
        http_port: props.http_port,
        https_port: props.https_port,
        ip_address_type: props.ip_address_type,
        keepalive_timeout: props.keepalive_timeout.map(|d| d.whole_seconds()),
        protocol_policy: props
            .protocol_policy
            .unwrap_or(OriginProtocolPolicy::HTTPS_ONLY),
        read_timeout: props.read_timeout.map(|d| d.whole_seconds()),
        ssl_protocols: props
            .origin_ssl_protocols
            .as_deref()
            .unwrap_or(DEFAULT_SSL_PROTOCOLS),
    }
}

/// An error response; the CDK answers with the origin's status when only a page is given.
pub(crate) fn error_response(e: &ErrorResponse) -> ErrorResponseOut {
    let status = e.http_status.unwrap_or_default();
    ErrorResponseOut {
        error_caching_min_ttl: e.ttl.map(|d| d.whole_seconds()),
        error_code: status,
        // The CDK answers with the origin's status when only a page is given.
        response_code: e
            .response_http_status
            .or(e.response_page_path.as_ref().map(|_| status)),
        response_page_path: e.response_page_path.clone(),
    }
}

/// A geographic restriction.
pub(crate) fn restrictions(g: &GeoRestriction) -> Restrictions<'_> {
    Restrictions {
        geo_restriction: GeoOut {
            locations: &g.locations,
            restriction_type: match g.restriction_type {
                GeoRestrictionType::Allowlist => "whitelist",
                GeoRestrictionType::Denylist => "blacklist",
            },
        },
    }
}
