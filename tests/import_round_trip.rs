//! `cloudfront-dsl import`, proved by a round trip: every golden template (and each template
//! written by hand in `tests/fixtures/import`, whose logical ids must all be kept) is imported, the
//! generated sources are compiled together in one scratch crate (one cargo build) and run, and
//! each stack's template must equal the golden it came from as a JSON value. The generated
//! sources must also be what rustfmt writes.
//!
//! Coverage is the figure that matters (a source of nothing but carried-over resources would
//! round-trip too), so each golden's count of resources that became constructs is held to a
//! floor: a change that turns fewer of them into constructs fails here.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use cloudfront_dsl::import::{self, Error, Imported, Options};
use serde_json::Value;

/// Per golden, how many of its resources at least become constructs (the rest are carried
/// over as written).
const COVERAGE: &[(&str, usize)] = &[
    ("add-behavior", 5),
    ("big", 26),
    ("cache-policy-custom", 5),
    ("cache-policy-managed", 4),
    ("cloudfront-function", 5),
    ("cloudfront-function-kvs", 2),
    ("construct-scopes", 1),
    ("custom-domain-cert", 4),
    ("custom-domain-cert-dnsvalidated", 1),
    ("default-behavior", 4),
    ("hand-written-alias-records", 4),
    ("hand-written-custom-origin", 1),
    ("http-origin", 1),
    ("import-distribution", 1),
    ("key-group", 2),
    ("key-value-stores", 1),
    ("lambda-edge-behaviors", 1),
    ("lambda-edge-imported-version", 1),
    ("lambda-edge-us-east-1", 1),
    ("lambda-edge.LambdaEdgeStack", 1),
    ("logging-bucket", 1),
    ("min-protocol-version", 4),
    ("multiple-behaviors", 4),
    ("origin-group", 1),
    ("origin-request-policy", 6),
    ("origin-request-policy-managed", 4),
    ("route53-records", 6),
    ("routing", 5),
    ("s3-bucket-origin-oac", 1),
    ("s3-bucket-origins", 3),
    ("s3-origin", 4),
    ("stack-block-site", 1),
    ("trusted-key-groups", 3),
    ("web-dist-acm-cert", 1),
    ("web-dist-basic", 1),
    ("web-dist-connection", 1),
    ("web-dist-connection-custom", 1),
    ("web-dist-default-cert", 1),
    ("web-dist-functions", 2),
    ("web-dist-geo", 1),
    ("web-dist-iam-cert", 1),
    ("web-dist-key-groups", 3),
    ("web-dist-lambda-edge", 1),
    ("web-dist-origins", 1),
];

/// Goldens with a section the import does not carry over yet: each must still be refused
/// with that section named, so that the list shrinks as the import grows.
const REFUSED: &[(&str, &str)] = &[];

/// Goldens of templates CloudFront rejects (the CDK synthesizes them): their source fails to
/// compile at the offending token, as the UI case it is compared with shows.
const REJECTED: &[(&str, &str)] = &[(
    "min-protocol-version-as-written",
    "tests/ui/import_rejected_template.rs",
)];

/// What a UI case adds to the generated source: the binary's `main`.
const UI_MAIN: &str = "\nfn main() {\n    let _ = stack();\n}\n";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// The goldens, and the templates written by hand in `tests/fixtures/import`.
fn goldens() -> Vec<(String, Value)> {
    let mut all = templates_in("tests/fixtures/golden");
    all.extend(templates_in("tests/fixtures/import"));
    all
}

fn templates_in(dir: &str) -> Vec<(String, Value)> {
    let dir = workspace().join(dir);
    let mut out: Vec<(String, Value)> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            // Cloud assembly and asset manifests are not templates.
            if name.contains(".assets")
                || name.contains(".assembly")
                || name.starts_with("asset-manifest")
            {
                return None;
            }
            let value: Value = serde_json::from_str(&fs::read_to_string(&p).unwrap()).unwrap();
            Some((name, value))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn module_name(golden: &str) -> String {
    let mut m: String = golden
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    m.insert_str(0, "g_");
    m
}

/// The scratch crate: one module per imported template, and a `main` that prints every
/// stack's template (or its synth error) as one JSON object.
fn write_crate(dir: &Path, imported: &[(String, Imported)]) {
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"import-round-trip\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\ncloudfront-dsl = {{ path = {:?} }}\n\n[workspace]\n",
            workspace().join("cloudfront-dsl").display().to_string(),
        ),
    )
    .unwrap();
    fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let mut main = String::new();
    for (name, _) in imported {
        main.push_str(&format!("mod {};\n", module_name(name)));
    }
    main.push_str("\nfn main() {\n    let mut out = cloudfront_dsl::serde_json::Map::new();\n");
    for (name, _) in imported {
        main.push_str(&format!(
            "    out.insert({name:?}.to_owned(), template({}::stack()));\n",
            module_name(name)
        ));
    }
    main.push_str(
        "    println!(\"{}\", cloudfront_dsl::serde_json::Value::Object(out));\n}\n\n\
         fn template(stack: cloudfront_dsl::Stack) -> cloudfront_dsl::serde_json::Value {\n\
         \x20   match stack.synth() {\n\
         \x20       Ok(t) => cloudfront_dsl::serde_json::from_str(&t.to_json_pretty()).unwrap(),\n\
         \x20       Err(e) => cloudfront_dsl::serde_json::json!({ \"synth error\": e.to_string() }),\n\
         \x20   }\n}\n",
    );
    fs::write(dir.join("src/main.rs"), main).unwrap();
    for (name, i) in imported {
        fs::write(
            dir.join("src").join(format!("{}.rs", module_name(name))),
            &i.source,
        )
        .unwrap();
    }
}

