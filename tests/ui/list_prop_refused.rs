use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    // A list prop takes any list of its items, or of strings where they are strings: a number,
    // and a list of numbers where strings go, are refused at the expression.
    let port = 8080_u16;
    let ports = vec![80_u16, 443];
    distribution!(stack, "a", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        domain_names: port,
    });
    distribution!(stack, "b", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        domain_names: ports,
    });
}
