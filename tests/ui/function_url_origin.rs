use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let url = function_url::FunctionUrl::from_logical_id("ApiFunctionUrl46E4ABDE");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::FunctionUrlOrigin::with_origin_access_control(url.clone(), {
                origin_access_control_id: "E2QWRUHAPOMQZL",
                read_timeout: Duration::seconds(0),
            }),
        },
        additional_behaviors: {
            "/plain/*": {
                origin: origins::FunctionUrlOrigin(url, {
                    keepalive_timeout: Duration::seconds(130),
                    read_timeout: Duration::seconds(40),
                    response_completion_timeout: Duration::seconds(35),
                }),
            },
        },
    });
    function_url_origin_access_control!(stack, "Oac", { signing: Signing::SIGV4_ALWAYS_AMZ_AUTH });
}
