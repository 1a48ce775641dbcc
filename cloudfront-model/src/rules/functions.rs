//! Rules on CloudFront Functions, key value stores and the functions a behavior runs.
//!
//! The limits come from the CloudFront Developer Guide:
//! - "Quotas", section "Quotas on CloudFront Functions" and "Quotas on key value stores"
//!   (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html>);
//! - "Restrictions on edge functions"
//!   (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-restrictions.html>);
//! - "JavaScript runtime 1.0 features" and "JavaScript runtime 2.0 features"
//!   (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-10.html>,
//!   <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-20.html>);
//! - the API reference of `FunctionConfig` (a comment of at most 128 characters) and the
//!   CloudFormation schemas of `AWS::CloudFront::Function` and `AWS::CloudFront::KeyValueStore`
//!   (names `^[a-zA-Z0-9-_]{1,64}$`).

use crate::construct::StackRule;
use crate::distribution::DistributionState;
use crate::functions::FunctionResource;
use crate::functions::{
    CodeSource, FunctionAssociation, FunctionCode, FunctionProps, FunctionRuntime,
};
use crate::javascript::{Handler, analyze};
use crate::key_value_store::{KeyValueStoreProps, SourceKind};
use crate::path::PropPath;
use crate::rules::policy::check_name_within;
use crate::rules::{Check, Checker, Fact, Rule, check_comment, raise_quota_help};
use crate::stack::Stack;
use crate::tree::NodeRef;
use crate::violation::Violation;
use crate::web_distribution::WebDistributionState;

/// "Maximum function size: 10 KB", not adjustable (Quotas on CloudFront Functions). A KB is
/// 1,024 bytes here, as in the same page's "1 KB" value limit of key value stores, which the
/// import-format page spells 1,024.
const MAX_CODE_BYTES: usize = 10 * 1024;
/// Function and key value store names: `^[a-zA-Z0-9-_]{1,64}$` (CloudFormation schemas).
const MAX_NAME: usize = 64;
/// "Maximum number of functions that a single key value store can be associated with: 10",
/// not adjustable (Quotas on key value stores).
const MAX_FUNCTIONS_PER_STORE: usize = 10;

impl Check for FunctionProps {
    fn check(&self, cx: &mut Checker<'_>) {
        let root = PropPath::root();
        self.check_required(&root, cx);
        let runtime = match cx.fact(&root.field("runtime"), &self.runtime) {
            Fact::Known(r) => Some(*r),
            Fact::Absent => Some(self.effective_runtime()),
            Fact::Unknown => None,
        };
        if let Some(code) = &self.code {
            check_code(code, &root.field("code"), runtime, cx);
        }
        if let Some(name) = &self.function_name {
            check_name_within(name, MAX_NAME, &root.field("function_name"), cx);
        }
        check_comment(&self.comment, &root.field("comment"), cx);
        if self.key_value_store.is_some() && self.runtime == Some(FunctionRuntime::JS_1_0) {
            cx.report(
                Violation::new(
                    Rule::FunctionRuntime,
                    root.field("runtime"),
                    "a function with a key value store needs the cloudfront-js-2.0 runtime; cloudfront-js-1.0 cannot read key value stores",
                )
                .help("write `runtime: FunctionRuntime::JS_2_0`, or leave `runtime` out (a function with a store defaults to it)"),
            );
        }
    }
}

impl Check for KeyValueStoreProps {
    fn check(&self, cx: &mut Checker<'_>) {
        let root = PropPath::root();
        if let Some(name) = &self.key_value_store_name {
            check_name_within(name, MAX_NAME, &root.field("key_value_store_name"), cx);
        }
        check_comment(&self.comment, &root.field("comment"), cx);
        let source = root.field("source");
        match self.source.as_ref().map(|s| &s.0) {
            Some(SourceKind::Data(data)) => {
                let at = source.field(if data.inline { "data" } else { "path" });
                check_import_data(&data.text, &at, cx);
            }
            Some(SourceKind::Unreadable { path, error }) => cx.report(
                Violation::new(
                    Rule::KeyValueStore,
                    source.field("path"),
                    format!("cannot read the store's data from `{path}`: {error}"),
                )
                .help("the path is relative to the working directory of the program that builds the stack"),
            ),
            _ => {}
        }
    }
}

