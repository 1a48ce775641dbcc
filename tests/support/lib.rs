//! Helpers of the integration tests: the CDK goldens (copied into `fixtures/golden`), JSON
//! comparison with readable diffs, and the checks of every template: the CloudFormation
//! resource schemas (vendored in `fixtures/schemas`), and cfn-lint where it is installed.

mod schema;

pub use schema::{schema_findings, validate_templates};

pub mod wide;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use cloudfront_dsl::output::unified_diff;
use cloudfront_dsl::{Rule, Stack, SynthError};
use serde_json::Value;

/// The variable that names the directory the UI pass cases write their templates to.
pub const UI_PASS_DIR_ENV: &str = "CLOUDFRONT_DSL_UI_PASS_DIR";

/// Where a UI pass case writes its template for `tests/ui.rs` to lint: the directory the test
/// names in [`UI_PASS_DIR_ENV`] (one per run, so that runs of several checkouts at once do not
/// read each other's), or a directory of the system's temporary directory.
pub fn ui_pass_dir() -> PathBuf {
    std::env::var_os(UI_PASS_DIR_ENV)
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("cloudfront-dsl-ui-pass"))
}

/// The variable that turns on the tests that need Node.js and the npm registry (the AWS CDK
/// toolkit, aws-cdk-lib's cloud assembly reader, the code of the CDK's cross-region reader);
/// `.ci/run` sets it.
pub const NODE_TESTS_ENV: &str = "CLOUDFRONT_DSL_NODE_TESTS";

/// Whether the tests that need Node.js run (`CLOUDFRONT_DSL_NODE_TESTS=1`); says how to run them
/// when they do not.
pub fn node_tests(test: &str) -> bool {
    let on = std::env::var(NODE_TESTS_ENV).is_ok_and(|v| v == "1");
    if !on {
        eprintln!("{test}: not run; it needs Node.js and npm: set {NODE_TESTS_ENV}=1 to run it");
    }
    on
}

