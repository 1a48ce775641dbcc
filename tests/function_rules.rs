//! The rules on CloudFront Functions and key value stores, run by `synth()`: on values the
//! macros could not see, on the builder API, and across constructs of a stack (which only
//! `synth()` sees: whether an associated function is published, how many functions read a
//! store, the per-account quotas).

use cloudfront_dsl::build::Templates;
use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_dsl::functions::{FunctionAttributes, FunctionProps};
use cloudfront_dsl::key_value_store::KeyValueStoreProps;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::{Rule, SynthError};
use cloudfront_dsl_tests::{
    assert_json_eq, fixtures, golden, golden_text, lint_stacks, synth_text,
};

const HANDLER: &str = "function handler(event) { return event.request; }";

fn errors(stack: &Stack) -> SynthError {
    match stack.synth() {
        Ok(t) => panic!("expected errors, got {}", t.to_json_pretty()),
        Err(e) => e,
    }
}

fn paths(e: &SynthError) -> Vec<(Rule, String)> {
    e.errors
        .iter()
        .map(|v| (v.violation.rule, v.path()))
        .collect()
}

fn code(text: &str) -> FunctionCode {
    FunctionCode::from_inline(text)
}

fn behavior_running(associations: Vec<FunctionAssociation>) -> BehaviorOptions {
    BehaviorOptions::new(origins::HttpOrigin("www.example.com")).function_associations(associations)
}

#[test]
fn builder_code_is_parsed_and_checked_for_its_runtime() {
    let mut stack = Stack::new("Builder");
    Function::new(
        &mut stack,
        "Broken",
        FunctionProps::new(code("function handler(event) { return event.request")),
    );
    Function::new(
        &mut stack,
        "Const",
        FunctionProps::new(code(
            "function handler(event) {\n  const r = event.request;\n  return r;\n}",
        )),
    );
    Function::new(
        &mut stack,
        "Big",
        FunctionProps::new(code(&format!(
            "function handler(event) {{ return event.request; }}\n//{}",
            "x".repeat(10 * 1024)
        ))),
    );
    let e = errors(&stack);
    assert_eq!(
        paths(&e),
        [
            (Rule::FunctionCode, "Broken.code.code".to_owned()),
            (Rule::FunctionRuntime, "Const.code.code".to_owned()),
            (Rule::FunctionCode, "Big.code.code".to_owned()),
        ]
    );
    let text = e.to_string();
    assert!(
        text.contains("which has no `const` declarations; cloudfront-js-2.0 has: line 2, column 3:\n  2 |   const r = event.request;\n    |   ^"),
        "{text}"
    );
}

#[test]
fn a_runtime_known_only_at_run_time_is_checked_by_synth() {
    let mut stack = Stack::new("RunTime");
    let runtime = if std::env::var_os("NEVER_SET_IN_TESTS").is_some() {
        FunctionRuntime::JS_2_0
    } else {
        FunctionRuntime::JS_1_0
    };
    function!(stack, "Lookup", {
        code: FunctionCode::from_inline("async function handler(event) { return event.request; }"),
        runtime: runtime,
    });
    assert_eq!(
        paths(&errors(&stack)),
        [(Rule::FunctionRuntime, "Lookup.code.code".to_owned())]
    );
}

