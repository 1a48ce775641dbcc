//! The construct macros besides `distribution!`, `cache_policy!` and
//! `response_headers_policy!`, expanding literal invocations (hostile values included), report
//! the rules `synth()` reports of the same values given to the builder API.

use cloudfront_dsl::functions::FunctionProps;
use cloudfront_dsl::keys::{KeyGroupProps, PublicKeyProps};
use cloudfront_dsl::origin_access_control::{OriginAccessControlProps, S3OriginAccessControl};
use cloudfront_dsl::policies::OriginRequestPolicyProps;
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::realtime_log_config::RealtimeLogConfigProps;
use cloudfront_dsl::s3::{BucketAccessControl, BucketProps, ObjectOwnership};
use cloudfront_dsl::vpc_origin::{VpcOrigin, VpcOriginProps};
use cloudfront_dsl::web_distribution::{
    Behavior, CustomErrorResponse, CustomOriginConfig, SourceConfiguration, WebDistribution,
    WebDistributionProps,
};
use proptest::prelude::*;

use super::extras::{FUNCTION_CODE, HOSTILE_FUNCTION_CODE, PUBLIC_KEY};
use super::{
    ACCOUNT, COMMENTS, HEADER_NAMES, Mix, NAMES, PATHS, POLICY_HEADERS, REGION, ROOT_OBJECTS,
    agree, agreement_with, domain, lit, mixed, short,
};

/// Cases per macro: fewer than the three older agreements, as there are more of them.
const CASES: u32 = 96;

fn stack() -> Stack {
    Stack::new("Agree").with_env(ACCOUNT, REGION)
}

/// A name: the pool, hostile values, and names a little over the usual 128 and 64.
fn name() -> BoxedStrategy<Option<String>> {
    prop::option::of(prop_oneof![
        mixed(Mix::OFTEN, NAMES),
        "[A-Za-z0-9_-]{60,70}",
        "[A-Za-z_-]{125,135}",
    ])
    .boxed()
}

fn comment() -> BoxedStrategy<Option<String>> {
    prop::option::of(prop_oneof![mixed(Mix::OFTEN, COMMENTS), "[a-z ]{120,140}"]).boxed()
}

/// `prop: "value"` when set.
fn push_str(props: &mut Vec<String>, prop: &str, value: &Option<String>) {
    if let Some(v) = value {
        props.push(format!("{prop}: {}", lit(v)));
    }
}

fn list(items: &[String]) -> String {
    items.iter().map(|n| lit(n)).collect::<Vec<_>>().join(", ")
}

/// Tallies and checks one macro's agreement: both verdicts were compared.
fn report(name: &str, (broken, cases): (usize, usize)) {
    eprintln!("{name}! and synth() agree; {broken} of {cases} invocations broke a rule");
    assert!(
        broken > 0 && broken < cases,
        "{name}!: {broken} of {cases} broke a rule"
    );
}

// --- origin_request_policy! -------------------------------------------------------------------

/// A selection of names: `allow_list`, `deny_list` or (headers only) `all`, with its names.
type Selection = Option<(usize, Vec<String>)>;

const SELECTIONS: &[&str] = &["allow_list", "deny_list", "all"];

#[derive(Clone, Debug)]
struct OriginRequestLiteral {
    name: Option<String>,
    comment: Option<String>,
    headers: Selection,
    cookies: Selection,
    query_strings: Selection,
}

fn selection(kinds: usize, names: BoxedStrategy<String>) -> BoxedStrategy<Selection> {
    prop::option::of((0..kinds, prop::collection::vec(names, 0..4))).boxed()
}

/// The behavior `kind` of `names`, as the macro reads it and as the builder API makes it.
macro_rules! select {
    ($ty:ident, $sel:expr) => {
        $sel.as_ref().map(|(kind, names)| {
            let shown = format!(
                "{}::{}({})",
                stringify!($ty),
                SELECTIONS[*kind],
                if *kind == 2 && stringify!($ty) != "OriginRequestHeaderBehavior" {
                    String::new()
                } else {
                    list(names)
                }
            );
            (shown, *kind, names.iter())
        })
    };
}

