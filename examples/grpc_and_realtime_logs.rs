//! "gRPC", "Realtime Log Config" and "CloudFront Distribution Metrics" of today's CDK
//! CloudFront README in one distribution: a gRPC behavior (all methods, HTTP/2 and HTTP/3, an
//! origin over HTTPS with a response completion timeout and IPv4 only), real-time logs of both
//! behaviors to a Kinesis data stream known by its ARN (through the role the configuration
//! creates for CloudFront), and the distribution's additional metrics.
//!
//! ```python
//! stream = kinesis.Stream.from_stream_arn(self, "LogStream",
//!     "arn:aws:kinesis:us-east-1:123456789012:stream/cloudfront-logs")
//! logs = cloudfront.RealtimeLogConfig(self, "RealtimeLogs",
//!     end_points=[cloudfront.Endpoint.from_kinesis_stream(stream)],
//!     fields=["timestamp", "c-ip", "sc-status", "cs-uri-stem", "time-taken"],
//!     sampling_rate=100,
//! )
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior=cloudfront.BehaviorOptions(
//!         origin=origins.HttpOrigin("www.example.com"),
//!         realtime_log_config=logs,
//!     ),
//!     additional_behaviors={
//!         "/grpc.Service/*": cloudfront.BehaviorOptions(
//!             origin=origins.HttpOrigin("grpc.example.com",
//!                 read_timeout=Duration.seconds(30),
//!                 response_completion_timeout=Duration.seconds(120),
//!                 ip_address_type=cloudfront.OriginIpAddressType.IPV4,
//!             ),
//!             allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL,
//!             cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
//!             enable_grpc=True,
//!             realtime_log_config=logs,
//!         ),
//!     },
//!     http_version=cloudfront.HttpVersion.HTTP2_AND_3,
//!     publish_additional_metrics=True,
//! )
//! ```
//!
//! A gRPC behavior that does not allow all methods, a distribution on HTTP/1.1 only and an
//! origin reached over HTTP do not compile; nor does a field CloudFront does not log or a
//! sampling rate outside 1-100.

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("GrpcRealtimeLogsStack").with_env("123456789012", "us-east-1");

    let logs = realtime_log_config!(stack, "RealtimeLogs", {
        end_points: [Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/cloudfront-logs")],
        fields: ["timestamp", "c-ip", "sc-status", "cs-uri-stem", "time-taken"],
        sampling_rate: 100,
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            realtime_log_config: logs,
        },
        additional_behaviors: {
            "/grpc.Service/*": {
                origin: origins::HttpOrigin("grpc.example.com", {
                    read_timeout: Duration::seconds(30),
                    response_completion_timeout: Duration::seconds(120),
                    ip_address_type: OriginIpAddressType::IPV4,
                }),
                allowed_methods: AllowedMethods::ALLOW_ALL,
                cache_policy: CachePolicy::CACHING_DISABLED,
                enable_grpc: true,
                realtime_log_config: logs,
            },
        },
        http_version: HttpVersion::HTTP2_AND_3,
        publish_additional_metrics: true,
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
