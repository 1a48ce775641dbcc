use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let data = s3::Bucket::new(&mut stack, "Data");
    let store = key_value_store!(stack, "Store", {
        source: ImportSource::from_bucket(data, "data.json"),
    });
    // The default runtime, cloudfront-js-1.0, has no `const`.
    function!(stack, "Const", {
        code: FunctionCode::from_inline("function handler(event) {\n  const request = event.request;\n  return request;\n}"),
    });
    function!(stack, "Modules", {
        runtime: FunctionRuntime::JS_1_0,
        code: FunctionCode::from_inline("import cf from 'cloudfront';\nasync function handler(event) { return event.request; }"),
    });
    function!(stack, "Eval", {
        runtime: FunctionRuntime::JS_2_0,
        code: FunctionCode::from_inline("function handler(event) { return eval('event.request'); }"),
    });
    function!(stack, "StoreOnV1", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
        runtime: FunctionRuntime::JS_1_0,
        key_value_store: store,
    });
    // A function reads at most one store.
    function!(stack, "TwoStores", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
        key_value_store: [store, store],
    });
}
