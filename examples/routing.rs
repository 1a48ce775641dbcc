//! Not from the CDK README: a site whose requests go to the origins that serve them, with the
//! route of each kind of URL pinned by unit tests (`cargo test -p cloudfront-dsl-examples`),
//! and its routing table printed by `cargo run --example routing -- routes`.
//!
//! The bucket serves what no other behavior takes. `/api/*` goes to the API, uncached, with
//! everything the viewer sent but the `Host` header; the older `/api/v1/*` goes to the legacy
//! API and comes first, since `/api/*` would take its requests otherwise. Images get security
//! headers, wherever they are (`/app/logo.png` included: the image behaviors come before
//! `/app/*`). `/app/*` runs a function that serves the single-page app's `index.html` for its
//! client-side routes.

// `origins.S3Origin`, as the CDK app of its golden (`tests/cdk/apps/routing.js`) writes it,
// which today's CDK deprecates for `S3BucketOrigin`: the example keeps it, so that its template
// stays the golden's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The site: its stack, and the handles its routes are asserted with.
pub struct Site {
    /// The stack.
    pub stack: Stack,
    /// The distribution.
    pub cdn: Distribution,
    /// The bucket's origin: the default behavior's, the images' and the app's.
    pub bucket: origins::Origin,
    /// The API.
    pub api: origins::Origin,
    /// The legacy API, for `/api/v1/*`.
    pub legacy_api: origins::Origin,
    /// The function that serves the app's `index.html` for its routes.
    pub app_index: Function,
}

/// The site.
pub fn site() -> Site {
    let mut stack = Stack::new("RoutingStack").with_env("123456789012", "us-east-1");
    let bucket = origins::S3Origin(s3::Bucket::new(&mut stack, "Site"));
    let api = origins::HttpOrigin("api.example.com");
    let legacy_api = origins::HttpOrigin("legacy-api.example.com");
    let app_index = function!(stack, "AppIndex", {
        code: FunctionCode::from_inline(
            "function handler(event) { var r = event.request; if (r.uri.indexOf('.') < 0) { r.uri = '/app/index.html'; } return r; }",
        ),
    });
    let cdn = distribution!(stack, "Cdn", {
        default_behavior: {
            origin: bucket,
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
        },
        additional_behaviors: {
            "/api/v1/*": {
                origin: legacy_api,
                allowed_methods: AllowedMethods::ALLOW_ALL,
                cache_policy: CachePolicy::CACHING_DISABLED,
                viewer_protocol_policy: ViewerProtocolPolicy::HTTPS_ONLY,
            },
            "/api/*": {
                origin: api,
                allowed_methods: AllowedMethods::ALLOW_ALL,
                cache_policy: CachePolicy::CACHING_DISABLED,
                origin_request_policy: OriginRequestPolicy::ALL_VIEWER_EXCEPT_HOST_HEADER,
                viewer_protocol_policy: ViewerProtocolPolicy::HTTPS_ONLY,
            },
            "*.jpg": {
                origin: bucket,
                response_headers_policy: ResponseHeadersPolicy::SECURITY_HEADERS,
                viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
            },
            "*.png": {
                origin: bucket,
                response_headers_policy: ResponseHeadersPolicy::SECURITY_HEADERS,
                viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
            },
            "/app/*": {
                origin: bucket,
                viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
                function_associations: [{ function: app_index, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        },
    });
    Site {
        stack,
        cdn,
        bucket,
        api,
        legacy_api,
        app_index,
    }
}

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    vec![site().stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(site: &Site, path: &str) -> Route {
        site.cdn
            .route(&site.stack, path)
            .expect("the stack's distribution")
    }

    #[test]
    fn api_requests_go_to_the_api_uncached() {
        let site = site();
        let r = route(&site, "/api/orders/42?expand=items");
        assert_eq!(r.path_pattern.as_deref(), Some("/api/*"));
        assert!(r.origin() == Some(&site.api));
        assert_eq!(r.cache_policy, CachePolicy::CACHING_DISABLED);
        assert_eq!(
            r.origin_request_policy,
            Some(OriginRequestPolicy::ALL_VIEWER_EXCEPT_HOST_HEADER)
        );
        assert_eq!(r.allowed_methods, AllowedMethods::ALLOW_ALL);
        assert_eq!(r.viewer_protocol_policy, ViewerProtocolPolicy::HTTPS_ONLY);
    }

    #[test]
    fn the_legacy_api_keeps_its_own_origin() {
        let site = site();
        let r = route(&site, "/api/v1/orders");
        assert_eq!(r.path_pattern.as_deref(), Some("/api/v1/*"));
        assert!(r.origin() == Some(&site.legacy_api));
        assert_eq!(r.cache_policy, CachePolicy::CACHING_DISABLED);
        // `/api/v10/` is not `/api/v1/`: the current API takes it.
        assert!(route(&site, "/api/v10/orders").origin() == Some(&site.api));
    }

    #[test]
    fn images_get_security_headers_wherever_they_are() {
        let site = site();
        for path in ["/logo.png", "/blog/2024/cat.jpg", "/app/logo.png"] {
            let r = route(&site, path);
            assert!(r.origin() == Some(&site.bucket), "{path}");
            assert_eq!(
                r.response_headers_policy,
                Some(ResponseHeadersPolicy::SECURITY_HEADERS),
                "{path}"
            );
            assert!(r.edge.is_empty(), "{path} runs no function");
        }
        // Patterns are case-sensitive: `.JPG` is the default behavior's.
        assert!(route(&site, "/CAT.JPG").is_default());
    }

    #[test]
    fn app_routes_run_the_index_function() {
        let site = site();
        let r = route(&site, "/app/settings/profile");
        assert_eq!(r.path_pattern.as_deref(), Some("/app/*"));
        assert_eq!(
            r.function(FunctionEventType::VIEWER_REQUEST),
            Some(site.app_index)
        );
        assert_eq!(r.function(FunctionEventType::VIEWER_RESPONSE), None);
    }

    #[test]
    fn everything_else_is_the_bucket_cached() {
        let site = site();
        let r = route(&site, "/index.html");
        assert!(r.is_default());
        assert!(r.origin() == Some(&site.bucket));
        assert_eq!(r.cache_policy, CachePolicy::CACHING_OPTIMIZED);
        assert_eq!(r.response_headers_policy, None);
        assert_eq!(
            r.viewer_protocol_policy,
            ViewerProtocolPolicy::REDIRECT_TO_HTTPS
        );
    }

    #[test]
    fn every_behavior_is_reachable() {
        let site = site();
        let template = site.stack.synth().expect("valid");
        assert!(template.warnings().is_empty(), "{:?}", template.warnings());
        let routes = site.cdn.routes(&site.stack).unwrap();
        assert_eq!(routes.len(), 6);
        assert!(routes.last().unwrap().is_default());
    }
}
