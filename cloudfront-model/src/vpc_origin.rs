//! VPC origins (the CDK's `cloudfront.VpcOrigin`): an internal Application Load Balancer,
//! Network Load Balancer or EC2 instance in a private subnet that CloudFront reaches without
//! the internet.
//!
//! An origin made with `origins::VpcOrigin::with_application_load_balancer` (or the network load
//! balancer and instance ones) creates the VPC origin under its origin, as the CDK does;
//! `origins::VpcOrigin::with_vpc_origin` uses one of the stack's own, made with `vpc_origin!`.

use serde_json::json;

use crate::construct::{AccountQuota, Construct, account_quota};
use crate::ec2::Instance;
use crate::elbv2::LoadBalancerV2;
use crate::expr::Expr;
use crate::import::Import;
use crate::lit::{FromLit, Lit, Lowering, lower};
use crate::naming::unique_resource_name;
use crate::origins::{Origin, OriginProtocolPolicy, OriginSslPolicy};
use crate::path::PropPath;
use crate::rules::{Check, Checker};
use crate::schema::{EnumSchema, Factory, HasKind, Kind, Param};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// What a VPC origin reaches (the CDK's `VpcOriginEndpoint`).
///
/// ```
/// use cloudfront_dsl::elbv2::ApplicationLoadBalancer;
/// use cloudfront_dsl::vpc_origin::VpcOriginEndpoint;
/// let endpoint = VpcOriginEndpoint::application_load_balancer(
///     ApplicationLoadBalancer::from_logical_id("Alb16C2F182"),
/// );
/// # let _ = endpoint;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum VpcOriginEndpoint {
    /// An internal Application Load Balancer.
    ApplicationLoadBalancer(LoadBalancerV2),
    /// An internal Network Load Balancer.
    NetworkLoadBalancer(LoadBalancerV2),
    /// An EC2 instance.
    Ec2Instance(Instance),
}

impl VpcOriginEndpoint {
    /// An internal Application Load Balancer.
    pub fn application_load_balancer(alb: impl Into<LoadBalancerV2>) -> Self {
        Self::ApplicationLoadBalancer(alb.into())
    }

    /// An internal Network Load Balancer (with a security group, not dual-stack).
    pub fn network_load_balancer(nlb: impl Into<LoadBalancerV2>) -> Self {
        Self::NetworkLoadBalancer(nlb.into())
    }

    /// An EC2 instance.
    pub fn ec2_instance(instance: impl Into<Instance>) -> Self {
        Self::Ec2Instance(instance.into())
    }

    /// The endpoint's ARN as the template writes it (an instance's ARN names the stack's
    /// region and account, as the CDK's `formatArn` does).
    pub(crate) fn arn(&self, stack: &Stack) -> Option<Expr> {
        match self {
            Self::ApplicationLoadBalancer(lb) | Self::NetworkLoadBalancer(lb) => {
                lb.load_balancer_arn()
            }
            Self::Ec2Instance(i) => {
                let (region, account) = match stack.env() {
                    Some(env) => (
                        Expr::literal(env.region.clone()),
                        Expr::literal(env.account.clone()),
                    ),
                    None => (Expr::region(), Expr::account_id()),
                };
                Some(Expr::join(
                    "",
                    [
                        Expr::literal("arn:"),
                        Expr::partition(),
                        Expr::literal(":ec2:"),
                        region,
                        Expr::literal(":"),
                        account,
                        Expr::literal(":instance/"),
                        i.instance_id(),
                    ],
                ))
            }
        }
    }

    /// The endpoint's domain name, what CloudFront connects to.
    pub(crate) fn domain_name(&self) -> Expr {
        match self {
            Self::ApplicationLoadBalancer(lb) | Self::NetworkLoadBalancer(lb) => {
                lb.load_balancer_dns_name()
            }
            Self::Ec2Instance(i) => i.instance_private_dns_name(),
        }
    }
}

const fn param(name: &'static str, kind: &'static Kind) -> Param {
    Param {
        name,
        kind,
        optional: false,
        variadic: false,
    }
}

#[doc(hidden)]
/// The schema of `VpcOriginEndpoint`'s factories.
pub const VPC_ORIGIN_ENDPOINT_SCHEMA: EnumSchema = EnumSchema {
    name: "VpcOriginEndpoint",
    rust: "vpc_origin::VpcOriginEndpoint",
    what: "a VPC origin endpoint (`VpcOriginEndpoint::application_load_balancer(lb)`, `::network_load_balancer(lb)`, `::ec2_instance(instance)`)",
    consts: &[],
    factories: &[
        Factory {
            name: "application_load_balancer",
            rust: "vpc_origin::VpcOriginEndpoint::application_load_balancer",
            params: &[param("alb", &LoadBalancerV2::KIND)],
        },
        Factory {
            name: "network_load_balancer",
            rust: "vpc_origin::VpcOriginEndpoint::network_load_balancer",
            params: &[param("nlb", &LoadBalancerV2::KIND)],
        },
        Factory {
            name: "ec2_instance",
            rust: "vpc_origin::VpcOriginEndpoint::ec2_instance",
            params: &[param("instance", &Instance::KIND)],
        },
    ],
};

