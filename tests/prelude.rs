//! The prelude covers what a user writes: every name the README's snippets and the examples
//! write before `::` or call as a macro is imported here from `cloudfront_dsl::prelude` alone
//! (so this file compiles only while the prelude has it), and the test fails when a snippet or
//! an example names one that is not in this list.

use std::collections::BTreeSet;
use std::path::Path;

/// Imports each name from the prelude, and lists it.
macro_rules! covered {
    ($($name:ident),* $(,)?) => {
        #[allow(unused_imports)]
        mod imported {
            use cloudfront_dsl::prelude::{$($name),*};
        }
        const COVERED: &[&str] = &[$(stringify!($name)),*];
    };
}

covered!(
    AccessLevel,
    acm,
    apigateway,
    apigatewayv2,
    appsync,
    add_behavior,
    AllowedMethods,
    App,
    ApplicationLoadBalancer,
    BehaviorOptions,
    CfnResource,
    Distribution,
    Endpoint,
    NetworkLoadBalancer,
    OriginIpAddressType,
    OriginSelectionCriteria,
    Quotas,
    Signing,
    SSLMethod,
    TagProps,
    VpcOriginEndpoint,
    bucket,
    cache_policy,
    CacheCookieBehavior,
    CacheHeaderBehavior,
    CachePolicy,
    CacheQueryStringBehavior,
    CachedMethods,
    certificate,
    CloudFrontAllowedCachedMethods,
    CloudFrontAllowedMethods,
    distribution,
    Duration,
    ec2,
    edge_function,
    elbv2,
    experimental,
    Expr,
    FailoverStatusCode,
    function,
    function_url,
    function_url_origin_access_control,
    FunctionCode,
    FunctionEventType,
    FunctionRuntime,
    GeoRestriction,
    HeadersFrameOption,
    HeadersReferrerPolicy,
    HttpVersion,
    ImportSource,
    key_group,
    key_value_store,
    lambda,
    lambda_function,
    LambdaEdgeEventType,
    origin_request_policy,
    OriginProtocolPolicy,
    OriginRequestCookieBehavior,
    OriginRequestHeaderBehavior,
    OriginRequestPolicy,
    OriginRequestQueryStringBehavior,
    origins,
    OriginSslPolicy,
    PriceClass,
    public_key,
    realtime_log_config,
    RemovalPolicy,
    response_headers_policy,
    ResponseHeadersPolicy,
    route53,
    Runtime,
    s3,
    s3_origin_access_control,
    Scope,
    SecurityPolicyProtocol,
    Size,
    Stack,
    stack,
    Tags,
    value,
    ViewerCertificate,
    ViewerProtocolPolicy,
    vpc_origin,
    web_distribution,
);

/// Names a snippet or example writes that the prelude has no business giving: Rust's own, and
/// paths that name their crate.
const NOT_THE_PRELUDES: &[&str] = &[
    "std",
    "core",
    "alloc",
    "crate",
    "self",
    "super",
    "Self",
    "cloudfront_dsl",
    "serde_json",
    "String",
    "Vec",
    "Some",
    "None",
    "Ok",
    "Err",
    "Box",
    "Option",
    "Result",
    "PathBuf",
    "assert",
    "assert_eq",
    "assert_ne",
    "println",
    "eprintln",
    "print",
    "format",
    "vec",
    "panic",
    "matches",
    "include_str",
    "concat",
    "write",
    "writeln",
    "env",
    "unreachable",
    "debug_assert",
    "todo",
    "json",
    "Default",
    "Into",
    "From",
];

/// The Rust code of the README's snippets.
fn readme_snippets(readme: &str) -> String {
    let mut code = String::new();
    let mut inside = false;
    for line in readme.lines() {
        if let Some(info) = line.trim_start().strip_prefix("```") {
            inside = !inside && info.starts_with("rust");
            continue;
        }
        if inside {
            code.push_str(line);
            code.push('\n');
        }
    }
    code
}

