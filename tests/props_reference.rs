//! `cloudfront-dsl/PROPS.md`, the props reference, is generated from the schema the macros
//! parse with (every macro's props, the blocks nested in them, every enum's constants and
//! factories) and the doc comments of the declarations that define that schema, and the rule
//! catalog: rewritten when stale, or (with `CLOUDFRONT_DSL_CHECK` set, as in CI) a failure with
//! the diff.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use cloudfront_dsl::Rule;
use cloudfront_dsl::build::CHECK_ENV;
use cloudfront_dsl::output::{unified_diff, write_if_changed};
use cloudfront_dsl::schema::{self, EnumSchema, Kind, ObjectSchema};
use cloudfront_dsl_macros_core::{MACROS, props_schema};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The model's sources, in a stable order.
fn model_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("cloudfront-model/src"), &mut out);
    out
}

/// The doc comment of a prop of the props struct `strukt` (the Rust name).
fn doc_of<'a>(
    docs: &'a BTreeMap<(String, String), String>,
    strukt: &str,
    prop: &str,
) -> Option<&'a str> {
    docs.get(&(strukt.to_owned(), prop.to_owned()))
        .or_else(|| docs.get(&("$name".to_owned(), prop.to_owned())))
        .map(String::as_str)
}

/// The doc comment of each prop of each `props!` declaration, by struct and prop name: the
/// declarations' format is fixed (`/// doc` lines, then `name: conv(Type) ...`), and the
/// schema says which props exist, so a prop without a doc here is one without a doc comment.
fn prop_docs(sources: &[(PathBuf, String)]) -> BTreeMap<(String, String), String> {
    let mut docs = BTreeMap::new();
    for (_, text) in sources {
        let mut strukt: Option<String> = None;
        let mut doc = Vec::new();
        for line in text.lines() {
            let t = line.trim();
            if let Some(rest) = t.strip_prefix("pub struct ") {
                // `$name` in a macro that declares several props structs from one list.
                strukt = rest
                    .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
                    .next()
                    .map(str::to_owned);
                doc.clear();
                continue;
            }
            if let Some(d) = t.strip_prefix("///") {
                doc.push(d.trim().to_owned());
                continue;
            }
            if t.starts_with("#[") {
                continue;
            }
            if let (Some(s), Some((name, rest))) = (&strukt, t.split_once(':')) {
                let name = name.trim().trim_start_matches("r#");
                let conv = rest.trim_start();
                let is_prop = ["into(", "exact(", "list(", "map("]
                    .iter()
                    .any(|c| conv.starts_with(c));
                if is_prop
                    && name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                {
                    docs.insert((s.clone(), name.to_owned()), doc.join(" "));
                }
            }
            doc.clear();
        }
    }
    docs
}

/// Each rule's doc comment in the catalog, by code.
fn rule_docs(sources: &[(PathBuf, String)]) -> BTreeMap<String, String> {
    let (_, catalog) = sources
        .iter()
        .find(|(p, _)| p.ends_with("rules/catalog.rs"))
        .expect("the rule catalog");
    let mut docs = BTreeMap::new();
    let mut doc = Vec::new();
    for line in catalog.lines() {
        let t = line.trim();
        if let Some(d) = t.strip_prefix("///") {
            doc.push(d.trim().to_owned());
        } else if let Some((_, code)) = t.split_once(" = \"") {
            docs.insert(code.trim_end_matches("\",").to_owned(), doc.join(" "));
            doc.clear();
        } else {
            doc.clear();
        }
    }
    docs
}

/// A GitHub-style anchor for a heading.
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '_' | '-' => Some(c),
            ' ' => Some('-'),
            _ => None,
        })
        .collect()
}