/// The directory of the fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The text of the golden `name` (`s3-origin`, `lambda-edge.LambdaEdgeStack`).
pub fn golden_text(name: &str) -> String {
    let path = fixtures().join("golden").join(format!("{name}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The golden `name` as a JSON value.
pub fn golden(name: &str) -> Value {
    serde_json::from_str(&golden_text(name)).expect("goldens are JSON")
}

/// The template of `stack` as the goldens are written: pretty JSON and a newline.
pub fn synth_text(stack: &Stack) -> String {
    match stack.synth() {
        Ok(t) => t.to_json_pretty() + "\n",
        Err(e) => panic!("{e}"),
    }
}

/// The templates of `stacks` and of their companion stacks, synthesized together as an app
/// does, in dependency order: (stack name, region, template as the goldens are written).
pub fn synth_texts<'a>(
    stacks: impl IntoIterator<Item = &'a Stack>,
) -> Vec<(String, Option<String>, String)> {
    match cloudfront_dsl::app::synth_stacks(stacks) {
        Ok(all) => all
            .into_iter()
            .map(|s| {
                (
                    s.stack.name().to_owned(),
                    s.stack.region().map(str::to_owned),
                    s.template.to_json_pretty() + "\n",
                )
            })
            .collect(),
        Err(errors) => {
            let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{}", shown.join("\n"))
        }
    }
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default() + "\n"
}

/// The errors of a stack that must not synthesize.
pub fn synth_errors(stack: &Stack) -> SynthError {
    match stack.synth() {
        Ok(t) => panic!("expected errors, got {}", t.to_json_pretty()),
        Err(e) => e,
    }
}

/// Each violation's rule and full property path.
pub fn rule_paths(e: &SynthError) -> Vec<(Rule, String)> {
    e.errors
        .iter()
        .map(|v| (v.violation.rule, v.path()))
        .collect()
}

/// Asserts that two JSON values are equal, showing a diff of them when not.
pub fn assert_json_eq(actual: &Value, expected: &Value, what: &str) {
    if actual != expected {
        let diff = unified_diff(
            &pretty(expected),
            &pretty(actual),
            "expected (CDK)",
            "actual",
        );
        panic!("{what} differs from the CDK's:\n{diff}");
    }
}

/// The stack's whole template equals the golden, as a JSON value and byte for byte.
pub fn assert_matches_golden(stack: &Stack, golden_name: &str) {
    let text = synth_text(stack);
    let actual: Value = serde_json::from_str(&text).expect("templates are JSON");
    assert_json_eq(&actual, &golden(golden_name), golden_name);
    assert_eq!(
        text,
        golden_text(golden_name),
        "{golden_name}: same value, different bytes"
    );
}

/// Every `Ref`/`Fn::GetAtt` target in `v`.
pub fn references(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(s)) = m.get("Ref") {
                    out.push(s.clone());
                }
                if let Some(Value::Array(a)) = m.get("Fn::GetAtt")
                    && let Some(Value::String(s)) = a.first()
                {
                    out.push(s.clone());
                }
                m.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    walk(v, &mut out);
    out
}

static LINT_RUN: AtomicUsize = AtomicUsize::new(0);

/// The variable that makes a missing cfn-lint an error instead of a skipped step (`.ci/run`
/// sets it).
pub const REQUIRE_CFN_LINT_ENV: &str = "CLOUDFRONT_DSL_REQUIRE_CFN_LINT";

/// Checks templates (name, JSON) of stacks in `region`: against the vendored CloudFormation
/// resource schemas always, then with cfn-lint's full rule set where cfn-lint is installed
/// (where it is not, only with `CLOUDFRONT_DSL_REQUIRE_CFN_LINT=1` is that an error). Fails with
/// the findings when a template has an error-level one; cfn-lint's warnings are allowed.
pub fn cfn_lint(templates: &[(String, String)], region: &str) -> Result<(), String> {
    validate_templates(templates)?;
    let dir = std::env::temp_dir().join(format!(
        "cloudfront-dsl-lint-{}-{}",
        std::process::id(),
        LINT_RUN.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut files = Vec::new();
    for (name, json) in templates {
        let path = dir.join(format!("{name}.template.json"));
        std::fs::write(&path, json).map_err(|e| e.to_string())?;
        files.push(path);
    }
    let output = Command::new("cfn-lint")
        .args(["--regions", region, "--format", "parseable", "--"])
        .args(&files)
        .output();
    let _ = std::fs::remove_dir_all(&dir);
    let output = match output {
        Ok(o) => o,
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound
                && !std::env::var(REQUIRE_CFN_LINT_ENV).is_ok_and(|v| v == "1") =>
        {
            return Ok(());
        }
        Err(e) => {
            return Err(format!(
                "cannot run cfn-lint ({e}); install it with `python3 -m pip install cfn-lint`"
            ));
        }
    };
    let code = output.status.code().unwrap_or(-1);
    // cfn-lint's exit code: bit 2 = error, 4 = warning, 8 = info; anything else is a crash.
    let failed = code < 0 || code == 1 || code >= 16 || code & 2 != 0;
    if failed {
        return Err(format!(
            "cfn-lint exited with {code}:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}

/// Lints the templates of `stacks` (their companion stacks included), each in its stack's
/// region.
pub fn lint_stacks<'a>(stacks: impl IntoIterator<Item = &'a Stack>) {
    let mut by_region: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for (name, region, text) in synth_texts(stacks) {
        let region = region.unwrap_or_else(|| "us-east-1".to_owned());
        let entry = (name, text);
        match by_region.iter_mut().find(|(r, _)| *r == region) {
            Some((_, v)) => v.push(entry),
            None => by_region.push((region, vec![entry])),
        }
    }
    for (region, templates) in by_region {
        if let Err(e) = cfn_lint(&templates, &region) {
            panic!("{e}");
        }
    }
}
