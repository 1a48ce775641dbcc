//! Elastic Load Balancing v2 load balancers, as origins of a distribution.
//!
//! The library does not create load balancers (they need a VPC, subnets and listeners, which
//! belong to other tools); it references one that the template holds under a logical id (added
//! with [`Stack::add_cfn_resource`](crate::Stack::add_cfn_resource)), or imports one by its DNS
//! name. Either way CloudFront must reach it over the internet, so it must be internet-facing.

use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering};
use crate::path::PropPath;
use crate::schema::{HasKind, Kind};

/// The kind of a load balancer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoadBalancerType {
    /// An Application Load Balancer.
    Application,
    /// A Network Load Balancer.
    Network,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Source {
    /// A `AWS::ElasticLoadBalancingV2::LoadBalancer` of the same template.
    LogicalId(String),
    /// A load balancer known by its DNS name.
    DnsName(Expr),
    /// A load balancer known by its ARN and DNS name (what a VPC origin needs).
    Attributes { arn: Expr, dns_name: Expr },
}

/// A load balancer an origin can point at.
///
/// ```
/// use cloudfront_dsl::elbv2::ApplicationLoadBalancer;
/// let in_template = ApplicationLoadBalancer::from_logical_id("LB8A12904C");
/// let imported = ApplicationLoadBalancer::from_dns_name("my-lb-1234567890.us-east-1.elb.amazonaws.com");
/// assert_ne!(in_template, imported);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LoadBalancerV2 {
    pub(crate) kind: LoadBalancerType,
    pub(crate) source: Source,
}

impl LoadBalancerV2 {
    /// The load balancer's DNS name, what CloudFront connects to.
    pub fn load_balancer_dns_name(&self) -> Expr {
        match &self.source {
            Source::LogicalId(id) => Expr::get_att(id.clone(), "DNSName"),
            Source::DnsName(name) | Source::Attributes { dns_name: name, .. } => name.clone(),
        }
    }

    /// The load balancer's ARN, when it is known: what a VPC origin points at.
    pub fn load_balancer_arn(&self) -> Option<Expr> {
        match &self.source {
            Source::LogicalId(id) => Some(Expr::reference(id.clone())),
            Source::Attributes { arn, .. } => Some(arn.clone()),
            Source::DnsName(_) => None,
        }
    }

    /// The kind of load balancer.
    pub fn load_balancer_type(&self) -> LoadBalancerType {
        self.kind
    }
}

/// Application Load Balancers.
#[derive(Debug)]
pub struct ApplicationLoadBalancer;

/// Network Load Balancers.
#[derive(Debug)]
pub struct NetworkLoadBalancer;

macro_rules! constructors {
    ($ty:ident, $kind:expr) => {
        impl $ty {
            /// The load balancer the template holds under `logical_id` (see
            /// [`Stack::add_cfn_resource`](crate::Stack::add_cfn_resource)); `synth()` checks
            /// that it exists and is internet-facing.
            pub fn from_logical_id(logical_id: impl Into<String>) -> LoadBalancerV2 {
                LoadBalancerV2 {
                    kind: $kind,
                    source: Source::LogicalId(logical_id.into()),
                }
            }

            /// A load balancer outside the template, by its DNS name (a literal, or a token such
            /// as an imported output). An internal load balancer's DNS name starts with
            /// `internal-`; `synth()` rejects it as a load balancer origin.
            pub fn from_dns_name(dns_name: impl Into<Expr>) -> LoadBalancerV2 {
                LoadBalancerV2 {
                    kind: $kind,
                    source: Source::DnsName(dns_name.into()),
                }
            }

            /// A load balancer outside the template, by its ARN and DNS name: what a VPC
            /// origin of an internal load balancer needs.
            pub fn from_load_balancer_attributes(
                load_balancer_arn: impl Into<Expr>,
                dns_name: impl Into<Expr>,
            ) -> LoadBalancerV2 {
                LoadBalancerV2 {
                    kind: $kind,
                    source: Source::Attributes {
                        arn: load_balancer_arn.into(),
                        dns_name: dns_name.into(),
                    },
                }
            }
        }
    };
}

constructors!(ApplicationLoadBalancer, LoadBalancerType::Application);
constructors!(NetworkLoadBalancer, LoadBalancerType::Network);

impl From<&LoadBalancerV2> for LoadBalancerV2 {
    fn from(lb: &LoadBalancerV2) -> Self {
        lb.clone()
    }
}

impl HasKind for LoadBalancerV2 {
    const KIND: Kind = Kind::Handle("elbv2::LoadBalancerV2");
}

impl FromLit for LoadBalancerV2 {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(LoadBalancerV2 {
            kind: LoadBalancerType::Application,
            source: Source::DnsName(Expr(crate::expr::ExprKind::Opaque)),
        })
    }
}
