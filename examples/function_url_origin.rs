//! "From a Lambda Function URL" of today's CDK origins README: an open function URL with its
//! timeouts and dual-stack addressing, and one that takes only signed requests, behind the
//! origin access control the CDK creates, which lets the distribution invoke the function.
//!
//! ```python
//! api = lambda_.Function(self, "Api",
//!     runtime=lambda_.Runtime.NODEJS_22_X,
//!     handler="index.handler",
//!     code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200, body: 'api' });"),
//! )
//! admin = lambda_.Function(self, "Admin", ...)  # the same, with body 'admin'
//! api_url = api.add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)
//! admin_url = admin.add_function_url(auth_type=lambda_.FunctionUrlAuthType.AWS_IAM)
//! cloudfront.Distribution(self, "myDist",
//!     default_behavior=cloudfront.BehaviorOptions(
//!         origin=origins.FunctionUrlOrigin(api_url,
//!             read_timeout=Duration.seconds(30),
//!             keepalive_timeout=Duration.seconds(10),
//!             response_completion_timeout=Duration.seconds(60),
//!             ip_address_type=cloudfront.OriginIpAddressType.DUALSTACK,
//!         ),
//!     ),
//!     additional_behaviors={
//!         "/admin/*": cloudfront.BehaviorOptions(
//!             origin=origins.FunctionUrlOrigin.with_origin_access_control(admin_url),
//!             allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL,
//!             cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
//!             origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
//!         ),
//!     },
//! )
//! ```
//!
//! The functions are `lambda_function!`s and their URLs come from `add_function_url`, as the
//! CDK's `add_function_url`: the URLs, the permissions of the open one and the origin access
//! control's permissions have the CDK's logical ids. `synth()` reads a URL's auth type: an
//! origin access control that always signs needs `AWS_IAM`.

use cloudfront_dsl::function_url::{FunctionUrlAuthType, FunctionUrlOptions};
use cloudfront_dsl::prelude::*;

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("FunctionUrlOriginStack").with_env("123456789012", "us-east-1");

    let api = lambda_function!(stack, "Api", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async () => ({ statusCode: 200, body: 'api' });"),
    });
    let api_url = api.add_function_url(
        &mut stack,
        FunctionUrlOptions::default().auth_type(FunctionUrlAuthType::NONE),
    );
    let admin = lambda_function!(stack, "Admin", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_inline("exports.handler = async () => ({ statusCode: 200, body: 'admin' });"),
    });
    let admin_url = admin.add_function_url(
        &mut stack,
        FunctionUrlOptions::default().auth_type(FunctionUrlAuthType::AWS_IAM),
    );
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::FunctionUrlOrigin(api_url, {
                read_timeout: Duration::seconds(30),
                keepalive_timeout: Duration::seconds(10),
                response_completion_timeout: Duration::seconds(60),
                ip_address_type: OriginIpAddressType::DUALSTACK,
            }),
        },
        additional_behaviors: {
            "/admin/*": {
                origin: origins::FunctionUrlOrigin::with_origin_access_control(admin_url),
                allowed_methods: AllowedMethods::ALLOW_ALL,
                cache_policy: CachePolicy::CACHING_DISABLED,
                origin_request_policy: OriginRequestPolicy::ALL_VIEWER_EXCEPT_HOST_HEADER,
            },
        },
    });

    vec![stack]
}

#[allow(dead_code)]
fn main() -> std::process::ExitCode {
    cloudfront_dsl::cli::run(&stacks())
}