/// What a value of `kind` is written as, in the DSL's own syntax.
fn takes(kind: &'static Kind) -> String {
    match kind.resolve() {
        Kind::Str | Kind::Expr => "`\"...\"`".into(),
        Kind::Text(_) => "`\"...\"` or `file(\"path\")`".into(),
        Kind::File(_) => "`\"path\"` (read at compile time)".into(),
        Kind::Bool => "`true` or `false`".into(),
        Kind::Int(ty) => format!("an integer (`{ty}`)"),
        Kind::Float => "a number".into(),
        Kind::Enum(e) => format!("[`{}`](#{})", e.name, anchor(e.name)),
        Kind::Object(o) => format!("`{{ ... }}`: [{}](#{})", o.name, anchor(o.name)),
        Kind::List(item) => format!("`[ ... ]` of {}", takes(item)),
        Kind::Map(item) => format!("`{{ \"key\": ... }}` of {}", takes(item)),
        Kind::Handle(h) => format!("a `{}` (a Rust value)", h.rsplit("::").next().unwrap_or(h)),
        Kind::Stack => "the stack".into(),
        Kind::Lazy(_) => unreachable!("resolved"),
    }
}

/// The objects and enums a value of `kind` may hold, in the order first met.
fn visit(
    kind: &'static Kind,
    objects: &mut Vec<&'static ObjectSchema>,
    enums: &mut Vec<&'static EnumSchema>,
) {
    match kind.resolve() {
        Kind::Object(o) => visit_object(o, objects, enums),
        Kind::List(item) | Kind::Map(item) => visit(item, objects, enums),
        Kind::Enum(e) => {
            if enums.iter().any(|x| x.name == e.name && x.rust == e.rust) {
                return;
            }
            enums.push(e);
            for f in e.factories {
                for p in f.params {
                    visit(p.kind, objects, enums);
                }
            }
        }
        _ => {}
    }
}

fn visit_object(
    o: &'static ObjectSchema,
    objects: &mut Vec<&'static ObjectSchema>,
    enums: &mut Vec<&'static EnumSchema>,
) {
    if objects.iter().any(|x| x.name == o.name) {
        return;
    }
    objects.push(o);
    for p in o.props {
        visit(p.kind, objects, enums);
    }
}

/// The CDK's (TypeScript) name of a prop.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The default a prop's doc comment states (`default \`X\``), if it states one.
fn default_of(doc: &str) -> Option<&str> {
    let at = doc.find("default `")? + "default `".len();
    let len = doc[at..].find('`')?;
    Some(&doc[at..at + len])
}

fn cell(text: &str) -> String {
    text.replace('|', "/")
}

fn props_table(o: &ObjectSchema, docs: &BTreeMap<(String, String), String>, out: &mut String) {
    out.push_str(
        "| prop | takes | required | default | CDK name | CloudFormation | description |\n",
    );
    out.push_str("| --- | --- | --- | --- | --- | --- | --- |\n");
    let strukt = o.rust.rsplit("::").next().unwrap_or(o.name);
    for p in o.props {
        let doc = doc_of(docs, strukt, p.name).unwrap_or("");
        let aliases: Vec<String> = p.aliases.iter().map(|a| format!("`{a}`")).collect();
        writeln!(
            out,
            "| `{}` | {} | {} | {} | `{}` | {} | {} |",
            p.name,
            takes(p.kind),
            if p.required { "yes" } else { "" },
            default_of(doc).map_or(String::new(), |d| format!("`{d}`")),
            camel(p.name),
            aliases.join(", "),
            cell(doc),
        )
        .unwrap();
    }
}