#[test]
fn code_files_read_at_run_time_are_checked_and_reported_by_path() {
    let dir = std::env::temp_dir().join(format!("cloudfront-dsl-fn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("rewrite.js");
    std::fs::write(&file, "function handler(event) {\n  return eval('1');\n}\n").unwrap();
    let mut stack = Stack::new("Files");
    Function::new(
        &mut stack,
        "Eval",
        FunctionProps::new(FunctionCode::from_file(&file)).runtime(FunctionRuntime::JS_2_0),
    );
    Function::new(
        &mut stack,
        "Gone",
        FunctionProps::new(FunctionCode::from_file(dir.join("missing.js"))),
    );
    let e = errors(&stack);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        paths(&e),
        [
            (Rule::FunctionRuntime, "Eval.code.path".to_owned()),
            (Rule::FunctionCode, "Gone.code.path".to_owned()),
        ]
    );
    let text = e.to_string();
    assert!(text.contains("missing.js"), "{text}");
    assert!(
        text.contains("rewrite.js`, line 2, column 10:\n  2 |   return eval('1');"),
        "{text}"
    );
}

#[test]
fn names_comments_and_the_runtime_of_a_store_are_checked() {
    let mut stack = Stack::new("Names");
    let store = KeyValueStore::new(
        &mut stack,
        "Store",
        KeyValueStoreProps::default()
            .key_value_store_name("n".repeat(65))
            .comment("c".repeat(129)),
    );
    Function::new(
        &mut stack,
        "F",
        FunctionProps::new(code(HANDLER))
            .function_name("my function")
            .comment("c".repeat(129))
            .runtime(FunctionRuntime::JS_1_0)
            .key_value_store(store),
    );
    assert_eq!(
        paths(&errors(&stack)),
        [
            (Rule::Name, "Store.key_value_store_name".to_owned()),
            (Rule::Comment, "Store.comment".to_owned()),
            (Rule::Name, "F.function_name".to_owned()),
            (Rule::Comment, "F.comment".to_owned()),
            (Rule::FunctionRuntime, "F.runtime".to_owned()),
        ]
    );
}

#[test]
fn store_data_is_checked_by_synth() {
    let dir = std::env::temp_dir().join(format!("cloudfront-dsl-kvs-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let duplicates = dir.join("duplicates.json");
    std::fs::write(
        &duplicates,
        r#"{"data":[{"key":"k","value":"1"},{"key":"k","value":"2"}]}"#,
    )
    .unwrap();
    let mut stack = Stack::new("Data");
    let source = |data: &str| KeyValueStoreProps::default().source(ImportSource::from_inline(data));
    KeyValueStore::new(&mut stack, "Inline", source(r#"{"data":[{"key":"k"}]}"#));
    KeyValueStore::new(
        &mut stack,
        "File",
        KeyValueStoreProps::default().source(ImportSource::from_asset(&duplicates)),
    );
    KeyValueStore::new(
        &mut stack,
        "Gone",
        KeyValueStoreProps::default().source(ImportSource::from_asset(dir.join("missing.json"))),
    );
    let e = errors(&stack);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        paths(&e),
        [
            (Rule::KeyValueStore, "Inline.source.data".to_owned()),
            (Rule::KeyValueStore, "File.source.path".to_owned()),
            (Rule::KeyValueStore, "Gone.source.path".to_owned()),
        ]
    );
    let text = e.to_string();
    assert!(
        text.contains("entry 1 is not an object with a string `key` and a string `value`"),
        "{text}"
    );
    assert!(
        text.contains("entry 2 has the key `k` of entry 1"),
        "{text}"
    );
    assert!(text.contains("missing.json"), "{text}");
}

#[test]
fn associations_run_published_functions_of_the_stack_on_viewer_events() {
    let mut stack = Stack::new("Associations");
    let draft = Function::new(
        &mut stack,
        "Draft",
        FunctionProps::new(code(HANDLER)).auto_publish(false),
    );
    let live = Function::new(&mut stack, "Live", FunctionProps::new(code(HANDLER)));
    let mut other = Stack::new("Other");
    let foreign = Function::new(&mut other, "Foreign", FunctionProps::new(code(HANDLER)));
    Distribution::new(
        &mut stack,
        "myDist",
        DistributionProps::new(behavior_running(vec![
            FunctionAssociation::new(draft, FunctionEventType::VIEWER_REQUEST),
            FunctionAssociation::new(live, FunctionEventType::ORIGIN_RESPONSE),
            FunctionAssociation::new(foreign, FunctionEventType::VIEWER_RESPONSE),
        ])),
    );
    let e = errors(&stack);
    assert_eq!(
        paths(&e),
        [
            (
                Rule::FunctionAssociation,
                "myDist.default_behavior.function_associations[1].event_type".to_owned()
            ),
            (
                Rule::FunctionAssociation,
                "myDist.default_behavior.function_associations[0].function".to_owned()
            ),
            (
                Rule::Reference,
                "myDist.default_behavior.function_associations[2].function".to_owned()
            ),
        ]
    );
    assert!(
        e.to_string().contains("function `Draft` is not published"),
        "{e}"
    );
}

#[test]
fn an_unpublished_function_added_with_add_behavior_is_reported_too() {
    let mut stack = Stack::new("Added");
    let draft = function!(stack, "Draft", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
        auto_publish: false,
    });
    let dist = distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
    });
    add_behavior!(stack, dist, "/a/*", origins::HttpOrigin("www.example.com"), {
        function_associations: [{ function: draft, event_type: FunctionEventType::VIEWER_REQUEST }],
    });
    assert_eq!(
        paths(&errors(&stack)),
        [(
            Rule::FunctionAssociation,
            r#"myDist.additional_behaviors["/a/*"].function_associations[0].function"#.to_owned()
        )]
    );
}

#[test]
fn imported_functions_are_associated_by_arn() {
    let mut stack = Stack::new("Imported").with_env("123456789012", "us-east-1");
    let arn = "arn:aws:cloudfront::123456789012:function/shared-rewrite";
    let shared = Function::from_function_attributes(
        &mut stack,
        "Shared",
        FunctionAttributes {
            function_arn: arn.into(),
        },
    );
    Distribution::new(
        &mut stack,
        "myDist",
        DistributionProps::new(behavior_running(vec![FunctionAssociation::new(
            shared,
            FunctionEventType::VIEWER_REQUEST,
        )])),
    );
    let template = stack.synth().expect("valid");
    let value = template.to_value();
    assert_eq!(
        value["Resources"]["myDist9DB766F3"]["Properties"]["DistributionConfig"]["DefaultCacheBehavior"]
            ["FunctionAssociations"],
        serde_json::json!([{ "EventType": "viewer-request", "FunctionARN": arn }])
    );
    lint_stacks([&stack]);
}

#[test]
fn stack_wide_quotas_count_functions_stores_and_distributions() {
    let mut quotas = Quotas::default();
    quotas.set("functions_per_account", 1).unwrap();
    quotas.set("key_value_stores_per_account", 1).unwrap();
    quotas.set("distributions_per_function", 1).unwrap();
    let mut stack = Stack::new("Quotas").with_quotas(quotas);
    let store = KeyValueStore::new(&mut stack, "A", KeyValueStoreProps::default());
    KeyValueStore::new(&mut stack, "B", KeyValueStoreProps::default());
    let f = Function::new(&mut stack, "F", FunctionProps::new(code(HANDLER)));
    Function::new(
        &mut stack,
        "G",
        FunctionProps::new(code(HANDLER)).key_value_store(store),
    );
    for id in ["One", "Two"] {
        Distribution::new(
            &mut stack,
            id,
            DistributionProps::new(behavior_running(vec![FunctionAssociation::new(
                f,
                FunctionEventType::VIEWER_REQUEST,
            )])),
        );
    }
    let e = errors(&stack);
    assert_eq!(
        paths(&e),
        [
            (Rule::PerAccountQuota, "B".to_owned()),
            (Rule::PerAccountQuota, "G".to_owned()),
            // Rules over several constructs run after each construct's own.
            (Rule::FunctionAssociation, "F".to_owned()),
        ]
    );
    assert!(
        e.to_string()
            .contains("declare it: `#![quotas(distributions_per_function = N)]`"),
        "{e}"
    );
}

#[test]
fn a_store_is_read_by_at_most_ten_functions() {
    let build = |functions: usize| {
        let mut stack = Stack::new("Readers");
        let store = KeyValueStore::new(&mut stack, "Store", KeyValueStoreProps::default());
        for i in 0..functions {
            Function::new(
                &mut stack,
                &format!("F{i}"),
                FunctionProps::new(code(HANDLER)).key_value_store(store),
            );
        }
        stack
    };
    assert!(build(10).synth().is_ok());
    assert_eq!(
        paths(&errors(&build(11))),
        [(Rule::KeyValueStore, "Store".to_owned())]
    );
}

/// Names are generated as the CDK generates them: the region and the construct's unique id,
/// or a token for the region of an environment-agnostic stack.
#[test]
fn generated_names_follow_the_region() {
    let mut stack = Stack::new("AgnosticStack");
    function!(stack, "Fn", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
    });
    let template = stack.synth().expect("valid");
    let (_, function) = template
        .resources()
        .find(|(_, r)| r.resource_type == "AWS::CloudFront::Function")
        .expect("a function");
    let properties = &function.properties;
    let name = serde_json::json!({ "Fn::Join": ["", [{ "Ref": "AWS::Region" }, "AgnosticStackFn6525C717"]] });
    assert_eq!(properties["Name"], name);
    assert_eq!(properties["FunctionConfig"]["Comment"], name);
    assert_eq!(properties["FunctionConfig"]["Runtime"], "cloudfront-js-1.0");
}

