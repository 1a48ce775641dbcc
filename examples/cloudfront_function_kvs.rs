//! "CloudFront Function" and "Key Value Store" of the current CDK README: a function on the
//! cloudfront-js-2.0 runtime whose code is read from a file, reading a key value store whose data
//! is given inline; a second function on an additional behavior and on one added later.
//!
//! ```python
//! store = cloudfront.KeyValueStore(stack, "Redirects",
//!     key_value_store_name="redirects",
//!     comment="old paths and where they moved",
//!     source=cloudfront.ImportSource.from_inline('{"data":[...]}')
//! )
//! redirect = cloudfront.Function(stack, "Redirect",
//!     code=cloudfront.FunctionCode.from_file(file_path="functions/redirect.js"),
//!     runtime=cloudfront.FunctionRuntime.JS_2_0,
//!     key_value_store=store
//! )
//! ```
//!
//! The code file is read at compile time and parsed, and the inline data is checked against
//! CloudFront's import format; the data is staged as an asset, as the CDK stages it.

// `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`, as the CDK app has it.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("CloudFrontFunctionKvsStack").with_env("123456789012", "us-east-1");

    let store = key_value_store!(stack, "Redirects", {
        key_value_store_name: "redirects",
        comment: "old paths and where they moved",
        source: ImportSource::from_inline(
            r#"{"data":[{"key":"/old","value":"/new"},{"key":"/blog","value":"https://blog.example.com/"}]}"#,
        ),
    });
    let redirect = function!(stack, "Redirect", {
        code: FunctionCode::from_file("functions/redirect.js"),
        runtime: FunctionRuntime::JS_2_0,
        key_value_store: store,
    });
    let headers = function!(stack, "SecurityHeaders", {
        function_name: "security-headers",
        comment: "adds HSTS to every response",
        code: FunctionCode::from_inline(
            "function handler(event) { var r = event.response; r.headers['strict-transport-security'] = { value: 'max-age=63072000' }; return r; }",
        ),
    });

    let bucket = s3::Bucket::new(&mut stack, "site");
    let dist = distribution!(stack, "distro", {
        default_behavior: {
            origin: origins::S3Origin(bucket),
            function_associations: [
                { function: redirect, event_type: FunctionEventType::VIEWER_REQUEST },
                { function: headers, event_type: FunctionEventType::VIEWER_RESPONSE },
            ],
        },
        additional_behaviors: {
            "/api/*": {
                origin: origins::HttpOrigin("api.example.com"),
                function_associations: [
                    { function: headers, event_type: FunctionEventType::VIEWER_RESPONSE },
                ],
            },
        },
    });
    add_behavior!(stack, dist, "/docs/*", origins::HttpOrigin("docs.example.com"), {
        function_associations: [
            { function: headers, event_type: FunctionEventType::VIEWER_RESPONSE },
        ],
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
