//! The build-script workflow, tried as a new user would: a fresh crate that depends on
//! cloudfront-dsl by path, the `build.rs` of the docs, `cargo build` to write the templates,
//! a second build that leaves them alone, check mode after an edit, and the AWS CDK toolkit
//! reading the result.
//!
//! These tests run cargo (and npm) themselves, in a target directory of their own under
//! `target/`, so the first run compiles cloudfront-dsl once more.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::SystemTime;

use cloudfront_dsl::build::CHECK_ENV;
use cloudfront_dsl::prelude::*;

/// The version of the AWS CDK toolkit (`aws-cdk` on npm) the tests drive.
const CDK_CLI: &str = "aws-cdk@2.1148.1";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn scratch_target() -> PathBuf {
    workspace().join("target").join("build-script-tests")
}

static CRATES: AtomicUsize = AtomicUsize::new(0);

/// A new crate in a temporary directory whose build script is `build_rs`.
fn fresh_crate(build_rs: &str) -> PathBuf {
    let n = CRATES.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("cloudfront-dsl-user-{}-{n}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    let dsl = workspace().join("cloudfront-dsl");
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"my-site-{n}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
             [build-dependencies]\ncloudfront-dsl = {{ path = {:?} }}\n\n[workspace]\n",
            dsl.display().to_string(),
        ),
    )
    .unwrap();
    fs::write(dir.join("src/lib.rs"), "").unwrap();
    fs::write(dir.join("build.rs"), build_rs).unwrap();
    // The workspace's lock file, so that the new crate builds with the same versions, offline.
    fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    dir
}

fn cargo_build(dir: &Path, check: bool) -> Output {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.arg("build")
        .arg("--quiet")
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", scratch_target());
    cmd.env_remove(CHECK_ENV);
    if check {
        cmd.env(CHECK_ENV, "1");
    }
    cmd.output().expect("cargo runs")
}

fn mtime(path: &Path) -> SystemTime {
    fs::metadata(path).and_then(|m| m.modified()).unwrap()
}

/// The build script of the `cloudfront_dsl::build` docs.
const BUILD_RS: &str = r#"
use cloudfront_dsl::prelude::*;

fn main() -> Result<(), cloudfront_dsl::build::Error> {
    let mut stack = Stack::new("SiteStack").with_env("123456789012", "us-east-1");
    let bucket = s3::Bucket::new(&mut stack, "site");
    distribution!(stack, "cdn", {
        default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(bucket) },
    });
    cloudfront_dsl::build::Templates::new("infra").write([&stack])?;
    Ok(())
}
"#;

/// The same stack, built here: what the build script must write.
fn expected_template() -> String {
    let mut stack = Stack::new("SiteStack").with_env("123456789012", "us-east-1");
    let bucket = s3::Bucket::new(&mut stack, "site");
    distribution!(stack, "cdn", { default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(bucket) } });
    stack.synth().unwrap().to_json_pretty() + "\n"
}

#[test]
fn a_build_script_writes_keeps_and_checks_its_templates() {
    let dir = fresh_crate(BUILD_RS);
    let template = dir.join("infra/SiteStack.template.json");
    let manifest = dir.join("infra/manifest.json");

    let first = cargo_build(&dir, false);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert_eq!(fs::read_to_string(&template).unwrap(), expected_template());
    // The cloud assembly manifest: one CloudFormation stack artifact, as the schema defines it.
    let assembly: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&manifest).unwrap()).unwrap();
    assert!(assembly["version"].is_string());
    let artifact = &assembly["artifacts"]["SiteStack"];
    assert_eq!(artifact["type"], "aws:cloudformation:stack");
    assert_eq!(artifact["environment"], "aws://123456789012/us-east-1");
    assert_eq!(
        artifact["properties"]["templateFile"],
        "SiteStack.template.json"
    );
    assert_eq!(assembly["artifacts"].as_object().map(|a| a.len()), Some(1));

    // An unchanged build leaves the files (and their mtimes) alone.
    let (t0, m0) = (mtime(&template), mtime(&manifest));
    let second = cargo_build(&dir, false);
    assert!(second.status.success());
    assert_eq!((mtime(&template), mtime(&manifest)), (t0, m0));

    // Check mode passes on fresh files...
    assert!(cargo_build(&dir, true).status.success());

    // ...and fails, with a diff and the refresh command, once the stack changes.
    let edited = BUILD_RS.replace(
        "default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(bucket) },",
        "default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(bucket) },\n        comment: \"edited\",",
    );
    fs::write(dir.join("build.rs"), edited).unwrap();
    let check = cargo_build(&dir, true);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        !check.status.success(),
        "check mode must fail on a stale template"
    );
    assert!(
        stderr.contains("1 generated file is out of date"),
        "{stderr}"
    );
    assert!(
        stderr.contains("+          \"Comment\": \"edited\","),
        "{stderr}"
    );
    assert!(
        stderr.contains("to refresh them, run: cargo build (without CLOUDFRONT_DSL_CHECK set)"),
        "{stderr}"
    );
    assert_eq!(mtime(&template), t0, "check mode writes nothing");

    // A normal build refreshes the template; check mode passes again.
    assert!(cargo_build(&dir, false).status.success());
    assert!(
        fs::read_to_string(&template)
            .unwrap()
            .contains("\"Comment\": \"edited\"")
    );
    assert!(cargo_build(&dir, true).status.success());
    let _ = fs::remove_dir_all(&dir);
}

