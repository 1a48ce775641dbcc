//! A web distribution's `AWS::CloudFront::Distribution` as the CDK's web distribution writes
//! it: origins `origin1`, `origin2`, ... (a failover origin `originSecondary<N>` before its
//! primary, in origin group `OriginGroup<N>`), connection settings and custom origin settings
//! always written, behaviors with the legacy cache key, `index.html` and `PriceClass_100`.

use crate::distribution::render::{
    Behavior as BehaviorOut, Config, CookiesOut, ErrorResponseOut, ForwardedValuesOut,
    FunctionAssociationOut, LambdaAssociationOut, Logging, ViewerCertificate as CertOut,
    distribution_resource, origin_group, origin_groups, render_origin, restrictions,
};
use crate::distribution::{
    BoundOrigin, CachedMethods, HttpVersion, PriceClass, SSLMethod, ViewerProtocolPolicy,
};
use crate::expr::Expr;
use crate::path::PropPath;
use crate::stack::Ids;
use crate::template::CfnResource;
use crate::web_distribution::sources::{Role, origin};
use crate::web_distribution::{
    Behavior, CertificateSource, CloudFrontAllowedCachedMethods, CloudFrontAllowedMethods,
    WebDistributionState,
};

const DEFAULT_ROOT_OBJECT: &str = "index.html";

/// The origins of the configurations in the template's order, and what each configuration's
/// behaviors target.
struct Layout {
    origins: Vec<BoundOrigin>,
    groups: Vec<(String, String, String, Option<Vec<u16>>)>,
    targets: Vec<String>,
}

fn layout(state: &WebDistributionState) -> Layout {
    let mut out = Layout {
        origins: Vec::new(),
        groups: Vec::new(),
        targets: Vec::new(),
    };
    let root = PropPath::root().field("origin_configs");
    for (i, config) in state.props.origin_configs.iter().flatten().enumerate() {
        let n = i + 1;
        let bound = |source, role, id: String| {
            let (origin, _) = origin(config, source, role, true, &root, &root)?;
            let oai = match source {
                crate::web_distribution::sources::Source::S3(s) => {
                    s.origin_access_identity.map(|o| o.resource)
                }
                crate::web_distribution::sources::Source::Custom(_) => None,
            };
            Some(BoundOrigin {
                origin,
                generated_id: id,
                oai,
                oac: None,
                website: false,
                group: None,
                vpc_origin: None,
            })
        };
        let primary_id = format!("origin{n}");
        let mut target = primary_id.clone();
        if let Some(failover) = config.failover() {
            let secondary_id = format!("originSecondary{n}");
            out.origins
                .extend(bound(failover, Role::Failover, secondary_id.clone()));
            let codes = config
                .failover_criteria_status_codes
                .as_ref()
                .map(|codes| codes.iter().map(|c| c.code()).collect());
            target = format!("OriginGroup{n}");
            out.groups
                .push((target.clone(), primary_id.clone(), secondary_id, codes));
        }
        if let Some(primary) = config.primary() {
            out.origins
                .extend(bound(primary, Role::Primary, primary_id));
        }
        out.targets.push(target);
    }
    out
}