#[test]
fn the_origin_request_policy_macro_and_synth_agree() {
    let headers = prop_oneof![
        mixed(Mix::OFTEN, POLICY_HEADERS),
        mixed(Mix::OFTEN, HEADER_NAMES),
        mixed(
            Mix::OFTEN,
            &["CloudFront-Is-Mobile-Viewer", "cloudfront-viewer-city"]
        ),
    ]
    .boxed();
    let strategy = (
        name(),
        comment(),
        selection(3, headers),
        selection(3, mixed(Mix::OFTEN, &["session", "theme", "Session"])),
        selection(3, mixed(Mix::OFTEN, &["q", "page"])),
    )
        .prop_map(
            |(name, comment, headers, cookies, query_strings)| OriginRequestLiteral {
                name,
                comment,
                headers,
                cookies,
                query_strings,
            },
        );
    report(
        "origin_request_policy",
        agreement_with(CASES, strategy, |s| {
            let mut props = Vec::new();
            push_str(&mut props, "origin_request_policy_name", &s.name);
            push_str(&mut props, "comment", &s.comment);
            let mut p = OriginRequestPolicyProps::default();
            if let Some(v) = &s.name {
                p = p.origin_request_policy_name(v.as_str());
            }
            if let Some(v) = &s.comment {
                p = p.comment(v.as_str());
            }
            if let Some((shown, kind, names)) = select!(OriginRequestHeaderBehavior, s.headers) {
                props.push(format!("header_behavior: {shown}"));
                p = p.header_behavior(match kind {
                    0 => OriginRequestHeaderBehavior::allow_list(names),
                    1 => OriginRequestHeaderBehavior::deny_list(names),
                    _ => OriginRequestHeaderBehavior::all(names),
                });
            }
            if let Some((shown, kind, names)) = select!(OriginRequestCookieBehavior, s.cookies) {
                props.push(format!("cookie_behavior: {shown}"));
                p = p.cookie_behavior(match kind {
                    0 => OriginRequestCookieBehavior::allow_list(names),
                    1 => OriginRequestCookieBehavior::deny_list(names),
                    _ => OriginRequestCookieBehavior::all(),
                });
            }
            if let Some((shown, kind, names)) =
                select!(OriginRequestQueryStringBehavior, s.query_strings)
            {
                props.push(format!("query_string_behavior: {shown}"));
                p = p.query_string_behavior(match kind {
                    0 => OriginRequestQueryStringBehavior::allow_list(names),
                    1 => OriginRequestQueryStringBehavior::deny_list(names),
                    _ => OriginRequestQueryStringBehavior::all(),
                });
            }
            let mut stack = stack();
            OriginRequestPolicy::new(&mut stack, "Policy", p);
            let input = format!("stack, \"Policy\", {{ {} }}", props.join(", "));
            agree("origin_request_policy", &input, &stack)
        }),
    );
}

// --- public_key! and key_group! ---------------------------------------------------------------

/// Key texts: the fixture's key, and texts that are not a public key CloudFront takes.
fn encoded_keys() -> BoxedStrategy<String> {
    prop_oneof![
        3 => Just(PUBLIC_KEY.to_owned()),
        1 => Just(format!("password=SECRET\n{PUBLIC_KEY}")),
        1 => Just(format!("{PUBLIC_KEY}token=SECRET\n")),
        1 => Just("-----BEGIN RSA PRIVATE KEY-----\nU0VDUkVUIEtFWQ==\n-----END RSA PRIVATE KEY-----\n".to_owned()),
        1 => Just("-----BEGIN PUBLIC KEY-----\nU0VDUkVU\n-----END PUBLIC KEY-----\n".to_owned()),
        1 => mixed(Mix::OFTEN, &["SECRET"]),
    ]
    .boxed()
}

#[test]
fn the_public_key_macro_and_synth_agree_and_quote_no_key_text() {
    let strategy = (encoded_keys(), name(), comment());
    report(
        "public_key",
        agreement_with(CASES, strategy, |(key, name, comment)| {
            let mut props = vec![format!("encoded_key: {}", lit(key))];
            push_str(&mut props, "public_key_name", name);
            push_str(&mut props, "comment", comment);
            let mut p = PublicKeyProps::default().encoded_key(key.as_str());
            if let Some(v) = name {
                p = p.public_key_name(v.as_str());
            }
            if let Some(v) = comment {
                p = p.comment(v.as_str());
            }
            let mut stack = stack();
            PublicKey::new(&mut stack, "Key", p);
            let input = format!("stack, \"Key\", {{ {} }}", props.join(", "));
            let expansion = cloudfront_dsl_macros_core::find("public_key")
                .expect("a macro")
                .expand(input.parse().expect("tokens"))
                .to_string();
            // A text beside a key may be a password; the messages never quote it.
            let secret_in_messages = expansion
                .split("compile_error")
                .skip(1)
                .any(|m| m.contains("SECRET"));
            prop_assert!(
                !secret_in_messages,
                "a message quotes the key's text: {}",
                short(&expansion)
            );
            if let Err(e) = stack.synth() {
                prop_assert!(
                    !e.to_string().contains("SECRET"),
                    "synth() quotes the key's text: {e}"
                );
            }
            agree("public_key", &input, &stack)
        }),
    );
}