/// Checks a function's code at `path` (the `code` prop) for the runtime it runs on (`None`
/// when that is only known at run time).
fn check_code(
    code: &FunctionCode,
    path: &PropPath,
    runtime: Option<FunctionRuntime>,
    cx: &mut Checker<'_>,
) {
    let at = code.text_path(path);
    let text = match &code.source {
        CodeSource::Unreadable { path: file, error } => {
            cx.report(
                Violation::new(
                    Rule::FunctionCode,
                    at,
                    format!("cannot read the function code from `{file}`: {error}"),
                )
                .help("the path is relative to the working directory of the program that builds the stack"),
            );
            return;
        }
        CodeSource::Inline(text) | CodeSource::File { code: text, .. } => text,
    };
    if text.len() > MAX_CODE_BYTES {
        cx.report(
            Violation::new(
                Rule::FunctionCode,
                at.clone(),
                format!(
                    "the function code has {} bytes; CloudFront takes at most 10 KB ({MAX_CODE_BYTES} bytes), a quota it does not raise",
                    text.len()
                ),
            )
            .help("move data out of the code into a key value store, and minify the code"),
        );
    }
    let Some(analysis) = analyze(text) else {
        return;
    };
    // The macros point at the file's path; a file read at run time is named in the message.
    let file = code.file().filter(|f| !f.is_empty());
    let where_ = |position: &crate::javascript::Position| match file {
        Some(f) => format!("`{f}`, {}", position.describe()),
        None => position.describe(),
    };
    if let Some((problem, position)) = analysis.syntax_error {
        cx.report(
            Violation::new(
                Rule::FunctionCode,
                at,
                format!(
                    "the function code is not valid JavaScript: {problem} at {}",
                    where_(&position)
                ),
            )
            .help(
                "CloudFront does not create a function whose code does not parse; fix the syntax",
            ),
        );
        return;
    }
    if let Handler::Missing(similar) = analysis.handler {
        let (message, help) = match similar {
            Some((name, position)) => (
                format!(
                    "the function code defines no `handler` function, which CloudFront calls; did you mean `{name}`, at {}",
                    where_(&position)
                ),
                format!("rename `{name}` to `handler`"),
            ),
            None => (
                "the function code defines no `handler` function, which CloudFront calls on each event".to_owned(),
                "define it at the top level: `function handler(event) { ... }`".to_owned(),
            ),
        };
        cx.report(Violation::new(Rule::FunctionCode, at.clone(), message).help(help));
    }
    let Some(runtime) = runtime else {
        return;
    };
    for (feature, position) in analysis.features {
        let message = match (feature.is_js2_only(), runtime) {
            (true, FunctionRuntime::JS_2_0) => continue,
            (true, _) => format!(
                "this function runs on {runtime}, which has no {}; cloudfront-js-2.0 has: {}",
                feature.describe(),
                where_(&position)
            ),
            (false, _) => format!(
                "CloudFront Functions do not support {} on any runtime (this one is {runtime}): {}",
                feature.describe(),
                where_(&position)
            ),
        };
        cx.report(Violation::new(Rule::FunctionRuntime, at.clone(), message).help(feature.fix()));
    }
}

/// Checks the function associations of a behavior at `path`.
pub(crate) fn check_function_associations(
    associations: &Option<Vec<FunctionAssociation>>,
    path: &PropPath,
    cx: &mut Checker<'_>,
) {
    let Some(list) = associations else { return };
    let list_path = path.field("function_associations");
    for (i, association) in list.iter().enumerate() {
        let at = list_path.index(i);
        association.check_required(&at, cx);
        let Some(event) = association.event_type else {
            continue;
        };
        let event_path = at.field("event_type");
        if !event.is_viewer_event() {
            cx.report(
                Violation::new(
                    Rule::FunctionAssociation,
                    event_path,
                    format!("`{event}` is an origin event: CloudFront Functions run on viewer requests and viewer responses only"),
                )
                .help("run the function on `FunctionEventType::VIEWER_REQUEST` or `VIEWER_RESPONSE`, or write a Lambda@Edge function for the origin event"),
            );
            continue;
        }
        if list[..i].iter().any(|a| a.event_type == Some(event)) {
            cx.report(
                Violation::new(
                    Rule::FunctionAssociation,
                    event_path,
                    format!("the behavior already runs a function on `{event}`; CloudFront takes one function per event type of a behavior"),
                )
                .help("merge the two functions' code into one function"),
            );
        }
    }
}

