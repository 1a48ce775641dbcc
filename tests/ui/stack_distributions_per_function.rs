use cloudfront_dsl::prelude::*;

fn main() {
    // CloudFront runs one function in at most 100 distributions (account quota): the function
    // that 101 distributions of the block run is the error, at its id. Only the block sees every
    // distribution that runs it.
    let _ = stack!("Ui", env: { account: "123456789012", region: "us-east-1" }, {
        let f = function!("F", {
            code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
        });
        distribution!("Dist1", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist2", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist3", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist4", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist5", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist6", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist7", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist8", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist9", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist10", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist11", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist12", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist13", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist14", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist15", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist16", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist17", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist18", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist19", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist20", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist21", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist22", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist23", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist24", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist25", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist26", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist27", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist28", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist29", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist30", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist31", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist32", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist33", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist34", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist35", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist36", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist37", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist38", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist39", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist40", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist41", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist42", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist43", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist44", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist45", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist46", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist47", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist48", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist49", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist50", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist51", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist52", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist53", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist54", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist55", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist56", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist57", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist58", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist59", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist60", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist61", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist62", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist63", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist64", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist65", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist66", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist67", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist68", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist69", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist70", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist71", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist72", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist73", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist74", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist75", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist76", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist77", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist78", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist79", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist80", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist81", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist82", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist83", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist84", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist85", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist86", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist87", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist88", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist89", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist90", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist91", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist92", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist93", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist94", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist95", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist96", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist97", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist98", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist99", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist100", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
        distribution!("Dist101", {
            default_behavior: {
                origin: origins::HttpOrigin("origin.example.com"),
                function_associations: [{ function: f, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
    });
}
