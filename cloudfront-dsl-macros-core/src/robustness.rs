//! The macro never panics: whatever the tokens, it answers with code or with errors.

use std::str::FromStr;

use proc_macro2::TokenStream;
use proptest::prelude::*;

use crate::construct::expand;
use crate::macros::{DISTRIBUTION, EDGE_FUNCTION, FUNCTION, LAMBDA_FUNCTION, WEB_DISTRIBUTION};

/// Valid invocations, the seeds of truncations and mutations.
const SEEDS: &[&str] = &[
    r#"stack, "myDist", { default_behavior: { origin: origins::S3Origin(bucket) } }"#,
    r#"&mut stack, "myDist", {
        #![quotas(origin_response_timeout = 180)]
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", {
                http_port: 8080,
                read_timeout: Duration::seconds(30),
                custom_headers: { "X-Origin-Verify": secret },
                origin_ssl_protocols: [OriginSslPolicy::TLS_V1_2],
            }),
            viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
        },
        additional_behaviors: { "/images/*": { origin: shared.clone() } },
        error_responses: [{ http_status: 404, response_http_status: 200, response_page_path: "/index.html" }],
        geo_restriction: GeoRestriction::allowlist("US", "GB"),
        web_acl_id: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/a/b",
    }"#,
    r#"stack, "quoted", { "r#comment": "x", "default_behavior": { "origin": origins::HttpOrigin("a") } }"#,
    r#"stack, "wrong", { comment = 42, enabled: "yes", default_behavior: { origin: "a" } }"#,
];

/// Valid web distribution invocations, whose truncations and mutations must not panic either.
const WEB_SEEDS: &[&str] = &[
    r#"stack, "MyDistribution", {
        origin_configs: [{
            s3_origin_source: { s3_bucket_source: bucket, origin_path: "/", origin_headers: { "h": "1" } },
            failover_s3_origin_source: { s3_bucket_source: fallback },
            failover_criteria_status_codes: [FailoverStatusCode::INTERNAL_SERVER_ERROR],
            behaviors: [{ is_default_behavior: true, forwarded_values: { query_string: true, cookies: { forward: "all" } } }],
        }, {
            custom_origin_source: { domain_name: "api.example.com", origin_read_timeout: Duration::seconds(30) },
            connection_attempts: 2,
            behaviors: [{ path_pattern: "/api/*", allowed_methods: CloudFrontAllowedMethods::ALL }],
        }],
        viewer_certificate: ViewerCertificate::from_acm_certificate(cert, { aliases: ["www.example.com"], ssl_method: SSLMethod::SNI }),
        geo_restriction: GeoRestriction::allowlist("US", "GB"),
        logging_config: { prefix: "cdn/" },
    }"#,
    r#"stack, "d", { origin_configs: [{ custom_origin_source: { domain_name: "a.example.com" }, behaviors: [{ is_default_behavior: true }] }], viewer_certificate: ViewerCertificate::from_cloud_front_default_certificate() }"#,
];

/// Closes the delimiters `s` leaves open (strings and chars are left alone by the callers,
/// whose inputs that fail to tokenize are skipped).
fn balanced(s: &str) -> String {
    let mut open = Vec::new();
    let mut in_string = false;
    for c in s.chars() {
        match c {
            '"' => in_string = !in_string,
            '(' | '[' | '{' if !in_string => open.push(c),
            ')' | ']' | '}' if !in_string => {
                open.pop();
            }
            _ => {}
        }
    }
    let mut out = s.to_owned();
    if in_string {
        out.push('"');
    }
    for c in open.iter().rev() {
        out.push(match c {
            '(' => ')',
            '[' => ']',
            _ => '}',
        });
    }
    out
}

fn expand_str(s: &str) -> Option<TokenStream> {
    let tokens = TokenStream::from_str(&balanced(s)).ok()?;
    Some(expand(&DISTRIBUTION, tokens))
}

