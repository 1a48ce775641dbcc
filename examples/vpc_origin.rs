//! "VPC origins" of today's CDK origins README: an internal Application Load Balancer, a Network
//! Load Balancer and an EC2 instance in private subnets, each reached through the VPC origin the
//! CDK creates for it, and a VPC origin of the stack's own used by a fourth behavior.
//!
//! ```python
//! reports = cloudfront.VpcOrigin(self, "ReportsVpcOrigin",
//!     endpoint=cloudfront.VpcOriginEndpoint.application_load_balancer(alb),
//!     vpc_origin_name="reports",
//!     protocol_policy=cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
//! )
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior=cloudfront.BehaviorOptions(
//!         origin=origins.VpcOrigin.with_application_load_balancer(alb,
//!             http_port=8080,
//!             protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY,
//!             read_timeout=Duration.seconds(60),
//!             keepalive_timeout=Duration.seconds(30),
//!         ),
//!     ),
//!     additional_behaviors={
//!         "/tcp/*": cloudfront.BehaviorOptions(
//!             origin=origins.VpcOrigin.with_network_load_balancer(nlb, vpc_origin_name="tcp-service"),
//!         ),
//!         "/box/*": cloudfront.BehaviorOptions(origin=origins.VpcOrigin.with_ec2_instance(instance)),
//!         "/reports/*": cloudfront.BehaviorOptions(
//!             origin=origins.VpcOrigin.with_vpc_origin(reports, domain_name="reports.internal.example.com"),
//!         ),
//!     },
//! )
//! ```
//!
//! cloudfront-dsl does not build VPCs, load balancers or instances. The load balancers, the
//! network load balancer's security group and the instance here are CloudFormation resources
//! added as is, under the logical ids the CDK gives them, in subnets of an existing VPC; the VPC
//! origins reference them by logical id (a load balancer outside the template by
//! `from_load_balancer_attributes(arn, dns_name)`, an instance by `from_instance_attributes`).

use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::json;

/// The private subnets of the existing VPC.
const SUBNETS: [&str; 2] = ["subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"];

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("VpcOriginStack").with_env("123456789012", "us-east-1");

    // Internal load balancers: CloudFront reaches them through VPC origins only.
    stack.add_cfn_resource(
        "Alb16C2F182",
        CfnResource::new(
            "AWS::ElasticLoadBalancingV2::LoadBalancer",
            json!({ "Scheme": "internal", "Subnets": SUBNETS, "Type": "application" }),
        ),
    );
    stack.add_cfn_resource(
        "NlbSecurityGroup08F7DC4B",
        CfnResource::new(
            "AWS::EC2::SecurityGroup",
            json!({ "GroupDescription": "VpcOriginStack/NlbSecurityGroup", "VpcId": "vpc-0a1b2c3d4e5f60001" }),
        ),
    );
    // A Network Load Balancer needs a security group to be a VPC origin.
    stack.add_cfn_resource(
        "NlbBCDB97FE",
        CfnResource::new(
            "AWS::ElasticLoadBalancingV2::LoadBalancer",
            json!({
                "Scheme": "internal",
                "SecurityGroups": [{ "Fn::GetAtt": ["NlbSecurityGroup08F7DC4B", "GroupId"] }],
                "Subnets": SUBNETS,
                "Type": "network",
            }),
        ),
    );
    stack.add_cfn_resource(
        "InstanceC1063A87",
        CfnResource::new(
            "AWS::EC2::Instance",
            json!({ "ImageId": "ami-0123456789abcdef0", "InstanceType": "t3.micro", "SubnetId": SUBNETS[0] }),
        ),
    );
    let alb = ApplicationLoadBalancer::from_logical_id("Alb16C2F182");
    let nlb = NetworkLoadBalancer::from_logical_id("NlbBCDB97FE");
    let instance = ec2::Instance::from_logical_id("InstanceC1063A87");

    let reports = vpc_origin!(stack, "ReportsVpcOrigin", {
        endpoint: VpcOriginEndpoint::application_load_balancer(&alb),
        vpc_origin_name: "reports",
        protocol_policy: OriginProtocolPolicy::HTTPS_ONLY,
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::VpcOrigin::with_application_load_balancer(alb, {
                http_port: 8080,
                protocol_policy: OriginProtocolPolicy::HTTP_ONLY,
                read_timeout: Duration::seconds(60),
                keepalive_timeout: Duration::seconds(30),
            }),
        },
        additional_behaviors: {
            "/tcp/*": {
                origin: origins::VpcOrigin::with_network_load_balancer(nlb, { vpc_origin_name: "tcp-service" }),
            },
            "/box/*": { origin: origins::VpcOrigin::with_ec2_instance(instance) },
            "/reports/*": {
                origin: origins::VpcOrigin::with_vpc_origin(reports, {
                    domain_name: "reports.internal.example.com",
                }),
            },
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
