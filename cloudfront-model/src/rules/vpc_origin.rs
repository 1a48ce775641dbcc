//! Rules on VPC origins and the origins that reach them.
//!
//! The page these rules cite is "Restrict access with VPC origins", CloudFront Developer Guide,
//! <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-vpc-origins.html>.

use crate::ec2::{INSTANCE_TYPE, InstanceSource};
use crate::elbv2::{LoadBalancerType, Source};
use crate::origins::{Origin, OriginSpec, VpcAccess};
use crate::path::PropPath;
use crate::rules::origin::{check_domain_name, check_ports_and_protocols};
use crate::rules::{Checker, Rule};
use crate::stack::Stack;
use crate::violation::Violation;
use crate::vpc_origin::{MAX_NAME, VpcOriginEndpoint, VpcOriginProps, VpcOriginResource};

/// The settings of a VPC origin, at `path`: a name of at most 64 characters (the CDK's
/// generated names; CloudFront refuses an empty one), ports CloudFront connects to, TLS
/// protocols.
fn check_vpc_settings(
    name: &Option<String>,
    http_port: Option<u16>,
    https_port: Option<u16>,
    ssl: &Option<Vec<crate::origins::OriginSslPolicy>>,
    path: &PropPath,
    cx: &mut Checker<'_>,
) {
    if let Some(name) = name {
        let n = name.chars().count();
        let problem = if name.is_empty() {
            Some("a VPC origin's name cannot be empty".to_owned())
        } else if n > MAX_NAME {
            Some(format!(
                "the name has {n} characters; a VPC origin's name is at most {MAX_NAME}"
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            cx.report(
                Violation::new(Rule::VpcOrigin, path.field("vpc_origin_name"), problem)
                    .help("shorten the name, or leave it out to have one generated"),
            );
        }
    }
    check_ports_and_protocols(http_port, https_port, ssl, path, cx);
}

/// The props of a VPC origin of the stack.
pub(crate) fn check_vpc_origin(props: &VpcOriginProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    props.check_required(&root, cx);
    check_vpc_settings(
        &props.vpc_origin_name,
        props.http_port,
        props.https_port,
        &props.origin_ssl_protocols,
        &root,
        cx,
    );
}

/// The props of an origin that reaches a VPC origin, at `path`.
pub(crate) fn check_vpc_access(access: &VpcAccess, path: &PropPath, cx: &mut Checker<'_>) {
    let domain = match access {
        VpcAccess::Endpoint { props, .. } => {
            check_vpc_settings(
                &props.vpc_origin_name,
                props.http_port,
                props.https_port,
                &props.origin_ssl_protocols,
                path,
                cx,
            );
            &props.domain_name
        }
        VpcAccess::Given { props, .. } => &props.domain_name,
    };
    if let Some(d) = domain {
        check_domain_name(d, &path.field("domain_name"), cx);
    }
}

/// The prop of an origin that holds its endpoint, as `VpcOrigin::with_*` names its parameter.
fn endpoint_field(endpoint: &VpcOriginEndpoint) -> &'static str {
    match endpoint {
        VpcOriginEndpoint::ApplicationLoadBalancer(_) => "alb",
        VpcOriginEndpoint::NetworkLoadBalancer(_) => "nlb",
        VpcOriginEndpoint::Ec2Instance(_) => "instance",
    }
}

/// What a VPC origin reaches, with the stack at hand, at `path`: a load balancer or instance
/// the template holds (or one known by its ARN), of the kind it says; a Network Load Balancer
/// with a security group and not dual-stack, which VPC origins do not take (the page, and the
/// CDK origins README's "VPC origins").
fn check_endpoint_in_stack(
    endpoint: &VpcOriginEndpoint,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let report = |cx: &mut Checker<'_>, message: String, help: &str| {
        cx.report(Violation::new(Rule::VpcOrigin, path.clone(), message).help(help));
    };
    match endpoint {
        VpcOriginEndpoint::ApplicationLoadBalancer(lb)
        | VpcOriginEndpoint::NetworkLoadBalancer(lb) => {
            let id = match &lb.source {
                Source::LogicalId(id) => id,
                Source::DnsName(_) => {
                    report(
                        cx,
                        "a VPC origin points at its load balancer by ARN, and this one is known by its DNS name only".to_owned(),
                        "use `from_logical_id` for a load balancer of the template, or `from_load_balancer_attributes(arn, dns_name)`",
                    );
                    return;
                }
                Source::Attributes { .. } => return,
            };
            const LB_TYPE: &str = "AWS::ElasticLoadBalancingV2::LoadBalancer";
            let Some(r) = stack.raw_resource(id) else {
                cx.report(
                    Violation::new(Rule::Reference, path.clone(), format!("the stack holds no resource `{id}`"))
                        .help("add the load balancer with `stack.add_cfn_resource`, or use `from_load_balancer_attributes`"),
                );
                return;
            };
            if r.resource_type != LB_TYPE {
                cx.report(Violation::new(
                    Rule::Reference,
                    path.clone(),
                    format!("`{id}` is a `{}`, not a `{LB_TYPE}`", r.resource_type),
                ));
                return;
            }
            let prop = |name: &str| r.properties.get(name).and_then(|v| v.as_str());
            let kind = match prop("Type").unwrap_or("application") {
                "network" => LoadBalancerType::Network,
                _ => LoadBalancerType::Application,
            };
            let wanted = match endpoint {
                VpcOriginEndpoint::NetworkLoadBalancer(_) => LoadBalancerType::Network,
                _ => LoadBalancerType::Application,
            };
            if kind != wanted {
                let (is, says) = match wanted {
                    LoadBalancerType::Network => {
                        ("an Application", "with_application_load_balancer")
                    }
                    LoadBalancerType::Application => ("a Network", "with_network_load_balancer"),
                };
                report(
                    cx,
                    format!("`{id}` is {is} Load Balancer"),
                    &format!("use `origins::VpcOrigin::{says}`"),
                );
                return;
            }
            if kind != LoadBalancerType::Network {
                return;
            }
            let groups = r
                .properties
                .get("SecurityGroups")
                .and_then(|g| g.as_array());
            if groups.is_none_or(|g| g.is_empty()) {
                report(
                    cx,
                    format!(
                        "`{id}` has no security group: CloudFront reaches a Network Load Balancer through a VPC origin only when it has one"
                    ),
                    "give the load balancer `SecurityGroups` that let in the CloudFront VPC origin service",
                );
            }
            if prop("IpAddressType") == Some("dualstack") {
                report(
                    cx,
                    format!("`{id}` is dual-stack; VPC origins take IPv4 Network Load Balancers"),
                    "set the load balancer's `IpAddressType` to `ipv4`",
                );
            }
        }
        VpcOriginEndpoint::Ec2Instance(i) => {
            let InstanceSource::LogicalId(id) = &i.source else {
                return;
            };
            match stack.raw_resource(id) {
                None => cx.report(
                    Violation::new(Rule::Reference, path.clone(), format!("the stack holds no resource `{id}`"))
                        .help("add the instance with `stack.add_cfn_resource`, or use `ec2::Instance::from_instance_attributes`"),
                ),
                Some(r) if r.resource_type != INSTANCE_TYPE => cx.report(Violation::new(
                    Rule::Reference,
                    path.clone(),
                    format!("`{id}` is a `{}`, not a `{INSTANCE_TYPE}`", r.resource_type),
                )),
                Some(_) => {}
            }
        }
    }
}