impl HasKind for VpcOriginEndpoint {
    const KIND: Kind = Kind::Enum(&VPC_ORIGIN_ENDPOINT_SCHEMA);
}

impl FromLit for VpcOriginEndpoint {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        let target = args.first()?;
        Some(match name.as_str() {
            "application_load_balancer" => Self::application_load_balancer(
                lower::<LoadBalancerV2>(target, &path.field("alb"), cx)?,
            ),
            "network_load_balancer" => Self::network_load_balancer(lower::<LoadBalancerV2>(
                target,
                &path.field("nlb"),
                cx,
            )?),
            "ec2_instance" => {
                Self::ec2_instance(lower::<Instance>(target, &path.field("instance"), cx)?)
            }
            _ => return None,
        })
    }
}

props! {
    /// Props of a VPC origin: `vpc_origin!(stack, "id", { endpoint, ... })`.
    pub struct VpcOriginProps ("vpc_origin::VpcOriginProps") {
        /// What the VPC origin reaches.
        endpoint: into(VpcOriginEndpoint) ["Arn", "VpcOriginEndpointConfig"] required,
        /// The name, unique in the account (at most 64 characters); generated from the construct
        /// path if omitted.
        vpc_origin_name: into(String) ["Name"],
        /// The HTTP port (80, 443 or 1024-65535; CloudFront's default 80).
        http_port: exact(u16) ["HTTPPort"],
        /// The HTTPS port (80, 443 or 1024-65535; CloudFront's default 443).
        https_port: exact(u16) ["HTTPSPort"],
        /// HTTP, HTTPS, or whatever the viewer used (CloudFront's default: the viewer's).
        protocol_policy: exact(OriginProtocolPolicy) ["OriginProtocolPolicy"],
        /// The TLS protocols CloudFront may use over HTTPS (default TLSv1.2 only).
        origin_ssl_protocols: list(OriginSslPolicy) ["OriginSSLProtocols"],
    }
}

/// A VPC origin of a stack, or one known by its id.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::elbv2::ApplicationLoadBalancer;
/// use cloudfront_dsl::vpc_origin::{VpcOrigin, VpcOriginEndpoint, VpcOriginProps};
/// let mut stack = Stack::new("Docs");
/// let reports = VpcOrigin::new(&mut stack, "Reports", VpcOriginProps::default().endpoint(
///     VpcOriginEndpoint::application_load_balancer(ApplicationLoadBalancer::from_load_balancer_attributes(
///         "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/reports/50dc6c495c0c9188",
///         "internal-reports-1234567890.us-east-1.elb.amazonaws.com",
///     )),
/// ));
/// assert!(stack.synth().is_ok());
/// # let _ = reports.vpc_origin_id();
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct VpcOrigin {
    pub(crate) resource: NodeRef,
}

impl VpcOrigin {
    /// The VPC origin that `origin` (`origins::VpcOrigin::with_application_load_balancer(...)`
    /// and the others) created when a distribution of `stack` took it, as the CDK's
    /// `origin.vpcOrigin`: the handle that takes its overrides. `None` before a distribution
    /// takes the origin, and for an origin that creates none.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
    /// use cloudfront_dsl::elbv2::ApplicationLoadBalancer;
    /// use cloudfront_dsl::origins::{VpcOrigin as Origin, VpcOriginWithEndpointProps};
    /// use cloudfront_dsl::overrides::PropertyOverrides;
    /// use cloudfront_dsl::vpc_origin::VpcOrigin;
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// let alb = ApplicationLoadBalancer::from_logical_id("Alb16C2F182");
    /// let origin = Origin::with_application_load_balancer(alb, VpcOriginWithEndpointProps::default());
    /// Distribution::new(&mut stack, "Cdn", DistributionProps::default()
    ///     .default_behavior(BehaviorOptions::default().origin(origin.clone())));
    /// let created = VpcOrigin::created_by(&stack, &origin).expect("bound");
    /// stack.add_property_override(&created, "VpcOriginEndpointConfig.HTTPPort", 22);
    /// let e = stack.synth().unwrap_err();
    /// assert!(e.errors[0].violation.message.contains("set `http_port`"));
    /// ```
    pub fn created_by(stack: &Stack, origin: &crate::origins::Origin) -> Option<VpcOrigin> {
        let created = stack.extension::<Created>()?;
        created
            .0
            .iter()
            .find(|(o, _)| o.is_same(origin))
            .map(|(_, resource)| VpcOrigin {
                resource: *resource,
            })
    }

    /// Creates a VPC origin in the stack.
    pub fn new(scope: &mut impl AsScope, id: &str, props: VpcOriginProps) -> VpcOrigin {
        let (stack, parent) = scope.as_scope().into_parts();
        VpcOrigin {
            resource: create(stack, parent, id, props, false),
        }
    }

