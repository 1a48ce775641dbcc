//! VPC origins through the run-time API: what `synth()` checks with the stack at hand (the load
//! balancers and instances they reach), and the account quota it counts.

use cloudfront_dsl::Rule;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::json;
use cloudfront_dsl::vpc_origin::{VpcOrigin, VpcOriginProps};
use cloudfront_dsl_tests::{lint_stacks, rule_paths, synth_errors};

fn load_balancer(stack: &mut Stack, id: &str, properties: serde_json::Value) {
    stack.add_cfn_resource(
        id,
        CfnResource::new("AWS::ElasticLoadBalancingV2::LoadBalancer", properties),
    );
}

#[test]
fn what_a_vpc_origin_reaches_is_checked_with_the_stack() {
    let mut stack = Stack::new("Endpoints");
    load_balancer(
        &mut stack,
        "Alb",
        json!({ "Scheme": "internal", "Type": "application" }),
    );
    load_balancer(
        &mut stack,
        "NoGroup",
        json!({ "Scheme": "internal", "Type": "network" }),
    );
    load_balancer(
        &mut stack,
        "Dual",
        json!({ "Scheme": "internal", "Type": "network", "IpAddressType": "dualstack", "SecurityGroups": ["sg-0123"] }),
    );
    let by_name =
        ApplicationLoadBalancer::from_dns_name("internal-app-1.us-east-1.elb.amazonaws.com");
    let alb_as_nlb = NetworkLoadBalancer::from_logical_id("Alb");
    let no_group = NetworkLoadBalancer::from_logical_id("NoGroup");
    let dual = NetworkLoadBalancer::from_logical_id("Dual");
    let missing = ec2::Instance::from_logical_id("Nowhere");
    let imported = VpcOrigin::from_vpc_origin_id(&mut stack, "Imported", "vo_0123456789abcdef");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::VpcOrigin::with_application_load_balancer(by_name) },
        additional_behaviors: {
            "/a/*": { origin: origins::VpcOrigin::with_network_load_balancer(alb_as_nlb) },
            "/b/*": { origin: origins::VpcOrigin::with_network_load_balancer(no_group) },
            "/c/*": { origin: origins::VpcOrigin::with_network_load_balancer(dual) },
            "/d/*": { origin: origins::VpcOrigin::with_ec2_instance(missing) },
            "/e/*": { origin: origins::VpcOrigin::with_vpc_origin(imported) },
        },
    });
    let behavior = |p: &str| format!("myDist.additional_behaviors[\"/{p}/*\"].origin");
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [
            (
                Rule::VpcOrigin,
                "myDist.default_behavior.origin.alb".to_owned()
            ),
            (Rule::VpcOrigin, format!("{}.nlb", behavior("a"))),
            (Rule::VpcOrigin, format!("{}.nlb", behavior("b"))),
            (Rule::VpcOrigin, format!("{}.nlb", behavior("c"))),
            (Rule::Reference, format!("{}.instance", behavior("d"))),
            (Rule::VpcOrigin, format!("{}.vpc_origin", behavior("e"))),
        ]
    );
}

/// A VPC origin known by its id, with the domain name its origin needs; an instance outside the
/// template by its attributes, whose ARN names the stack's region and account.
#[test]
fn vpc_origins_outside_the_template() {
    let mut stack = Stack::new("Outside").with_env("123456789012", "eu-west-1");
    let imported = VpcOrigin::from_vpc_origin_id(&mut stack, "Imported", "vo_0123456789abcdef");
    let instance = ec2::Instance::from_instance_attributes(
        "i-0123456789abcdef0",
        "ip-10-0-1-17.eu-west-1.compute.internal",
    );
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::VpcOrigin::with_vpc_origin(imported, { domain_name: "internal.example.com" }),
        },
        additional_behaviors: {
            "/box/*": { origin: origins::VpcOrigin::with_ec2_instance(instance) },
        },
    });
    let template = stack.synth().unwrap();
    let config = &template.resource("myDist9DB766F3").unwrap().properties["DistributionConfig"];
    assert_eq!(
        config["Origins"][0]["VpcOriginConfig"]["VpcOriginId"],
        "vo_0123456789abcdef"
    );
    let arn = template
        .resources()
        .find(|(_, r)| r.resource_type == "AWS::CloudFront::VpcOrigin")
        .map(|(_, r)| r.properties["VpcOriginEndpointConfig"]["Arn"].clone())
        .unwrap();
    assert_eq!(
        arn,
        json!({ "Fn::Join": ["", ["arn:", { "Ref": "AWS::Partition" }, ":ec2:eu-west-1:123456789012:instance/i-0123456789abcdef0"]] })
    );
    lint_stacks([&stack]);
}

#[test]
fn vpc_origins_count_toward_the_account_quota() {
    let mut stack = Stack::new("Quota");
    for i in 0..26 {
        let alb = ApplicationLoadBalancer::from_load_balancer_attributes(
            format!(
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a{i}/50dc6c495c0c9188"
            ),
            format!("internal-a{i}-1.us-east-1.elb.amazonaws.com"),
        );
        VpcOrigin::new(
            &mut stack,
            &format!("V{i}"),
            VpcOriginProps::default().endpoint(VpcOriginEndpoint::application_load_balancer(alb)),
        );
    }
    assert_eq!(
        rule_paths(&synth_errors(&stack)),
        [(Rule::PerAccountQuota, "V25".to_owned())]
    );
}