/// The UI case of a rejected golden is its imported source, current (`TRYBUILD=overwrite`
/// rewrites it, as it rewrites the `.stderr` files).
fn rejected_source_is_the_ui_case(name: &str, source: &str) {
    let (_, case) = REJECTED.iter().find(|(n, _)| *n == name).unwrap();
    let path = workspace().join(case);
    let expected = format!("{source}{UI_MAIN}");
    if std::env::var("TRYBUILD").as_deref() == Ok("overwrite") {
        fs::write(&path, &expected).unwrap();
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        committed, expected,
        "{case} is not the imported source of {name} (regenerate with TRYBUILD=overwrite)"
    );
}

#[test]
fn every_golden_imports_to_source_that_synthesizes_it_back() {
    let mut imported = Vec::new();
    let mut refused = Vec::new();
    for (name, template) in goldens() {
        match import::import(&template, &Options::default()) {
            Ok(i) if REJECTED.iter().any(|(n, _)| *n == name) => {
                rejected_source_is_the_ui_case(&name, &i.source)
            }
            Ok(i) => imported.push((name, i)),
            Err(Error::Section(section)) => refused.push((name, section)),
            Err(e) => panic!("{name}: {e}"),
        }
    }
    let expected_refused: Vec<(String, String)> = REFUSED
        .iter()
        .map(|(n, s)| ((*n).to_owned(), (*s).to_owned()))
        .collect();
    assert_eq!(refused, expected_refused, "goldens refused for a section");

    let dir = workspace().join("target/import-round-trip");
    write_crate(&dir, &imported);

    // What rustfmt writes: the generated files are left as they are by it.
    let files: Vec<PathBuf> = imported
        .iter()
        .map(|(n, _)| dir.join("src").join(format!("{}.rs", module_name(n))))
        .collect();
    let fmt = Command::new("rustfmt")
        .args(["--edition", "2024", "--check"])
        .args(&files)
        .output()
        .expect("rustfmt runs (the CI's format check needs it too)");
    assert!(
        fmt.status.success(),
        "generated sources are not formatted as rustfmt would:\n{}",
        String::from_utf8_lossy(&fmt.stdout)
    );

    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline"])
        .current_dir(&dir)
        .env(
            "CARGO_TARGET_DIR",
            workspace().join("target/build-script-tests"),
        )
        .env_remove("CLOUDFRONT_DSL_CHECK")
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "the generated sources do not build or run:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let synthesized: BTreeMap<String, Value> = serde_json::from_slice(&out.stdout).unwrap();

    let goldens: BTreeMap<String, Value> = goldens().into_iter().collect();
    let coverage: BTreeMap<&str, usize> = COVERAGE.iter().copied().collect();
    let mut failures = Vec::new();
    let mut report = String::from("golden: equal, constructs / resources (carried over)\n");
    for (name, i) in &imported {
        let equal = synthesized.get(name) == goldens.get(name);
        let total = i.constructs.len() + i.carried.len();
        report.push_str(&format!(
            "{name}: {}, {} / {total} ({})\n",
            if equal { "equal" } else { "DIFFERENT" },
            i.constructs.len(),
            i.carried.len()
        ));
        if !equal {
            failures.push(format!(
                "{name}: the imported source synthesizes\n{}\nnot the golden\n{}",
                serde_json::to_string_pretty(&synthesized.get(name)).unwrap(),
                i.source
            ));
        }
        let floor = coverage.get(name.as_str()).copied().unwrap_or(0);
        if i.constructs.len() < floor {
            failures.push(format!(
                "{name}: {} resources became constructs, fewer than the {floor} it reached before; carried over: {:#?}",
                i.constructs.len(),
                i.carried
            ));
        }
    }
    println!("{report}");
    assert!(failures.is_empty(), "{report}\n{}", failures.join("\n\n"));
}