    /// A VPC origin that exists outside the stack, by its id (the CDK's `fromVpcOriginId`); an
    /// origin of it needs its `domain_name`.
    pub fn from_vpc_origin_id(
        scope: &mut impl AsScope,
        id: &str,
        vpc_origin_id: impl Into<Expr>,
    ) -> VpcOrigin {
        let (stack, parent) = scope.as_scope().into_parts();
        let node = stack.add_construct(parent, id);
        let vpc_origin_id = vpc_origin_id.into();
        stack.set_construct(
            node,
            Import {
                reference: vpc_origin_id.clone(),
                attributes: vec![("Id", vpc_origin_id)],
            },
        );
        VpcOrigin { resource: node }
    }

    /// The VPC origin's id, for an origin's `VpcOriginConfig`.
    pub fn vpc_origin_id(&self) -> Expr {
        Expr::node_att(self.resource, "Id")
    }
}

impl HasKind for VpcOrigin {
    const KIND: Kind = Kind::Handle("vpc_origin::VpcOrigin");
}

impl FromLit for VpcOrigin {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(VpcOrigin {
            resource: NodeRef::placeholder(),
        })
    }
}

/// A VPC origin resource of the stack.
#[derive(Debug)]
pub(crate) struct VpcOriginResource {
    pub(crate) props: VpcOriginProps,
    /// Whether an origin created it: its props are the origin's, checked where the user wrote
    /// them.
    created_by_origin: bool,
}

/// VPC origins count toward a quota of the account.
static VPC_ORIGINS: AccountQuota =
    account_quota!(vpc_origins_per_account, "VPC origin of the stack");

/// Names of VPC origins are at most 64 characters, as the CDK generates them.
pub(crate) const MAX_NAME: usize = 64;

impl Check for VpcOriginProps {
    fn check(&self, cx: &mut Checker<'_>) {
        crate::rules::check_vpc_origin(self, cx);
    }
}

impl Construct for VpcOriginResource {
    fn check(&self, stack: &Stack, cx: &mut Checker<'_>) {
        if self.created_by_origin {
            return;
        }
        self.props.check(cx);
        crate::rules::check_vpc_origin_in_stack(&self.props, stack, cx);
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&VPC_ORIGINS)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        let p = &self.props;
        let mut config = serde_json::Map::new();
        // Synth's rules reject a VPC origin without an endpoint with an ARN before rendering.
        let arn = p
            .endpoint
            .as_ref()
            .and_then(|e| e.arn(ids.stack))
            .ok_or_else(|| serde::ser::Error::custom("a VPC origin needs an endpoint ARN"))?;
        config.insert("Arn".into(), json!(ids.resolve(&arn)));
        if let Some(port) = p.http_port {
            config.insert("HTTPPort".into(), json!(port));
        }
        if let Some(port) = p.https_port {
            config.insert("HTTPSPort".into(), json!(port));
        }
        let name = match &p.vpc_origin_name {
            Some(n) => n.clone(),
            None => unique_resource_name(&ids.stack.app_path(node), MAX_NAME, ""),
        };
        config.insert("Name".into(), json!(name));
        if let Some(policy) = p.protocol_policy {
            config.insert("OriginProtocolPolicy".into(), json!(policy));
        }
        let protocols = p
            .origin_ssl_protocols
            .clone()
            .unwrap_or_else(|| vec![OriginSslPolicy::TLS_V1_2]);
        config.insert("OriginSSLProtocols".into(), json!(protocols));
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::VpcOrigin",
            json!({ "VpcOriginEndpointConfig": config }),
        )))
    }
}

fn create(
    stack: &mut Stack,
    parent: Option<NodeRef>,
    id: &str,
    props: VpcOriginProps,
    created_by_origin: bool,
) -> NodeRef {
    let scope = stack.add_construct(parent, id);
    stack.add_resource(
        scope,
        VpcOriginResource {
            props,
            created_by_origin,
        },
    )
}

/// The VPC origins a stack's origins created, by origin object, so that an origin bound to two
/// distributions has one (the CDK keeps it on the origin).
#[derive(Debug, Default)]
struct Created(Vec<(Origin, NodeRef)>);

/// The VPC origin of `origin`: the one created for it before, or a new one with `props` under
/// the origin's scope (as construct `VpcOrigin`).
pub(crate) fn created_for(
    stack: &mut Stack,
    origin: &Origin,
    origin_scope: NodeRef,
    props: VpcOriginProps,
) -> NodeRef {
    let existing = stack
        .extension::<Created>()
        .and_then(|c| c.0.iter().find(|(o, _)| o.is_same(origin)))
        .map(|(_, n)| *n);
    if let Some(existing) = existing {
        return existing;
    }
    let node = create(stack, Some(origin_scope), "VpcOrigin", props, true);
    stack
        .extension_mut::<Created>()
        .0
        .push((origin.clone(), node));
    node
}

/// The domain name of a VPC origin of the stack: its endpoint's.
pub(crate) fn domain_name(stack: &Stack, vpc_origin: NodeRef) -> Option<Expr> {
    stack
        .construct::<VpcOriginResource>(vpc_origin)
        .and_then(|v| v.props.endpoint.as_ref())
        .map(VpcOriginEndpoint::domain_name)
}