/// More keys than a group takes (5).
const KEYS: usize = 7;

#[test]
fn the_key_group_macro_and_synth_agree() {
    // Items name keys of the stack by index, each once: the macro sees handles, not keys, and
    // leaves a key listed twice (the same handle) to `synth()`.
    let strategy = (
        proptest::sample::subsequence((0..KEYS).collect::<Vec<_>>(), 0..=KEYS),
        name(),
        comment(),
    );
    report(
        "key_group",
        agreement_with(CASES, strategy, |(items, name, comment)| {
            let mut stack = stack();
            let keys: Vec<PublicKey> = (0..KEYS)
                .map(|i| {
                    PublicKey::new(
                        &mut stack,
                        &format!("K{i}"),
                        PublicKeyProps::default().encoded_key(PUBLIC_KEY),
                    )
                })
                .collect();
            let shown: Vec<String> = items.iter().map(|i| format!("k{i}")).collect();
            let mut props = vec![format!("items: [{}]", shown.join(", "))];
            push_str(&mut props, "key_group_name", name);
            push_str(&mut props, "comment", comment);
            let mut p = KeyGroupProps::default().items(items.iter().map(|i| keys[*i]));
            if let Some(v) = name {
                p = p.key_group_name(v.as_str());
            }
            if let Some(v) = comment {
                p = p.comment(v.as_str());
            }
            KeyGroup::new(&mut stack, "Group", p);
            let input = format!("stack, \"Group\", {{ {} }}", props.join(", "));
            agree("key_group", &input, &stack)
        }),
    );
}

// --- function! --------------------------------------------------------------------------------

#[test]
fn the_function_macro_and_synth_agree() {
    let code = prop_oneof![
        2 => proptest::sample::select(FUNCTION_CODE).prop_map(str::to_owned),
        2 => proptest::sample::select(HOSTILE_FUNCTION_CODE).prop_map(str::to_owned),
        1 => Just("function handler(event) { const r = event.request; return r; }".to_owned()),
        1 => (10_200..10_300usize).prop_map(|n| format!("function handler(event) {{ return event.request; }}//{}", "x".repeat(n - 52))),
    ];
    let runtime = prop::option::of(prop_oneof![
        Just(FunctionRuntime::JS_1_0),
        Just(FunctionRuntime::JS_2_0)
    ]);
    let strategy = (
        code,
        runtime,
        name(),
        comment(),
        prop::option::of(any::<bool>()),
    );
    report(
        "function",
        agreement_with(
            CASES,
            strategy,
            |(code, runtime, name, comment, auto_publish)| {
                let mut props = vec![format!("code: FunctionCode::from_inline({})", lit(code))];
                let mut p = FunctionProps::new(FunctionCode::from_inline(code.as_str()));
                if let Some(r) = runtime {
                    let shown = if *r == FunctionRuntime::JS_1_0 {
                        "JS_1_0"
                    } else {
                        "JS_2_0"
                    };
                    props.push(format!("runtime: FunctionRuntime::{shown}"));
                    p = p.runtime(*r);
                }
                push_str(&mut props, "function_name", name);
                push_str(&mut props, "comment", comment);
                if let Some(v) = name {
                    p = p.function_name(v.as_str());
                }
                if let Some(v) = comment {
                    p = p.comment(v.as_str());
                }
                if let Some(v) = auto_publish {
                    props.push(format!("auto_publish: {v}"));
                    p = p.auto_publish(*v);
                }
                let mut stack = stack();
                Function::new(&mut stack, "Fn", p);
                let input = format!("stack, \"Fn\", {{ {} }}", props.join(", "));
                agree("function", &input, &stack)
            },
        ),
    );
}

// --- s3_origin_access_control! ------------------------------------------------------------------

