use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: { viewer_protocol_policy: ViewerProtocolPolicy::HTTPS_ONLY },
    });
}
