use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let f = function!(stack, "F", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
    });
    let g = function!(stack, "G", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
    });
    let dist = distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            function_associations: [{ function: f, event_type: FunctionEventType::ORIGIN_REQUEST }],
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::HttpOrigin("api.example.com"),
                function_associations: [
                    { function: f, event_type: FunctionEventType::VIEWER_REQUEST },
                    { function: g, event_type: FunctionEventType::VIEWER_REQUEST },
                    { function: g },
                ],
            },
        },
    });
    add_behavior!(stack, dist, "/docs/*", origins::HttpOrigin("docs.example.com"), {
        function_associations: [{ function: g, event_type: FunctionEventType::ORIGIN_RESPONSE }],
    });
}