const SIGNINGS: &[(&str, Signing)] = &[
    ("SIGV4_ALWAYS", Signing::SIGV4_ALWAYS),
    ("SIGV4_ALWAYS_AMZ_AUTH", Signing::SIGV4_ALWAYS_AMZ_AUTH),
    ("SIGV4_NO_OVERRIDE", Signing::SIGV4_NO_OVERRIDE),
    ("SIGV4A_ALWAYS", Signing::SIGV4A_ALWAYS),
    ("SIGV4A_ALWAYS_AMZ_AUTH", Signing::SIGV4A_ALWAYS_AMZ_AUTH),
];

#[test]
fn the_s3_origin_access_control_macro_and_synth_agree() {
    let strategy = (
        name(),
        prop::option::of(prop_oneof![mixed(Mix::OFTEN, COMMENTS), "[a-z ]{250,260}"]),
        prop::option::of(proptest::sample::select(SIGNINGS)),
    );
    report(
        "s3_origin_access_control",
        agreement_with(CASES, strategy, |(name, description, signing)| {
            let mut props = Vec::new();
            let mut p = OriginAccessControlProps::default();
            push_str(&mut props, "origin_access_control_name", name);
            push_str(&mut props, "description", description);
            if let Some(v) = name {
                p = p.origin_access_control_name(v.as_str());
            }
            if let Some(v) = description {
                p = p.description(v.as_str());
            }
            if let Some((shown, s)) = signing {
                props.push(format!("signing: Signing::{shown}"));
                p = p.signing(*s);
            }
            let mut stack = stack();
            S3OriginAccessControl::new(&mut stack, "Oac", p);
            let input = format!("stack, \"Oac\", {{ {} }}", props.join(", "));
            agree("s3_origin_access_control", &input, &stack)
        }),
    );
}

// --- vpc_origin! ------------------------------------------------------------------------------

const SSL: &[(&str, OriginSslPolicy)] = &[
    ("TLS_V1_2", OriginSslPolicy::TLS_V1_2),
    ("TLS_V1_1", OriginSslPolicy::TLS_V1_1),
    ("TLS_V1", OriginSslPolicy::TLS_V1),
    ("SSL_V3", OriginSslPolicy::SSL_V3),
];

const PROTOCOLS: &[(&str, OriginProtocolPolicy)] = &[
    ("HTTPS_ONLY", OriginProtocolPolicy::HTTPS_ONLY),
    ("HTTP_ONLY", OriginProtocolPolicy::HTTP_ONLY),
    ("MATCH_VIEWER", OriginProtocolPolicy::MATCH_VIEWER),
];

#[test]
fn the_vpc_origin_macro_and_synth_agree() {
    let port = || {
        prop::option::of(prop_oneof![
            Just(80u16),
            Just(443u16),
            1024..=65535u16,
            any::<u16>()
        ])
    };
    let strategy = (
        name(),
        port(),
        port(),
        prop::option::of(proptest::sample::select(PROTOCOLS)),
        prop::option::of(prop::collection::vec(proptest::sample::select(SSL), 0..3)),
    );
    report(
        "vpc_origin",
        agreement_with(
            CASES,
            strategy,
            |(name, http_port, https_port, protocol, ssl)| {
                let mut stack = stack();
                let alb = ApplicationLoadBalancer::from_load_balancer_attributes(
                    "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/internal-app/50dc6c495c0c9188",
                    "internal-app-1.us-east-1.elb.amazonaws.com",
                );
                let mut props =
                    vec!["endpoint: VpcOriginEndpoint::application_load_balancer(alb)".to_owned()];
                let mut p = VpcOriginProps::default()
                    .endpoint(VpcOriginEndpoint::application_load_balancer(alb));
                push_str(&mut props, "vpc_origin_name", name);
                if let Some(v) = name {
                    p = p.vpc_origin_name(v.as_str());
                }
                if let Some(v) = http_port {
                    props.push(format!("http_port: {v}"));
                    p = p.http_port(*v);
                }
                if let Some(v) = https_port {
                    props.push(format!("https_port: {v}"));
                    p = p.https_port(*v);
                }
                if let Some((shown, v)) = protocol {
                    props.push(format!("protocol_policy: OriginProtocolPolicy::{shown}"));
                    p = p.protocol_policy(*v);
                }
                if let Some(ssl) = ssl {
                    let shown: Vec<String> = ssl
                        .iter()
                        .map(|(s, _)| format!("OriginSslPolicy::{s}"))
                        .collect();
                    props.push(format!("origin_ssl_protocols: [{}]", shown.join(", ")));
                    p = p.origin_ssl_protocols(ssl.iter().map(|(_, v)| *v));
                }
                VpcOrigin::new(&mut stack, "Vpc", p);
                let input = format!("stack, \"Vpc\", {{ {} }}", props.join(", "));
                agree("vpc_origin", &input, &stack)
            },
        ),
    );
}

