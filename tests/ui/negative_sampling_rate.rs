use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    // A negative rate is judged by the rule `synth()` runs on it, with the rule's own message.
    response_headers_policy!(stack, "Headers", {
        server_timing_sampling_rate: -0.5,
    });
    response_headers_policy!(stack, "Arithmetic", {
        server_timing_sampling_rate: 10.0 - 20.0,
    });
}
