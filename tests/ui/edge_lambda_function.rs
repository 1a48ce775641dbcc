use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "eu-west-1");
    // What Lambda@Edge does not support.
    edge_function!(stack, "Everything", {
        runtime: Runtime::JAVA_21,
        handler: "example.Handler",
        code: lambda::Code::from_asset("lambda-handler"),
        environment: { "API_URL": "https://api.example.com" },
        architecture: Architecture::ARM_64,
        tracing: Tracing::ACTIVE,
        ephemeral_storage_size: Size::mebibytes(1024),
        dead_letter_queue_enabled: true,
        current_version_options: { provisioned_concurrent_executions: 2 },
        layers: [lambda::LayerVersion::from_layer_version_arn(
            stack,
            "Layer",
            "arn:aws:lambda:us-east-1:123456789012:layer:shared:3",
        )],
    });
    // Nor a VPC, nor a container image.
    let vpc = ec2::Vpc::from_vpc_attributes(&mut stack, "Vpc", ec2::VpcAttributes {
        vpc_id: "vpc-0123456789abcdef0".into(),
        availability_zones: vec!["us-east-1a".into()],
        private_subnet_ids: vec!["subnet-0aaaaaaaaaaaaaaaa".into()],
    });
    edge_function!(stack, "InVpc", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset("lambda-handler"),
        vpc: vpc,
    });
    let repo = ecr::Repository::from_repository_name(&mut stack, "Repo", "my-repo");
    edge_function!(stack, "Image", {
        runtime: Runtime::FROM_IMAGE,
        handler: lambda::Handler::FROM_IMAGE,
        code: lambda::Code::from_ecr_image(repo, { tag_or_digest: "v1" }),
    });
    // Lambda@Edge runs no function longer than 30 seconds.
    edge_function!(stack, "Slow", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset("lambda-handler"),
        timeout: Duration::minutes(1),
    });
}
