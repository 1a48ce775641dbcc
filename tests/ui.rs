//! Compile-time rules: every rule has a case here whose `.stderr` pins the message and the
//! token it points at; `ui/pass` holds invocations that must compile, whose templates are then
//! linted.

use cloudfront_dsl_tests::cfn_lint;

#[test]
fn ui() {
    let written = std::env::temp_dir().join("cloudfront-dsl-ui-pass");
    let _ = std::fs::remove_dir_all(&written);
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
    if let Err(e) = cfn_lint(&templates, "us-east-1") {
        panic!("{e}");
    }
}
