//! VPCs, security groups and EC2 instances that exist outside the stack: where a Lambda
//! function runs (the CDK's `ec2.Vpc.from_vpc_attributes`,
//! `ec2.SecurityGroup.from_security_group_id`) and what a VPC origin points at.
//!
//! The library does not create instances; it references one that the template holds under a
//! logical id (added with [`Stack::add_cfn_resource`](crate::Stack::add_cfn_resource)), or one
//! known by its id and private DNS name.

use serde_json::json;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering};
use crate::naming::unique_id;
use crate::path::PropPath;
use crate::scope::AsScope;
use crate::shape::{HasKind, Kind};
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// What identifies a VPC that exists outside the stack.
#[derive(Clone, Debug, PartialEq)]
pub struct VpcAttributes {
    /// Its id, such as `vpc-0123456789abcdef0`.
    pub vpc_id: Expr,
    /// Its availability zones.
    pub availability_zones: Vec<String>,
    /// Its private subnets, one per availability zone: where a function runs.
    pub private_subnet_ids: Vec<Expr>,
}

/// A VPC that exists outside the stack.
#[derive(Clone, Debug, PartialEq)]
pub struct Vpc {
    pub(crate) vpc_id: Expr,
    pub(crate) private_subnet_ids: Vec<Expr>,
}

impl Vpc {
    /// The VPC `attrs` name (the CDK's `ec2.Vpc.from_vpc_attributes`).
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::ec2::{Vpc, VpcAttributes};
    /// let mut stack = Stack::new("Docs");
    /// let vpc = Vpc::from_vpc_attributes(&mut stack, "Vpc", VpcAttributes {
    ///     vpc_id: "vpc-0123456789abcdef0".into(),
    ///     availability_zones: vec!["us-east-1a".into()],
    ///     private_subnet_ids: vec!["subnet-0aaaaaaaaaaaaaaaa".into()],
    /// });
    /// assert_eq!(vpc.vpc_id().as_literal(), Some("vpc-0123456789abcdef0"));
    /// ```
    pub fn from_vpc_attributes(scope: &mut impl AsScope, id: &str, attrs: VpcAttributes) -> Vpc {
        let (stack, parent) = scope.as_scope().into_parts();
        crate::import::declare(stack, parent, id, attrs.vpc_id.clone(), Vec::new());
        Vpc {
            vpc_id: attrs.vpc_id,
            private_subnet_ids: attrs.private_subnet_ids,
        }
    }

    /// The VPC's id.
    pub fn vpc_id(&self) -> Expr {
        self.vpc_id.clone()
    }
}

impl From<&Vpc> for Vpc {
    fn from(v: &Vpc) -> Vpc {
        v.clone()
    }
}

impl HasKind for Vpc {
    const KIND: Kind = Kind::Handle("ec2::Vpc");
}

impl FromLit for Vpc {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(Vpc {
            vpc_id: Expr(crate::expr::ExprKind::Opaque),
            private_subnet_ids: Vec::new(),
        })
    }
}

/// A security group, of the stack or outside it.
#[derive(Clone, Debug, PartialEq)]
pub struct SecurityGroup {
    pub(crate) group_id: Expr,
}

impl SecurityGroup {
    /// The security group `security_group_id` (the CDK's
    /// `ec2.SecurityGroup.from_security_group_id`).
    pub fn from_security_group_id(
        scope: &mut impl AsScope,
        id: &str,
        security_group_id: impl Into<Expr>,
    ) -> SecurityGroup {
        let (stack, parent) = scope.as_scope().into_parts();
        let group_id = security_group_id.into();
        crate::import::declare(
            stack,
            parent,
            id,
            group_id.clone(),
            vec![("GroupId", group_id.clone())],
        );
        SecurityGroup { group_id }
    }

    /// The group's id.
    pub fn security_group_id(&self) -> Expr {
        self.group_id.clone()
    }

