use cloudfront_dsl::prelude::*;

fn main() {
    // CloudFront associates a key value store with at most 10 functions: the store that 11
    // functions of the block read is the error, at its id. Only the block sees every function
    // that reads it.
    let _ = stack!("Ui", env: { account: "123456789012", region: "us-east-1" }, {
        let store = key_value_store!("Store", {});
        function!("Reader1", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader2", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader3", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader4", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader5", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader6", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader7", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader8", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader9", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader10", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
        function!("Reader11", { code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"), key_value_store: store });
    });
}
