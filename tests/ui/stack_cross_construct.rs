use cloudfront_dsl::prelude::*;

fn main() {
    // Rules over a distribution and the constructs of the block it uses, each at the token:
    // only the block sees the function's `auto_publish` and the bucket's object ownership.
    let _ = stack!("Ui", env: { account: "123456789012", region: "us-east-1" }, {
        let draft = function!("Draft", {
            code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
            auto_publish: false,
        });
        let writers = bucket!("Writers", { object_ownership: s3::ObjectOwnership::OBJECT_WRITER });
        distribution!("Dist", {
            default_behavior: {
                origin: origins::S3BucketOrigin::with_origin_access_control(writers),
                function_associations: [{ function: draft, event_type: FunctionEventType::VIEWER_REQUEST }],
            },
        });
    });
}