/// Identifiers followed by `::` or by `!` and a delimiter, outside strings and comments, minus
/// what the code itself defines or imports by name.
fn named(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut defined = BTreeSet::new();
    let mut in_use = false;
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or("");
        let mut text = String::new();
        let mut in_str = false;
        for c in line.chars() {
            if c == '"' {
                in_str = !in_str;
                text.push(' ');
            } else if !in_str {
                text.push(c);
            }
        }
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .collect();
        for pair in words.windows(2) {
            if [
                "fn", "struct", "enum", "mod", "trait", "type", "let", "const",
            ]
            .contains(&pair[0])
            {
                defined.insert(pair[1].to_owned());
            }
        }
        // A `use` names what it imports (over as many lines as it takes): the code does not
        // rely on the prelude for those.
        if in_use || text.trim_start().starts_with("use ") {
            defined.extend(words.iter().map(|w| (*w).to_owned()));
            in_use = !text.contains(';');
            continue;
        }
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            if i > start {
                let word = &text[start..i];
                let preceded = start >= 2 && &text[start - 2..start] == "::"
                    || start >= 1 && (bytes[start - 1] == b'.' || bytes[start - 1] == b'#');
                let rest = text[i..].trim_start();
                let path = rest.starts_with("::");
                let mac =
                    rest.starts_with('!') && rest[1..].trim_start().starts_with(['(', '{', '[']);
                if !preceded && (path || mac) && !word.as_bytes()[0].is_ascii_digit() {
                    found.insert(word.to_owned());
                }
            } else {
                i += 1;
            }
        }
    }
    found
        .into_iter()
        .filter(|w| !defined.contains(w) && !NOT_THE_PRELUDES.contains(&w.as_str()))
        .collect()
}

#[test]
fn the_prelude_covers_what_the_readme_and_the_examples_write() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut sources = vec![(
        "README.md".to_owned(),
        readme_snippets(&std::fs::read_to_string(root.join("README.md")).unwrap()),
    )];
    let mut examples: Vec<_> = std::fs::read_dir(root.join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    examples.push(root.join("examples/build-script/build.rs"));
    examples.sort();
    for path in examples {
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        sources.push((name, std::fs::read_to_string(&path).unwrap()));
    }
    let covered: BTreeSet<&str> = COVERED.iter().copied().collect();
    let mut missing = Vec::new();
    let mut used = BTreeSet::new();
    for (name, code) in &sources {
        for word in named(code) {
            if !covered.contains(word.as_str()) {
                missing.push(format!("{name}: `{word}`"));
            }
            used.insert(word);
        }
    }
    assert!(
        missing.is_empty(),
        "names written with the prelude that it does not give (add them to the prelude and to \
         this test's list, or name them by their module):\n{}",
        missing.join("\n")
    );
    // The list is what the sources use, so that it cannot pass by listing nothing they need.
    assert!(
        used.len() >= 40,
        "only {} names found: {used:?}",
        used.len()
    );
}

#[test]
fn every_type_the_macros_take_constants_of_is_reachable_from_the_prelude() {
    // As the docs write it: by its own name (`HttpVersion::HTTP2`) or under its module
    // (`s3::ObjectOwnership::BUCKET_OWNER_PREFERRED`).
    let unreachable: Vec<&str> = cloudfront_dsl::schema::enums()
        .iter()
        .filter(|e| {
            let module = e.rust.split("::").next().unwrap_or("");
            let under_module = e.rust == format!("{module}::{}", e.name);
            !(COVERED.contains(&e.name) || under_module && COVERED.contains(&module))
        })
        .map(|e| e.rust)
        .collect();
    assert!(
        unreachable.is_empty(),
        "not reachable from the prelude: {unreachable:?}"
    );
}

#[test]
fn names_are_found_in_code_only() {
    let code = "use cloudfront_dsl::prelude::*;\nfn helper() {}\n// Ignored::X\nlet a = \"Quoted::X\";\nlet b = s3::ObjectOwnership::BUCKET_OWNER_PREFERRED;\nhelper::x(); distribution!(stack, {});\nx.method::<T>();";
    let found: Vec<String> = named(code).into_iter().collect();
    assert_eq!(found, ["distribution", "s3"]);
}
