//! A crate whose build script (`build.rs`) describes its CloudFront infrastructure and writes
//! the CloudFormation templates into `infra/`, where they are committed. `cargo build` keeps
//! them up to date; `CLOUDFRONT_DSL_CHECK=1 cargo build` fails, with a diff, when a committed
//! template is stale; `cdk deploy --app infra` deploys them.
