use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    lambda_function!(stack, "Settings", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index handler",
        code: lambda::Code::from_asset("lambda-handler"),
        function_name: "my function",
        memory_size: 64,
        timeout: Duration::minutes(20),
        ephemeral_storage_size: Size::mebibytes(256),
        environment: { "AWS_REGION": "eu-west-1", "1ST": "x", "OK": "y" },
    });
    lambda_function!(stack, "Fractions", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset("lambda-handler"),
        timeout: Duration::millis(1500),
    });
    // CloudFormation writes inline code to the file `index`.
    lambda_function!(stack, "Inline", {
        runtime: Runtime::NODEJS_22_X,
        handler: "main.handler",
        code: lambda::Code::from_inline(""),
    });
    lambda_function!(stack, "Layers", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset("lambda-handler"),
        layers: [
            lambda::LayerVersion::from_layer_version_arn(stack, "A", "arn:aws:lambda:us-east-1:123456789012:layer:a:1"),
            lambda::LayerVersion::from_layer_version_arn(stack, "B", "arn:aws:lambda:us-east-1:123456789012:layer:a:1"),
        ],
    });
    // Security groups without a VPC; a container image names no runtime, no handler, no layers.
    let sg = ec2::SecurityGroup::from_security_group_id(&mut stack, "Sg", "sg-0123456789abcdef0");
    lambda_function!(stack, "Groups", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset("lambda-handler"),
        security_groups: [sg],
    });
    let repo = ecr::Repository::from_repository_name(&mut stack, "Repo", "my-repo");
    lambda_function!(stack, "Image", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_ecr_image(repo, { tag_or_digest: "v1" }),
        layers: [lambda::LayerVersion::from_layer_version_arn(stack, "C", "arn:aws:lambda:us-east-1:123456789012:layer:c:1")],
    });
    lambda_function!(stack, "NotAnImage", {
        runtime: Runtime::FROM_IMAGE,
        handler: "index.handler",
        code: lambda::Code::from_asset("lambda-handler"),
    });
}
