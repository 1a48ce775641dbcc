//! Not from the CDK README: the `big` example (`big.rs`) written as one `stack!` block, the
//! cache policies made in the block's loop. Its template is `big`'s.

use cloudfront_dsl::prelude::*;

const ORIGINS: usize = 10;
const ADDITIONAL: usize = 24;

/// The example's stack.
pub fn stack() -> Stack {
    stack!("BigStack", env: { account: "123456789012", region: "us-east-1" }, {
        #![quotas(cache_policies_per_account = 25)]
        let origin_list: Vec<origins::Origin> = (0..ORIGINS)
            .map(|i| origins::HttpOrigin(format!("origin-{i}.example.com")))
            .collect();
        let mut policies = Vec::new();
        for i in (1..=ADDITIONAL).chain([0]) {
            let ttl_minutes = 10 + i as u64;
            policies.push(cache_policy!(format!("CachePolicy{i}"), {
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
            }));
        }
        let default_policy = policies.pop().expect("the default behavior's policy");
        let additional_behaviors: Vec<(String, BehaviorOptions)> = policies
            .into_iter()
            .zip(1..)
            .map(|(policy, i)| {
                let behavior = BehaviorOptions::new(&origin_list[i % ORIGINS])
                    .cache_policy(policy)
                    .viewer_protocol_policy(ViewerProtocolPolicy::REDIRECT_TO_HTTPS)
                    .allowed_methods(if i.is_multiple_of(2) {
                        AllowedMethods::ALLOW_GET_HEAD_OPTIONS
                    } else {
                        AllowedMethods::ALLOW_GET_HEAD
                    });
                (format!("/path-{i}/*"), behavior)
            })
            .collect();
        distribution!("BigDist", {
            default_behavior: {
                origin: origin_list[0],
                cache_policy: default_policy,
                viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
            },
            additional_behaviors: additional_behaviors,
            comment: "big: 1 default + 24 additional behaviors over 10 HttpOrigins",
        });
    })
}

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    vec![stack()]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