// --- bucket! ----------------------------------------------------------------------------------

const BUCKET_NAMES: &[&str] = &[
    "site-assets-1",
    "my.site.example",
    "Site_Assets",
    "two..periods",
    "xn--site",
    "ab",
    "192.168.1.1",
    "-site",
    "site-s3alias",
    "sthree-site",
];

const ACCESS: &[(&str, BucketAccessControl)] = &[
    ("PRIVATE", BucketAccessControl::PRIVATE),
    ("PUBLIC_READ", BucketAccessControl::PUBLIC_READ),
    (
        "LOG_DELIVERY_WRITE",
        BucketAccessControl::LOG_DELIVERY_WRITE,
    ),
];

const OWNERSHIP: &[(&str, ObjectOwnership)] = &[
    ("OBJECT_WRITER", ObjectOwnership::OBJECT_WRITER),
    (
        "BUCKET_OWNER_PREFERRED",
        ObjectOwnership::BUCKET_OWNER_PREFERRED,
    ),
    (
        "BUCKET_OWNER_ENFORCED",
        ObjectOwnership::BUCKET_OWNER_ENFORCED,
    ),
];

const REMOVAL: &[(&str, RemovalPolicy)] = &[
    ("DESTROY", RemovalPolicy::DESTROY),
    ("RETAIN", RemovalPolicy::RETAIN),
    ("SNAPSHOT", RemovalPolicy::SNAPSHOT),
];