/// Checks what only the stack knows of a behavior's associations: that each function is
/// published and belongs to the stack.
pub(crate) fn check_function_associations_in_stack(
    associations: &Option<Vec<FunctionAssociation>>,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let Some(list) = associations else { return };
    for (i, association) in list.iter().enumerate() {
        let Some(function) = association.function else {
            continue;
        };
        let at = path
            .field("function_associations")
            .index(i)
            .field("function");
        match function_props(stack, function.resource) {
            Lookup::Props(props) if props.auto_publish == Some(false) => cx.report(
                Violation::new(
                    Rule::FunctionAssociation,
                    at,
                    format!(
                        "function `{}` is not published (`auto_publish: false`): CloudFront associates only functions of the LIVE stage",
                        stack.construct_path(function.resource.node)
                    ),
                )
                .help("leave `auto_publish` out (it defaults to `true`), or associate the function once it is published"),
            ),
            Lookup::OtherStack => cx.report(
                Violation::new(
                    Rule::Reference,
                    at,
                    "the function belongs to another stack (or to none)",
                )
                .help("create the function in the distribution's stack, or import it with `Function::from_function_attributes`"),
            ),
            _ => {}
        }
    }
}

enum Lookup<'a> {
    Props(&'a FunctionProps),
    Imported,
    OtherStack,
}

fn function_props(stack: &Stack, node: NodeRef) -> Lookup<'_> {
    match stack.construct::<FunctionResource>(node) {
        Some(f) => Lookup::Props(&f.props),
        None if stack.known_value(node, None).is_some() => Lookup::Imported,
        None => Lookup::OtherStack,
    }
}

/// The functions a distribution's behaviors run, each once.
fn distinct_functions<'a>(
    associations: impl Iterator<Item = &'a Option<Vec<FunctionAssociation>>>,
) -> Vec<NodeRef> {
    let mut out: Vec<NodeRef> = Vec::new();
    for a in associations.flatten().flatten() {
        if let Some(f) = a.function
            && !out.contains(&f.resource)
        {
            out.push(f.resource);
        }
    }
    out
}

/// The functions the behaviors of a distribution run.
fn associated_functions(state: &DistributionState) -> Vec<NodeRef> {
    let props = state.effective_props();
    let behaviors = props
        .default_behavior
        .iter()
        .chain(props.additional_behaviors.iter().flatten().map(|(_, b)| b));
    distinct_functions(behaviors.map(|b| &b.function_associations))
}

/// The functions the behaviors of a web distribution run.
fn web_associated_functions(state: &WebDistributionState) -> Vec<NodeRef> {
    let behaviors = state
        .props
        .origin_configs
        .iter()
        .flatten()
        .flat_map(|c| c.behaviors.iter().flatten());
    distinct_functions(behaviors.map(|b| &b.function_associations))
}

/// How many distributions of the stack run each function, against the quota. Registered by
/// every function.
pub(crate) static FUNCTIONS_OF_THE_STACK: StackRule = StackRule {
    name: "distributions of the stack that run a function",
    check: check_functions_of_the_stack,
};

fn check_functions_of_the_stack(stack: &Stack, found: &mut Vec<(NodeRef, Violation)>) {
    let runs: Vec<Vec<NodeRef>> = stack
        .constructs::<DistributionState>()
        .map(|(_, state)| associated_functions(state))
        .chain(
            stack
                .constructs::<WebDistributionState>()
                .map(|(_, state)| web_associated_functions(state)),
        )
        .collect();
    let quota = stack.quotas().distributions_per_function;
    for (node, _) in stack.constructs::<FunctionResource>() {
        let distributions = runs.iter().filter(|r| r.contains(&node)).count() as u64;
        if distributions > quota {
            found.push((
                node,
                Violation::new(
                    Rule::FunctionAssociation,
                    PropPath::root(),
                    format!("{distributions} distributions of the stack run this function; CloudFront allows {quota} distributions per function (account quota)"),
                )
                .help(raise_quota_help("distributions_per_function")),
            ));
        }
    }
}