/// A generated file deleted or edited by hand is written again by the next `cargo build`, and
/// a build after that leaves it alone.
#[test]
fn a_build_restores_deleted_and_edited_files() {
    let dir = fresh_crate(BUILD_RS);
    let template = dir.join("infra/SiteStack.template.json");
    let manifest = dir.join("infra/manifest.json");
    let built = cargo_build(&dir, false);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let (committed_template, committed_manifest) = (
        fs::read_to_string(&template).unwrap(),
        fs::read_to_string(&manifest).unwrap(),
    );

    fs::remove_file(&template).unwrap();
    assert!(cargo_build(&dir, false).status.success());
    assert_eq!(fs::read_to_string(&template).unwrap(), committed_template);

    fs::write(&manifest, "{}\n").unwrap();
    assert!(cargo_build(&dir, false).status.success());
    assert_eq!(fs::read_to_string(&manifest).unwrap(), committed_manifest);

    fs::remove_dir_all(dir.join("infra")).unwrap();
    assert!(cargo_build(&dir, false).status.success());
    assert_eq!(fs::read_to_string(&template).unwrap(), committed_template);

    // Once restored, the files are left alone.
    assert!(cargo_build(&dir, false).status.success());
    let t0 = mtime(&template);
    assert!(cargo_build(&dir, false).status.success());
    assert_eq!(mtime(&template), t0);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn an_invalid_stack_fails_the_build_and_writes_nothing() {
    let dir = fresh_crate(&BUILD_RS.replace(
        "let bucket = s3::Bucket::new(&mut stack, \"site\");",
        "let bucket = s3::Bucket::new(&mut stack, \"site\");\n    let attempts: u32 = 7;\n    \
         distribution!(stack, \"api\", { default_behavior: { origin: origins::HttpOrigin(\"api.example.com\", { connection_attempts: attempts }) } });",
    ));
    let out = cargo_build(&dir, false);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains(
            "error[connection-attempts]: api.default_behavior.origin.connection_attempts"
        ),
        "{stderr}"
    );
    assert!(
        !dir.join("infra").exists(),
        "nothing is written, not even the valid stack's template"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn the_committed_example_templates_are_up_to_date() {
    let out = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "-p", "cloudfront-dsl-build-example"])
        .current_dir(workspace())
        .env("CARGO_TARGET_DIR", scratch_target())
        .env(CHECK_ENV, "1")
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The AWS CDK toolkit, installed from npm into the scratch target directory.
fn cdk() -> PathBuf {
    let prefix = scratch_target().join("cdk-cli");
    let bin = prefix.join("node_modules/.bin/cdk");
    if !bin.exists() {
        let out = Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                "--prefix",
            ])
            .arg(&prefix)
            .arg(CDK_CLI)
            .output()
            .expect("npm is installed (the CDK toolkit is a Node.js program)");
        assert!(
            out.status.success(),
            "npm install {CDK_CLI}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    bin
}

/// A build script whose stack ships code: a function written as CloudFormation, its code the
/// crate's `handler/` directory.
const ASSET_BUILD_RS: &str = r#"
use cloudfront_dsl::asset::FileAsset;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::serde_json::json;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut stack = Stack::new("CodeStack").with_env("123456789012", "us-east-1");
    let code = stack.add_file_asset(FileAsset::from_path("handler")?.with_display_name("Handler/Code"));
    stack.add_cfn_resource("Handler", CfnResource::new("AWS::Lambda::Function", json!({
        "Code": { "S3Bucket": code.bucket_name, "S3Key": code.object_key },
        "Handler": "index.handler",
        "Role": "arn:aws:iam::123456789012:role/handler",
        "Runtime": "nodejs22.x",
    })));
    cloudfront_dsl::build::Templates::new("infra").write([&stack])?;
    Ok(())
}
"#;