    /// The security group a function in a VPC gets when it is given none, as the CDK's: its
    /// child `SecurityGroup`, with all outbound traffic allowed.
    pub(crate) fn for_function(stack: &mut Stack, function: NodeRef, vpc: &Vpc) -> SecurityGroup {
        let scope = stack.add_construct(Some(function), "SecurityGroup");
        let resource = stack.add_resource(
            scope,
            FunctionSecurityGroup {
                function,
                vpc_id: vpc.vpc_id.clone(),
            },
        );
        SecurityGroup {
            group_id: Expr::node_att(resource, "GroupId"),
        }
    }
}

impl From<&SecurityGroup> for SecurityGroup {
    fn from(g: &SecurityGroup) -> SecurityGroup {
        g.clone()
    }
}

impl HasKind for SecurityGroup {
    const KIND: Kind = Kind::Handle("ec2::SecurityGroup");
}

impl FromLit for SecurityGroup {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(SecurityGroup {
            group_id: Expr(crate::expr::ExprKind::Opaque),
        })
    }
}

#[derive(Debug)]
struct FunctionSecurityGroup {
    /// The function's scope, which the description names.
    function: NodeRef,
    vpc_id: Expr,
}

impl Construct for FunctionSecurityGroup {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        let function = unique_id(&ids.stack.app_path(self.function.node));
        Ok(Element::Resource(CfnResource::new(
            "AWS::EC2::SecurityGroup",
            json!({
                "GroupDescription": format!("Automatic security group for Lambda Function {function}"),
                "SecurityGroupEgress": [{
                    "CidrIp": "0.0.0.0/0",
                    "Description": "Allow all outbound traffic by default",
                    "IpProtocol": "-1",
                }],
                "VpcId": ids.resolve(&self.vpc_id),
            }),
        )))
    }
}

/// An EC2 instance a VPC origin can point at.
///
/// ```
/// use cloudfront_dsl::ec2::Instance;
/// let in_template = Instance::from_logical_id("InstanceC1063A87");
/// let elsewhere = Instance::from_instance_attributes("i-0123456789abcdef0", "ip-10-0-1-17.ec2.internal");
/// assert_ne!(in_template, elsewhere);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    pub(crate) source: InstanceSource,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum InstanceSource {
    /// An `AWS::EC2::Instance` of the same template.
    LogicalId(String),
    /// An instance outside the template.
    Attributes { id: Expr, private_dns_name: Expr },
}

/// The resource type of an instance.
pub(crate) const INSTANCE_TYPE: &str = "AWS::EC2::Instance";

impl Instance {
    /// The instance the template holds under `logical_id`; `synth()` checks that it exists.
    pub fn from_logical_id(logical_id: impl Into<String>) -> Instance {
        Instance {
            source: InstanceSource::LogicalId(logical_id.into()),
        }
    }

    /// An instance outside the template, by its id (`i-...`) and private DNS name.
    pub fn from_instance_attributes(
        instance_id: impl Into<Expr>,
        private_dns_name: impl Into<Expr>,
    ) -> Instance {
        Instance {
            source: InstanceSource::Attributes {
                id: instance_id.into(),
                private_dns_name: private_dns_name.into(),
            },
        }
    }

    /// The instance id.
    pub fn instance_id(&self) -> Expr {
        match &self.source {
            InstanceSource::LogicalId(id) => Expr::reference(id.clone()),
            InstanceSource::Attributes { id, .. } => id.clone(),
        }
    }

    /// The instance's private DNS name, what CloudFront connects to through a VPC origin.
    pub fn instance_private_dns_name(&self) -> Expr {
        match &self.source {
            InstanceSource::LogicalId(id) => Expr::get_att(id.clone(), "PrivateDnsName"),
            InstanceSource::Attributes {
                private_dns_name, ..
            } => private_dns_name.clone(),
        }
    }
}

impl From<&Instance> for Instance {
    fn from(i: &Instance) -> Self {
        i.clone()
    }
}

impl HasKind for Instance {
    const KIND: Kind = Kind::Handle("ec2::Instance");
}

impl FromLit for Instance {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(Instance {
            source: InstanceSource::Attributes {
                id: Expr(crate::expr::ExprKind::Opaque),
                private_dns_name: Expr(crate::expr::ExprKind::Opaque),
            },
        })
    }
}
