//! "Customizing Response Headers with Response Headers Policies" of today's CDK README: a policy
//! with CORS, custom and security headers, a header removed and `Server-Timing`; a managed policy
//! on another behavior; a second policy of security headers with a generated name.
//!
//! ```python
//! my_response_headers_policy = cloudfront.ResponseHeadersPolicy(self, "ResponseHeadersPolicy",
//!     response_headers_policy_name="MyPolicy",
//!     comment="A default policy",
//!     cors_behavior=cloudfront.ResponseHeadersCorsBehavior(
//!         access_control_allow_credentials=False,
//!         access_control_allow_headers=["X-Custom-Header-1", "X-Custom-Header-2"],
//!         access_control_allow_methods=["GET", "POST"],
//!         access_control_allow_origins=["*"],
//!         access_control_expose_headers=["X-Custom-Header-1", "X-Custom-Header-2"],
//!         access_control_max_age=Duration.seconds(600),
//!         origin_override=True
//!     ),
//!     custom_headers_behavior=cloudfront.ResponseCustomHeadersBehavior(
//!         custom_headers=[
//!             cloudfront.ResponseCustomHeader(header="X-Amz-Date", value="some-value", override=True),
//!             cloudfront.ResponseCustomHeader(header="X-Amz-Security-Token", value="some-value", override=False)
//!         ]
//!     ),
//!     security_headers_behavior=cloudfront.ResponseSecurityHeadersBehavior(
//!         content_security_policy=cloudfront.ResponseHeadersContentSecurityPolicy(content_security_policy="default-src https:;", override=True),
//!         content_type_options=cloudfront.ResponseHeadersContentTypeOptions(override=True),
//!         frame_options=cloudfront.ResponseHeadersFrameOptions(frame_option=cloudfront.HeadersFrameOption.DENY, override=True),
//!         referrer_policy=cloudfront.ResponseHeadersReferrerPolicy(referrer_policy=cloudfront.HeadersReferrerPolicy.NO_REFERRER, override=True),
//!         strict_transport_security=cloudfront.ResponseHeadersStrictTransportSecurity(access_control_max_age=Duration.seconds(600), include_subdomains=True, override=True),
//!         xss_protection=cloudfront.ResponseHeadersXSSProtection(protection=True, mode_block=False, report_uri="https://example.com/csp-report", override=True)
//!     ),
//!     remove_headers=["Server"],
//!     server_timing_sampling_rate=50
//! )
//! cloudfront.Distribution(self, "myDistCustomPolicy",
//!     default_behavior=cloudfront.BehaviorOptions(
//!         origin=bucket_origin,
//!         response_headers_policy=my_response_headers_policy
//!     )
//! )
//! ```

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("ResponseHeadersPolicyStack").with_env("123456789012", "us-east-1");

    let my_response_headers_policy = response_headers_policy!(stack, "ResponseHeadersPolicy", {
        response_headers_policy_name: "MyPolicy",
        comment: "A default policy",
        cors_behavior: {
            access_control_allow_credentials: false,
            access_control_allow_headers: ["X-Custom-Header-1", "X-Custom-Header-2"],
            access_control_allow_methods: ["GET", "POST"],
            access_control_allow_origins: ["*"],
            access_control_expose_headers: ["X-Custom-Header-1", "X-Custom-Header-2"],
            access_control_max_age: Duration::seconds(600),
            origin_override: true,
        },
        custom_headers_behavior: {
            custom_headers: [
                { header: "X-Amz-Date", value: "some-value", override: true },
                { header: "X-Amz-Security-Token", value: "some-value", override: false },
            ],
        },
        security_headers_behavior: {
            content_security_policy: { content_security_policy: "default-src https:;", override: true },
            content_type_options: { override: true },
            frame_options: { frame_option: HeadersFrameOption::DENY, override: true },
            referrer_policy: { referrer_policy: HeadersReferrerPolicy::NO_REFERRER, override: true },
            strict_transport_security: {
                access_control_max_age: Duration::seconds(600),
                include_subdomains: true,
                override: true,
            },
            xss_protection: {
                protection: true,
                mode_block: false,
                report_uri: "https://example.com/csp-report",
                override: true,
            },
        },
        remove_headers: ["Server"],
        server_timing_sampling_rate: 50,
    });
    let strict = response_headers_policy!(stack, "StrictHeaders", {
        security_headers_behavior: {
            strict_transport_security: {
                access_control_max_age: Duration::days(365),
                include_subdomains: true,
                preload: true,
                override: false,
            },
            xss_protection: { protection: true, mode_block: true, override: true },
        },
        server_timing_sampling_rate: 12.5,
    });
    distribution!(stack, "myDistCustomPolicy", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            response_headers_policy: my_response_headers_policy,
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::HttpOrigin("api.example.com"),
                response_headers_policy: ResponseHeadersPolicy::CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT,
            },
            "/secure/*": {
                origin: origins::HttpOrigin("secure.example.com"),
                response_headers_policy: strict,
            },
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
