//! The fuzz harness's compile step: mutations of the invocations in the examples and the UI pass
//! cases, each put back in its file, compiled with rustc. An expansion is either the DSL's own
//! error or code that compiles: a rustc error on an invocation the macro expanded (a type error,
//! type annotations needed, an unresolved name in the generated code) is a defect.
//!
//! Only mutations that stay within the DSL's grammar are sampled (every Rust expression in them is
//! one the file wrote at that place), so every rustc error counts. By default the sample is of
//! mutations the macro expands to code (told in process); with
//! `CLOUDFRONT_DSL_FUZZ_UNFILTERED=1` every sampled mutation is compiled and the diagnostics
//! alone tell the DSL's errors from rustc's, which measures another checkout
//! (`CLOUDFRONT_DSL_FUZZ_AGAINST=/path/to/checkout`) by the same harness.
//! `CLOUDFRONT_DSL_FUZZ_RUSTC_CASES` and `CLOUDFRONT_DSL_FUZZ_SEED` set the sample.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use cloudfront_dsl_macros_core::find;
use cloudfront_dsl_macros_core::fuzz::{self, Expansion, Mutation, Rng, Seed};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Whether the file compiles as a module of a crate that depends on `cloudfront-dsl` alone.
fn is_context(file: &Path) -> bool {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let in_examples = file.parent() == Some(Path::new("examples")) && name != "lib.rs";
    let in_pass = file.parent() == Some(Path::new("tests/ui/pass"));
    in_examples || in_pass
}

/// One mutated file of the sample.
struct Sampled {
    module: String,
    /// The file, relative to the scratch crate.
    file: PathBuf,
    seed_file: PathBuf,
    mutation: Option<Mutation>,
    macro_name: &'static str,
    input: String,
}

/// What rustc said of one module.
#[derive(Default)]
struct Verdict {
    dsl_errors: usize,
    rustc_errors: Vec<String>,
}

/// Whether an error is the DSL's own. rustc's JSON does not say which diagnostics come from a
/// `compile_error!`, but rustc's own errors have a code (`E0277`), point into a macro's
/// expansion (an error in generated code), or are among the few errors of its lexer that have
/// neither; the DSL's are the rest. A warning of the DSL made an error by a lint level is the
/// DSL's too.
fn from_compile_error(message: &Value) -> bool {
    let text = message["message"].as_str().unwrap_or_default();
    if text.contains("= note: rule `") {
        return true;
    }
    const RUSTC: &[&str] = &[
        "suffixes on",
        "invalid suffix",
        "integer literal is too large",
        "macro expansion ignores",
        "proc macro panicked",
        "internal error in `",
    ];
    // An error in an expansion is rustc's unless that expansion is a DSL macro's, written by
    // the user inside another's value (`items: [public_key!()]`), whose own errors these are.
    let foreign_expansion = message["spans"].as_array().is_some_and(|spans| {
        spans.iter().any(|s| {
            s.get("expansion")
                .filter(|e| !e.is_null())
                .is_some_and(|e| !is_dsl_macro(e["macro_decl_name"].as_str().unwrap_or("")))
        })
    });
    message["code"].is_null() && !foreign_expansion && !RUSTC.iter().any(|r| text.starts_with(r))
}

fn is_dsl_macro(decl: &str) -> bool {
    decl.strip_suffix('!')
        .is_some_and(|name| cloudfront_dsl_macros_core::find(name).is_some())
}

/// The file of the crate a span is in: for a span in a macro's expansion (of the standard
/// library's `vec!`, say), the file of the invocation it expands from.
fn file_of(span: &Value) -> PathBuf {
    let mut span = span;
    loop {
        let name = span["file_name"].as_str().unwrap_or("");
        if name.starts_with("src/") {
            return PathBuf::from(name);
        }
        match span.get("expansion").filter(|e| !e.is_null()) {
            Some(e) => span = &e["span"],
            None => return PathBuf::from(name),
        }
    }
}

