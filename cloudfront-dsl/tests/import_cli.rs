//! The `cloudfront-dsl import` command: source on stdout, what it carried over on stderr, a
//! failure with `--strict` only.

use std::path::PathBuf;
use std::process::{Command, Output};

fn template(name: &str, json: &serde_json::Value) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cloudfront-dsl-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, json.to_string()).unwrap();
    path
}

fn import(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cloudfront-dsl"))
        .arg("import")
        .args(args)
        .output()
        .unwrap()
}

fn with_a_queue() -> serde_json::Value {
    serde_json::json!({ "Resources": {
        "Queue": { "Type": "AWS::SQS::Queue" },
        "myBucket5AF9C99B": {
            "Type": "AWS::S3::Bucket",
            "UpdateReplacePolicy": "Retain",
            "DeletionPolicy": "Retain"
        }
    }})
}

#[test]
fn prints_the_source_and_lists_what_it_carried_over() {
    let path = template("queue.template.json", &with_a_queue());
    let out = import(&[path.to_str().unwrap(), "--stack-name", "Site"]);
    assert!(out.status.success());
    let source = String::from_utf8(out.stdout).unwrap();
    assert!(source.contains(r#"stack!("Site", {"#), "{source}");
    assert!(source.contains(r#"bucket!("myBucket", {});"#), "{source}");
    // The call fits rustfmt's `fn_call_width` on one line.
    let carried = "stack.add_cfn_resource(\n            \"Queue\",\n            CfnResource::new(\"AWS::SQS::Queue\", cloudfront_dsl::serde_json::Value::Null),\n        );";
    assert!(source.contains(carried), "{source}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        "carried over as written: Queue (AWS::SQS::Queue): the import has no construct for `AWS::SQS::Queue` yet\n"
    );
}

#[test]
fn strict_fails_when_a_resource_is_carried_over() {
    let path = template("strict.template.json", &with_a_queue());
    let out = import(&[path.to_str().unwrap(), "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stdout.is_empty(), "the source is still printed");
}

#[test]
fn a_file_that_is_not_a_template_is_an_error() {
    let path = template(
        "conditions.template.json",
        &serde_json::json!({ "Resources": {}, "Conditions": {} }),
    );
    let out = import(&[path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("`Conditions` section cannot be carried over yet"),
        "{stderr}"
    );
}

#[test]
fn an_output_the_model_cannot_write_is_an_error_naming_it() {
    let path = template(
        "outputs.template.json",
        &serde_json::json!({
            "Resources": {},
            "Outputs": { "Url": { "Value": "https://example.com", "Condition": "IsProd" } }
        }),
    );
    let out = import(&[path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "`Outputs` section cannot be written by the model: output `Url`: its `Condition`"
        ),
        "{stderr}"
    );
}
