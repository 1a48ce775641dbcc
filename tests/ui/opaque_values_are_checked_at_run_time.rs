use cloudfront_dsl::prelude::*;

// A value given by an expression is not checked at compile time (it is by `synth()`), but
// it is type-checked, with the error at the expression.
fn main() {
    let mut stack = Stack::new("Ui");
    let port: u32 = 8080;
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com", { http_port: port }) },
    });
}