/// Links the data files and directories beside `dir` (relative to the root) into the
/// scratch crate's `src`, so that paths relative to a mutated file (`file("keys/public_key.pem")`,
/// `../keys/rsa2048.pem`) find what they found: the entries of `dir` and of its parent, but no
/// Rust file and no directory on the way to a mutated file (those are real directories of the
/// scratch crate, so that nothing is ever written through a link into the repository).
fn mirror(root: &Path, dir: &Path, src: &Path, case_dirs: &BTreeSet<PathBuf>) {
    let on_the_way = |p: &Path| case_dirs.iter().any(|c| c.starts_with(p));
    let mut dirs = vec![dir.to_path_buf()];
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        dirs.push(parent.to_path_buf());
    }
    for d in dirs {
        std::fs::create_dir_all(src.join(&d)).unwrap();
        for entry in std::fs::read_dir(root.join(&d)).unwrap() {
            let entry = entry.unwrap();
            let relative = d.join(entry.file_name());
            if relative.extension().is_some_and(|x| x == "rs") || on_the_way(&relative) {
                continue;
            }
            let link = src.join(&relative);
            if std::fs::symlink_metadata(&link).is_err() {
                #[cfg(unix)]
                std::os::unix::fs::symlink(entry.path(), &link).unwrap();
            }
        }
    }
}