/// A build script whose stack (in eu-west-1) runs an edge function on its distribution: the
/// function, its code an asset, goes to a us-east-1 stack of its own, which the stack depends on.
const EDGE_BUILD_RS: &str = r#"
use cloudfront_dsl::prelude::*;

fn main() -> Result<(), cloudfront_dsl::build::Error> {
    let mut stack = Stack::new("SiteStack").with_env("123456789012", "eu-west-1");
    let bucket = s3::Bucket::new(&mut stack, "site");
    let rewrite = edge_function!(stack, "Rewrite", {
        runtime: Runtime::NODEJS_22_X,
        handler: "index.handler",
        code: lambda::Code::from_asset("handler"),
    });
    distribution!(stack, "cdn", {
        default_behavior: {
            origin: origins::S3Origin(bucket),
            edge_lambdas: [{
                function_version: rewrite.current_version(),
                event_type: LambdaEdgeEventType::VIEWER_REQUEST,
            }],
        },
    });
    cloudfront_dsl::build::Templates::new("infra").write([&stack])?;
    Ok(())
}
"#;

/// What aws-cdk-lib's cloud assembly reader finds in `assembly`, with schema validation
/// (`tests/cdk/check-assembly.js`).
fn read_assembly(assembly: &Path) -> serde_json::Value {
    let apps = workspace().join("tests/cdk");
    if !apps.join("node_modules/aws-cdk-lib").exists() {
        let out = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&apps)
            .output()
            .expect("npm is installed (aws-cdk-lib is a Node.js library)");
        assert!(
            out.status.success(),
            "npm ci in tests/cdk: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = Command::new("node")
        .arg(workspace().join("tests/cdk/check-assembly.js"))
        .arg(assembly)
        .current_dir(workspace().join("tests/cdk"))
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "the CDK's reader rejects {}: {}",
        assembly.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_cdk_toolkit_lists_and_synthesizes_the_templates() {
    if !cloudfront_dsl_tests::node_tests("the_cdk_toolkit_lists_and_synthesizes_the_templates") {
        return;
    }
    // A new user's build script, and the example crate's committed templates.
    let dir = fresh_crate(BUILD_RS);
    let built = cargo_build(&dir, false);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let cdk = cdk();
    let run = |assembly: &Path, args: &[&str]| {
        let out = Command::new(&cdk)
            .args(args)
            .arg("--app")
            .arg(assembly)
            .env("CDK_DISABLE_VERSION_CHECK", "1")
            .env("CI", "true")
            .output()
            .expect("cdk runs");
        assert!(
            out.status.success(),
            "cdk {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let fresh = dir.join("infra");
    assert_eq!(
        run(&fresh, &["ls"]).lines().collect::<Vec<_>>(),
        ["SiteStack"]
    );
    // The assembly's cdk.json makes it the app of a bare `cdk ls` run in it.
    let bare = Command::new(&cdk)
        .arg("ls")
        .current_dir(&fresh)
        .env("CDK_DISABLE_VERSION_CHECK", "1")
        .env("CI", "true")
        .output()
        .expect("cdk runs");
    assert!(
        bare.status.success(),
        "cdk ls in {}: {}",
        fresh.display(),
        String::from_utf8_lossy(&bare.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&bare.stdout)
            .lines()
            .collect::<Vec<_>>(),
        ["SiteStack"]
    );
    let example = workspace().join("examples/build-script/infra");
    let listed = run(&example, &["ls"]);
    assert_eq!(
        listed.lines().collect::<Vec<_>>(),
        ["SiteStack", "DocsStack"],
        "in the order the build script gives them"
    );
    let synthesized = run(&example, &["synth", "SiteStack"]);
    assert!(
        synthesized.contains("Type: AWS::CloudFront::Distribution"),
        "{synthesized}"
    );
    let _ = fs::remove_dir_all(&dir);

    // A stack with an asset: the toolkit reads it, and the CDK's reader finds the asset
    // manifest the stack depends on, schema-valid, with the staged asset it lists.
    let dir = fresh_crate(ASSET_BUILD_RS);
    fs::create_dir_all(dir.join("handler")).unwrap();
    fs::write(
        dir.join("handler/index.js"),
        "exports.handler = async () => ({ statusCode: 200 });\n",
    )
    .unwrap();
    let built = cargo_build(&dir, false);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let infra = dir.join("infra");
    assert_eq!(
        run(&infra, &["ls"]).lines().collect::<Vec<_>>(),
        ["CodeStack"]
    );
    let synthesized = run(&infra, &["synth", "CodeStack"]);
    assert!(
        synthesized.contains("S3Bucket: cdk-hnb659fds-assets-123456789012-us-east-1"),
        "{synthesized}"
    );
    let read = read_assembly(&infra);
    let stack = &read[0];
    assert_eq!(stack["stack"], "CodeStack");
    assert_eq!(
        stack["dependencies"],
        serde_json::json!(["CodeStack.assets"])
    );
    let assets = stack["assets"].as_array().unwrap();
    assert_eq!(assets.len(), 1, "{read}");
    assert_eq!(assets[0]["packaging"], "zip");
    assert_eq!(assets[0]["staged"], true);
    let hash = assets[0]["hash"].as_str().unwrap();
    assert_eq!(
        assets[0]["destinations"],
        serde_json::json!([format!(
            "cdk-hnb659fds-assets-123456789012-us-east-1/{hash}.zip"
        )])
    );
    assert!(infra.join(format!("asset.{hash}/index.js")).exists());

    // Changed code is staged anew: the build script watches the asset.
    let (t0, m0) = (
        mtime(&infra.join("CodeStack.template.json")),
        mtime(&infra.join("manifest.json")),
    );
    assert!(cargo_build(&dir, false).status.success());
    assert_eq!(
        (
            mtime(&infra.join("CodeStack.template.json")),
            mtime(&infra.join("manifest.json"))
        ),
        (t0, m0),
        "an unchanged build leaves the assembly alone"
    );
    fs::write(
        dir.join("handler/index.js"),
        "exports.handler = async () => ({ statusCode: 204 });\n",
    )
    .unwrap();
    assert!(cargo_build(&dir, false).status.success());
    let read = read_assembly(&infra);
    let new_hash = read[0]["assets"][0]["hash"].as_str().unwrap();
    assert_ne!(new_hash, hash, "the new code is a new asset");
    assert_eq!(read[0]["assets"][0]["staged"], true);
    let _ = fs::remove_dir_all(&dir);

    // An app of two stacks, one with an asset: the toolkit lists them in deployment order
    // and synthesizes each; the CDK's reader finds the dependency and the asset.
    let dir = fresh_crate(EDGE_BUILD_RS);
    fs::create_dir_all(dir.join("handler")).unwrap();
    fs::write(
        dir.join("handler/index.js"),
        "exports.handler = async (event) => event.Records[0].cf.request;\n",
    )
    .unwrap();
    let built = cargo_build(&dir, false);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let infra = dir.join("infra");
    let edge = format!(
        "edge-lambda-stack-{}",
        cloudfront_dsl::naming::node_addr(&["SiteStack"])
    );
    let listed: Vec<String> = run(&infra, &["ls"]).lines().map(str::to_owned).collect();
    assert_eq!(
        listed,
        [edge.as_str(), "SiteStack"],
        "the us-east-1 stack deploys first"
    );
    let synthesized = run(&infra, &["synth", "SiteStack"]);
    assert!(
        synthesized.contains("Type: Custom::CrossRegionStringParameterReader"),
        "{synthesized}"
    );
    let synthesized = run(&infra, &["synth", &listed[0]]);
    assert!(
        synthesized.contains("S3Bucket: cdk-hnb659fds-assets-123456789012-us-east-1")
            && synthesized.contains("Type: AWS::SSM::Parameter"),
        "{synthesized}"
    );
    let read = read_assembly(&infra);
    let by_name = |name: &str| {
        read.as_array()
            .unwrap()
            .iter()
            .find(|s| s["stack"] == name)
            .unwrap_or_else(|| panic!("{name} in {read}"))
            .clone()
    };
    let site = by_name("SiteStack");
    assert_eq!(site["dependencies"], serde_json::json!([listed[0]]));
    assert_eq!(site["assets"], serde_json::json!([]));
    let functions = by_name(&listed[0]);
    assert_eq!(
        functions["dependencies"],
        serde_json::json!([format!("{}.assets", listed[0])])
    );
    let assets = functions["assets"].as_array().unwrap();
    assert_eq!(assets.len(), 1, "{read}");
    assert_eq!(assets[0]["staged"], true);
    let hash = assets[0]["hash"].as_str().unwrap();
    assert_eq!(
        assets[0]["destinations"],
        serde_json::json!([format!(
            "cdk-hnb659fds-assets-123456789012-us-east-1/{hash}.zip"
        )])
    );
    let _ = fs::remove_dir_all(&dir);
}
