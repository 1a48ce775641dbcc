//! Stack metadata: a description, and tags at several scopes (`tests/cdk/apps/stack-tags.js`).
//!
//! ```python
//! stack = Stack(app, "StackTagsStack", description="Static site of the example team (tagged)")
//! Tags.of(stack).add("Project", "site")
//! Tags.of(stack).add("Owner", "web-team")
//! Tags.of(stack).add("Environment", "prod", priority=300)
//!
//! frontend = Construct(stack, "frontend")
//! Tags.of(frontend).add("Project", "frontend")
//! Tags.of(frontend).add("Environment", "dev")
//! ...
//! api = Construct(stack, "api")
//! Tags.of(api).remove("Owner")
//! Tags.of(api).add("aws-x", "lower case first")
//! lambda_.Function(api, "Handler", ...)
//! Tags.of(stack).add("Team", "web")
//! ```
//!
//! Every taggable resource under a scope gets its tags when the stack synthesizes, whenever
//! the tag was added: `Team`, added last, is on every one. The frontend's `Project` overrides
//! the stack's, the stack's `Environment` wins over the frontend's by its priority, and the
//! bucket policy, the origin access identity and the cache policy get none (CloudFormation
//! takes no tags on them).

// The CDK app's `origins.S3Origin`, which today's CDK deprecates for `S3BucketOrigin`: the
// example keeps it, so that its template stays the app's.
#![allow(deprecated)]

use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("StackTagsStack")
        .with_env("123456789012", "us-east-1")
        .with_description("Static site of the example team (tagged)");
    Tags::of(&mut stack)
        .add("Project", "site")
        .add("Owner", "web-team")
        .add_with("Environment", "prod", TagProps::default().priority(300));

    let mut frontend = Scope::new(&mut stack, "frontend");
    Tags::of(&mut frontend)
        .add("Project", "frontend")
        .add("Environment", "dev");
    let bucket = s3::Bucket::new(&mut frontend, "Bucket");
    let rewrite = function!(frontend, "Rewrite", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
    });
    key_value_store!(frontend, "Store", {});
    let cache_policy = cache_policy!(frontend, "CachePolicy", {
        default_ttl: Duration::days(1),
    });
    distribution!(frontend, "Cdn", {
        default_behavior: {
            origin: origins::S3Origin(bucket),
            cache_policy: cache_policy,
            function_associations: [{
                function: rewrite,
                event_type: FunctionEventType::VIEWER_REQUEST,
            }],
        },
    });

    let mut api = Scope::new(&mut stack, "api");
    Tags::of(&mut api)
        .remove("Owner")
        .add("aws-x", "lower case first");
    lambda_function!(api, "Handler", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    });
    Tags::of(&mut stack).add("Team", "web");
    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