/// How many functions of the stack read each key value store. Registered by every store.
pub(crate) static STORES_OF_THE_STACK: StackRule = StackRule {
    name: "functions of the stack that read a key value store",
    check: check_stores_of_the_stack,
};

fn check_stores_of_the_stack(stack: &Stack, found: &mut Vec<(NodeRef, Violation)>) {
    let stores: Vec<NodeRef> = stack
        .constructs::<FunctionResource>()
        .filter_map(|(_, f)| f.props.key_value_store.map(|s| s.resource))
        .collect();
    for (node, _) in stack.constructs::<crate::key_value_store::KeyValueStoreResource>() {
        let functions = stores.iter().filter(|s| **s == node).count();
        if functions > MAX_FUNCTIONS_PER_STORE {
            found.push((
                node,
                Violation::new(
                    Rule::KeyValueStore,
                    PropPath::root(),
                    format!("{functions} functions of the stack read this key value store; CloudFront associates a store with at most {MAX_FUNCTIONS_PER_STORE} functions"),
                )
                .help("give some of the functions a store of their own"),
            ));
        }
    }
}

/// "Maximum size of a key in a key-value pair: 512 Bytes" (Quotas on key value stores). The
/// import-format page says 512 *characters*; the two agree for ASCII keys, and bytes are the
/// stricter reading for the others, so bytes are checked.
const MAX_KEY_BYTES: usize = 512;
/// "Maximum size of the value in a key-value pair: 1 KB" (Quotas), "1024 characters" (the
/// import-format page): 1,024 bytes, as for keys.
const MAX_VALUE_BYTES: usize = 1024;
/// "Maximum size of an individual key value store: 5 MB" (Quotas), "File size – 5 MB" (the
/// import-format page): 5 × 1,024 × 1,024 bytes, the same KB as the value limit's.
const MAX_DATA_BYTES: usize = 5 * 1024 * 1024;
/// Entry problems reported for one source before the rest are summed up.
const MAX_ENTRY_PROBLEMS: usize = 10;

