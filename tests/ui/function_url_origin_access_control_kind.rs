// An origin access control for S3 origins given to a function URL origin: the types differ, and
// the compiler says so at the expression.
use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    let url = function_url::FunctionUrl::from_logical_id("ApiFunctionUrl46E4ABDE");
    let s3_oac = s3_origin_access_control!(stack, "Oac", {});
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::FunctionUrlOrigin::with_origin_access_control(url, {
                origin_access_control: s3_oac,
            }),
        },
    });
}
