//! The examples of cloudfront-dsl, one per section of the AWS CDK CloudFront README.
//!
//! Each file is both an example binary (`cargo run --example s3_origin`) and a module of this
//! library, so that the parity tests check the very code the examples run.

#[path = "s3_origin.rs"]
pub mod s3_origin;

#[path = "s3_website_origin.rs"]
pub mod s3_website_origin;

#[path = "alb_origin.rs"]
pub mod alb_origin;

#[path = "http_origin.rs"]
pub mod http_origin;

#[path = "default_behavior.rs"]
pub mod default_behavior;

#[path = "add_behavior.rs"]
pub mod add_behavior;

#[path = "multiple_behaviors.rs"]
pub mod multiple_behaviors;

#[path = "cache_policy_managed.rs"]
pub mod cache_policy_managed;

#[path = "cache_policy_custom.rs"]
pub mod cache_policy_custom;

#[path = "origin_request_policy_managed.rs"]
pub mod origin_request_policy_managed;

#[path = "origin_request_policy.rs"]
pub mod origin_request_policy;

#[path = "big.rs"]
pub mod big;
#[path = "big_block.rs"]
pub mod big_block;

#[path = "custom_domain_cert.rs"]
pub mod custom_domain_cert;

#[path = "custom_domain_cert_dnsvalidated.rs"]
pub mod custom_domain_cert_dnsvalidated;

#[path = "min_protocol_version.rs"]
pub mod min_protocol_version;

#[path = "logging_default.rs"]
pub mod logging_default;

#[path = "logging_bucket.rs"]
pub mod logging_bucket;

#[path = "import_distribution.rs"]
pub mod import_distribution;

#[path = "key_group.rs"]
pub mod key_group;

#[path = "trusted_key_groups.rs"]
pub mod trusted_key_groups;

#[path = "web_dist_basic.rs"]
pub mod web_dist_basic;

#[path = "web_dist_default_cert.rs"]
pub mod web_dist_default_cert;

#[path = "web_dist_acm_cert.rs"]
pub mod web_dist_acm_cert;

#[path = "web_dist_iam_cert.rs"]
pub mod web_dist_iam_cert;

#[path = "web_dist_key_groups.rs"]
pub mod web_dist_key_groups;

#[path = "web_dist_geo.rs"]
pub mod web_dist_geo;

#[path = "web_dist_connection.rs"]
pub mod web_dist_connection;

#[path = "web_dist_connection_custom.rs"]
pub mod web_dist_connection_custom;

#[path = "web_dist_failover.rs"]
pub mod web_dist_failover;

#[path = "cloudfront_function.rs"]
pub mod cloudfront_function;

#[path = "cloudfront_function_kvs.rs"]
pub mod cloudfront_function_kvs;

#[path = "routing.rs"]
pub mod routing;

#[path = "lambda_edge.rs"]
pub mod lambda_edge;

#[path = "lambda_edge_us_east_1.rs"]
pub mod lambda_edge_us_east_1;

#[path = "lambda_edge_stack_id.rs"]
pub mod lambda_edge_stack_id;

#[path = "lambda_edge_behaviors.rs"]
pub mod lambda_edge_behaviors;

#[path = "lambda_edge_imported_version.rs"]
pub mod lambda_edge_imported_version;

#[path = "s3_bucket_origin_oac.rs"]
pub mod s3_bucket_origin_oac;

#[path = "response_headers_policy.rs"]
pub mod response_headers_policy;

#[path = "origin_group.rs"]
pub mod origin_group;

#[path = "function_url_origin.rs"]
pub mod function_url_origin;

#[path = "vpc_origin.rs"]
pub mod vpc_origin;

#[path = "grpc_and_realtime_logs.rs"]
pub mod grpc_and_realtime_logs;

#[path = "construct_scopes.rs"]
pub mod construct_scopes;

#[path = "stack_tags.rs"]
pub mod stack_tags;

#[path = "route53_records.rs"]
pub mod route53_records;

#[path = "bucket_props.rs"]
pub mod bucket_props;

#[path = "property_overrides.rs"]
pub mod property_overrides;

#[path = "api_origins.rs"]
pub mod api_origins;

/// The account and region of every example (the CDK goldens use the same).
pub const ACCOUNT: &str = "123456789012";
