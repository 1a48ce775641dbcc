use cloudfront_dsl::origin_access_identity::{OriginAccessIdentity, OriginAccessIdentityProps};
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("UiWeb").with_env("123456789012", "us-east-1");
    let site = s3::Bucket::new(&mut stack, "Site");
    let logs = s3::Bucket::with_props(
        &mut stack,
        "Logs",
        s3::BucketProps::default().object_ownership(s3::ObjectOwnership::OBJECT_WRITER),
    );
    let oai = OriginAccessIdentity::new(&mut stack, "OAI", OriginAccessIdentityProps::default());
    let policy = cache_policy!(stack, "ApiCache", { default_ttl: Duration::minutes(5) });
    let dist = web_distribution!(stack, "Web", {
        origin_configs: [
            {
                s3_origin_source: { s3_bucket_source: site, origin_access_identity: oai },
                behaviors: [{ is_default_behavior: true, compress: true }],
            },
            {
                custom_origin_source: { domain_name: "api.example.com", origin_path: "/v2" },
                failover_custom_origin_source: { domain_name: "api-dr.example.com" },
                failover_criteria_status_codes: [FailoverStatusCode::BAD_GATEWAY, FailoverStatusCode::GATEWAY_TIMEOUT],
                behaviors: [
                    { path_pattern: "/api/*", cache_policy: policy, allowed_methods: CloudFrontAllowedMethods::GET_HEAD_OPTIONS },
                    {
                        path_pattern: "/search",
                        forwarded_values: { query_string: true, query_string_cache_keys: ["q"], headers: ["Accept-Language"] },
                        min_ttl: Duration::seconds(0),
                        default_ttl: Duration::minutes(1),
                        max_ttl: Duration::hours(1),
                    },
                ],
            },
        ],
        viewer_certificate: ViewerCertificate::from_iam_certificate("ASCACKCEVSQ6C2EXAMPLE", {
            aliases: ["www.example.com"],
            security_policy: SecurityPolicyProtocol::TLS_V1_2_2021,
        }),
        logging_config: { bucket: logs, prefix: "web/" },
        error_configurations: [{ error_code: 403, response_code: 200, response_page_path: "/index.html" }],
        price_class: PriceClass::PRICE_CLASS_200,
    });
    stack.add_output("DomainName", dist.distribution_domain_name());
    let template = stack.synth().expect("valid");
    // `tests/ui.rs` lints what the pass cases write here.
    let dir = cloudfront_dsl_tests::ui_pass_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("web_distribution.template.json"), template.to_json_pretty()).unwrap();
}
