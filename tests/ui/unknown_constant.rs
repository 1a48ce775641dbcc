use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrign("www.example.com"),
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTP,
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::HttpOrigin("api.example.com", {
                    ip_address_type: OriginIpAddressType::DUAL_STACK,
                }),
            },
        },
        http_version: HttpVersion::HTTP2(),
        price_class: PriceClass::PRICE_CLASS_300,
    });
}
