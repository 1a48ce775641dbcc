use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!("myDist", { default_behavior: { origin: origins::HttpOrigin("a.example.com") } });
    distribution!(stack, "myDist");
    distribution!(stack);
    distribution!();
    distribution!(stack, "x", { default_behavior: { origin: origins::HttpOrigin("a.example.com") } } extra);
    distribution!(stack, "z", { default_behavior: { origin: } });
    distribution!(stack, "w", { default_behavior: { origin: origins::HttpOrigin() } });
    distribution!(stack, "v", { default_behavior: { origin: origins::HttpOrigin("a", { }, 3) } });
}
