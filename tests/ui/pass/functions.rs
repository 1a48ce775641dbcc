use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    let data = s3::Bucket::new(&mut stack, "Data");
    let store = key_value_store!(stack, "Store", {
        comment: "redirects",
        source: ImportSource::from_bucket(data, "redirects.json"),
    });
    // Data given inline or read from a file at compile time, staged as assets.
    key_value_store!(stack, "Inline", {
        key_value_store_name: "inline-data",
        source: ImportSource::from_inline(r#"{"data":[{"key":"a","value":"1"}]}"#),
    });
    key_value_store!(stack, "File", { source: ImportSource::from_asset("../kvs/valid.json") });
    // JS 2.0 features, with the runtime given or implied by the store.
    let lookup = function!(stack, "Lookup", {
        code: FunctionCode::from_file("../functions/lookup.js"),
        key_value_store: store,
    });
    let headers = function!(stack, "Headers", {
        code: FunctionCode::from_inline("var handler = function (event) { return event.response; };"),
        runtime: FunctionRuntime::JS_1_0,
        comment: "response headers",
        function_name: "response-headers_1",
        auto_publish: true,
    });
    // Not associated, so it may stay unpublished.
    function!(stack, "Draft", {
        code: FunctionCode::from_inline("function handler(event) { let r = event.request; return r; }"),
        runtime: FunctionRuntime::JS_2_0,
        auto_publish: false,
    });
    // A value only known at run time is checked by `synth()`.
    let runtime = FunctionRuntime::JS_2_0;
    function!(stack, "Later", {
        code: FunctionCode::from_inline("async function handler(event) { return event.request; }"),
        runtime: runtime,
    });
    let dist = distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com"),
            function_associations: [
                { function: lookup, event_type: FunctionEventType::VIEWER_REQUEST },
                { function: headers, event_type: FunctionEventType::VIEWER_RESPONSE },
            ],
        },
    });
    add_behavior!(stack, dist, "/api/*", origins::HttpOrigin("api.example.com"), {
        function_associations: [FunctionAssociation::new(headers, FunctionEventType::VIEWER_RESPONSE)],
    });
    let template = stack.synth().expect("valid");
    // `tests/ui.rs` lints what the pass cases write here.
    let dir = cloudfront_dsl_tests::ui_pass_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("functions.template.json"), template.to_json_pretty()).unwrap();
}
