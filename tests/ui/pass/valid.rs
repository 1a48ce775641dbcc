// The seed's `origins::S3Origin` is deprecated, as in today's CDK; it still compiles.
#![allow(deprecated)]
use cloudfront_dsl::prelude::*;

const HOST: &str = "www.example.com";

fn build(stack: &mut Stack, host: String) -> Distribution {
    distribution!(stack, "fromFn", {
        default_behavior: { origin: origins::HttpOrigin(host) },
    })
}

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    let bucket = s3::Bucket::new(&mut stack, "myBucket");
    let shared = origins::S3Origin(bucket);
    let secret = String::from("s3cr3t");
    let _dist = distribution!(stack, "myDist", {
        #![quotas(origin_response_timeout = 180, origin_custom_headers = 40)]
        default_behavior: {
            origin: shared.clone(),
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
            compress: false,
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::HttpOrigin(HOST, {
                    protocol_policy: OriginProtocolPolicy::HTTPS_ONLY,
                    http_port: 80,
                    https_port: 8443,
                    origin_path: "/v1",
                    read_timeout: Duration::minutes(3),
                    keepalive_timeout: Duration::seconds(60),
                    connection_attempts: 3,
                    connection_timeout: Duration::seconds(10),
                    origin_ssl_protocols: [OriginSslPolicy::TLS_V1_2],
                    custom_headers: { "X-Origin-Verify": secret },
                    origin_shield_region: "us-east-1",
                }),
            },
            "/assets/*": { origin: shared },
        },
        comment: "all the foundation props",
        enabled: true,
        default_root_object: "index.html",
        http_version: HttpVersion::HTTP2_AND_3,
        enable_ipv6: false,
        price_class: PriceClass::PRICE_CLASS_100,
        error_responses: [
            { http_status: 404, response_http_status: 200, response_page_path: "/index.html" },
            { http_status: 503, ttl: Duration::seconds(0) },
        ],
        geo_restriction: GeoRestriction::allowlist("US", "GB"),
        web_acl_id: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
    });
    let _other = build(&mut stack, String::from("other.example.com"));
    let _lb = distribution!(&mut stack, "lb", {
        default_behavior: {
            origin: origins::LoadBalancerV2Origin(
                elbv2::ApplicationLoadBalancer::from_dns_name("my-lb-1.us-east-1.elb.amazonaws.com"),
                { protocol_policy: OriginProtocolPolicy::HTTP_ONLY },
            ),
        },
    });
    let template = stack.synth().expect("valid");
    // `tests/ui.rs` lints what the pass cases write here.
    let dir = cloudfront_dsl_tests::ui_pass_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("valid.template.json"), template.to_json_pretty()).unwrap();
}
