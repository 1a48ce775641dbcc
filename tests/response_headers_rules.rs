//! Response headers policies through the run-time API: the rules `synth()` runs on values the
//! macros could not see, and the account quota it counts.

use cloudfront_dsl::Rule;
use cloudfront_dsl::policies::{
    ResponseCustomHeader, ResponseCustomHeadersBehavior, ResponseHeadersContentSecurityPolicy,
    ResponseHeadersCorsBehavior, ResponseHeadersPolicyProps,
    ResponseHeadersStrictTransportSecurity, ResponseHeadersXSSProtection,
    ResponseSecurityHeadersBehavior,
};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl_tests::{lint_stacks, rule_paths, synth_errors};

#[test]
fn values_known_only_at_run_time_are_checked_by_synth() {
    let mut stack = Stack::new("RunTime");
    let removed = String::from("Transfer-Encoding");
    let rate = 100.5;
    let methods = vec!["GET".to_owned(), "ALL".to_owned()];
    response_headers_policy!(stack, "Headers", {
        remove_headers: [removed],
        server_timing_sampling_rate: rate,
        cors_behavior: {
            access_control_allow_credentials: false,
            access_control_allow_headers: [],
            access_control_allow_methods: methods,
            access_control_allow_origins: ["https://www.example.com"],
            origin_override: false,
        },
    });
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::ResponseHeadersPolicy,
                "Headers.cors_behavior.access_control_allow_methods[1]".to_owned()
            ),
            (
                Rule::ResponseHeadersPolicy,
                "Headers.remove_headers[0]".to_owned()
            ),
            (
                Rule::ResponseHeadersPolicy,
                "Headers.server_timing_sampling_rate".to_owned()
            ),
        ]
    );
}

#[test]
fn the_builder_api_gets_the_same_rules() {
    let mut stack = Stack::new("Builder");
    let header = |name: &str| {
        ResponseCustomHeader::default()
            .header(name)
            .value("1")
            .r#override(true)
    };
    ResponseHeadersPolicy::new(
        &mut stack,
        "Headers",
        ResponseHeadersPolicyProps::default()
            .custom_headers_behavior(
                ResponseCustomHeadersBehavior::default()
                    .custom_headers([header("X-Edge-Location"), header("X-Ok")]),
            )
            .security_headers_behavior(
                ResponseSecurityHeadersBehavior::default().xss_protection(
                    ResponseHeadersXSSProtection::default()
                        .protection(true)
                        .mode_block(true)
                        .report_uri("https://example.com/r")
                        .r#override(false),
                ),
            ),
    );
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::ResponseHeadersPolicy,
                "Headers.custom_headers_behavior.custom_headers[0].header".to_owned()
            ),
            (
                Rule::ResponseHeadersPolicy,
                "Headers.security_headers_behavior.xss_protection.mode_block".to_owned()
            ),
        ]
    );
}

#[test]
fn custom_policies_count_toward_the_account_quota() {
    let mut stack = Stack::new("Quota");
    for i in 0..21 {
        ResponseHeadersPolicy::new(
            &mut stack,
            &format!("P{i}"),
            ResponseHeadersPolicyProps::default().remove_headers(["Server"]),
        );
    }
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [(Rule::PerAccountQuota, "P20".to_owned())]
    );
}

/// A sampling rate of 0 is written (CloudFront still answers requests that ask for the header
/// with `Pragma: server-timing`), and fractions keep their decimals.
#[test]
fn sampling_rates_are_written_as_given() {
    let mut stack = Stack::new("Sampling");
    let rate = |stack: &mut Stack, id: &str, r: f64| {
        ResponseHeadersPolicy::new(
            stack,
            id,
            ResponseHeadersPolicyProps::default().server_timing_sampling_rate(r),
        )
    };
    rate(&mut stack, "Zero", 0.0);
    rate(&mut stack, "Fraction", 0.0001);
    let template = stack.synth().unwrap();
    let written: Vec<String> = template
        .resources()
        .map(|(_, r)| {
            r.properties["ResponseHeadersPolicyConfig"]["ServerTimingHeadersConfig"]["SamplingRate"]
                .to_string()
        })
        .collect();
    assert_eq!(written, ["0", "0.0001"]);
    lint_stacks([&stack]);
}

/// The rules on names, quotas, CSP, HSTS and CORS credentials, with every value built at run
/// time.
#[test]
fn names_quotas_and_security_headers_are_checked_by_synth() {
    let mut stack = Stack::new("Limits");
    let headers: Vec<ResponseCustomHeader> = (1..=11)
        .map(|i| {
            ResponseCustomHeader::default()
                .header(format!("X-{i}"))
                .value("v".repeat(if i == 1 { 1784 } else { 1 }))
                .r#override(true)
        })
        .collect();
    ResponseHeadersPolicy::new(
        &mut stack,
        "Headers",
        ResponseHeadersPolicyProps::default()
            .response_headers_policy_name("my policy")
            .custom_headers_behavior(
                ResponseCustomHeadersBehavior::default().custom_headers(headers),
            )
            .security_headers_behavior(
                ResponseSecurityHeadersBehavior::default()
                    .content_security_policy(
                        ResponseHeadersContentSecurityPolicy::default()
                            .content_security_policy(format!(
                                "default-src 'self' {}",
                                "x".repeat(1783)
                            ))
                            .r#override(true),
                    )
                    .strict_transport_security(
                        ResponseHeadersStrictTransportSecurity::default()
                            .access_control_max_age(Duration::millis(1500))
                            .r#override(true),
                    ),
            )
            .cors_behavior(
                ResponseHeadersCorsBehavior::default()
                    .access_control_allow_credentials(true)
                    .access_control_allow_headers(["X-Custom"])
                    .access_control_allow_methods(["GET"])
                    .access_control_allow_origins(["*"])
                    .origin_override(true),
            ),
    );
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::Name,
                "Headers.response_headers_policy_name".to_owned()
            ),
            (
                Rule::ResponseHeadersPolicy,
                "Headers.cors_behavior.access_control_allow_origins[0]".to_owned()
            ),
            (
                Rule::ResponseHeadersPolicy,
                "Headers.custom_headers_behavior.custom_headers[0].value".to_owned()
            ),
            (
                Rule::ResponseHeadersPolicy,
                "Headers.custom_headers_behavior.custom_headers[10]".to_owned()
            ),
            (
                Rule::ResponseHeadersPolicy,
                "Headers.security_headers_behavior.content_security_policy.content_security_policy".to_owned()
            ),
            (
                Rule::WholeSeconds,
                "Headers.security_headers_behavior.strict_transport_security.access_control_max_age".to_owned()
            ),
        ]
    );
}