/// Stores whose data is an object of a bucket, a file (staged as an asset) or nothing, with
/// generated names (the long one cut as the CDK cuts it), read by functions whose runtime the
/// store implies, and a store imported by ARN: the template equals the CDK's
/// (`cdk/apps/key-value-stores.js`), byte for byte, and the cloud assembly stages the file and
/// lists it in the asset manifest as the CDK does.
#[test]
fn key_value_stores_match_the_cdk() {
    let mut stack = Stack::new("KeyValueStoresStack").with_env("123456789012", "us-east-1");
    let data = s3::Bucket::new(&mut stack, "Data");
    let redirects = key_value_store!(stack, "Redirects", {
        source: ImportSource::from_bucket(data, "kvs/redirects.json"),
    });
    key_value_store!(stack, "FeatureFlagsForTheCheckoutAndTheAccountPagesOfTheStorefront", {
        source: ImportSource::from_asset("fixtures/kvs/flags.json"),
    });
    key_value_store!(stack, "Empty", {});
    let shared = KeyValueStore::from_key_value_store_arn(
        &mut stack,
        "Shared",
        "arn:aws:cloudfront::123456789012:key-value-store/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
    );
    function!(stack, "Redirect", {
        code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"),
        key_value_store: redirects,
    });
    function!(stack, "SharedReader", {
        code: FunctionCode::from_inline("import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }"),
        key_value_store: shared,
        auto_publish: false,
    });
    let text = synth_text(&stack);
    let actual: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_json_eq(&actual, &golden("key-value-stores"), "key-value-stores");
    assert_eq!(text, golden_text("key-value-stores"));
    assert_stages_data_as_the_cdk(
        &stack,
        "key-value-stores",
        &fixtures().join("kvs/flags.json"),
    );
    lint_stacks([&stack]);
}