#[test]
fn mutated_invocations_either_fail_with_the_dsls_errors_or_compile() {
    let root = root();
    let seeds: Vec<Seed> = fuzz::corpus(&root)
        .into_iter()
        .filter(|s| s.range.is_some() && is_context(&s.file))
        .collect();
    assert!(seeds.len() > 100, "{} seeds", seeds.len());
    let wanted = env_number("CLOUDFRONT_DSL_FUZZ_RUSTC_CASES", 40) as usize;
    let rng_seed = env_number("CLOUDFRONT_DSL_FUZZ_SEED", 19);
    let unfiltered = std::env::var("CLOUDFRONT_DSL_FUZZ_UNFILTERED").is_ok_and(|v| v == "1");
    let against = std::env::var_os("CLOUDFRONT_DSL_FUZZ_AGAINST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.clone());

    let scratch = root.join("target/tests/fuzz");
    let cases_dir = scratch.join("cases");
    let _ = std::fs::remove_dir_all(&cases_dir);
    std::fs::create_dir_all(cases_dir.join("src")).unwrap();

    let mut rng = Rng::new(rng_seed);
    let mut sampled: Vec<Sampled> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut attempts = 0;
    // Two seeds as they are: controls, which compile unless the harness is broken.
    let controls = [
        seeds.iter().find(|s| s.file.starts_with("examples")),
        seeds.iter().find(|s| s.file.starts_with("tests")),
    ];
    let mut picks: Vec<(&Seed, Option<Mutation>, String)> = controls
        .into_iter()
        .flatten()
        .map(|s| (s, None, s.text.clone()))
        .collect();
    while picks.len() < wanted + 2 && attempts < wanted * 400 {
        attempts += 1;
        let seed = rng.pick(&seeds);
        let mutation = *rng.pick(Mutation::IN_GRAMMAR);
        let Some(input) = fuzz::mutate(&seed.text, mutation, &mut rng) else {
            continue;
        };
        // Keep the crate small: a few huge inputs are the in-process campaign's.
        if input.len() > 20_000 || !seen.insert(input.clone()) {
            continue;
        }
        if !unfiltered {
            fuzz::set_source_dir(root.join(&seed.file).parent().map(Path::to_path_buf));
            let expanded = find(seed.macro_name)
                .and_then(|m| fuzz::expand_case(m, &input))
                .map(|(e, _)| e);
            if expanded != Some(Expansion::Code) {
                continue;
            }
        }
        picks.push((seed, Some(mutation), input));
    }
    fuzz::set_source_dir(None);

    let case_dirs: BTreeSet<PathBuf> = picks
        .iter()
        .filter_map(|(s, _, _)| s.file.parent().map(Path::to_path_buf))
        .collect();
    for dir in &case_dirs {
        mirror(&root, dir, &cases_dir.join("src"), &case_dirs);
    }
    for (i, (seed, mutation, input)) in picks.into_iter().enumerate() {
        let source = std::fs::read_to_string(root.join(&seed.file)).unwrap();
        let range = seed.range.clone().unwrap();
        let mutated = format!(
            "{}{}{}",
            &source[..range.start],
            input,
            &source[range.end..]
        )
        // A module of the scratch crate: its `main` is exported, so that it is used; a
        // file's `#![deny(warnings)]` would make the variable a removed entry no longer uses
        // an error.
        .replace("\nfn main(", "\npub fn main(")
        .replace("#![deny(warnings)]", "");
        let dir = seed.file.parent().unwrap().to_path_buf();
        let module = format!("case{i:04}");
        let file = Path::new("src").join(&dir).join(format!("{module}.rs"));
        let written = cases_dir.join(&file);
        assert!(
            std::fs::symlink_metadata(written.parent().unwrap()).is_ok_and(|m| m.is_dir()),
            "a case is written in a real directory of the scratch crate"
        );
        std::fs::write(written, mutated).unwrap();
        sampled.push(Sampled {
            module,
            file,
            seed_file: seed.file.clone(),
            mutation,
            macro_name: seed.macro_name,
            input,
        });
    }
    std::fs::write(
        cases_dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"cloudfront-dsl-fuzz-cases\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\ncloudfront-dsl = {{ path = {:?} }}\ncloudfront-dsl-tests = {{ path = {:?} }}\n\n[workspace]\n",
            against.join("cloudfront-dsl"),
            against.join("tests")
        ),
    )
    .unwrap();
    let _ = std::fs::copy(against.join("Cargo.lock"), cases_dir.join("Cargo.lock"));

    let started = Instant::now();
    // rustc may stop before type checking when a module fails to resolve a name, which would
    // hide the errors of the others: the modules without errors are checked again on their
    // own, until a check of them all passes.
    let mut verdicts: BTreeMap<PathBuf, Verdict> = BTreeMap::new();
    let mut pending: Vec<&Sampled> = sampled.iter().collect();
    let mut stderr = String::new();
    for _ in 0..4 {
        if pending.is_empty() {
            break;
        }
        let mut lib = String::from("#![allow(warnings)]\n");
        for s in &pending {
            writeln!(
                lib,
                "#[path = {:?}]\npub mod {};",
                s.file.strip_prefix("src").unwrap(),
                s.module
            )
            .unwrap();
        }
        std::fs::write(cases_dir.join("src/lib.rs"), lib).unwrap();
        let (found, success, err) = check(&cases_dir, &scratch.join("target"));
        stderr = err;
        let before = verdicts.len();
        verdicts.extend(found);
        pending.retain(|s| !verdicts.contains_key(&s.file));
        if success || verdicts.len() == before {
            break;
        }
    }
    let took = started.elapsed();

    let mut expanded = 0;
    let mut failed = Vec::new();
    let mut codes: BTreeMap<String, usize> = BTreeMap::new();
    for s in &sampled {
        let verdict = verdicts.remove(&s.file).unwrap_or_default();
        if verdict.dsl_errors > 0 {
            continue;
        }
        expanded += 1;
        if let Some(first) = verdict.rustc_errors.first() {
            let code = first
                .split_once("error[")
                .and_then(|(_, r)| r.split_once(']'))
                .map_or("no code", |(c, _)| c)
                .to_owned();
            *codes.entry(code).or_default() += 1;
            failed.push(format!(
                "{} ({}, {}, {:?}): {}!({})\n{}",
                s.module,
                s.seed_file.display(),
                s.mutation.map_or("control".into(), |m| m.to_string()),
                s.file,
                s.macro_name,
                s.input.chars().take(400).collect::<String>(),
                verdict.rustc_errors.join("\n")
            ));
        }
    }
    let stray: Vec<&PathBuf> = verdicts.keys().collect();
    let output_stderr = stderr;
    println!(
        "fuzz rustc sample (seed {rng_seed}, against {}): {} mutated invocations compiled in {:.1} s; {expanded} expanded to code, {} of them failed with rustc's errors {codes:?}",
        against.display(),
        sampled.len(),
        took.as_secs_f64(),
        failed.len()
    );
    assert!(
        stray.is_empty(),
        "errors outside the sampled files (the harness is broken): {stray:?}\n{}",
        output_stderr
    );
    if let Ok(report) = std::env::var("CLOUDFRONT_DSL_FUZZ_REPORT") {
        std::fs::write(report, failed.join("\n\n")).unwrap();
    }
    assert!(
        failed.is_empty(),
        "{} expansions failed to compile:\n\n{}",
        failed.len(),
        failed.join("\n\n")
    );
}

/// Checks the scratch crate: what rustc said of each file, whether the check passed, and
/// cargo's own errors.
fn check(dir: &Path, target: &Path) -> (BTreeMap<PathBuf, Verdict>, bool, String) {
    let output = Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet", "--message-format=json"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let mut verdicts: BTreeMap<PathBuf, Verdict> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if msg["reason"] != "compiler-message" || msg["message"]["level"] != "error" {
            continue;
        }
        let message = &msg["message"];
        let Some(primary) = message["spans"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["is_primary"] == true))
        else {
            continue;
        };
        let verdict = verdicts.entry(file_of(primary)).or_default();
        if from_compile_error(message) {
            verdict.dsl_errors += 1;
        } else {
            verdict
                .rustc_errors
                .push(message["rendered"].as_str().unwrap_or_default().to_owned());
        }
    }
    (
        verdicts,
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