/// Checks data in CloudFront's import format for key value stores,
/// `{"data":[{"key":"k","value":"v"}, ...]}`, at `path` ("File format for key-value pairs",
/// <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-create-s3-kvp.html>):
/// valid JSON of that shape, keys of at most 512 bytes, values of at most 1 KB, no key twice,
/// at most 5 MB in all.
pub(crate) fn check_import_data(text: &str, path: &PropPath, cx: &mut Checker<'_>) {
    let violation = |message: String, help: &str| {
        Violation::new(Rule::KeyValueStore, path.clone(), message).help(help.to_owned())
    };
    if text.len() > MAX_DATA_BYTES {
        cx.report(violation(
            format!(
                "the data has {} bytes; CloudFront imports at most 5 MB ({MAX_DATA_BYTES} bytes) into a key value store",
                text.len()
            ),
            "keep the store's data under 5 MB",
        ));
    }
    let format_help = "write `{\"data\": [{\"key\": \"k\", \"value\": \"v\"}, ...]}`";
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let line = text
                .lines()
                .nth(e.line().saturating_sub(1))
                .unwrap_or_default();
            let at = crate::javascript::Position {
                line: e.line(),
                column: e.column(),
                text: line.to_owned(),
            };
            let message = e.to_string();
            let what = message.split(" at line").next().unwrap_or(&message);
            cx.report(violation(
                format!("the data is not valid JSON: {what} at {}", at.describe()),
                format_help,
            ));
            return;
        }
    };
    let Some(entries) = value.get("data").and_then(serde_json::Value::as_array) else {
        cx.report(violation(
            "the data is not CloudFront's import format: it needs a `data` list of `{\"key\": ..., \"value\": ...}` entries".to_owned(),
            format_help,
        ));
        return;
    };
    let mut problems: Vec<String> = Vec::new();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, entry) in entries.iter().enumerate() {
        let n = i + 1;
        let key = entry.get("key").and_then(serde_json::Value::as_str);
        let value = entry.get("value").and_then(serde_json::Value::as_str);
        let (Some(key), Some(value)) = (key, value) else {
            problems.push(format!(
                "entry {n} is not an object with a string `key` and a string `value`"
            ));
            continue;
        };
        let shown: String = key.chars().take(40).collect();
        if key.is_empty() {
            problems.push(format!("entry {n} has an empty key"));
        } else if key.len() > MAX_KEY_BYTES {
            problems.push(format!(
                "the key of entry {n} (`{shown}...`) has {} bytes; CloudFront takes at most {MAX_KEY_BYTES}",
                key.len()
            ));
        }
        if value.len() > MAX_VALUE_BYTES {
            problems.push(format!(
                "the value of entry {n} (key `{shown}`) has {} bytes; CloudFront takes at most {MAX_VALUE_BYTES}",
                value.len()
            ));
        }
        if let Some(first) = seen.insert(key, n) {
            problems.push(format!(
                "entry {n} has the key `{shown}` of entry {first}; CloudFront rejects data with a key given twice"
            ));
        }
    }
    let more = problems.len().saturating_sub(MAX_ENTRY_PROBLEMS);
    for problem in problems.into_iter().take(MAX_ENTRY_PROBLEMS) {
        cx.report(violation(
            problem,
            "fix the entry: keys are unique, at most 512 bytes, values at most 1 KB",
        ));
    }
    if more > 0 {
        cx.report(violation(
            format!("{more} more entries have problems of the same kinds"),
            "fix the entries",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lit::Unknowns;
    use crate::quotas::Quotas;

    fn problems(text: &str) -> Vec<String> {
        let unknowns = Unknowns::none();
        let quotas = Quotas::default();
        let mut cx = Checker::new(&unknowns, &quotas);
        check_import_data(text, &PropPath::root().field("source"), &mut cx);
        cx.into_violations()
            .into_iter()
            .map(|v| v.message)
            .collect()
    }

    #[test]
    fn the_import_format_passes() {
        assert!(
            problems(r#"{"data":[{"key":"/old","value":"/new"},{"key":"k","value":""}]}"#)
                .is_empty()
        );
        assert!(problems(r#"{"data":[]}"#).is_empty());
    }

    #[test]
    fn json_errors_name_the_line_and_column() {
        let found = problems("{\"data\": [\n  {\"key\": \"a\", \"value\": \"b\"},\n]}");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with(
                "the data is not valid JSON: trailing comma at line 3, column 1:\n  3 | ]}\n    | ^"
            ),
            "{}",
            found[0]
        );
    }

    #[test]
    fn entries_are_checked_one_by_one() {
        let long_key = "k".repeat(513);
        let long_value = "v".repeat(1025);
        let text = format!(
            r#"{{"data":[{{"key":"a","value":"1"}},{{"key":"{long_key}","value":"2"}},{{"key":"b","value":"{long_value}"}},{{"key":"a","value":"3"}},{{"key":1,"value":"4"}},{{"key":"","value":"5"}}]}}"#
        );
        let found = problems(&text);
        assert_eq!(found.len(), 5, "{found:#?}");
        assert!(found[0].contains("the key of entry 2") && found[0].contains("513 bytes"));
        assert!(found[1].contains("the value of entry 3") && found[1].contains("1025 bytes"));
        assert!(found[2].contains("entry 4 has the key `a` of entry 1"));
        assert!(found[3].contains("entry 5 is not an object"));
        assert!(found[4].contains("entry 6 has an empty key"));
    }

    #[test]
    fn other_shapes_and_too_much_data_are_refused() {
        assert!(
            problems(r#"[{"key":"a","value":"b"}]"#)[0].contains("not CloudFront's import format")
        );
        let entry = format!(r#"{{"key":"k","value":"{}"}}"#, "v".repeat(1000));
        let big = format!(r#"{{"data":[{}]}}"#, vec![entry; 6000].join(","));
        let found = problems(&big);
        assert!(
            found[0].contains("CloudFront imports at most 5 MB"),
            "{}",
            found[0]
        );
        assert!(found.last().unwrap().contains("more entries have problems"));
    }
}
