use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui").with_env("123456789012", "us-east-1");
    // The seed's runtime: Lambda no longer creates functions with it.
    lambda_function!(stack, "Seed", {
        runtime: Runtime::NODEJS_12_X,
        handler: "index.handler",
        code: lambda::Code::from_asset("lambda-handler"),
    });
    edge_function!(stack, "Python", {
        runtime: Runtime::PYTHON_3_9,
        handler: "index.handler",
        code: lambda::Code::from_asset("lambda-handler"),
    });
    // CloudFormation takes inline code for Node.js and Python only.
    lambda_function!(stack, "InlineJava", {
        runtime: Runtime::JAVA_21,
        handler: "index.handler",
        code: lambda::Code::from_inline("class Handler {}"),
    });
}
