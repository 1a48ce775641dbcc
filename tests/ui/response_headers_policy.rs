use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    response_headers_policy!(stack, "Cors", {
        response_headers_policy_name: "my policy",
        cors_behavior: {
            access_control_allow_credentials: true,
            access_control_allow_headers: ["X-Custom", "*"],
            access_control_allow_methods: ["get", "FETCH", "ALL", "POST", "POST"],
            access_control_allow_origins: ["https://exa*mple.org", "*"],
            origin_override: true,
        },
    });
    response_headers_policy!(stack, "Headers", {
        custom_headers_behavior: {
            custom_headers: [
                { header: "Content-Length", value: "0", override: true },
                { header: "X-Team", value: "web", override: true },
                { header: "x-team", value: "api", override: false },
                { header: "X-Missing-Override", value: "1" },
            ],
        },
        remove_headers: ["Server", "Via", "X-Amz-Cf-Pop"],
        security_headers_behavior: {
            xss_protection: { protection: true, mode_block: true, report_uri: "https://example.com/r", override: true },
            strict_transport_security: { access_control_max_age: Duration::millis(1500), override: true },
        },
        server_timing_sampling_rate: 12.34567,
    });
    response_headers_policy!(stack, "Off", {
        security_headers_behavior: {
            xss_protection: { protection: false, mode_block: true, override: true },
        },
        server_timing_sampling_rate: 101,
    });
}