/// A VPC origin of the stack, with the stack at hand.
pub(crate) fn check_vpc_origin_in_stack(
    props: &VpcOriginProps,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    if let Some(endpoint) = &props.endpoint {
        check_endpoint_in_stack(endpoint, &PropPath::root().field("endpoint"), stack, cx);
    }
}

/// An origin that reaches a VPC origin, with the stack at hand, at `path`: what it reaches,
/// and a domain name for a VPC origin known by its id only (the CDK refuses an origin without
/// one, `DomainNameMustBeSpecified`).
pub(crate) fn check_vpc_origin_of_origin(
    origin: &Origin,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let OriginSpec::Vpc(access) = &*origin.0 else {
        return;
    };
    match access {
        VpcAccess::Endpoint { endpoint, .. } => {
            check_endpoint_in_stack(endpoint, &path.field(endpoint_field(endpoint)), stack, cx);
        }
        VpcAccess::Given { vpc_origin, props } => {
            let of_stack = stack
                .construct::<VpcOriginResource>(vpc_origin.resource)
                .is_some();
            if !of_stack && props.domain_name.is_none() {
                cx.report(
                    Violation::new(
                        Rule::VpcOrigin,
                        path.field("vpc_origin"),
                        "the VPC origin is known by its id only, so the origin needs the domain name CloudFront sends requests for",
                    )
                    .help("add `domain_name: \"internal.example.com\"`"),
                );
            }
        }
    }
}
