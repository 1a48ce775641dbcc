//! gRPC behaviors, real-time log configurations and the additional metrics through the run-time
//! API: the rules `synth()` runs on values only known at run time, and the account quota it
//! counts.

use cloudfront_dsl::Rule;
use cloudfront_dsl::distribution::EdgeLambda;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::realtime_log_config::RealtimeLogConfigProps;
use cloudfront_dsl_tests::{lint_stacks, rule_paths, synth_errors};

const STREAM: &str = "arn:aws:kinesis:us-east-1:123456789012:stream/cloudfront-logs";

#[test]
fn grpc_behaviors_are_checked_at_synth() {
    let mut stack = Stack::new("Grpc");
    let (methods, version, policy) = (
        AllowedMethods::ALLOW_GET_HEAD_OPTIONS,
        HttpVersion::HTTP3,
        OriginProtocolPolicy::HTTP_ONLY,
    );
    let grpc = std::hint::black_box(true);
    let dist = distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("grpc.example.com", { protocol_policy: policy }),
            allowed_methods: methods,
            enable_grpc: grpc,
        },
        http_version: version,
    });
    // A behavior added on its own is checked with the distribution's HTTP version at synth.
    add_behavior!(stack, dist, "/more/*", origins::HttpOrigin("more.example.com"), {
        enable_grpc: grpc,
    });
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::Grpc,
                "myDist.default_behavior.allowed_methods".to_owned()
            ),
            (
                Rule::Grpc,
                "myDist.default_behavior.origin.protocol_policy".to_owned()
            ),
            (
                Rule::Grpc,
                "myDist.additional_behaviors[\"/more/*\"].enable_grpc".to_owned()
            ),
            (Rule::Grpc, "myDist.http_version".to_owned()),
        ]
    );
}

/// Lambda@Edge does not run on gRPC requests: functions given at run time are refused at
/// synth, as the macro refuses literal ones.
#[test]
fn a_grpc_behavior_takes_no_lambda_at_edge_at_synth() {
    let mut stack = Stack::new("GrpcEdge").with_env("123456789012", "us-east-1");
    let f = lambda_function!(stack, "F", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;"),
    });
    let edge = vec![
        EdgeLambda::default()
            .function_version(f.current_version())
            .event_type(LambdaEdgeEventType::ORIGIN_REQUEST),
    ];
    let grpc = std::hint::black_box(true);
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("grpc.example.com"),
            allowed_methods: AllowedMethods::ALLOW_ALL,
            enable_grpc: grpc,
            edge_lambdas: edge,
        },
    });
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [(
            Rule::Grpc,
            "myDist.default_behavior.edge_lambdas".to_owned()
        )]
    );
}

#[test]
fn a_grpc_behavior_the_cdk_takes_synthesizes_and_lints() {
    let mut stack = Stack::new("GrpcFine").with_env("123456789012", "us-east-1");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("grpc.example.com", {
                protocol_policy: OriginProtocolPolicy::MATCH_VIEWER,
            }),
            allowed_methods: AllowedMethods::ALLOW_ALL,
            enable_grpc: true,
        },
    });
    let template = stack.synth().unwrap();
    let behavior = &template.resource("myDist9DB766F3").unwrap().properties["DistributionConfig"]["DefaultCacheBehavior"];
    assert_eq!(behavior["GrpcConfig"]["Enabled"], true);
    lint_stacks([&stack]);
}

#[test]
fn realtime_log_configs_are_checked_at_synth() {
    let mut stack = Stack::new("Logs");
    let fields: Vec<String> = ["timestamp", "cs_uri_stem", "timestamp"]
        .map(String::from)
        .to_vec();
    RealtimeLogConfig::new(
        &mut stack,
        "Logs",
        RealtimeLogConfigProps::default()
            .realtime_log_config_name("")
            .end_points([
                Endpoint::from_kinesis_stream(STREAM),
                Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123:stream/short-account"),
            ])
            .fields(fields)
            .sampling_rate(101),
    );
    RealtimeLogConfig::new(
        &mut stack,
        "Nothing",
        RealtimeLogConfigProps::default()
            .end_points(Vec::<Endpoint>::new())
            .fields(Vec::<String>::new()),
    );
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::RealtimeLogs,
                "Logs.realtime_log_config_name".to_owned()
            ),
            (
                Rule::RealtimeLogs,
                "Logs.end_points[1].stream_arn".to_owned()
            ),
            (Rule::RealtimeLogs, "Logs.fields[1]".to_owned()),
            (Rule::RealtimeLogs, "Logs.fields[2]".to_owned()),
            (Rule::RealtimeLogs, "Logs.sampling_rate".to_owned()),
            (Rule::MissingRequired, "Nothing".to_owned()),
            (Rule::RealtimeLogs, "Nothing.end_points".to_owned()),
            (Rule::RealtimeLogs, "Nothing.fields".to_owned()),
        ]
    );
}

/// An endpoint with a role of its own makes no role; the other gets the one the configuration
/// creates. Without `publish_additional_metrics` there is no monitoring subscription.
#[test]
fn an_endpoint_with_its_own_role_makes_none() {
    let mut stack = Stack::new("Roles").with_env("123456789012", "us-east-1");
    let logs = realtime_log_config!(stack, "Logs", {
        end_points: [
            Endpoint::from_kinesis_stream_with_role(STREAM, "arn:aws:iam::123456789012:role/cloudfront-logs"),
        ],
        fields: ["timestamp"],
        sampling_rate: 1,
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            realtime_log_config: logs,
        },
        publish_additional_metrics: false,
    });
    let template = stack.synth().unwrap();
    let types: Vec<&str> = template
        .resources()
        .map(|(_, r)| r.resource_type.as_str())
        .collect();
    assert_eq!(
        types,
        [
            "AWS::CloudFront::RealtimeLogConfig",
            "AWS::CloudFront::Distribution"
        ]
    );
    let (_, config) = template.resources().next().unwrap();
    assert_eq!(
        config.properties["EndPoints"][0]["KinesisStreamConfig"]["RoleArn"],
        "arn:aws:iam::123456789012:role/cloudfront-logs"
    );
    assert_eq!(config.properties["Name"], "RolesLogs828D49D4");
    lint_stacks([&stack]);
}

#[test]
fn realtime_log_configs_count_toward_the_account_quota() {
    let mut stack = Stack::new("Quota");
    for i in 0..151 {
        RealtimeLogConfig::new(
            &mut stack,
            &format!("L{i}"),
            RealtimeLogConfigProps::default()
                .end_points([Endpoint::from_kinesis_stream(STREAM)])
                .fields(["timestamp"])
                .sampling_rate(50),
        );
    }
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [(Rule::PerAccountQuota, "L150".to_owned())]
    );
}

/// A response completion timeout known only at run time: shorter than the read timeout, or
/// beyond CloudFront's range.
#[test]
fn response_completion_timeouts_are_checked_at_synth() {
    let mut stack = Stack::new("Completion");
    let (read, short, long) = (
        Duration::seconds(60),
        Duration::seconds(45),
        Duration::hours(2),
    );
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", {
                read_timeout: read,
                response_completion_timeout: short,
            }),
        },
        additional_behaviors: {
            "/long/*": {
                origin: origins::HttpOrigin("b.example.com", { response_completion_timeout: long }),
            },
        },
    });
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::OriginResponseTimeout,
                "myDist.default_behavior.origin.response_completion_timeout".to_owned()
            ),
            (
                Rule::OriginResponseTimeout,
                "myDist.additional_behaviors[\"/long/*\"].origin.response_completion_timeout"
                    .to_owned()
            ),
        ]
    );
}