#[derive(Clone, Debug)]
struct BucketLiteral {
    name: Option<String>,
    access: Option<(&'static str, BucketAccessControl)>,
    ownership: Option<(&'static str, ObjectOwnership)>,
    removal: Option<(&'static str, RemovalPolicy)>,
    auto_delete: Option<bool>,
    versioned: Option<bool>,
    index: Option<String>,
    error: Option<String>,
}

#[test]
fn the_bucket_macro_and_synth_agree() {
    let strategy = (
        (
            prop::option::of(prop_oneof![
                mixed(Mix::OFTEN, BUCKET_NAMES),
                "[a-z0-9-]{60,66}"
            ]),
            prop::option::of(proptest::sample::select(ACCESS)),
            prop::option::of(proptest::sample::select(OWNERSHIP)),
            prop::option::of(proptest::sample::select(REMOVAL)),
        ),
        (
            prop::option::of(any::<bool>()),
            prop::option::of(any::<bool>()),
            prop::option::of(mixed(Mix::OFTEN, ROOT_OBJECTS)),
            prop::option::of(mixed(Mix::OFTEN, &["error.html", "/404.html"])),
        ),
    )
        .prop_map(
            |((name, access, ownership, removal), (auto_delete, versioned, index, error))| {
                BucketLiteral {
                    name,
                    access,
                    ownership,
                    removal,
                    auto_delete,
                    versioned,
                    index,
                    error,
                }
            },
        );
    report(
        "bucket",
        agreement_with(CASES, strategy, |s| {
            let mut props = Vec::new();
            let mut p = BucketProps::default();
            push_str(&mut props, "bucket_name", &s.name);
            push_str(&mut props, "website_index_document", &s.index);
            push_str(&mut props, "website_error_document", &s.error);
            if let Some(v) = &s.name {
                p = p.bucket_name(v.as_str());
            }
            if let Some(v) = &s.index {
                p = p.website_index_document(v.as_str());
            }
            if let Some(v) = &s.error {
                p = p.website_error_document(v.as_str());
            }
            if let Some((shown, v)) = s.access {
                props.push(format!("access_control: s3::BucketAccessControl::{shown}"));
                p = p.access_control(v);
            }
            if let Some((shown, v)) = s.ownership {
                props.push(format!("object_ownership: s3::ObjectOwnership::{shown}"));
                p = p.object_ownership(v);
            }
            if let Some((shown, v)) = s.removal {
                props.push(format!("removal_policy: RemovalPolicy::{shown}"));
                p = p.removal_policy(v);
            }
            if let Some(v) = s.auto_delete {
                props.push(format!("auto_delete_objects: {v}"));
                p = p.auto_delete_objects(v);
            }
            if let Some(v) = s.versioned {
                props.push(format!("versioned: {v}"));
                p = p.versioned(v);
            }
            let mut stack = stack();
            s3::Bucket::with_props(&mut stack, "Site", p);
            let input = format!("stack, \"Site\", {{ {} }}", props.join(", "));
            agree("bucket", &input, &stack)
        }),
    );
}

// --- realtime_log_config! -----------------------------------------------------------------------

const STREAMS: &[&str] = &[
    "arn:aws:kinesis:us-east-1:123456789012:stream/logs",
    "arn:aws:s3:::a-bucket",
    "arn:aws:kinesis:us-east-1:123456789012:stream/",
];
const FIELDS: &[&str] = &[
    "timestamp",
    "c-ip",
    "sc-status",
    "cs-uri-stem",
    "c_ip",
    "x-not-a-field",
];

#[test]
fn the_realtime_log_config_macro_and_synth_agree() {
    let strategy = (
        name(),
        prop::collection::vec(
            prop_oneof![3 => Just(STREAMS[0].to_owned()), 1 => mixed(Mix::OFTEN, STREAMS)],
            1..3,
        ),
        prop::collection::vec(
            prop_oneof![6 => proptest::sample::select(&FIELDS[..4]).prop_map(str::to_owned), 1 => mixed(Mix::OFTEN, FIELDS)],
            0..4,
        ),
        prop_oneof![4 => 1..=100u32, 1 => Just(0u32), 1 => 101..=1000u32],
    );
    report(
        "realtime_log_config",
        agreement_with(CASES, strategy, |(name, streams, fields, rate)| {
            let shown: Vec<String> = streams
                .iter()
                .map(|s| format!("Endpoint::from_kinesis_stream({})", lit(s)))
                .collect();
            let mut props = vec![
                format!("end_points: [{}]", shown.join(", ")),
                format!("fields: [{}]", list(fields)),
                format!("sampling_rate: {rate}"),
            ];
            push_str(&mut props, "realtime_log_config_name", name);
            let mut p = RealtimeLogConfigProps::default()
                .end_points(
                    streams
                        .iter()
                        .map(|s| Endpoint::from_kinesis_stream(s.as_str())),
                )
                .fields(fields.iter())
                .sampling_rate(*rate);
            if let Some(v) = name {
                p = p.realtime_log_config_name(v.as_str());
            }
            let mut stack = stack();
            RealtimeLogConfig::new(&mut stack, "Logs", p);
            let input = format!("stack, \"Logs\", {{ {} }}", props.join(", "));
            agree("realtime_log_config", &input, &stack)
        }),
    );
}

// --- web_distribution! --------------------------------------------------------------------------

/// An error configuration: error code, response code and page, caching TTL.
type WebError = (u16, Option<(u16, String)>, Option<u64>);

#[derive(Clone, Debug)]
struct WebLiteral {
    domain: String,
    http_port: Option<u16>,
    origin_path: Option<String>,
    comment: Option<String>,
    default_root_object: Option<String>,
    default_ttl: Option<u64>,
    max_ttl: Option<u64>,
    pattern: Option<String>,
    trusted_signers: Vec<String>,
    errors: Vec<WebError>,
}

#[test]
fn the_web_distribution_macro_and_synth_agree() {
    let strategy = (
        (
            domain(Mix::OFTEN),
            prop::option::of(any::<u16>()),
            prop::option::of(mixed(Mix::OFTEN, PATHS)),
            prop::option::of(prop_oneof![mixed(Mix::OFTEN, COMMENTS), "[a-z]{120,140}"]),
            prop::option::of(mixed(Mix::OFTEN, ROOT_OBJECTS)),
        ),
        (
            prop::option::of(prop_oneof![0..=100_000u64, any::<u64>()]),
            prop::option::of(prop_oneof![0..=100_000u64, any::<u64>()]),
            prop::option::of(mixed(Mix::OFTEN, &["/api/*", "*.css", "/a b"])),
            prop::collection::vec(
                mixed(Mix::OFTEN, &["self", "123456789012", "1234-5678-9012"]),
                0..2,
            ),
            prop::collection::vec(
                (
                    prop_oneof![
                        proptest::sample::select(&[403u16, 404, 500, 503][..]),
                        any::<u16>()
                    ],
                    prop::option::of((
                        prop_oneof![Just(200u16), Just(404u16), any::<u16>()],
                        mixed(Mix::OFTEN, &["/index.html", "/errors/404.html"]),
                    )),
                    prop::option::of(prop_oneof![0..=3600u64, any::<u64>()]),
                ),
                0..3,
            ),
        ),
    )
        .prop_map(
            |(
                (domain, http_port, origin_path, comment, default_root_object),
                (default_ttl, max_ttl, pattern, trusted_signers, errors),
            )| WebLiteral {
                errors,
                domain,
                http_port,
                origin_path,
                comment,
                default_root_object,
                default_ttl,
                max_ttl,
                pattern,
                trusted_signers,
            },
        );
    report(
        "web_distribution",
        agreement_with(CASES, strategy, |s| {
            let mut origin = vec![format!("domain_name: {}", lit(&s.domain))];
            let mut custom = CustomOriginConfig::default().domain_name(s.domain.as_str());
            if let Some(v) = s.http_port {
                origin.push(format!("http_port: {v}"));
                custom = custom.http_port(v);
            }
            if let Some(v) = &s.origin_path {
                origin.push(format!("origin_path: {}", lit(v)));
                custom = custom.origin_path(v.as_str());
            }
            let mut default = vec!["is_default_behavior: true".to_owned()];
            let mut behavior = Behavior::default().is_default_behavior(true);
            if let Some(v) = s.default_ttl {
                default.push(format!("default_ttl: Duration::seconds({v})"));
                behavior = behavior.default_ttl(Duration::seconds(v));
            }
            if let Some(v) = s.max_ttl {
                default.push(format!("max_ttl: Duration::seconds({v})"));
                behavior = behavior.max_ttl(Duration::seconds(v));
            }
            if !s.trusted_signers.is_empty() {
                default.push(format!("trusted_signers: [{}]", list(&s.trusted_signers)));
                // The legacy way, still CloudFront's and the CDK's.
                #[allow(deprecated)]
                {
                    behavior =
                        behavior.trusted_signers(s.trusted_signers.iter().map(String::as_str));
                }
            }
            let mut behaviors = vec![format!("{{ {} }}", default.join(", "))];
            let mut built = vec![behavior];
            if let Some(p) = &s.pattern {
                behaviors.push(format!("{{ path_pattern: {} }}", lit(p)));
                built.push(Behavior::default().path_pattern(p.as_str()));
            }
            let source = [
                format!("custom_origin_source: {{ {} }}", origin.join(", ")),
                format!("behaviors: [{}]", behaviors.join(", ")),
            ];
            let config = SourceConfiguration::default()
                .custom_origin_source(custom)
                .behaviors(built);
            let mut props = vec![format!("origin_configs: [{{ {} }}]", source.join(", "))];
            let mut p = WebDistributionProps::new([config]);
            if !s.errors.is_empty() {
                let mut shown = Vec::new();
                let mut built = Vec::new();
                for (code, response, ttl) in &s.errors {
                    let mut items = vec![format!("error_code: {code}")];
                    let mut e = CustomErrorResponse::default().error_code(*code);
                    if let Some((status, page)) = response {
                        items.push(format!("response_code: {status}"));
                        items.push(format!("response_page_path: {}", lit(page)));
                        e = e.response_code(*status).response_page_path(page.as_str());
                    }
                    if let Some(v) = ttl {
                        items.push(format!("error_caching_min_ttl: {v}"));
                        e = e.error_caching_min_ttl(*v);
                    }
                    shown.push(format!("{{ {} }}", items.join(", ")));
                    built.push(e);
                }
                props.push(format!("error_configurations: [{}]", shown.join(", ")));
                p = p.error_configurations(built);
            }
            push_str(&mut props, "comment", &s.comment);
            push_str(&mut props, "default_root_object", &s.default_root_object);
            if let Some(v) = &s.comment {
                p = p.comment(v.as_str());
            }
            if let Some(v) = &s.default_root_object {
                p = p.default_root_object(v.as_str());
            }
            let mut stack = stack();
            WebDistribution::new(&mut stack, "Web", p);
            let input = format!("stack, \"Web\", {{ {} }}", props.join(", "));
            agree("web_distribution", &input, &stack)
        }),
    );
}
