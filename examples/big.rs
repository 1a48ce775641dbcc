//! Not from the CDK README: the large case the benchmarks use. One distribution with a default
//! and 24 additional behaviors over 10 HTTP origins, each behavior with its own cache policy
//! (25 policies, more than the default quota of 20 per account, so the stack declares the
//! raised quota).

use cloudfront_dsl::prelude::*;

const ORIGINS: usize = 10;
const ADDITIONAL: usize = 24;

fn policy(stack: &mut Stack, i: usize) -> CachePolicy {
    let ttl_minutes = 10 + i as u64;
    cache_policy!(stack, format!("CachePolicy{i}"), {
        cache_policy_name: format!("BigPolicy{i}"),
        comment: format!("Cache policy for behavior {i}"),
        default_ttl: Duration::minutes(ttl_minutes),
        min_ttl: Duration::seconds(0),
        max_ttl: Duration::days(1),
        cookie_behavior: if i.is_multiple_of(2) {
            CacheCookieBehavior::none()
        } else {
            CacheCookieBehavior::allow_list([format!("session-{i}")])
        },
        header_behavior: CacheHeaderBehavior::allow_list(format!("X-Header-{i}")),
        query_string_behavior: if i.is_multiple_of(3) {
            CacheQueryStringBehavior::all()
        } else {
            CacheQueryStringBehavior::allow_list([format!("q{i}")])
        },
        enable_accept_encoding_gzip: true,
        enable_accept_encoding_brotli: true,
    })
}

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut quotas = Quotas::default();
    quotas.cache_policies_per_account = 25;
    let mut stack = Stack::new("BigStack")
        .with_env("123456789012", "us-east-1")
        .with_quotas(quotas);

    let origin_list: Vec<origins::Origin> = (0..ORIGINS)
        .map(|i| origins::HttpOrigin(format!("origin-{i}.example.com")))
        .collect();
    let mut additional_behaviors = Vec::new();
    for i in 1..=ADDITIONAL {
        let behavior = BehaviorOptions::new(&origin_list[i % ORIGINS])
            .cache_policy(policy(&mut stack, i))
            .viewer_protocol_policy(ViewerProtocolPolicy::REDIRECT_TO_HTTPS)
            .allowed_methods(if i.is_multiple_of(2) {
                AllowedMethods::ALLOW_GET_HEAD_OPTIONS
            } else {
                AllowedMethods::ALLOW_GET_HEAD
            });
        additional_behaviors.push((format!("/path-{i}/*"), behavior));
    }
    let default_policy = policy(&mut stack, 0);
    distribution!(stack, "BigDist", {
        default_behavior: {
            origin: origin_list[0],
            cache_policy: default_policy,
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
        },
        additional_behaviors: additional_behaviors,
        comment: "big: 1 default + 24 additional behaviors over 10 HttpOrigins",
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