/// A function whose code the truncations cut anywhere, the JavaScript parser included.
const FUNCTION_SEED: &str = r#"stack, "Rewrite", {
    code: FunctionCode::from_inline("import cf from 'cloudfront';\nasync function handler(event) {\n  const r = event.request;\n  if (r.uri.endsWith('/')) { r.uri += `index.html`; }\n  return await Promise.resolve(r);\n}"),
    runtime: FunctionRuntime::JS_2_0,
    key_value_store: store,
    comment: "rewrites",
}"#;

#[test]
fn every_truncation_of_a_function_expands_without_panicking() {
    for (i, _) in FUNCTION_SEED.char_indices() {
        if let Ok(tokens) = TokenStream::from_str(&balanced(&FUNCTION_SEED[..i])) {
            let _ = expand(&FUNCTION, tokens);
        }
    }
    let whole = expand(&FUNCTION, TokenStream::from_str(FUNCTION_SEED).unwrap()).to_string();
    assert!(!whole.contains("compile_error"), "{whole}");
}

/// A distribution whose edge function is written in its association, and the functions'
/// own invocations: truncations cut the nested invocation anywhere too.
const LAMBDA_SEEDS: &[(&str, &str)] = &[
    (
        "distribution",
        r#"stack, "myDist", { default_behavior: { origin: origins::HttpOrigin("a.example.com"), edge_lambdas: [{
            function_version: edge_function!(stack, "F", { runtime: Runtime::NODEJS_22_X, handler: "index.handler", code: lambda::Code::from_inline("x"), memory_size: 128 }).current_version(),
            event_type: LambdaEdgeEventType::VIEWER_REQUEST,
        }, { function_version: lambda::Version::from_version_arn(stack, "V", "arn:aws:lambda:us-east-1:123456789012:function:f:1"), event_type: LambdaEdgeEventType::ORIGIN_REQUEST, include_body: true }] } }"#,
    ),
    (
        "lambda_function",
        r#"stack, "F", { runtime: Runtime::NODEJS_22_X, handler: "index.handler", code: lambda::Code::from_asset("dir"),
            environment: { "A1": "x" }, timeout: Duration::seconds(3), layers: [lambda::LayerVersion::from_layer_version_arn(stack, "L", "arn:aws:lambda:us-east-1:123456789012:layer:l:1")],
            current_version_options: { provisioned_concurrent_executions: 1 } }"#,
    ),
    (
        "edge_function",
        r#"stack, "F", { runtime: Runtime::NODEJS_22_X, handler: "index.handler", code: lambda::Code::from_bucket(bucket, "code.zip"), stack_id: "edge" }"#,
    ),
];

#[test]
fn lambda_truncations_expand_without_panicking() {
    for (name, seed) in LAMBDA_SEEDS {
        let def = match *name {
            "distribution" => &DISTRIBUTION,
            "lambda_function" => &LAMBDA_FUNCTION,
            _ => &EDGE_FUNCTION,
        };
        let whole = expand(def, TokenStream::from_str(seed).unwrap()).to_string();
        assert!(!whole.contains("compile_error"), "{name}: {whole}");
        for (i, _) in seed.char_indices() {
            if let Ok(tokens) = TokenStream::from_str(&balanced(&seed[..i])) {
                let _ = expand(def, tokens);
            }
        }
    }
}

#[test]
fn every_truncation_expands_without_panicking() {
    for seed in SEEDS {
        for (i, _) in seed.char_indices() {
            let _ = expand_str(&seed[..i]);
        }
    }
}

#[test]
fn web_distribution_truncations_expand_without_panicking() {
    for seed in WEB_SEEDS {
        let out = expand(&WEB_DISTRIBUTION, TokenStream::from_str(seed).unwrap()).to_string();
        assert!(!out.contains("compile_error"), "{out}");
        for (i, _) in seed.char_indices() {
            if let Ok(tokens) = TokenStream::from_str(&balanced(&seed[..i])) {
                let _ = expand(&WEB_DISTRIBUTION, tokens);
            }
        }
    }
}

