//! "Creating a distribution › ELBv2 Load Balancer".
//!
//! ```python
//! vpc = ec2.Vpc(...)
//! # Create an application load balancer in a VPC. 'internetFacing' must be 'true'
//! # for CloudFront to access the load balancer and use it as an origin.
//! lb = elbv2.ApplicationLoadBalancer(self, "LB",
//!     vpc=vpc,
//!     internet_facing=True
//! )
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior={"origin": origins.LoadBalancerV2Origin(lb)}
//! )
//! ```
//!
//! cloudfront-dsl does not build VPCs or load balancers. The load balancer here is a
//! CloudFormation resource added as is, under the logical id the CDK gives `LB`, in subnets of
//! an existing VPC; the distribution references it by that logical id. (A load balancer
//! outside the template is imported with `ApplicationLoadBalancer::from_dns_name`.)

use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::json;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("AlbOriginStack").with_env("123456789012", "us-east-1");

    // 'Scheme' must be 'internet-facing' for CloudFront to reach the load balancer.
    stack.add_cfn_resource(
        "LB8A12904C",
        CfnResource::new(
            "AWS::ElasticLoadBalancingV2::LoadBalancer",
            json!({
                "Scheme": "internet-facing",
                "Subnets": ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                "Type": "application"
            }),
        ),
    );
    let lb = elbv2::ApplicationLoadBalancer::from_logical_id("LB8A12904C");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::LoadBalancerV2Origin(lb) },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
