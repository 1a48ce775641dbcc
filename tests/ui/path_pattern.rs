use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let origin = origins::HttpOrigin("www.example.com");
    let dist = distribution!(stack, "myDist", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: {
            "/images/*": { origin: origin.clone() },
            "images/*": { origin: origin.clone() },
            "*": { origin: origin.clone() },
            "": { origin: origin.clone() },
            "/media/[0-9]*": { origin: origin.clone() },
            "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": { origin: origin.clone() },
        },
    });
    add_behavior!(stack, dist, "/docs/<v>/*", origin.clone());
    add_behavior!(stack, dist, "*", origin);
}