/// The example's inline data is staged, and listed in the asset manifest, as the CDK does.
#[test]
fn inline_data_is_staged_as_the_cdk_stages_it() {
    let stack = cloudfront_dsl_examples::cloudfront_function_kvs::stacks().remove(0);
    let data = r#"{"data":[{"key":"/old","value":"/new"},{"key":"/blog","value":"https://blog.example.com/"}]}"#;
    let file = std::env::temp_dir().join(format!(
        "cloudfront-dsl-kvs-inline-{}.json",
        std::process::id()
    ));
    std::fs::write(&file, data).unwrap();
    assert_stages_data_as_the_cdk(&stack, "cloudfront-function-kvs", &file);
    std::fs::remove_file(&file).unwrap();
}

/// Writes the stack's cloud assembly and compares its asset manifest's entries with the CDK's
/// (`<golden>.assets.json`), and the staged file with `data`.
fn assert_stages_data_as_the_cdk(stack: &Stack, golden_name: &str, data: &std::path::Path) {
    let dir = std::env::temp_dir().join(format!(
        "cloudfront-dsl-kvs-{golden_name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    Templates::new(&dir).check(false).write([stack]).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{}.assets.json", stack.name()))).unwrap(),
    )
    .unwrap();
    let expected = golden(&format!("{golden_name}.assets"));
    assert_json_eq(&manifest["files"], &expected, golden_name);
    for (_, file) in expected.as_object().unwrap() {
        let staged = dir.join(file["source"]["path"].as_str().unwrap());
        assert_eq!(std::fs::read(staged).unwrap(), std::fs::read(data).unwrap());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn web_distributions_run_functions_under_the_same_rules() {
    use cloudfront_dsl::web_distribution::{
        Behavior, CustomOriginConfig, SourceConfiguration, WebDistribution, WebDistributionProps,
    };
    let mut quotas = Quotas::default();
    quotas.set("distributions_per_function", 1).unwrap();
    let mut stack = Stack::new("Web").with_quotas(quotas);
    let draft = Function::new(
        &mut stack,
        "Draft",
        FunctionProps::new(code(HANDLER)).auto_publish(false),
    );
    let live = Function::new(&mut stack, "Live", FunctionProps::new(code(HANDLER)));
    Distribution::new(
        &mut stack,
        "myDist",
        DistributionProps::new(behavior_running(vec![FunctionAssociation::new(
            live,
            FunctionEventType::VIEWER_REQUEST,
        )])),
    );
    WebDistribution::new(
        &mut stack,
        "Web",
        WebDistributionProps::new([SourceConfiguration::default()
            .custom_origin_source(CustomOriginConfig::default().domain_name("www.example.com"))
            .behaviors([Behavior::default()
                .is_default_behavior(true)
                .function_associations([
                    FunctionAssociation::new(live, FunctionEventType::VIEWER_RESPONSE),
                    FunctionAssociation::new(draft, FunctionEventType::VIEWER_REQUEST),
                    FunctionAssociation::new(live, FunctionEventType::ORIGIN_REQUEST),
                ])])]),
    );
    let e = errors(&stack);
    assert_eq!(
        paths(&e),
        [
            (
                Rule::FunctionAssociation,
                "Web.origin_configs[0].behaviors[0].function_associations[2].event_type".to_owned()
            ),
            (
                Rule::FunctionAssociation,
                "Web.origin_configs[0].behaviors[0].function_associations[1].function".to_owned()
            ),
            // One distribution of each API runs `Live`: two, over the quota of one.
            (Rule::FunctionAssociation, "Live".to_owned()),
        ]
    );
}