#[test]
fn valid_seeds_expand_to_code_and_truncated_ones_to_errors() {
    for seed in &SEEDS[..2] {
        let out = expand_str(seed).unwrap().to_string();
        assert!(!out.contains("compile_error"), "{out}");
    }
    for seed in &SEEDS[2..] {
        let out = expand_str(seed).unwrap().to_string();
        assert!(out.contains("compile_error"), "{out}");
    }
    let cut = expand_str(&SEEDS[0][..40]).unwrap().to_string();
    assert!(cut.contains("compile_error"), "{cut}");
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Deleting, doubling or swapping words of a valid invocation never makes it panic.
    #[test]
    fn mutations_expand_without_panicking(seed in 0..SEEDS.len(), op in 0..3u8, at in any::<prop::sample::Index>(), junk in "[a-z:{}\\[\\](),\"=#!0-9-]{0,6}") {
        let mut w: Vec<String> = words(SEEDS[seed]).into_iter().map(str::to_owned).collect();
        let i = at.index(w.len());
        match op {
            0 => { w.remove(i); }
            1 => { let x = w[i].clone(); w.insert(i, x); }
            _ => { w.insert(i, junk); }
        }
        if let Some(out) = expand_str(&w.join(" ")) {
            // Code generation never sees an invalid value: it is reported instead.
            let out = out.to_string();
            prop_assert!(!out.contains("an invalid value reached code generation"), "{}", out);
        }
    }
}

/// The repository's root, where the corpus is read.
fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Every example, test and doc invocation is a seed, and every macro has some.
#[test]
fn the_corpus_holds_every_macro_and_every_example() {
    let seeds = crate::fuzz::corpus(&root());
    assert!(
        crate::fuzz::uncovered(&seeds).is_empty(),
        "{:?}",
        crate::fuzz::uncovered(&seeds)
    );
    for entry in std::fs::read_dir(root().join("examples")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".rs") || name == "lib.rs" || name == "import_distribution.rs" {
            continue;
        }
        let file = std::path::Path::new("examples").join(&name);
        assert!(
            seeds.iter().any(|s| s.file == file),
            "no invocation found in {name}"
        );
    }
    assert!(seeds.iter().any(|s| s.file.ends_with("README.md")));
    assert!(
        seeds
            .iter()
            .any(|s| s.range.is_none() && s.file.starts_with("cloudfront-dsl"))
    );
}

/// The bounded campaign of every `cargo test`: mutations of the whole corpus, none of which
/// panics or takes long (a generous bound, against a hang or a blow-up, not a speed target).
#[test]
fn fuzz_campaign() {
    let seeds = crate::fuzz::corpus(&root());
    let cases = env_number("CLOUDFRONT_DSL_FUZZ_CASES", 2_000) as usize;
    let seed = env_number("CLOUDFRONT_DSL_FUZZ_SEED", 15);
    let run = crate::fuzz::campaign(&seeds, cases, seed, crate::fuzz::Mutation::ALL, &root());
    let figures = crate::fuzz::Figures::of(&run);
    println!("fuzz campaign (seed {seed}): {figures}");
    let panics: Vec<String> = run
        .iter()
        .filter_map(|c| match &c.expansion {
            crate::fuzz::Expansion::Panic(m) => Some(format!(
                "{}!({}) [{:?}]: {m}",
                c.macro_name,
                c.input.chars().take(300).collect::<String>(),
                c.origin
            )),
            _ => None,
        })
        .collect();
    assert!(
        panics.is_empty(),
        "{} panics:\n{}",
        panics.len(),
        panics.join("\n")
    );
    let bound = std::time::Duration::from_secs(5);
    let slow: Vec<String> = run
        .iter()
        .filter(|c| c.took > bound)
        .map(|c| format!("{:?} {}!: {:?}", c.took, c.macro_name, c.origin))
        .collect();
    assert!(
        slow.is_empty(),
        "expansions over {bound:?}:\n{}",
        slow.join("\n")
    );
}

#[test]
#[ignore]
fn corpus_stats() {
    let seeds = crate::fuzz::corpus(&root());
    let mut by: std::collections::BTreeMap<&str, usize> = Default::default();
    for s in &seeds {
        *by.entry(s.macro_name).or_default() += 1;
    }
    println!(
        "{} seeds ({} in compiled code): {by:?}",
        seeds.len(),
        seeds.iter().filter(|s| s.range.is_some()).count()
    );
}