/// The reference, as the generator prints it.
fn reference() -> String {
    let sources = model_sources();
    let docs = prop_docs(&sources);
    let mut objects = Vec::new();
    let mut enums = Vec::new();
    let mut out = String::new();
    out.push_str(
        "# Props reference\n\n\
         Generated from the schema the macros parse with (`cargo test -p cloudfront-dsl-tests \
         --test props_reference` rewrites it; CI fails when it is stale). Each macro takes \
         `name!(stack, \"id\", { prop: value, ... })` (inside `stack!`, without the stack); a \
         value is written as the \"takes\" column says, or as any Rust expression of its type, \
         which `synth()` checks. Props keep the CDK's Python names; the CDK's TypeScript names \
         and the CloudFormation names are accepted spellings that the compiler corrects. The \
         rules (by code, as every error message ends) are listed at the end.\n\n\
         A value written by a type's name (a constant or a factory, as in the \
         \"Constants and factories\" section) can be defined outside the macros with \
         `value!(...)`, in the same syntax and with the same rules on its literals: \
         `let web = value!(origins::HttpOrigin(\"www.example.com\", { origin_id: \"web\" }));`. \
         Written as plain Rust, without `value!`, the props block `{ ... }` is a Rust block: \
         rustc reports syntax errors, and leaving the block out compiles without the props.\n\n\
         ## Macros\n\n",
    );
    for m in MACROS {
        let Some(o) = props_schema(m.name) else {
            continue;
        };
        writeln!(out, "### `{}!`\n", m.name).unwrap();
        props_table(o, &docs, &mut out);
        out.push('\n');
        for p in o.props {
            visit(p.kind, &mut objects, &mut enums);
        }
    }
    let roots: BTreeSet<&str> = MACROS
        .iter()
        .filter_map(|m| props_schema(m.name))
        .map(|o| o.name)
        .collect();
    out.push_str(
        "## Blocks\n\nThe `{ ... }` blocks the props above hold, and the props of factories.\n\n",
    );
    let mut i = 0;
    while i < objects.len() {
        let o = objects[i];
        i += 1;
        if roots.contains(o.name) {
            continue;
        }
        writeln!(out, "### {}\n", o.name).unwrap();
        props_table(o, &docs, &mut out);
        out.push('\n');
    }
    // Every enum of the schema, the ones no prop names directly included.
    for e in schema::enums() {
        visit(
            &*Box::leak(Box::new(Kind::Enum(e))),
            &mut objects,
            &mut enums,
        );
    }
    out.push_str("## Constants and factories\n\n");
    let mut seen = BTreeSet::new();
    for e in &enums {
        if !seen.insert(e.name) {
            continue;
        }
        writeln!(out, "### {}\n", e.name).unwrap();
        writeln!(out, "`{}` in Rust.\n", e.rust).unwrap();
        for c in e.consts {
            writeln!(out, "- `{}::{c}`", e.name).unwrap();
        }
        for f in e.factories {
            let params: Vec<String> = f
                .params
                .iter()
                .map(|p| {
                    let how = if p.variadic {
                        ", ..."
                    } else if p.optional {
                        " (optional)"
                    } else {
                        ""
                    };
                    format!("`{}`: {}{how}", p.name, takes(p.kind))
                })
                .collect();
            if params.is_empty() {
                writeln!(out, "- `{}::{}()`", e.name, f.name).unwrap();
            } else {
                writeln!(
                    out,
                    "- `{}::{}(...)`: {}",
                    e.name,
                    f.name,
                    params.join("; ")
                )
                .unwrap();
            }
        }
        out.push('\n');
    }
    out.push_str("## Rules\n\n| code | severity | what it refuses |\n| --- | --- | --- |\n");
    let rule_docs = rule_docs(&sources);
    for rule in Rule::ALL {
        let doc = rule_docs.get(rule.code()).map_or("", String::as_str);
        writeln!(
            out,
            "| `{}` | {:?} | {} |",
            rule.code(),
            rule.severity(),
            cell(doc)
        )
        .unwrap();
    }
    out
}

#[test]
fn the_props_reference_is_current() {
    let path = root().join("cloudfront-dsl/PROPS.md");
    let generated = reference();
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current == generated {
        return;
    }
    let checking =
        std::env::var(CHECK_ENV).is_ok_and(|v| !v.is_empty() && v != "0" && v != "false");
    assert!(
        !checking,
        "cloudfront-dsl/PROPS.md is stale; run `cargo test -p cloudfront-dsl-tests --test props_reference` without {CHECK_ENV}\n{}",
        unified_diff(
            &current,
            &generated,
            "PROPS.md (committed)",
            "PROPS.md (generated)"
        )
    );
    write_if_changed(&path, &generated).unwrap();
}

#[test]
fn every_prop_of_every_macro_has_its_doc() {
    let docs = prop_docs(&model_sources());
    let mut undocumented = Vec::new();
    for m in MACROS {
        let Some(o) = props_schema(m.name) else {
            continue;
        };
        let strukt = o.rust.rsplit("::").next().unwrap_or(o.name);
        for p in o.props {
            if doc_of(&docs, strukt, p.name).is_none_or(str::is_empty) {
                undocumented.push(format!("{}!: {}", m.name, p.name));
            }
        }
    }
    assert!(
        undocumented.is_empty(),
        "props without a doc comment: {undocumented:?}"
    );
}
