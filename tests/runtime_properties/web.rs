//! Web distributions (`web_distribution!`'s run-time API): a custom origin with default and
//! path behaviors that run functions and trust key groups, error responses and settings.

use cloudfront_dsl::web_distribution::{
    Behavior, CustomErrorResponse, CustomOriginConfig, LambdaFunctionAssociation,
    SourceConfiguration, WebDistribution, WebDistributionProps,
};
use proptest::prelude::*;

use super::extras::{self, Extras};
use super::{
    Builder, COMMENTS, Mix, OriginProtocolPolicy, PATHS, PATTERNS, PriceClass, ROOT_OBJECTS,
    domain, mixed, number, seconds,
};

#[derive(Clone, Debug)]
pub(super) struct WebBehaviorSpec {
    pub pattern: Option<String>,
    pub ttls: (Option<u64>, Option<u64>, Option<u64>),
    pub compress: Option<bool>,
    pub extras: Extras,
}

#[derive(Clone, Debug)]
pub(super) struct WebSpec {
    pub id: String,
    pub domain: String,
    pub http_port: Option<u16>,
    pub origin_path: Option<String>,
    pub protocol: Option<OriginProtocolPolicy>,
    pub behaviors: Vec<WebBehaviorSpec>,
    pub comment: Option<String>,
    pub default_root_object: Option<String>,
    pub price_class: Option<PriceClass>,
    pub errors: Vec<(u16, Option<u64>)>,
}

fn web_behavior(
    mix: Mix,
    pattern: Option<BoxedStrategy<String>>,
) -> BoxedStrategy<WebBehaviorSpec> {
    let pattern = match pattern {
        Some(p) => p.prop_map(Some).boxed(),
        None => Just(None).boxed(),
    };
    (
        pattern,
        (
            prop::option::of(seconds(mix, 0..=3600)),
            prop::option::of(seconds(mix, 0..=86_400)),
            prop::option::of(seconds(mix, 0..=31_536_000)),
        ),
        prop::option::of(any::<bool>()),
        extras::extras(mix),
    )
        .prop_map(move |(pattern, (min, default, max), compress, extras)| {
            let ttls = if mix.fixups {
                // In order, each as CloudFront's defaults (0, 1 day, 1 year) leave it.
                let mut t = [
                    min.unwrap_or(0),
                    default.unwrap_or(86_400),
                    max.unwrap_or(31_536_000),
                ];
                t.sort_unstable();
                (min.map(|_| t[0]), default.map(|_| t[1]), max.map(|_| t[2]))
            } else {
                (min, default, max)
            };
            WebBehaviorSpec {
                pattern,
                ttls,
                compress,
                extras,
            }
        })
        .boxed()
}

pub(super) fn web_spec(mix: Mix, index: usize) -> BoxedStrategy<WebSpec> {
    let id = if mix.fixups {
        Just(format!("Web{index}")).boxed()
    } else {
        prop_oneof![3 => Just(format!("Web{index}")), 1 => mixed(Mix::OFTEN, &["", "a/b"])].boxed()
    };
    let patterns = mixed(mix, PATTERNS);
    let behaviors = (
        web_behavior(mix, None),
        prop::collection::vec(web_behavior(mix, Some(patterns)), 0..3),
    );
    let errors = prop::collection::vec(
        (
            number(
                mix,
                proptest::sample::select(&[403u16, 404, 500, 503][..]),
                any::<u16>(),
            ),
            prop::option::of(number(mix, 0..=3600u64, any::<u64>())),
        ),
        0..3,
    );
    (
        (
            id,
            domain(mix),
            prop::option::of(number(
                mix,
                prop_oneof![Just(80u16), 1024..=65535u16],
                any::<u16>(),
            )),
            prop::option::of(mixed(mix, PATHS)),
            prop::option::of(prop_oneof![
                Just(OriginProtocolPolicy::HTTPS_ONLY),
                Just(OriginProtocolPolicy::HTTP_ONLY),
                Just(OriginProtocolPolicy::MATCH_VIEWER),
            ]),
        ),
        behaviors,
        (
            prop::option::of(mixed(mix, COMMENTS)),
            prop::option::of(mixed(mix, ROOT_OBJECTS)),
            prop::option::of(prop_oneof![
                Just(PriceClass::PRICE_CLASS_100),
                Just(PriceClass::PRICE_CLASS_ALL)
            ]),
            errors,
        ),
    )
        .prop_map(
            move |(
                (id, domain, http_port, origin_path, protocol),
                (default, mut additional),
                (comment, default_root_object, price_class, mut errors),
            )| {
                if mix.fixups {
                    additional.sort_by(|a, b| a.pattern.cmp(&b.pattern));
                    additional.dedup_by(|a, b| a.pattern == b.pattern);
                    errors.sort_by_key(|e| e.0);
                    errors.dedup_by_key(|e| e.0);
                    // An error response sets something.
                    for e in &mut errors {
                        e.1 = e.1.or(Some(10));
                    }
                }
                let mut behaviors = vec![default];
                behaviors.extend(additional);
                WebSpec {
                    id,
                    domain,
                    http_port,
                    origin_path: origin_path.filter(|p| !mix.fixups || p != "/"),
                    protocol,
                    behaviors,
                    comment,
                    default_root_object,
                    price_class,
                    errors,
                }
            },
        )
        .boxed()
}

