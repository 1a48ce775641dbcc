use cloudfront_dsl::prelude::*;

// Each mistake here is one error: a prop written under a name the macro recognizes (the
// CDK's camelCase, a typo) is read as the prop meant, so it is not also missing and the
// mistakes inside its value are reported in the same compile.
fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "camelCase", {
        defaultBehavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    distribution!(stack, "misspelledParent", {
        default_behavor: {
            origin: origins::HttpOrigin("www.example.com"),
            viewerProtocolPolicy: ViewerProtocolPolicy::ALLOW_ALL,
        },
    });
    distribution!(stack, "errorInsideMisspelled", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        errorResponses: [{ http_status: 404, ttl: Duration::seconds(-10) }],
    });
}
