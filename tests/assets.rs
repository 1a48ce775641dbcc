//! Assets as the CDK hashes, names and stages them: the `lambda-handler` fixture's hash, and
//! the cloud assembly a stack with an asset writes, against what aws-cdk-lib writes for a
//! function whose code is that directory (`tests/cdk/apps/asset-manifest.js`).

use std::fs;
use std::path::PathBuf;

use cloudfront_dsl::asset::FileAsset;
use cloudfront_dsl::build::Templates;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::{self, Value, json};
use cloudfront_dsl::{CfnResource, Expr};
use cloudfront_dsl_tests::{assert_json_eq, fixtures, golden, lint_stacks};

fn lambda_handler() -> PathBuf {
    fixtures().join("lambda-handler")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "cloudfront-dsl-assets-{name}-{}",
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&dir);
    dir
}

/// A stack whose raw Lambda function runs the code of the `lambda-handler` asset, as the CDK
/// app's `lambda.Function` does.
fn function_stack(name: &str, env: Option<(&str, &str)>) -> Stack {
    let mut stack = Stack::new(name);
    if let Some((account, region)) = env {
        stack = stack.with_env(account, region);
    }
    let code = stack.add_file_asset(
        FileAsset::from_path(lambda_handler())
            .unwrap()
            .with_display_name("MyFunction/Code"),
    );
    stack.add_cfn_resource(
        "MyFunction",
        CfnResource::new(
            "AWS::Lambda::Function",
            json!({
                "Code": { "S3Bucket": code.bucket_name, "S3Key": code.object_key },
                "Handler": "index.handler",
                "Role": Expr::get_att("MyFunctionServiceRole", "Arn"),
                "Runtime": "nodejs22.x",
            }),
        ),
    );
    stack.add_cfn_resource(
        "MyFunctionServiceRole",
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
            }),
        ),
    );
    stack
}

/// The CDK's asset manifest without the entry of the stack's own template (which the CDK
/// uploads as an asset, and the library deploys as it is).
fn cdk_files(stack: &str) -> Value {
    let manifest = golden(&format!("asset-manifest.{stack}.assets"));
    let files = manifest["files"].as_object().unwrap();
    let kept: serde_json::Map<String, Value> = files
        .iter()
        .filter(|(_, f)| {
            !f["source"]["path"]
                .as_str()
                .unwrap()
                .ends_with(".template.json")
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Value::Object(kept)
}

fn read_json(path: PathBuf) -> Value {
    serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn the_lambda_handler_fixture_hashes_as_in_the_cdk() {
    // The facts sheet (§6): `lambda-handler/`, one 64-byte `index.js`.
    let asset = FileAsset::from_path(lambda_handler()).unwrap();
    assert_eq!(
        asset.hash(),
        "9b9199e89a25e32a975ad0115e2bca7cde39046a61b4035df4ce858650da69f2"
    );
    assert_eq!(
        asset.object_key(),
        "9b9199e89a25e32a975ad0115e2bca7cde39046a61b4035df4ce858650da69f2.zip"
    );
}

#[test]
fn a_stack_with_an_asset_writes_the_cloud_assembly_the_cdk_writes() {
    for (name, env) in [
        ("AssetStack", Some(("123456789012", "eu-west-1"))),
        ("AgnosticAssetStack", None),
    ] {
        let stack = function_stack(name, env);
        let dir = scratch(name);
        Templates::new(&dir).check(false).write([&stack]).unwrap();
        let facts = golden(&format!("asset-manifest.{name}.assembly"));

        // The template finds the code where the CDK's does.
        let template = read_json(dir.join(format!("{name}.template.json")));
        assert_json_eq(
            &template["Resources"]["MyFunction"]["Properties"]["Code"],
            &facts["functionCode"],
            name,
        );
        // The asset manifest lists it as the CDK's does.
        let assets = read_json(dir.join(format!("{name}.assets.json")));
        assert_json_eq(&assets["files"], &cdk_files(name), name);
        assert_eq!(assets["dockerImages"], json!({}));
        // The cloud assembly manifest holds the asset manifest's artifact, and the stack
        // depends on it.
        let manifest = read_json(dir.join("manifest.json"));
        let artifacts = &manifest["artifacts"];
        assert_json_eq(
            &artifacts[format!("{name}.assets")],
            &facts["assetManifestArtifact"],
            name,
        );
        assert_json_eq(
            &artifacts[name]["dependencies"],
            &facts["stackDependencies"],
            name,
        );
        // The staged copy is the fixture.
        let hash = "9b9199e89a25e32a975ad0115e2bca7cde39046a61b4035df4ce858650da69f2";
        let staged = dir.join(format!("asset.{hash}"));
        assert_eq!(
            fs::read(staged.join("index.js")).unwrap(),
            fs::read(lambda_handler().join("index.js")).unwrap()
        );
        assert_eq!(fs::read_dir(&staged).unwrap().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }
    lint_stacks([&function_stack(
        "AssetStack",
        Some(("123456789012", "eu-west-1")),
    )]);
}

#[test]
fn a_stack_without_assets_writes_no_asset_manifest() {
    let mut stack = Stack::new("Plain").with_env("123456789012", "us-east-1");
    distribution!(stack, "cdn", { default_behavior: { origin: origins::HttpOrigin("www.example.com") } });
    let dir = scratch("plain");
    let outcome = Templates::new(&dir).check(false).write([&stack]).unwrap();
    assert_eq!(
        outcome.written,
        [
            dir.join("Plain.template.json"),
            dir.join("cdk.json"),
            dir.join("manifest.json")
        ]
    );
    let manifest = read_json(dir.join("manifest.json"));
    assert_eq!(manifest["artifacts"].as_object().map(|a| a.len()), Some(1));
    assert!(manifest["artifacts"]["Plain"].get("dependencies").is_none());
    fs::remove_dir_all(&dir).unwrap();
}