impl Builder {
    pub(super) fn web_distribution(&mut self, w: &WebSpec) {
        let mut origin = CustomOriginConfig::default().domain_name(w.domain.as_str());
        if let Some(v) = w.http_port {
            origin = origin.http_port(v);
        }
        if let Some(v) = &w.origin_path {
            origin = origin.origin_path(v.as_str());
        }
        if let Some(v) = w.protocol {
            origin = origin.origin_protocol_policy(v);
        }
        let mut behaviors = Vec::new();
        for (i, b) in w.behaviors.iter().enumerate() {
            let prefix = format!("{}B{i}", w.id.replace('/', ""));
            let mut o = Behavior::default();
            match &b.pattern {
                None => o = o.is_default_behavior(true),
                Some(p) => o = o.path_pattern(p.as_str()),
            }
            let (min, default, max) = b.ttls;
            if let Some(v) = min {
                o = o.min_ttl(super::Duration::seconds(v));
            }
            if let Some(v) = default {
                o = o.default_ttl(super::Duration::seconds(v));
            }
            if let Some(v) = max {
                o = o.max_ttl(super::Duration::seconds(v));
            }
            if let Some(v) = b.compress {
                o = o.compress(v);
            }
            if !b.extras.functions.is_empty() {
                o = o.function_associations(self.functions(&b.extras, &prefix));
            }
            if !b.extras.edge_lambdas.is_empty() {
                let associations: Vec<LambdaFunctionAssociation> = self
                    .edge_versions(&b.extras, &prefix)
                    .into_iter()
                    .map(|(version, e)| {
                        let mut a = LambdaFunctionAssociation::default()
                            .lambda_function(version)
                            .event_type(e.event);
                        if let Some(v) = e.include_body {
                            a = a.include_body(v);
                        }
                        a
                    })
                    .collect();
                o = o.lambda_function_associations(associations);
            }
            if !b.extras.key_groups.is_empty() {
                o = o.trusted_key_groups(self.key_groups(&b.extras, &prefix));
            }
            if let Some(s) = &b.extras.trusted_signers {
                // The legacy way, still CloudFront's and the CDK's.
                #[allow(deprecated)]
                {
                    o = o.trusted_signers(s.iter().map(String::as_str));
                }
            }
            behaviors.push(o);
        }
        let source = SourceConfiguration::default()
            .custom_origin_source(origin)
            .behaviors(behaviors);
        let mut p = WebDistributionProps::new([source]);
        if let Some(v) = &w.comment {
            p = p.comment(v.as_str());
        }
        if let Some(v) = &w.default_root_object {
            p = p.default_root_object(v.as_str());
        }
        if let Some(v) = w.price_class {
            p = p.price_class(v);
        }
        if !w.errors.is_empty() {
            p = p.error_configurations(w.errors.iter().map(|(code, ttl)| {
                let mut e = CustomErrorResponse::default().error_code(*code);
                if let Some(v) = ttl {
                    e = e.error_caching_min_ttl(*v);
                }
                e
            }));
        }
        self.ids.push(w.id.clone());
        WebDistribution::new(&mut self.stack, &w.id, p);
    }
}
