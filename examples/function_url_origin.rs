//! "From a Lambda Function URL" of today's CDK origins README: an open function URL with its
//! timeouts and dual-stack addressing, and one that takes only signed requests, behind the
//! origin access control the CDK creates, which lets the distribution invoke the function.
//!
//! ```python
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
//! cloudfront-dsl does not build Lambda functions. The functions, their roles and URLs here
//! are CloudFormation resources added as is, under the logical ids the CDK gives them
//! (`naming::logical_id` derives those from the construct path); the origins reference the
//! URLs by logical id. `synth()` reads a URL's auth type: an origin access control that always
//! signs needs `AWS_IAM`.

use cloudfront_dsl::naming::logical_id;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::json;

/// A Lambda function answering `body`, with its role and a URL of `auth_type`, as the CDK's
/// `lambda.Function` and `add_function_url` write them; an open URL (`NONE`) gets the
/// permissions that let anyone invoke it.
fn function_with_url(
    stack: &mut Stack,
    id: &str,
    body: &str,
    auth_type: &str,
) -> function_url::FunctionUrl {
    let role = logical_id(&[id, "ServiceRole", "Resource"]);
    let function = logical_id(&[id, "Resource"]);
    let url = logical_id(&[id, "FunctionUrl", "Resource"]);
    stack.add_cfn_resource(
        &role,
        CfnResource::new(
            "AWS::IAM::Role",
            json!({
                "AssumeRolePolicyDocument": {
                    "Statement": [{
                        "Action": "sts:AssumeRole",
                        "Effect": "Allow",
                        "Principal": { "Service": "lambda.amazonaws.com" },
                    }],
                    "Version": "2012-10-17",
                },
                "ManagedPolicyArns": [{ "Fn::Join": ["", [
                    "arn:", { "Ref": "AWS::Partition" },
                    ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                ]] }],
            }),
        ),
    );
    let mut lambda = CfnResource::new(
        "AWS::Lambda::Function",
        json!({
            "Code": { "ZipFile": format!("exports.handler = async () => ({{ statusCode: 200, body: '{body}' }});") },
            "Handler": "index.handler",
            "Role": { "Fn::GetAtt": [role, "Arn"] },
            "Runtime": "nodejs22.x",
        }),
    );
    lambda.depends_on = vec![role.clone()];
    stack.add_cfn_resource(&function, lambda);
    stack.add_cfn_resource(
        &url,
        CfnResource::new(
            "AWS::Lambda::Url",
            json!({
                "AuthType": auth_type,
                "TargetFunctionArn": { "Fn::GetAtt": [function, "Arn"] },
            }),
        ),
    );
    if auth_type == "NONE" {
        let arn = json!({ "Fn::GetAtt": [function, "Arn"] });
        stack.add_cfn_resource(
            &logical_id(&[id, "invoke-function-url"]),
            CfnResource::new(
                "AWS::Lambda::Permission",
                json!({
                    "Action": "lambda:InvokeFunctionUrl",
                    "FunctionName": arn,
                    "FunctionUrlAuthType": "NONE",
                    "Principal": "*",
                }),
            ),
        );
        stack.add_cfn_resource(
            &logical_id(&[id, "invoke-function"]),
            CfnResource::new(
                "AWS::Lambda::Permission",
                json!({
                    "Action": "lambda:InvokeFunction",
                    "FunctionName": arn,
                    "InvokedViaFunctionUrl": true,
                    "Principal": "*",
                }),
            ),
        );
    }
    function_url::FunctionUrl::from_logical_id(url)
}

/// The example's stacks.
pub fn stacks() -> Vec<Stack> {
    let mut stack = Stack::new("FunctionUrlOriginStack").with_env("123456789012", "us-east-1");

    let api_url = function_with_url(&mut stack, "Api", "api", "NONE");
    let admin_url = function_with_url(&mut stack, "Admin", "admin", "AWS_IAM");
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