/// What a web distribution renders from: its checked props.
pub(crate) fn render(
    state: &WebDistributionState,
    ids: &Ids<'_>,
) -> Result<CfnResource, serde_json::Error> {
    let props = &state.props;
    let layout = layout(state);
    let viewer_protocol_policy = props
        .viewer_protocol_policy
        .unwrap_or(ViewerProtocolPolicy::REDIRECT_TO_HTTPS);
    let mut default_behavior = None;
    let mut cache_behaviors = Vec::new();
    for (config, target) in props.origin_configs.iter().flatten().zip(&layout.targets) {
        for b in config.behaviors.iter().flatten() {
            let out = behavior(b, target, viewer_protocol_policy, ids);
            if b.is_default_behavior == Some(true) && default_behavior.is_none() {
                default_behavior = Some(out);
            } else {
                cache_behaviors.push(out);
            }
        }
    }
    // Synth's rules reject a distribution without a default behavior before rendering.
    let default_cache_behavior = default_behavior
        .ok_or_else(|| serde::ser::Error::custom("a default behavior is required"))?;
    #[allow(deprecated)]
    let alias_configuration = props.alias_configuration.as_ref();
    let (aliases, viewer_certificate) = match (&props.viewer_certificate, alias_configuration) {
        (Some(v), _) => {
            let options = &v.options;
            let (acm, iam) = match &v.source {
                CertificateSource::Acm(cert) => (Some(ids.resolve(&cert.certificate_arn())), None),
                CertificateSource::Iam(id) => (None, Some(id.as_str())),
                CertificateSource::CloudFrontDefault => (None, None),
            };
            let custom = acm.is_some() || iam.is_some();
            (
                v.aliases().iter().map(|a| ids.resolve(a)).collect(),
                CertOut {
                    acm_certificate_arn: acm,
                    cloud_front_default_certificate: (!custom).then_some(true),
                    iam_certificate_id: iam,
                    minimum_protocol_version: options.security_policy.filter(|_| custom),
                    ssl_support_method: custom
                        .then(|| options.ssl_method.unwrap_or(SSLMethod::SNI)),
                },
            )
        }
        (None, Some(alias)) => (
            alias
                .names
                .iter()
                .flatten()
                .map(|a| ids.resolve(a))
                .collect(),
            CertOut {
                acm_certificate_arn: alias.acm_cert_ref.as_ref().map(|arn| ids.resolve(arn)),
                cloud_front_default_certificate: None,
                iam_certificate_id: None,
                minimum_protocol_version: alias.security_policy,
                ssl_support_method: Some(alias.ssl_method.unwrap_or(SSLMethod::SNI)),
            },
        ),
        (None, None) => (
            Vec::new(),
            CertOut {
                acm_certificate_arn: None,
                cloud_front_default_certificate: Some(true),
                iam_certificate_id: None,
                minimum_protocol_version: None,
                ssl_support_method: None,
            },
        ),
    };
    let has_certificate = props.viewer_certificate.is_some() || alias_configuration.is_some();
    let logging_bucket = props
        .logging_config
        .as_ref()
        .and_then(|l| l.bucket)
        .or(state.logging_bucket);
    let config = Config {
        aliases: has_certificate.then_some(aliases),
        cache_behaviors,
        comment: props.comment.as_deref(),
        custom_error_responses: props
            .error_configurations
            .iter()
            .flatten()
            .map(|e| ErrorResponseOut {
                error_caching_min_ttl: e.error_caching_min_ttl,
                error_code: e.error_code.unwrap_or_default(),
                response_code: e.response_code,
                response_page_path: e.response_page_path.clone(),
            })
            .collect(),
        default_cache_behavior,
        default_root_object: Some(
            props
                .default_root_object
                .as_deref()
                .unwrap_or(DEFAULT_ROOT_OBJECT),
        ),
        enabled: props.enabled.unwrap_or(true),
        http_version: props.http_version.unwrap_or(HttpVersion::HTTP2),
        ipv6_enabled: props.enable_ip_v6.unwrap_or(true),
        logging: props.logging_config.as_ref().and_then(|l| {
            Some(Logging {
                bucket: ids.resolve(&logging_bucket?.bucket_regional_domain_name()),
                include_cookies: Some(l.include_cookies.unwrap_or(false)),
                prefix: l.prefix.as_deref(),
            })
        }),
        origin_groups: origin_groups(
            layout
                .groups
                .iter()
                .map(|(id, primary, secondary, codes)| {
                    origin_group(id, primary, secondary, codes.clone(), None)
                })
                .collect(),
        ),
        origins: layout
            .origins
            .iter()
            .map(|o| render_origin(o, ids))
            .collect(),
        price_class: Some(props.price_class.unwrap_or(PriceClass::PRICE_CLASS_100)),
        restrictions: props.geo_restriction.as_ref().map(restrictions),
        viewer_certificate: Some(viewer_certificate),
        web_acl_id: props.web_acl_id.as_ref().map(|e| ids.resolve(e)),
    };
    distribution_resource(config)
}

fn behavior<'a>(
    b: &'a Behavior,
    target: &'a str,
    viewer_protocol_policy: ViewerProtocolPolicy,
    ids: &Ids<'_>,
) -> BehaviorOut<'a> {
    let seconds = |d: Option<crate::duration::Duration>| d.map(|d| d.whole_seconds());
    // A cache policy replaces the legacy cache key.
    let forwarded_values = match (&b.forwarded_values, b.cache_policy) {
        (Some(f), _) => Some(ForwardedValuesOut {
            cookies: f.cookies.as_ref().map(|c| CookiesOut {
                forward: c.forward.as_deref().unwrap_or("none"),
                whitelisted_names: c.whitelisted_names.as_deref(),
            }),
            headers: f.headers.as_deref(),
            query_string: f.query_string.unwrap_or(false),
            query_string_cache_keys: f.query_string_cache_keys.as_deref(),
        }),
        (None, Some(_)) => None,
        (None, None) => Some(ForwardedValuesOut {
            cookies: Some(CookiesOut {
                forward: "none",
                whitelisted_names: None,
            }),
            headers: None,
            query_string: false,
            query_string_cache_keys: None,
        }),
    };
    #[allow(deprecated)]
    let trusted_signers = b.trusted_signers.as_deref();
    BehaviorOut {
        allowed_methods: Some(
            b.allowed_methods
                .unwrap_or(CloudFrontAllowedMethods::GET_HEAD)
                .methods(),
        ),
        cache_policy_id: b.cache_policy.map(|p| ids.resolve(&p.policy_id())),
        cached_methods: Some(
            CachedMethods::from(
                b.cached_methods
                    .unwrap_or(CloudFrontAllowedCachedMethods::GET_HEAD),
            )
            .methods(),
        ),
        compress: b.compress.unwrap_or(true),
        default_ttl: seconds(b.default_ttl),
        forwarded_values,
        max_ttl: seconds(b.max_ttl),
        min_ttl: seconds(b.min_ttl),
        path_pattern: b
            .path_pattern
            .as_deref()
            .filter(|_| b.is_default_behavior != Some(true)),
        trusted_key_groups: b.trusted_key_groups.as_ref().map(|groups| {
            groups
                .iter()
                .map(|g| ids.resolve(&g.key_group_id()))
                .collect::<Vec<Expr>>()
        }),
        trusted_signers,
        function_associations: b
            .function_associations
            .as_deref()
            .map(|list| FunctionAssociationOut::all(list, ids)),
        lambda_function_associations: b.lambda_function_associations.as_ref().map(|list| {
            list.iter()
                .map(|a| {
                    LambdaAssociationOut::new(
                        a.event_type,
                        a.include_body,
                        a.lambda_function.as_ref(),
                        ids,
                    )
                })
                .collect()
        }),
        ..BehaviorOut::new(
            target,
            b.viewer_protocol_policy.unwrap_or(viewer_protocol_policy),
        )
    }
}
