// What `distribution!` checks, checked for a web distribution by the same rules, at the web
// distribution's own tokens.
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let bucket = s3::Bucket::new(&mut stack, "b");
    web_distribution!(stack, "origins", {
        origin_configs: [
            {
                custom_origin_source: {
                    domain_name: "https://api.example.com/",
                    http_port: 22,
                    origin_read_timeout: Duration::seconds(200),
                    origin_keepalive_timeout: Duration::seconds(0),
                    allowed_origin_ssl_versions: [],
                    origin_path: "v1/",
                    origin_headers: { "Host": "api.example.com" },
                    origin_shield_region: "useast1",
                },
                connection_attempts: 4,
                connection_timeout: Duration::seconds(11),
                behaviors: [{ is_default_behavior: true }],
            },
            {
                s3_origin_source: {
                    s3_bucket_source: bucket,
                    origin_headers: { "X-Amz-Date": "now" },
                },
                failover_custom_origin_source: { domain_name: "backup.example.com:8080" },
                behaviors: [{
                    path_pattern: "/img/*",
                    allowed_methods: CloudFrontAllowedMethods::GET_HEAD,
                    cached_methods: CloudFrontAllowedCachedMethods::GET_HEAD_OPTIONS,
                }],
            },
        ],
    });
    web_distribution!(stack, "settings", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket },
            behaviors: [{ is_default_behavior: true }],
        }],
        error_configurations: [
            { error_code: 418, response_code: 200 },
            { error_code: 404, response_page_path: "error.html" },
            { error_code: 404 },
        ],
        comment: "a comment that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and past the end",
        default_root_object: "/index.html",
        geo_restriction: GeoRestriction::denylist("XX"),
        web_acl_id: "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/MyAcl/11111111-2222-3333-4444-555555555555",
        logging_config: { prefix: "/logs" },
    });
}
