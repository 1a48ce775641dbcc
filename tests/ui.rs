//! Compile-time rules: every rule has a case here whose `.stderr` pins the message and the
//! token it points at; `ui/pass` holds invocations that must compile, whose templates are then
//! linted.

use cloudfront_dsl_tests::{UI_PASS_DIR_ENV, cfn_lint};

#[test]
fn ui() {
    // A directory of this run's own: several checkouts may run their UI tests at once.
    let written =
        std::env::temp_dir().join(format!("cloudfront-dsl-ui-pass-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&written);
    // SAFETY: the only test of this binary sets it before any thread reads the environment;
    // the pass cases, run by trybuild's cargo, inherit it.
    unsafe { std::env::set_var(UI_PASS_DIR_ENV, &written) };
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
    t.pass("ui/pass/*.rs");
    // Runs the cases.
    drop(t);
    let mut templates: Vec<(String, String)> = std::fs::read_dir(&written)
        .expect("the pass cases wrote their templates")
        .map(|e| {
            let path = e.unwrap().path();
            let name = path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace(".template.json", "");
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    templates.sort();
    assert_eq!(
        templates.len(),
        8,
        "every pass case that synthesizes wrote its template"
    );
    let _ = std::fs::remove_dir_all(&written);
    if let Err(e) = cfn_lint(&templates, "us-east-1") {
        panic!("{e}");
    }
}
