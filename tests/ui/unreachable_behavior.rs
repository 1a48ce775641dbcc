// A behavior whose path pattern an earlier one covers never applies: a warning at its pattern,
// naming the earlier one; denied here so that the warnings show.
#![deny(warnings)]
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let origin = origins::HttpOrigin("www.example.com");
    distribution!(stack, "shapes", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: {
            // A prefix: everything under /api/ goes to the first.
            "/api/*": { origin: origin.clone() },
            "/api/v2/*": { origin: origin.clone() },
            // An extension: every .jpg, wherever it is.
            "*.jpg": { origin: origin.clone() },
            "/images/*.jpg": { origin: origin.clone() },
            // `?` stands for any one character, `b` included.
            "/a?c": { origin: origin.clone() },
            "/abc": { origin: origin.clone() },
            // The leading slash is optional, so `docs/*` covers `/docs/*.pdf`.
            "docs/*": { origin: origin.clone() },
            "/docs/*.pdf": { origin: origin.clone() },
            // The same paths written another way: `**` is `*`, `*?` is `?*`.
            "/media/*?": { origin: origin.clone() },
            "media/?**": { origin: origin.clone() },
        },
    });
    // A pattern that matches every path leaves the default behavior (and every later one)
    // nothing.
    let dist = distribution!(stack, "everything", {
        default_behavior: { origin: origin.clone() },
        additional_behaviors: {
            "/**": { origin: origin.clone() },
            "/static/*": { origin: origin.clone() },
        },
    });
    let _ = dist;
    // A web distribution's behaviors, across its origin configurations, by the same rule.
    web_distribution!(stack, "web", {
        origin_configs: [
            {
                custom_origin_source: { domain_name: "www.example.com" },
                behaviors: [{ is_default_behavior: true }, { path_pattern: "/static/*" }],
            },
            {
                custom_origin_source: { domain_name: "assets.example.com" },
                behaviors: [{ path_pattern: "static/css/*.css" }],
            },
        ],
    });
}
