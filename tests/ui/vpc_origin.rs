use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let alb = ApplicationLoadBalancer::from_logical_id("Alb16C2F182");
    vpc_origin!(stack, "Reports", {
        vpc_origin_name: "a-vpc-origin-name-of-sixty-five-characters-aaaaaaaaaaaaaaaaaaaaaaaa",
        https_port: 22,
        origin_ssl_protocols: [],
    });
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::VpcOrigin::with_application_load_balancer(alb, {
                http_port: 8,
                vpc_origin_name: "",
                origin_access_control_id: "E2QWRUHAPOMQZL",
                domain_name: "https://internal.example.com/",
                read_timeout: Duration::seconds(0),
            }),
        },
    });
}
