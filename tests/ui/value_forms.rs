use cloudfront_dsl::prelude::*;

// Values whose form the prop cannot take are the DSL's errors, at the value, not rustc's type
// errors in the generated code.
fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::from_bucket_name(&mut stack, "B", "my-bucket");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", {
                origin_ssl_protocols: [::TLS_V1_2],
                protocol_policy: SecurityPolicyProtocol::HTTP_ONLY,
                http_port: 65535 + 1,
                https_port: 1 - 2 + 5,
                connection_attempts: 1u8 + 2,
                read_timeout: Duration::seconds(18446744073709551615 + 1),
                keepalive_timeout: Duration::seconds(60 / 0),
                origin_path: 1 + 2,
                custom_headers: { "X-A": "a" + "b" },
            }),
            viewer_protocol_policy: OriginRequestHeaderBehavior::REDIRECT_TO_HTTPS,
            trusted_key_groups: (30),
        },
        additional_behaviors: {
            "/a/*": { origin: {} },
            "/b/*": { origin: () },
            "/c/*": { origin: origins::S3Origin({ { } }) },
        },
        comment: file("keys/rsa2048.pem"),
        log_bucket: bucket,
        "x"suffix: 1,
    });
    distribution!(Duration::seconds(3), 42, {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    cache_policy!(stack, "p", {
        #![quotas(origin_response_timeout = 180u8)]
        comment: "x"suffix,
    });
}
