//! Rules on gRPC behaviors.
//!
//! The page these rules cite is "Using gRPC with CloudFront distributions", CloudFront
//! Developer Guide,
//! <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-using-grpc.html>.

use crate::distribution::{AllowedMethods, BehaviorOptions, HttpVersion};
use crate::origins::{OriginProtocolPolicy, OriginSpec, VpcAccess};
use crate::path::PropPath;
use crate::rules::{Checker, Fact, Rule};
use crate::violation::Violation;

/// A behavior at `path` that proxies gRPC: it runs no Lambda@Edge function, it allows all methods (the page: "allow HTTP
/// methods, including POST"; the CDK refuses anything but `ALLOW_ALL`) and its origins are
/// reached over HTTPS (the page: "CloudFront only supports secure (HTTPS-based) gRPC
/// connections").
pub(crate) fn check_grpc(behavior: &BehaviorOptions, path: &PropPath, cx: &mut Checker<'_>) {
    if behavior.enable_grpc != Some(true) {
        return;
    }
    // "Customize at the edge with Lambda@Edge", CloudFront Developer Guide
    // (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-the-edge.html>):
    // "Lambda@Edge isn't supported with gRPC requests"; the CDK refuses the functions too
    // (`EdgeLambdasCannotBeSpecifiedIfGrpcEnabled`).
    if behavior
        .edge_lambdas
        .as_ref()
        .is_some_and(|l| !l.is_empty())
    {
        cx.report(
            Violation::new(
                Rule::Grpc,
                path.field("edge_lambdas"),
                "Lambda@Edge does not run on gRPC requests, so a gRPC behavior takes no `edge_lambdas`",
            )
            .help("run the functions on a behavior without `enable_grpc`, or drop them"),
        );
    }
    let methods_path = path.field("allowed_methods");
    match cx.fact(&methods_path, &behavior.allowed_methods) {
        Fact::Known(m) if *m != AllowedMethods::ALLOW_ALL => cx.report(
            Violation::new(
                Rule::Grpc,
                methods_path,
                "a gRPC behavior must allow all methods: gRPC calls are POST requests",
            )
            .help("use `AllowedMethods::ALLOW_ALL`"),
        ),
        Fact::Absent => cx.report(
            Violation::new(
                Rule::Grpc,
                path.field("enable_grpc"),
                "a gRPC behavior must allow all methods, and the behavior allows GET and HEAD only (the default)",
            )
            .at_key()
            .help("add `allowed_methods: AllowedMethods::ALLOW_ALL`"),
        ),
        _ => {}
    }
    let Some(origin) = &behavior.origin else {
        return;
    };
    let origin_path = path.field("origin");
    for (member, at) in crate::rules::distribution::members(origin, &origin_path)
        .into_iter()
        .map(|(m, at, _)| (m, at))
    {
        let (policy, default_http) = match &*member.0 {
            OriginSpec::S3Website { props, .. } => (&props.protocol_policy, true),
            OriginSpec::Http { props, .. } | OriginSpec::LoadBalancer { props, .. } => {
                (&props.protocol_policy, false)
            }
            OriginSpec::Vpc(VpcAccess::Endpoint { props, .. }) => (&props.protocol_policy, false),
            _ => continue,
        };
        let policy_path = at.field("protocol_policy");
        match cx.fact(&policy_path, policy) {
            Fact::Known(OriginProtocolPolicy::HTTP_ONLY) => cx.report(
                Violation::new(
                    Rule::Grpc,
                    policy_path,
                    "the origin of a gRPC behavior is reached over HTTP only, and CloudFront proxies gRPC over HTTPS end to end",
                )
                .help("use `OriginProtocolPolicy::HTTPS_ONLY`"),
            ),
            Fact::Absent if default_http => cx.report(
                Violation::new(
                    Rule::Grpc,
                    at,
                    "an S3 website endpoint is reached over HTTP only, and CloudFront proxies gRPC over HTTPS end to end",
                )
                .help("send the gRPC behavior to a gRPC server over HTTPS"),
            ),
            _ => {}
        }
    }
}

/// The HTTP version of a distribution (at `path`) whose behavior at `grpc_behavior` proxies
/// gRPC: one with HTTP/2 (the page: "include HTTP/2 as one of the supported HTTP versions";
/// the CDK takes `HTTP2` and `HTTP2_AND_3`).
pub(crate) fn check_grpc_http_version(
    http_version: Fact<&HttpVersion>,
    path: &PropPath,
    grpc_behavior: &PropPath,
    cx: &mut Checker<'_>,
) {
    if let Fact::Known(v) = http_version
        && !matches!(v, HttpVersion::HTTP2 | HttpVersion::HTTP2_AND_3)
    {
        cx.report(
            Violation::new(
                Rule::Grpc,
                path.clone(),
                format!(
                    "the distribution speaks `HttpVersion::{}`, and its behavior `{grpc_behavior}` proxies gRPC, which needs HTTP/2",
                    v.name()
                ),
            )
            .help("use `HttpVersion::HTTP2` or `HttpVersion::HTTP2_AND_3`"),
        );
    }
}
