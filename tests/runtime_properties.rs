//! Properties of the run-time API over generated stacks: distributions with origins of several
//! kinds (HTTP, S3, load balancers, origin groups, load balancers through a VPC origin, Lambda
//! function URLs with and without origin access control), default and additional behaviors,
//! cache, origin request and response headers policies, CloudFront Functions and Lambda@Edge
//! functions (edge functions and versions by ARN) on their events, key groups and trusted
//! signers, TTLs, custom headers, domain names and certificates, and web distributions, with
//! valid values mixed with invalid ones (empty, huge, NUL and newlines, out of range,
//! duplicated, out of order).
//!
//! - `synth()` never panics; on `Err` every error names a non-empty property path under the id
//!   of a construct of the stack; on `Ok` the template renders the same bytes twice, and the
//!   same stack built again renders the same bytes; no message quotes the password of a URL.
//! - Every template that synthesizes passes the CloudFormation schemas and cfn-lint (one batch),
//!   and among them are stacks with each kind of construct and origin above.
//! - Every construct macro with rules over literal values, expanding a literal invocation,
//!   reports the same rules as `synth()` on the stack the builder API makes of the same values:
//!   one rule set (`distribution!`, `cache_policy!` and `response_headers_policy!` here, the
//!   others in `agreement`).
//!
//! A third of the stacks draw valid values only, a third now and then a hostile one, a third
//! anything. The runs are deterministic (a fixed seed, no persisted failures):
//! `CLOUDFRONT_DSL_PROPTEST_SEED` and `CLOUDFRONT_DSL_PROPTEST_CASES` change the sample, and
//! `CLOUDFRONT_DSL_PROPTEST_SHOW=1` prints why stacks of valid values were refused. The composite
//! strategies are boxed: unboxed, their nested value trees overflow a test thread's stack in a
//! debug build.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::str::FromStr;

use cloudfront_dsl::acm::{Certificate, CertificateProps, CertificateValidation};
use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
use cloudfront_dsl::origins::{
    self, HttpOriginProps, Origin, OriginGroupProps, S3BucketOrigin, S3BucketOriginWithOacProps,
    S3BucketOriginWithOaiProps,
};
use cloudfront_dsl::policies::{
    CachePolicyProps, OriginRequestPolicyProps, ResponseCustomHeader,
    ResponseCustomHeadersBehavior, ResponseHeadersPolicyProps,
};
use cloudfront_dsl::prelude::*;
use cloudfront_dsl::{Rule, Severity, SynthViolation};
use cloudfront_dsl_tests::cfn_lint;

#[path = "runtime_properties/agreement.rs"]
mod agreement;
#[path = "runtime_properties/extras.rs"]
mod extras;
#[path = "runtime_properties/web.rs"]
mod web;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};

const ACCOUNT: &str = "123456789012";
const REGION: &str = "us-east-1";
const CERTIFICATE_ARN: &str =
    "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A runner with a fixed seed (or `CLOUDFRONT_DSL_PROPTEST_SEED`) that persists nothing.
fn runner(cases: u32) -> TestRunner {
    let cases = env_number("CLOUDFRONT_DSL_PROPTEST_CASES", u64::from(cases)) as u32;
    let seed = env_number("CLOUDFRONT_DSL_PROPTEST_SEED", 0x0c10_0df0_2026);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 512,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

// ---------------------------------------------------------------------------------------------
// Values: each generator draws from a valid pool, mixed (as the case's `Mix` says) with values
// that break a rule.

/// Strings that break a rule in most places (empty, huge, NUL, newlines, control and bidi
/// characters), and any printable text.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("x".repeat(70_000)),
        Just("a\0b".to_owned()),
        Just("line\nbreak".to_owned()),
        Just(" ".to_owned()),
        Just("\u{202e}evil".to_owned()),
        "[\\PC]{0,40}",
        "[\\x00-\\x1f]{1,4}",
    ]
}

/// How a stack's values are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mix {
    /// Whether the spec is made to follow the rules between values (no duplicates, TTLs in
    /// order, a fallback origin other than the primary...).
    fixups: bool,
    /// One value in `weight + 1` is hostile; none when 0.
    weight: u32,
}

impl Mix {
    /// Valid values only.
    const CLEAN: Mix = Mix {
        fixups: true,
        weight: 0,
    };
    /// Values that follow the rules between them, now and then a hostile one.
    const RARE: Mix = Mix {
        fixups: true,
        weight: 40,
    };
    /// Anything, often hostile.
    const OFTEN: Mix = Mix {
        fixups: false,
        weight: 3,
    };
}

/// A pool of valid values, mixed with hostile strings as `mix` says.
fn mixed(mix: Mix, valid: &'static [&'static str]) -> BoxedStrategy<String> {
    let valid = proptest::sample::select(valid).prop_map(str::to_owned);
    if mix.weight == 0 {
        valid.boxed()
    } else {
        prop_oneof![mix.weight => valid, 1 => hostile()].boxed()
    }
}

fn seconds(mix: Mix, valid: std::ops::RangeInclusive<u64>) -> BoxedStrategy<u64> {
    if mix.weight == 0 {
        valid.boxed()
    } else {
        prop_oneof![
            mix.weight => valid,
            1 => prop_oneof![Just(0u64), Just(u64::MAX), Just(u64::MAX / 1000 + 1), 0..100_000_000u64],
        ]
        .boxed()
    }
}

fn number<T: std::fmt::Debug + Clone + 'static>(
    mix: Mix,
    valid: impl Strategy<Value = T> + 'static,
    any: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<T> {
    if mix.weight == 0 {
        valid.boxed()
    } else {
        prop_oneof![mix.weight => valid, 1 => any].boxed()
    }
}

// ---------------------------------------------------------------------------------------------
// Stack specifications: plain data (so a failing case prints readably), built into a stack by
// the public API.

#[derive(Clone, Debug)]
struct HttpSpec {
    domain: String,
    protocol: Option<OriginProtocolPolicy>,
    http_port: Option<u16>,
    https_port: Option<u16>,
    connection_attempts: Option<u32>,
    connection_timeout: Option<u64>,
    read_timeout: Option<u64>,
    keepalive_timeout: Option<u64>,
    origin_path: Option<String>,
    custom_headers: Vec<(String, String)>,
    origin_id: Option<String>,
}

#[derive(Clone, Debug)]
enum OriginSpec {
    Http(HttpSpec),
    S3Oac {
        bucket: String,
        origin_path: Option<String>,
    },
    S3Oai {
        bucket: String,
    },
    /// An Application Load Balancer by DNS name, with the props of an HTTP origin.
    LoadBalancer(HttpSpec),
    Group {
        primary: HttpSpec,
        fallback: HttpSpec,
        status_codes: Vec<u16>,
    },
    /// A load balancer through a VPC origin, or a Lambda function URL.
    Private(extras::PrivateOriginSpec),
}

#[derive(Clone, Debug)]
enum CacheSpec {
    Managed(CachePolicy),
    Own {
        id: String,
        name: Option<String>,
        comment: Option<String>,
        min_ttl: Option<u64>,
        default_ttl: Option<u64>,
        max_ttl: Option<u64>,
        headers: Vec<String>,
        query_strings: Option<Vec<String>>,
        gzip: Option<bool>,
    },
}

#[derive(Clone, Debug)]
enum OriginRequestSpec {
    Managed(OriginRequestPolicy),
    Own {
        id: String,
        name: Option<String>,
        headers: Vec<String>,
        cookies: Vec<String>,
    },
}

#[derive(Clone, Debug)]
struct ResponseHeadersSpec {
    id: String,
    name: Option<String>,
    comment: Option<String>,
    custom_headers: Vec<(String, String, bool)>,
    remove_headers: Vec<String>,
}

#[derive(Clone, Debug)]
struct BehaviorSpec {
    origin: OriginSpec,
    viewer_protocol_policy: Option<ViewerProtocolPolicy>,
    allowed_methods: Option<AllowedMethods>,
    cached_methods: Option<CachedMethods>,
    compress: Option<bool>,
    cache_policy: Option<CacheSpec>,
    origin_request_policy: Option<OriginRequestSpec>,
    response_headers_policy: Option<ResponseHeadersSpec>,
    /// Functions, key groups and trusted signers.
    extras: extras::Extras,
    /// The prefix of the ids of the behavior's own constructs.
    prefix: String,
}

#[derive(Clone, Debug)]
struct ErrorResponseSpec {
    http_status: u16,
    response_http_status: Option<u16>,
    response_page_path: Option<String>,
    ttl: Option<u64>,
}

#[derive(Clone, Debug)]
struct DistributionSpec {
    id: String,
    default_behavior: BehaviorSpec,
    additional_behaviors: Vec<(String, BehaviorSpec)>,
    comment: Option<String>,
    enabled: Option<bool>,
    default_root_object: Option<String>,
    http_version: Option<HttpVersion>,
    enable_ipv6: Option<bool>,
    price_class: Option<PriceClass>,
    error_responses: Vec<ErrorResponseSpec>,
    geo_restriction: Option<(bool, Vec<String>)>,
    /// Domain names, and the certificate.
    domain_names: Option<(Vec<String>, Option<CertSpec>)>,
}

#[derive(Clone, Debug)]
enum CertSpec {
    /// An ACM certificate of us-east-1 by ARN.
    Arn,
    /// A certificate of the stack, validated by email or through the `example.com` zone.
    Own {
        domain: String,
        alternative_names: Vec<String>,
        dns: bool,
    },
}

#[derive(Clone, Debug)]
struct StackSpec {
    distributions: Vec<DistributionSpec>,
    web_distributions: Vec<web::WebSpec>,
}

impl StackSpec {
    /// The kinds of construct and origin its behaviors use beyond policies and plain origins.
    fn features(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        for d in &self.distributions {
            for b in std::iter::once(&d.default_behavior)
                .chain(d.additional_behaviors.iter().map(|(_, b)| b))
            {
                let private = match &b.origin {
                    OriginSpec::Private(p) => Some(p),
                    _ => None,
                };
                extras::features(&b.extras, private, &mut out);
            }
        }
        for w in &self.web_distributions {
            out.push("web-distribution");
            for b in &w.behaviors {
                extras::features(&b.extras, None, &mut out);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

const DOMAINS: &[&str] = &[
    "www.example.com",
    "api.example.com",
    "origin-1.example.org",
    "a.b.c.example.net",
];
const HOSTILE_DOMAINS: &[&str] = &[
    "https://www.example.com/",
    "www.example.com:8080",
    "user:secret@www.example.com",
    "https://admin:hunter2@www.example.com/",
    "-bad-.example.com",
    "..",
    "192.0.2.1",
    "localhost",
    "www.example.com.",
    "xn--",
];
const LOAD_BALANCERS: &[&str] = &[
    "my-lb-1234567890.us-east-1.elb.amazonaws.com",
    "web-0123456789abcdef.elb.us-east-1.amazonaws.com",
];
const PATHS: &[&str] = &["/", "/static", "/a/b", "/v1"];
const HEADER_NAMES: &[&str] = &["X-Origin-Verify", "X-Custom", "Authorization"];
const HOSTILE_HEADER_NAMES: &[&str] = &["x-amz-meta", "Host", "Content-Length", "X-Edge-Location"];
const HEADER_VALUES: &[&str] = &["secret", "1", "value with spaces"];
const POLICY_HEADERS: &[&str] = &["Accept", "Origin", "X-Api-Key", "CloudFront-Viewer-Country"];
const NAMES: &[&str] = &["MyPolicy", "Site-Policy_1", "p"];
const COMMENTS: &[&str] = &["a comment", "", "static site, v2"];
const PATTERNS: &[&str] = &[
    "/api/*",
    "/images/*.jpg",
    "*.css",
    "/static/*",
    "/v1/users/*",
    "index.html",
];
const HOSTILE_PATTERNS: &[&str] = &["", "/api/*", "/a b", "/\u{e9}*", "//*", "/path?x=1"];
const ROOT_OBJECTS: &[&str] = &["index.html", "home/index.html"];
const PAGE_PATHS: &[&str] = &["/index.html", "/errors/404.html"];
const COUNTRIES: &[&str] = &["US", "GB", "DE", "FR"];
const IDS: &[&str] = &["myDist", "SiteDist", "Cdn"];
const HOSTILE_IDS: &[&str] = &["", "a/b", "myDist", "spaced id"];

fn domain(mix: Mix) -> BoxedStrategy<String> {
    let valid = proptest::sample::select(DOMAINS).prop_map(str::to_owned);
    if mix.weight == 0 {
        valid.boxed()
    } else {
        prop_oneof![
            mix.weight => valid,
            1 => prop_oneof![
                proptest::sample::select(HOSTILE_DOMAINS).prop_map(str::to_owned),
                hostile(),
            ],
        ]
        .boxed()
    }
}

fn http_spec(mix: Mix) -> BoxedStrategy<HttpSpec> {
    let ports = (
        prop::option::of(number(
            mix,
            prop_oneof![Just(80u16), 1024..=65535u16],
            any::<u16>(),
        )),
        prop::option::of(number(
            mix,
            prop_oneof![Just(443u16), 1024..=65535u16],
            any::<u16>(),
        )),
    );
    let protocol = prop::option::of(prop_oneof![
        Just(OriginProtocolPolicy::HTTPS_ONLY),
        Just(OriginProtocolPolicy::HTTP_ONLY),
        Just(OriginProtocolPolicy::MATCH_VIEWER),
    ]);
    let timeouts = (
        prop::option::of(number(mix, 1..=3u32, any::<u32>())),
        prop::option::of(seconds(mix, 1..=10)),
        prop::option::of(seconds(mix, 1..=60)),
        prop::option::of(seconds(mix, 1..=60)),
    );
    let names = if mix.weight == 0 {
        mixed(mix, HEADER_NAMES)
    } else {
        prop_oneof![
            mix.weight => mixed(mix, HEADER_NAMES),
            1 => proptest::sample::select(HOSTILE_HEADER_NAMES).prop_map(str::to_owned),
        ]
        .boxed()
    };
    let headers = prop::collection::vec((names, mixed(mix, HEADER_VALUES)), 0..3);
    // Two origins of a distribution have different ids: a spec that follows the rules leaves
    // them to be generated, but for a hostile one now and then.
    let origin_id = match mix {
        Mix {
            fixups: true,
            weight: 0,
        } => Just(None).boxed(),
        Mix {
            fixups: true,
            weight,
        } => prop_oneof![weight => Just(None), 1 => hostile().prop_map(Some)].boxed(),
        _ => prop::option::of(mixed(mix, &["primary", "origin-a"])).boxed(),
    };
    (
        domain(mix),
        protocol,
        ports,
        timeouts,
        prop::option::of(mixed(mix, PATHS)),
        headers,
        origin_id,
    )
        .prop_map(
            move |(
                domain,
                protocol,
                (http_port, https_port),
                (attempts, conn, read, keep),
                path,
                headers,
                origin_id,
            )| {
                HttpSpec {
                    domain,
                    protocol,
                    http_port,
                    https_port,
                    connection_attempts: attempts,
                    connection_timeout: conn,
                    read_timeout: read,
                    keepalive_timeout: keep,
                    // A clean pool's "/" is no origin path (it must not end with `/`).
                    origin_path: path.filter(|p| !mix.fixups || p != "/"),
                    custom_headers: if mix.fixups {
                        dedup_by_name(headers)
                    } else {
                        headers
                    },
                    origin_id,
                }
            },
        )
        .boxed()
}

/// The entries with the first of each name (case-insensitively), as a clean spec needs.
fn dedup_by_name<T>(entries: Vec<(String, T)>) -> Vec<(String, T)> {
    let mut seen = Vec::new();
    entries
        .into_iter()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            let fresh = !seen.contains(&k);
            seen.push(k);
            fresh
        })
        .collect()
}

fn origin_spec(mix: Mix) -> BoxedStrategy<OriginSpec> {
    let bucket = mixed(mix, &["SiteBucket", "Assets"]);
    prop_oneof![
        3 => http_spec(mix).prop_map(OriginSpec::Http),
        1 => (bucket.clone(), prop::option::of(mixed(mix, PATHS)))
            .prop_map(move |(bucket, p)| OriginSpec::S3Oac { bucket, origin_path: p.filter(|p| !mix.fixups || p != "/") }),
        1 => bucket.prop_map(|bucket| OriginSpec::S3Oai { bucket }),
        1 => (http_spec(mix), mixed(mix, LOAD_BALANCERS)).prop_map(move |(mut h, dns)| {
            h.domain = dns;
            OriginSpec::LoadBalancer(h)
        }),
        1 => (
            http_spec(mix),
            http_spec(mix),
            prop::collection::vec(
                number(mix, proptest::sample::select(&[500u16, 502, 503, 504, 403, 404][..]), any::<u16>()),
                0..4,
            ),
        )
            .prop_map(move |(primary, mut fallback, mut status_codes)| {
                if mix.fixups {
                    status_codes.sort_unstable();
                    status_codes.dedup();
                    // Failing over to the origin that failed is no failover.
                    if fallback.domain == primary.domain {
                        fallback.domain = "fallback.example.com".to_owned();
                    }
                }
                OriginSpec::Group { primary, fallback, status_codes }
            }),
        1 => extras::private_origin_spec(mix).prop_map(OriginSpec::Private),
    ]
    .boxed()
}

fn cache_spec(mix: Mix, id: String) -> BoxedStrategy<CacheSpec> {
    let managed = prop_oneof![
        Just(CachePolicy::CACHING_OPTIMIZED),
        Just(CachePolicy::CACHING_DISABLED),
        Just(CachePolicy::CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS),
    ]
    .prop_map(CacheSpec::Managed);
    let ttls = if mix.fixups {
        // In order: min <= default <= max.
        (
            seconds(mix, 0..=3600),
            seconds(mix, 0..=86_400),
            seconds(mix, 0..=31_536_000),
        )
            .prop_map(|(a, b, c)| {
                let mut t = [a, b, c];
                t.sort_unstable();
                (Some(t[0]), Some(t[1]), Some(t[2]))
            })
            .boxed()
    } else {
        (
            prop::option::of(seconds(mix, 0..=3600)),
            prop::option::of(seconds(mix, 0..=86_400)),
            prop::option::of(seconds(mix, 0..=31_536_000)),
        )
            .boxed()
    };
    let ids = if mix.fixups {
        Just(id).boxed()
    } else {
        prop_oneof![3 => Just(id), 1 => mixed(Mix::OFTEN, &["Shared", ""])].boxed()
    };
    let own = (
        ids,
        prop::option::of(mixed(mix, NAMES)),
        prop::option::of(mixed(mix, COMMENTS)),
        ttls,
        prop::collection::vec(mixed(mix, POLICY_HEADERS), 0..3),
        prop::option::of(prop::collection::vec(mixed(mix, &["q", "page"]), 0..3)),
        prop::option::of(any::<bool>()),
    )
        .prop_map(
            move |(id, name, comment, (min_ttl, default_ttl, max_ttl), mut headers, qs, gzip)| {
                if mix.fixups {
                    headers.sort();
                    headers.dedup();
                }
                CacheSpec::Own {
                    id,
                    // Names are the account's: a clean stack leaves them to be generated.
                    name: if mix.fixups { None } else { name },
                    comment,
                    min_ttl,
                    default_ttl,
                    max_ttl,
                    headers,
                    query_strings: qs.map(|mut q| {
                        if mix.fixups {
                            q.sort();
                            q.dedup();
                        }
                        q
                    }),
                    gzip,
                }
            },
        );
    prop_oneof![1 => managed, 2 => own].boxed()
}

fn origin_request_spec(mix: Mix, id: String) -> BoxedStrategy<OriginRequestSpec> {
    let managed = prop_oneof![
        Just(OriginRequestPolicy::CORS_S3_ORIGIN),
        Just(OriginRequestPolicy::ALL_VIEWER),
        Just(OriginRequestPolicy::USER_AGENT_REFERER_HEADERS),
    ]
    .prop_map(OriginRequestSpec::Managed);
    let own = (
        prop::option::of(mixed(mix, NAMES)),
        prop::collection::vec(mixed(mix, POLICY_HEADERS), 0..3),
        prop::collection::vec(mixed(mix, &["session", "theme"]), 0..3),
    )
        .prop_map(move |(name, mut headers, mut cookies)| {
            if mix.fixups {
                headers.sort();
                headers.dedup();
                cookies.sort();
                cookies.dedup();
            }
            OriginRequestSpec::Own {
                id: id.clone(),
                name: if mix.fixups { None } else { name },
                headers,
                cookies,
            }
        });
    prop_oneof![1 => managed, 1 => own].boxed()
}

fn response_headers_spec(mix: Mix, id: String) -> BoxedStrategy<ResponseHeadersSpec> {
    (
        prop::option::of(mixed(mix, NAMES)),
        prop::option::of(mixed(mix, COMMENTS)),
        prop::collection::vec(
            (
                mixed(mix, &["X-Frame-Extra", "X-Served-By", "X-Version"]),
                mixed(mix, HEADER_VALUES),
                any::<bool>(),
            ),
            0..3,
        ),
        prop::collection::vec(mixed(mix, &["X-Powered-By", "Server-Extra"]), 0..2),
    )
        .prop_map(move |(name, comment, headers, mut remove)| {
            let custom_headers = if mix.fixups {
                let mut seen = Vec::new();
                headers
                    .into_iter()
                    .filter(|(k, _, _)| {
                        let k = k.to_ascii_lowercase();
                        let fresh = !seen.contains(&k);
                        seen.push(k);
                        fresh
                    })
                    .collect()
            } else {
                headers
            };
            if mix.fixups {
                remove.sort();
                remove.dedup();
            }
            ResponseHeadersSpec {
                id: id.clone(),
                name: if mix.fixups { None } else { name },
                comment,
                custom_headers,
                remove_headers: remove,
            }
        })
        .boxed()
}

/// A behavior whose own constructs (policies) take ids under `prefix`.
fn behavior_spec(mix: Mix, prefix: String) -> BoxedStrategy<BehaviorSpec> {
    let methods = (
        prop::option::of(prop_oneof![
            Just(ViewerProtocolPolicy::ALLOW_ALL),
            Just(ViewerProtocolPolicy::HTTPS_ONLY),
            Just(ViewerProtocolPolicy::REDIRECT_TO_HTTPS),
        ]),
        prop::option::of(prop_oneof![
            Just(AllowedMethods::ALLOW_GET_HEAD),
            Just(AllowedMethods::ALLOW_GET_HEAD_OPTIONS),
            Just(AllowedMethods::ALLOW_ALL),
        ]),
        prop::option::of(prop_oneof![
            Just(CachedMethods::CACHE_GET_HEAD),
            Just(CachedMethods::CACHE_GET_HEAD_OPTIONS),
        ]),
        prop::option::of(any::<bool>()),
    );
    (
        origin_spec(mix),
        methods,
        prop::option::of(cache_spec(mix, format!("{prefix}Cache"))),
        prop::option::of(origin_request_spec(mix, format!("{prefix}OriginRequest"))),
        prop::option::of(response_headers_spec(mix, format!("{prefix}Headers"))),
        extras::extras(mix),
    )
        .prop_map(
            move |(origin, (vpp, allowed, cached, compress), cache, orp, rhp, extras)| {
                let mut b = BehaviorSpec {
                    origin,
                    viewer_protocol_policy: vpp,
                    allowed_methods: allowed,
                    cached_methods: cached,
                    compress,
                    cache_policy: cache,
                    origin_request_policy: orp,
                    response_headers_policy: rhp,
                    extras,
                    prefix: prefix.clone(),
                };
                if mix.fixups {
                    // CloudFront fails over only for GET, HEAD and OPTIONS.
                    if matches!(b.origin, OriginSpec::Group { .. })
                        && b.allowed_methods == Some(AllowedMethods::ALLOW_ALL)
                    {
                        b.allowed_methods = Some(AllowedMethods::ALLOW_GET_HEAD_OPTIONS);
                    }
                    // Cached methods are a subset of the allowed ones.
                    if b.allowed_methods == Some(AllowedMethods::ALLOW_GET_HEAD)
                        || b.allowed_methods.is_none()
                    {
                        b.cached_methods = b.cached_methods.map(|_| CachedMethods::CACHE_GET_HEAD);
                    }
                }
                b
            },
        )
        .boxed()
}

fn error_response_spec(mix: Mix) -> BoxedStrategy<ErrorResponseSpec> {
    (
        number(
            mix,
            proptest::sample::select(&[400u16, 403, 404, 405, 414, 416, 500, 502, 503, 504][..]),
            any::<u16>(),
        ),
        prop::option::of(number(
            mix,
            proptest::sample::select(&[200u16, 404, 500][..]),
            any::<u16>(),
        )),
        prop::option::of(mixed(mix, PAGE_PATHS)),
        prop::option::of(seconds(mix, 0..=3600)),
    )
        .prop_map(move |(http_status, response_http_status, page, ttl)| {
            // CloudFront takes a response code only with a page, and a page only with a code.
            let (response_http_status, response_page_path) = match (response_http_status, page) {
                (Some(c), Some(p)) => (Some(c), Some(p)),
                _ if mix.fixups => (None, None),
                other => other,
            };
            // An error response sets something.
            let ttl = match ttl {
                None if mix.fixups && response_http_status.is_none() => Some(10),
                ttl => ttl,
            };
            ErrorResponseSpec {
                http_status,
                response_http_status,
                response_page_path,
                ttl,
            }
        })
        .boxed()
}

fn cert_spec(mix: Mix) -> BoxedStrategy<Option<CertSpec>> {
    let own = (
        domain(mix),
        prop::collection::vec(domain(mix), 0..2),
        any::<bool>(),
    )
        .prop_map(|(domain, alternative_names, dns)| CertSpec::Own {
            domain,
            alternative_names,
            dns,
        });
    if mix.fixups {
        // Validated by email: the names are under several zones.
        prop_oneof![
            Just(Some(CertSpec::Arn)),
            own.prop_map(|c| match c {
                CertSpec::Own {
                    domain,
                    alternative_names,
                    ..
                } => Some(CertSpec::Own {
                    domain,
                    alternative_names,
                    dns: false,
                }),
                arn => Some(arn),
            }),
        ]
        .boxed()
    } else {
        prop::option::of(prop_oneof![Just(CertSpec::Arn), own]).boxed()
    }
}

fn distribution_spec(mix: Mix, index: usize) -> BoxedStrategy<DistributionSpec> {
    let id = if mix.fixups {
        Just(format!("{}{index}", IDS[index % IDS.len()])).boxed()
    } else {
        prop_oneof![
            3 => Just(format!("{}{index}", IDS[index % IDS.len()])),
            1 => proptest::sample::select(HOSTILE_IDS).prop_map(str::to_owned),
        ]
        .boxed()
    };
    let patterns = if mix.fixups {
        proptest::sample::select(PATTERNS)
            .prop_map(str::to_owned)
            .boxed()
    } else {
        prop_oneof![
            3 => proptest::sample::select(PATTERNS).prop_map(str::to_owned),
            1 => proptest::sample::select(HOSTILE_PATTERNS).prop_map(str::to_owned),
            1 => hostile(),
        ]
        .boxed()
    };
    let additional = prop::collection::vec(0..3usize, 0..4).prop_flat_map(move |slots| {
        slots
            .into_iter()
            .enumerate()
            .map(|(i, _)| {
                (
                    patterns.clone(),
                    behavior_spec(mix, format!("D{index}B{i}")),
                )
            })
            .collect::<Vec<_>>()
    });
    let settings = (
        prop::option::of(mixed(mix, COMMENTS)),
        prop::option::of(any::<bool>()),
        prop::option::of(mixed(mix, ROOT_OBJECTS)),
        prop::option::of(prop_oneof![
            Just(HttpVersion::HTTP1_1),
            Just(HttpVersion::HTTP2),
            Just(HttpVersion::HTTP2_AND_3),
            Just(HttpVersion::HTTP3),
        ]),
        prop::option::of(any::<bool>()),
        prop::option::of(prop_oneof![
            Just(PriceClass::PRICE_CLASS_100),
            Just(PriceClass::PRICE_CLASS_200),
            Just(PriceClass::PRICE_CLASS_ALL),
        ]),
    );
    let edges = (
        prop::collection::vec(error_response_spec(mix), 0..3),
        prop::option::of((
            any::<bool>(),
            prop::collection::vec(mixed(mix, COUNTRIES), 1..3),
        )),
        prop::option::of((prop::collection::vec(domain(mix), 1..3), cert_spec(mix))),
    );
    (
        id,
        behavior_spec(mix, format!("D{index}Default")),
        additional,
        settings,
        edges,
    )
        .prop_map(
            move |(id, default_behavior, mut additional, settings, (mut errors, geo, domains))| {
                let (comment, enabled, default_root_object, http_version, enable_ipv6, price_class) =
                    settings;
                if mix.fixups {
                    additional = dedup_by_name(additional);
                    errors.sort_by_key(|e| e.http_status);
                    errors.dedup_by_key(|e| e.http_status);
                }
                let geo = geo.map(|(allow, mut countries)| {
                    if mix.fixups {
                        countries.sort();
                        countries.dedup();
                    }
                    (allow, countries)
                });
                let domains = domains.map(|(mut names, cert)| {
                    if mix.fixups {
                        // A domain name belongs to one distribution.
                        names = names.iter().map(|n| format!("cdn{index}-{n}")).collect();
                        names.sort();
                        names.dedup();
                    }
                    let cert = match cert {
                        // The stack's certificate covers the names.
                        Some(CertSpec::Own { dns, .. }) if mix.fixups => Some(CertSpec::Own {
                            domain: names[0].clone(),
                            alternative_names: names[1..].to_vec(),
                            dns,
                        }),
                        cert => cert,
                    };
                    (names, cert)
                });
                DistributionSpec {
                    id,
                    default_behavior,
                    additional_behaviors: additional,
                    comment,
                    enabled,
                    default_root_object,
                    http_version,
                    enable_ipv6,
                    price_class,
                    error_responses: errors,
                    geo_restriction: geo,
                    domain_names: domains,
                }
            },
        )
    .boxed()
}

fn stack_spec() -> BoxedStrategy<(Mix, StackSpec)> {
    let mix = prop_oneof![Just(Mix::CLEAN), Just(Mix::RARE), Just(Mix::OFTEN)];
    (mix, 1..=2usize, prop::bool::weighted(0.3))
        .prop_flat_map(|(mix, n, web)| {
            let webs = if web {
                vec![web::web_spec(mix, 0)]
            } else {
                Vec::new()
            };
            (
                (0..n)
                    .map(|i| distribution_spec(mix, i))
                    .collect::<Vec<_>>(),
                webs,
            )
                .prop_map(move |(distributions, web_distributions)| {
                    (
                        mix,
                        StackSpec {
                            distributions,
                            web_distributions,
                        },
                    )
                })
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Building a spec through the public API.

/// The props of an HTTP origin a spec describes.
fn http_props(h: &HttpSpec) -> HttpOriginProps {
    let mut p = HttpOriginProps::default();
    if let Some(v) = h.protocol {
        p = p.protocol_policy(v);
    }
    if let Some(v) = h.http_port {
        p = p.http_port(v);
    }
    if let Some(v) = h.https_port {
        p = p.https_port(v);
    }
    if let Some(v) = h.connection_attempts {
        p = p.connection_attempts(v);
    }
    if let Some(v) = h.connection_timeout {
        p = p.connection_timeout(Duration::seconds(v));
    }
    if let Some(v) = h.read_timeout {
        p = p.read_timeout(Duration::seconds(v));
    }
    if let Some(v) = h.keepalive_timeout {
        p = p.keepalive_timeout(Duration::seconds(v));
    }
    if let Some(v) = &h.origin_path {
        p = p.origin_path(v.as_str());
    }
    if !h.custom_headers.is_empty() {
        p = p.custom_headers(
            h.custom_headers
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str())),
        );
    }
    if let Some(v) = &h.origin_id {
        p = p.origin_id(v.as_str());
    }
    p
}

struct Builder {
    stack: Stack,
    buckets: BTreeMap<String, s3::Bucket>,
    zone: Option<route53::HostedZone>,
    public_key: Option<PublicKey>,
    /// The ids given to constructs at the top of the stack.
    ids: Vec<String>,
}

impl Builder {
    fn bucket(&mut self, id: &str) -> s3::Bucket {
        if let Some(b) = self.buckets.get(id) {
            return *b;
        }
        let b = s3::Bucket::new(&mut self.stack, id);
        self.ids.push(id.to_owned());
        self.buckets.insert(id.to_owned(), b);
        b
    }

    /// The imported `example.com` zone, once.
    fn zone(&mut self) -> route53::HostedZone {
        if let Some(z) = &self.zone {
            return *z;
        }
        let zone = route53::HostedZone::from_hosted_zone_attributes(
            &mut self.stack,
            "Zone",
            route53::HostedZoneAttributes {
                hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
                zone_name: "example.com".into(),
            },
        );
        self.ids.push("Zone".to_owned());
        self.zone = Some(zone);
        zone
    }

    fn origin(&mut self, o: &OriginSpec, prefix: &str) -> Origin {
        match o {
            OriginSpec::Private(p) => self.private_origin(p, prefix),
            OriginSpec::Http(h) => Origin::http(h.domain.as_str(), http_props(h)),
            OriginSpec::LoadBalancer(h) => Origin::load_balancer_v2(
                elbv2::ApplicationLoadBalancer::from_dns_name(h.domain.as_str()),
                http_props(h),
            ),
            OriginSpec::S3Oac {
                bucket,
                origin_path,
            } => {
                let bucket = self.bucket(bucket);
                let mut p = S3BucketOriginWithOacProps::default();
                if let Some(v) = origin_path {
                    p = p.origin_path(v.as_str());
                }
                S3BucketOrigin::with_origin_access_control(bucket, p)
            }
            OriginSpec::S3Oai { bucket } => {
                let bucket = self.bucket(bucket);
                S3BucketOrigin::with_origin_access_identity(
                    bucket,
                    S3BucketOriginWithOaiProps::default(),
                )
            }
            OriginSpec::Group {
                primary,
                fallback,
                status_codes,
            } => {
                let mut p = OriginGroupProps::default()
                    .primary_origin(Origin::http(primary.domain.as_str(), http_props(primary)))
                    .fallback_origin(Origin::http(fallback.domain.as_str(), http_props(fallback)));
                if !status_codes.is_empty() {
                    p = p.fallback_status_codes(status_codes.iter().copied());
                }
                origins::OriginGroup(p)
            }
        }
    }

    fn behavior(&mut self, b: &BehaviorSpec) -> BehaviorOptions {
        let mut o = BehaviorOptions::new(self.origin(&b.origin, &b.prefix));
        o = self.extras(o, &b.extras, &b.prefix);
        if let Some(v) = b.viewer_protocol_policy {
            o = o.viewer_protocol_policy(v);
        }
        if let Some(v) = b.allowed_methods {
            o = o.allowed_methods(v);
        }
        if let Some(v) = b.cached_methods {
            o = o.cached_methods(v);
        }
        if let Some(v) = b.compress {
            o = o.compress(v);
        }
        match &b.cache_policy {
            None => {}
            Some(CacheSpec::Managed(p)) => o = o.cache_policy(*p),
            Some(CacheSpec::Own {
                id,
                name,
                comment,
                min_ttl,
                default_ttl,
                max_ttl,
                headers,
                query_strings,
                gzip,
            }) => {
                let mut p = CachePolicyProps::default();
                if let Some(v) = name {
                    p = p.cache_policy_name(v.as_str());
                }
                if let Some(v) = comment {
                    p = p.comment(v.as_str());
                }
                if let Some(v) = min_ttl {
                    p = p.min_ttl(Duration::seconds(*v));
                }
                if let Some(v) = default_ttl {
                    p = p.default_ttl(Duration::seconds(*v));
                }
                if let Some(v) = max_ttl {
                    p = p.max_ttl(Duration::seconds(*v));
                }
                if !headers.is_empty() {
                    p = p.header_behavior(CacheHeaderBehavior::allow_list(headers.iter()));
                }
                if let Some(q) = query_strings {
                    p = p.query_string_behavior(if q.is_empty() {
                        CacheQueryStringBehavior::all()
                    } else {
                        CacheQueryStringBehavior::allow_list(q.iter())
                    });
                }
                if let Some(v) = gzip {
                    p = p.enable_accept_encoding_gzip(*v);
                }
                self.ids.push(id.clone());
                o = o.cache_policy(CachePolicy::new(&mut self.stack, id, p));
            }
        }
        match &b.origin_request_policy {
            None => {}
            Some(OriginRequestSpec::Managed(p)) => o = o.origin_request_policy(*p),
            Some(OriginRequestSpec::Own {
                id,
                name,
                headers,
                cookies,
            }) => {
                let mut p = OriginRequestPolicyProps::default();
                if let Some(v) = name {
                    p = p.origin_request_policy_name(v.as_str());
                }
                if !headers.is_empty() {
                    p = p.header_behavior(OriginRequestHeaderBehavior::allow_list(headers.iter()));
                }
                if !cookies.is_empty() {
                    p = p.cookie_behavior(OriginRequestCookieBehavior::allow_list(cookies.iter()));
                }
                self.ids.push(id.clone());
                o = o.origin_request_policy(OriginRequestPolicy::new(&mut self.stack, id, p));
            }
        }
        if let Some(r) = &b.response_headers_policy {
            let mut p = ResponseHeadersPolicyProps::default();
            if let Some(v) = &r.name {
                p = p.response_headers_policy_name(v.as_str());
            }
            if let Some(v) = &r.comment {
                p = p.comment(v.as_str());
            }
            if !r.custom_headers.is_empty() {
                p = p.custom_headers_behavior(
                    ResponseCustomHeadersBehavior::default().custom_headers(
                        r.custom_headers.iter().map(|(h, v, over)| {
                            ResponseCustomHeader::default()
                                .header(h.as_str())
                                .value(v.as_str())
                                .r#override(*over)
                        }),
                    ),
                );
            }
            if !r.remove_headers.is_empty() {
                p = p.remove_headers(r.remove_headers.iter());
            }
            self.ids.push(r.id.clone());
            o = o.response_headers_policy(ResponseHeadersPolicy::new(&mut self.stack, &r.id, p));
        }
        o
    }

    fn distribution(&mut self, d: &DistributionSpec) {
        let default_behavior = self.behavior(&d.default_behavior);
        let mut p = DistributionProps::new(default_behavior);
        if !d.additional_behaviors.is_empty() {
            let additional: Vec<(String, BehaviorOptions)> = d
                .additional_behaviors
                .iter()
                .map(|(pattern, b)| (pattern.clone(), self.behavior(b)))
                .collect();
            p = p.additional_behaviors(additional);
        }
        if let Some(v) = &d.comment {
            p = p.comment(v.as_str());
        }
        if let Some(v) = d.enabled {
            p = p.enabled(v);
        }
        if let Some(v) = &d.default_root_object {
            p = p.default_root_object(v.as_str());
        }
        if let Some(v) = d.http_version {
            p = p.http_version(v);
        }
        if let Some(v) = d.enable_ipv6 {
            p = p.enable_ipv6(v);
        }
        if let Some(v) = d.price_class {
            p = p.price_class(v);
        }
        if !d.error_responses.is_empty() {
            p = p.error_responses(d.error_responses.iter().map(|e| {
                let mut r = ErrorResponse::default().http_status(e.http_status);
                if let Some(v) = e.response_http_status {
                    r = r.response_http_status(v);
                }
                if let Some(v) = &e.response_page_path {
                    r = r.response_page_path(v.as_str());
                }
                if let Some(v) = e.ttl {
                    r = r.ttl(Duration::seconds(v));
                }
                r
            }));
        }
        if let Some((allow, countries)) = &d.geo_restriction {
            p = p.geo_restriction(if *allow {
                GeoRestriction::allowlist(countries.iter())
            } else {
                GeoRestriction::denylist(countries.iter())
            });
        }
        if let Some((names, certificate)) = &d.domain_names {
            p = p.domain_names(names.iter());
            match certificate {
                None => {}
                Some(CertSpec::Arn) => {
                    p = p.certificate(Certificate::from_certificate_arn(CERTIFICATE_ARN));
                }
                Some(CertSpec::Own {
                    domain,
                    alternative_names,
                    dns,
                }) => {
                    let validation = if *dns {
                        CertificateValidation::from_dns(self.zone())
                    } else {
                        CertificateValidation::from_email()
                    };
                    let id = format!("{}Cert", d.id);
                    self.ids.push(id.clone());
                    let props = CertificateProps {
                        domain_name: domain.clone(),
                        subject_alternative_names: alternative_names.clone(),
                        validation,
                    };
                    p = p.certificate(Certificate::new(&mut self.stack, &id, props));
                }
            }
        }
        self.ids.push(d.id.clone());
        Distribution::new(&mut self.stack, &d.id, p);
    }
}

/// The stack a spec describes, and the ids of the constructs at its top.
fn build(spec: &StackSpec) -> (Stack, Vec<String>) {
    let mut b = Builder {
        stack: Stack::new("PropStack").with_env(ACCOUNT, REGION),
        buckets: BTreeMap::new(),
        zone: None,
        public_key: None,
        ids: Vec::new(),
    };
    for d in &spec.distributions {
        b.distribution(d);
    }
    for w in &spec.web_distributions {
        b.web_distribution(w);
    }
    (b.stack, b.ids)
}

/// What is wrong with the errors of a stack that does not synthesize, if anything: each names
/// a non-empty property path under the id of one of the stack's constructs (the CDK writes a
/// `/` of an id as `--`), and says something. An empty id, which names no construct, is
/// reported at the `id` of its scope: at the top of the stack, construct `""` and path `id`.
fn error_problems(errors: &[SynthViolation], ids: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for v in errors {
        let path = v.path();
        let top = v.construct.split('/').next().unwrap_or_default();
        let empty_id = v.construct.is_empty()
            && path == "id"
            && v.violation.rule == Rule::ConstructId
            && ids.iter().any(String::is_empty);
        if path.is_empty() {
            out.push(format!("no property path: {}", v.violation.message));
        } else if empty_id {
        } else if v.construct.is_empty() || !ids.iter().any(|id| shown_id(id) == top) {
            out.push(format!(
                "{path}: not under a construct of the stack ({ids:?}): {}",
                v.violation.message
            ));
        } else if !path.starts_with(&v.construct) {
            out.push(format!("{path}: does not start with `{}`", v.construct));
        }
        if v.violation.message.trim().is_empty() {
            out.push(format!("{path}: an empty message"));
        }
    }
    out
}

/// How an id shows in a construct path: a `/` as `--` (as the CDK writes it), an empty id as
/// `""`.
fn shown_id(id: &str) -> String {
    if id.is_empty() {
        "\"\"".to_owned()
    } else {
        id.replace('/', "--")
    }
}

/// Shortens a failing case's output: huge strings are shown by their length.
fn short(s: &str) -> String {
    if s.len() > 300 {
        let head: String = s.chars().take(300).collect();
        format!("{head}... ({} bytes)", s.len())
    } else {
        s.to_owned()
    }
}

#[test]
fn synth_answers_every_generated_stack_with_a_linted_template_or_errors_with_paths() {
    let mut runner = runner(320);
    let templates: RefCell<Vec<(String, String)>> = RefCell::new(Vec::new());
    // Synthesized and refused stacks, by how their values were drawn.
    let counts: RefCell<BTreeMap<String, (usize, usize)>> = RefCell::new(BTreeMap::new());
    // The rules that refused the stacks drawn from valid values only.
    let refusals_of_clean: RefCell<BTreeMap<String, usize>> = RefCell::new(BTreeMap::new());
    // The kinds of construct and origin in the templates that synthesized (and are linted).
    let linted_features: RefCell<BTreeMap<&'static str, usize>> = RefCell::new(BTreeMap::new());
    let result = runner.run(&stack_spec(), |(mix, spec)| {
        let (stack, ids) = build(&spec);
        let first = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stack.synth()))
            .map_err(|_| TestCaseError::fail("synth() panicked"))?;
        match first {
            Ok(template) => {
                let text = template.to_json_pretty();
                prop_assert_eq!(&text, &template.to_json_pretty(), "two renders differ");
                let (again, _) = build(&spec);
                let again = again
                    .synth()
                    .map_err(|e| TestCaseError::fail(format!("a rebuilt stack fails: {e}")))?;
                prop_assert!(
                    again.to_json_pretty() == text,
                    "the same stack built twice renders different bytes"
                );
                let mut all = templates.borrow_mut();
                let name = format!("Case{:04}", all.len());
                all.push((name, text));
                counts.borrow_mut().entry(format!("{mix:?}")).or_default().0 += 1;
                for f in spec.features() {
                    *linted_features.borrow_mut().entry(f).or_default() += 1;
                }
            }
            Err(e) => {
                let problems = error_problems(&e.errors, &ids);
                prop_assert!(
                    problems.is_empty(),
                    "errors without their path:\n{}",
                    short(&problems.join("\n"))
                );
                prop_assert!(!e.errors.is_empty(), "an error with no violation");
                // The password of a URL given as a domain name is never quoted.
                let text = e.to_string();
                prop_assert!(
                    !text.contains("hunter2"),
                    "a password quoted: {}",
                    short(&text)
                );
                if mix == Mix::CLEAN {
                    let mut tally = refusals_of_clean.borrow_mut();
                    for v in &e.errors {
                        *tally.entry(v.violation.rule.code().to_owned()).or_default() += 1;
                    }
                    if std::env::var_os("CLOUDFRONT_DSL_PROPTEST_SHOW").is_some() {
                        eprintln!("{e}");
                    }
                }
                counts.borrow_mut().entry(format!("{mix:?}")).or_default().1 += 1;
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{}", short(&e.to_string()));
    }
    let counts = counts.into_inner();
    let ok: usize = counts.values().map(|c| c.0).sum();
    let err: usize = counts.values().map(|c| c.1).sum();
    eprintln!("(synthesized, refused) by mix: {counts:?}");
    let templates = templates.into_inner();
    eprintln!(
        "{} stacks: {ok} synthesized, {err} refused; linting {} templates",
        ok + err,
        templates.len()
    );
    eprintln!(
        "rules that refused stacks of valid values: {:?}",
        refusals_of_clean.borrow()
    );
    let linted_features = linted_features.into_inner();
    eprintln!("synthesized stacks by what they hold: {linted_features:?}");
    for feature in [
        "cloudfront-function",
        "edge-function",
        "edge-version-arn",
        "include-body",
        "key-group",
        "trusted-signers",
        "vpc-origin",
        "function-url",
        "function-url-oac",
        "web-distribution",
    ] {
        assert!(
            linted_features.contains_key(feature),
            "no stack with {feature} synthesized: the lint saw none"
        );
    }
    // Without templates the lint and determinism properties would hold of nothing.
    assert!(
        ok * 5 >= ok + err,
        "only {ok} of {} stacks synthesized",
        ok + err
    );
    assert!(
        err * 5 >= ok + err,
        "only {err} of {} stacks were refused",
        ok + err
    );
    if let Err(e) = cfn_lint(&templates, REGION) {
        panic!("{}", short(&e));
    }
}

// ---------------------------------------------------------------------------------------------
// The macro and synth() agree.

/// Values of a distribution the macro sees as literals.
#[derive(Clone, Debug)]
struct LiteralSpec {
    comment: Option<String>,
    domain: String,
    http_port: Option<u16>,
    connection_attempts: Option<u32>,
    read_timeout: Option<u64>,
    origin_path: Option<String>,
    header: Option<(String, String)>,
    default_root_object: Option<String>,
    error_status: Option<u16>,
    page_path: Option<String>,
    pattern: Option<String>,
    /// Trusted signers of the default behavior.
    trusted_signers: Option<Vec<String>>,
    /// The events the default behavior runs a CloudFront Function on (the function is a
    /// handle, the events literals).
    function_events: Vec<usize>,
    /// The events it runs a Lambda@Edge version on, and whether the function gets the body.
    edge_events: Vec<(usize, Option<bool>)>,
}

/// Event constants as written in a macro, and their values.
const FUNCTION_EVENT_NAMES: &[(&str, FunctionEventType)] = &[
    ("VIEWER_REQUEST", FunctionEventType::VIEWER_REQUEST),
    ("VIEWER_RESPONSE", FunctionEventType::VIEWER_RESPONSE),
    ("ORIGIN_REQUEST", FunctionEventType::ORIGIN_REQUEST),
    ("ORIGIN_RESPONSE", FunctionEventType::ORIGIN_RESPONSE),
];
const EDGE_EVENT_NAMES: &[(&str, LambdaEdgeEventType)] = &[
    ("VIEWER_REQUEST", LambdaEdgeEventType::VIEWER_REQUEST),
    ("VIEWER_RESPONSE", LambdaEdgeEventType::VIEWER_RESPONSE),
    ("ORIGIN_REQUEST", LambdaEdgeEventType::ORIGIN_REQUEST),
    ("ORIGIN_RESPONSE", LambdaEdgeEventType::ORIGIN_RESPONSE),
];

fn literal_spec() -> BoxedStrategy<LiteralSpec> {
    (
        (
            prop::option::of(prop_oneof![mixed(Mix::OFTEN, COMMENTS), "[a-z]{120,140}"]),
            domain(Mix::OFTEN),
            prop::option::of(any::<u16>()),
            prop::option::of(prop_oneof![0..=5u32, any::<u32>()]),
            prop::option::of(prop_oneof![0..=200u64, any::<u64>()]),
            prop::option::of(mixed(Mix::OFTEN, PATHS)),
        ),
        (
            prop::option::of((
                prop_oneof![
                    mixed(Mix::OFTEN, HEADER_NAMES),
                    proptest::sample::select(HOSTILE_HEADER_NAMES).prop_map(str::to_owned),
                ],
                mixed(Mix::OFTEN, HEADER_VALUES),
            )),
            prop::option::of(mixed(Mix::OFTEN, ROOT_OBJECTS)),
            prop::option::of(prop_oneof![
                proptest::sample::select(&[403u16, 404, 500, 503][..]),
                any::<u16>()
            ]),
            prop::option::of(mixed(Mix::OFTEN, PAGE_PATHS)),
            prop::option::of(prop_oneof![
                proptest::sample::select(PATTERNS).prop_map(str::to_owned),
                proptest::sample::select(HOSTILE_PATTERNS).prop_map(str::to_owned),
                hostile(),
            ]),
        ),
        (
            prop::option::of(prop::collection::vec(
                prop_oneof![
                    proptest::sample::select(extras::SIGNERS).prop_map(str::to_owned),
                    proptest::sample::select(extras::HOSTILE_SIGNERS).prop_map(str::to_owned),
                    hostile(),
                ],
                0..3,
            )),
            prop::collection::vec(0..4usize, 0..3),
            prop::collection::vec((0..4usize, prop::option::of(any::<bool>())), 0..3),
        ),
    )
        .prop_map(
            |(
                (comment, domain, http_port, connection_attempts, read_timeout, origin_path),
                (header, default_root_object, error_status, page_path, pattern),
                (trusted_signers, function_events, edge_events),
            )| LiteralSpec {
                trusted_signers,
                function_events,
                edge_events,
                comment,
                domain,
                http_port,
                connection_attempts,
                read_timeout,
                origin_path,
                header,
                default_root_object,
                error_status,
                page_path,
                pattern,
            },
        )
        .boxed()
}

/// A Rust string literal of `s`.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// The invocation of `distribution!` with the spec's values as literals.
fn invocation(s: &LiteralSpec) -> String {
    let mut origin = Vec::new();
    if let Some(v) = s.http_port {
        origin.push(format!("http_port: {v}"));
    }
    if let Some(v) = s.connection_attempts {
        origin.push(format!("connection_attempts: {v}"));
    }
    if let Some(v) = s.read_timeout {
        origin.push(format!("read_timeout: Duration::seconds({v})"));
    }
    if let Some(v) = &s.origin_path {
        origin.push(format!("origin_path: {}", lit(v)));
    }
    if let Some((k, v)) = &s.header {
        origin.push(format!("custom_headers: {{ {}: {} }}", lit(k), lit(v)));
    }
    let mut behavior = vec![format!(
        "origin: origins::HttpOrigin({}, {{ {} }})",
        lit(&s.domain),
        origin.join(", ")
    )];
    if let Some(signers) = &s.trusted_signers {
        let items: Vec<String> = signers.iter().map(|v| lit(v)).collect();
        behavior.push(format!("trusted_signers: [{}]", items.join(", ")));
    }
    if !s.function_events.is_empty() {
        let items: Vec<String> = s
            .function_events
            .iter()
            .map(|e| {
                format!(
                    "{{ function: f, event_type: FunctionEventType::{} }}",
                    FUNCTION_EVENT_NAMES[*e].0
                )
            })
            .collect();
        behavior.push(format!("function_associations: [{}]", items.join(", ")));
    }
    if !s.edge_events.is_empty() {
        let items: Vec<String> = s
            .edge_events
            .iter()
            .map(|(e, body)| {
                let body = body
                    .map(|b| format!(", include_body: {b}"))
                    .unwrap_or_default();
                format!(
                    "{{ function_version: v, event_type: LambdaEdgeEventType::{}{body} }}",
                    EDGE_EVENT_NAMES[*e].0
                )
            })
            .collect();
        behavior.push(format!("edge_lambdas: [{}]", items.join(", ")));
    }
    let mut props = vec![format!("default_behavior: {{ {} }}", behavior.join(", "))];
    if let Some(v) = &s.comment {
        props.push(format!("comment: {}", lit(v)));
    }
    if let Some(v) = &s.default_root_object {
        props.push(format!("default_root_object: {}", lit(v)));
    }
    if let Some(status) = s.error_status {
        let page = s
            .page_path
            .as_ref()
            .map(|p| {
                format!(
                    ", response_http_status: 200, response_page_path: {}",
                    lit(p)
                )
            })
            .unwrap_or_default();
        props.push(format!(
            "error_responses: [{{ http_status: {status}{page} }}]"
        ));
    }
    if let Some(p) = &s.pattern {
        props.push(format!(
            "additional_behaviors: {{ {}: {{ origin: origins::HttpOrigin(\"b.example.com\") }} }}",
            lit(p)
        ));
    }
    format!("stack, \"myDist\", {{ {} }}", props.join(", "))
}

/// The same distribution through the builder API.
fn built(s: &LiteralSpec) -> Stack {
    let mut stack = Stack::new("Agree").with_env(ACCOUNT, REGION);
    let mut origin = HttpOriginProps::default();
    if let Some(v) = s.http_port {
        origin = origin.http_port(v);
    }
    if let Some(v) = s.connection_attempts {
        origin = origin.connection_attempts(v);
    }
    if let Some(v) = s.read_timeout {
        origin = origin.read_timeout(Duration::seconds(v));
    }
    if let Some(v) = &s.origin_path {
        origin = origin.origin_path(v.as_str());
    }
    if let Some((k, v)) = &s.header {
        origin = origin.custom_headers([(k.as_str(), v.as_str())]);
    }
    let mut behavior = BehaviorOptions::new(Origin::http(s.domain.as_str(), origin));
    if let Some(signers) = &s.trusted_signers {
        behavior = behavior.trusted_signers(signers.iter().map(String::as_str));
    }
    if !s.function_events.is_empty() {
        let f = Function::new(
            &mut stack,
            "Fn",
            cloudfront_dsl::functions::FunctionProps::new(FunctionCode::from_inline(
                extras::FUNCTION_CODE[0],
            )),
        );
        behavior = behavior.function_associations(s.function_events.iter().map(|e| {
            cloudfront_dsl::functions::FunctionAssociation::new(f, FUNCTION_EVENT_NAMES[*e].1)
        }));
    }
    if !s.edge_events.is_empty() {
        let v = cloudfront_dsl::lambda::Version::from_version_arn(
            &mut stack,
            "V",
            extras::VERSION_ARNS[0],
        );
        behavior = behavior.edge_lambdas(s.edge_events.iter().map(|(e, body)| {
            let mut a = cloudfront_dsl::distribution::EdgeLambda::default()
                .function_version(v.clone())
                .event_type(EDGE_EVENT_NAMES[*e].1);
            if let Some(b) = body {
                a = a.include_body(*b);
            }
            a
        }));
    }
    let mut p = DistributionProps::new(behavior);
    if let Some(v) = &s.comment {
        p = p.comment(v.as_str());
    }
    if let Some(v) = &s.default_root_object {
        p = p.default_root_object(v.as_str());
    }
    if let Some(status) = s.error_status {
        let mut r = ErrorResponse::default().http_status(status);
        if let Some(page) = &s.page_path {
            r = r
                .response_http_status(200)
                .response_page_path(page.as_str());
        }
        p = p.error_responses([r]);
    }
    if let Some(pattern) = &s.pattern {
        p = p.additional_behaviors([(
            pattern.as_str(),
            BehaviorOptions::new(origins::HttpOrigin("b.example.com")),
        )]);
    }
    Distribution::new(&mut stack, "myDist", p);
    stack
}

/// The rule codes of the errors in an expansion (`= note: rule \`code\``), sorted.
fn macro_rules(expansion: &str) -> Vec<String> {
    let mut out: Vec<String> = expansion
        .split("= note: rule `")
        .skip(1)
        .filter_map(|rest| rest.split('`').next())
        .map(str::to_owned)
        .collect();
    out.sort();
    out
}

/// Whether the macro `name`, expanding `input`, reports the rules `synth()` reports of `stack`
/// (errors only; the macro's warnings take another way): the rules, when they agree.
fn agree(name: &str, input: &str, stack: &Stack) -> Result<Vec<String>, TestCaseError> {
    let m = cloudfront_dsl_macros_core::find(name).expect("a macro");
    let tokens = proc_macro2::TokenStream::from_str(input)
        .map_err(|e| TestCaseError::fail(format!("not tokens ({e}): {}", short(input))))?;
    let expansion = m.expand(tokens).to_string();
    let by_macro = macro_rules(&expansion);
    let mut by_synth: Vec<String> = match stack.synth() {
        Ok(_) => Vec::new(),
        Err(e) => e
            .errors
            .iter()
            .filter(|v| v.violation.rule.severity() == Severity::Error)
            .map(|v| v.violation.rule.code().to_owned())
            .collect(),
    };
    by_synth.sort();
    prop_assert!(
        by_macro == by_synth,
        "{}! reports {:?}, synth() {:?}, on {}",
        name,
        by_macro,
        by_synth,
        short(input)
    );
    prop_assert_eq!(
        by_macro.is_empty(),
        !expansion.contains("compile_error"),
        "an error without its rule: {}",
        short(&expansion)
    );
    Ok(by_macro)
}

/// Runs `agree` over generated specs: how many of them broke a rule, of how many.
fn agreement<S: Strategy>(
    strategy: S,
    case: impl Fn(&S::Value) -> Result<Vec<String>, TestCaseError>,
) -> (usize, usize) {
    agreement_with(256, strategy, case)
}

/// [`agreement`] over `cases` specs (unless `CLOUDFRONT_DSL_PROPTEST_CASES` says otherwise).
fn agreement_with<S: Strategy>(
    cases: u32,
    strategy: S,
    case: impl Fn(&S::Value) -> Result<Vec<String>, TestCaseError>,
) -> (usize, usize) {
    let mut runner = runner(cases);
    let cases = runner.config().cases as usize;
    let broken = RefCell::new(0usize);
    // How many invocations broke each rule (both sides reported it).
    let rules: RefCell<BTreeMap<String, usize>> = RefCell::new(BTreeMap::new());
    let result = runner.run(&strategy, |spec| {
        let mut reported = case(&spec)?;
        if !reported.is_empty() {
            *broken.borrow_mut() += 1;
        }
        reported.dedup();
        for rule in reported {
            *rules.borrow_mut().entry(rule).or_default() += 1;
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{}", short(&e.to_string()));
    }
    eprintln!("invocations by rule broken: {:?}", rules.into_inner());
    (broken.into_inner(), cases)
}

#[test]
fn the_macro_and_synth_report_the_same_rules_on_the_same_literals() {
    let (broken, cases) = agreement(literal_spec(), |spec| {
        agree("distribution", &invocation(spec), &built(spec))
    });
    eprintln!("distribution! and synth() agree; {broken} of {cases} invocations broke a rule");
    // Neither all valid nor all invalid: both verdicts were compared.
    assert!(
        broken > 0 && broken < cases,
        "{broken} of {cases} broke a rule"
    );
}

/// Values of a cache policy the macro sees as literals.
#[derive(Clone, Debug)]
struct CacheLiteralSpec {
    name: Option<String>,
    comment: Option<String>,
    min_ttl: Option<u64>,
    default_ttl: Option<u64>,
    max_ttl: Option<u64>,
    headers: Vec<String>,
    query_strings: Vec<String>,
}

fn cache_literal_spec() -> BoxedStrategy<CacheLiteralSpec> {
    let ttl = || {
        prop::option::of(prop_oneof![
            0..=100u64,
            31_535_990..=31_536_010u64,
            any::<u64>()
        ])
    };
    (
        prop::option::of(prop_oneof![mixed(Mix::OFTEN, NAMES), "[A-Za-z_-]{120,140}"]),
        prop::option::of(prop_oneof![mixed(Mix::OFTEN, COMMENTS), "[a-z ]{120,140}"]),
        ttl(),
        ttl(),
        ttl(),
        prop::collection::vec(mixed(Mix::OFTEN, POLICY_HEADERS), 0..4),
        prop::collection::vec(mixed(Mix::OFTEN, &["q", "page", "Q"]), 0..3),
    )
        .prop_map(
            |(name, comment, min_ttl, default_ttl, max_ttl, headers, query_strings)| {
                CacheLiteralSpec {
                    name,
                    comment,
                    min_ttl,
                    default_ttl,
                    max_ttl,
                    headers,
                    query_strings,
                }
            },
        )
        .boxed()
}

fn cache_invocation(s: &CacheLiteralSpec) -> String {
    let mut props = Vec::new();
    if let Some(v) = &s.name {
        props.push(format!("cache_policy_name: {}", lit(v)));
    }
    if let Some(v) = &s.comment {
        props.push(format!("comment: {}", lit(v)));
    }
    for (prop, v) in [
        ("min_ttl", s.min_ttl),
        ("default_ttl", s.default_ttl),
        ("max_ttl", s.max_ttl),
    ] {
        if let Some(v) = v {
            props.push(format!("{prop}: Duration::seconds({v})"));
        }
    }
    let list = |names: &[String]| names.iter().map(|n| lit(n)).collect::<Vec<_>>().join(", ");
    if !s.headers.is_empty() {
        props.push(format!(
            "header_behavior: CacheHeaderBehavior::allow_list({})",
            list(&s.headers)
        ));
    }
    if !s.query_strings.is_empty() {
        props.push(format!(
            "query_string_behavior: CacheQueryStringBehavior::deny_list({})",
            list(&s.query_strings)
        ));
    }
    format!("stack, \"Policy\", {{ {} }}", props.join(", "))
}

fn cache_built(s: &CacheLiteralSpec) -> Stack {
    let mut stack = Stack::new("Agree").with_env(ACCOUNT, REGION);
    let mut p = CachePolicyProps::default();
    if let Some(v) = &s.name {
        p = p.cache_policy_name(v.as_str());
    }
    if let Some(v) = &s.comment {
        p = p.comment(v.as_str());
    }
    if let Some(v) = s.min_ttl {
        p = p.min_ttl(Duration::seconds(v));
    }
    if let Some(v) = s.default_ttl {
        p = p.default_ttl(Duration::seconds(v));
    }
    if let Some(v) = s.max_ttl {
        p = p.max_ttl(Duration::seconds(v));
    }
    if !s.headers.is_empty() {
        p = p.header_behavior(CacheHeaderBehavior::allow_list(s.headers.iter()));
    }
    if !s.query_strings.is_empty() {
        p = p.query_string_behavior(CacheQueryStringBehavior::deny_list(s.query_strings.iter()));
    }
    CachePolicy::new(&mut stack, "Policy", p);
    stack
}

#[test]
fn the_cache_policy_macro_and_synth_report_the_same_rules_on_the_same_literals() {
    let (broken, cases) = agreement(cache_literal_spec(), |spec| {
        agree("cache_policy", &cache_invocation(spec), &cache_built(spec))
    });
    eprintln!("cache_policy! and synth() agree; {broken} of {cases} invocations broke a rule");
    assert!(
        broken > 0 && broken < cases,
        "{broken} of {cases} broke a rule"
    );
}

/// Values of a response headers policy the macro sees as literals.
#[derive(Clone, Debug)]
struct HeadersLiteralSpec {
    name: Option<String>,
    comment: Option<String>,
    custom_headers: Vec<(String, String, bool)>,
    remove_headers: Vec<String>,
    sampling_rate: Option<f64>,
}

const RESPONSE_HEADERS: &[&str] = &[
    "X-Served-By",
    "x-served-by",
    "Content-Length",
    "Server",
    "Set-Cookie",
    "X-Amz-Cf-Id",
];

fn headers_literal_spec() -> BoxedStrategy<HeadersLiteralSpec> {
    (
        prop::option::of(prop_oneof![mixed(Mix::OFTEN, NAMES), "[A-Za-z_-]{120,140}"]),
        prop::option::of(mixed(Mix::OFTEN, COMMENTS)),
        prop::collection::vec(
            (
                mixed(Mix::OFTEN, RESPONSE_HEADERS),
                mixed(Mix::OFTEN, HEADER_VALUES),
                any::<bool>(),
            ),
            0..3,
        ),
        prop::collection::vec(mixed(Mix::OFTEN, RESPONSE_HEADERS), 0..3),
        prop::option::of(prop_oneof![0.0..=100.0f64, -10.0..=200.0f64]),
    )
        .prop_map(
            |(name, comment, custom_headers, remove_headers, sampling_rate)| HeadersLiteralSpec {
                name,
                comment,
                custom_headers,
                remove_headers,
                sampling_rate,
            },
        )
        .boxed()
}

/// A float literal the macro reads back as the same `f64`.
fn float(v: f64) -> String {
    let text = format!("{v:?}");
    if text.contains('.') || text.contains('e') {
        text
    } else {
        format!("{text}.0")
    }
}

fn headers_invocation(s: &HeadersLiteralSpec) -> String {
    let mut props = Vec::new();
    if let Some(v) = &s.name {
        props.push(format!("response_headers_policy_name: {}", lit(v)));
    }
    if let Some(v) = &s.comment {
        props.push(format!("comment: {}", lit(v)));
    }
    if !s.custom_headers.is_empty() {
        let items: Vec<String> = s
            .custom_headers
            .iter()
            .map(|(h, v, o)| format!("{{ header: {}, value: {}, override: {o} }}", lit(h), lit(v)))
            .collect();
        props.push(format!(
            "custom_headers_behavior: {{ custom_headers: [{}] }}",
            items.join(", ")
        ));
    }
    if !s.remove_headers.is_empty() {
        let items: Vec<String> = s.remove_headers.iter().map(|h| lit(h)).collect();
        props.push(format!("remove_headers: [{}]", items.join(", ")));
    }
    if let Some(v) = s.sampling_rate {
        // A negative number is a unary minus before its literal, as a user writes it.
        props.push(format!("server_timing_sampling_rate: {}", float(v)));
    }
    format!("stack, \"Headers\", {{ {} }}", props.join(", "))
}

fn headers_built(s: &HeadersLiteralSpec) -> Stack {
    let mut stack = Stack::new("Agree").with_env(ACCOUNT, REGION);
    let mut p = ResponseHeadersPolicyProps::default();
    if let Some(v) = &s.name {
        p = p.response_headers_policy_name(v.as_str());
    }
    if let Some(v) = &s.comment {
        p = p.comment(v.as_str());
    }
    if !s.custom_headers.is_empty() {
        p = p.custom_headers_behavior(ResponseCustomHeadersBehavior::default().custom_headers(
            s.custom_headers.iter().map(|(h, v, o)| {
                ResponseCustomHeader::default()
                    .header(h.as_str())
                    .value(v.as_str())
                    .r#override(*o)
            }),
        ));
    }
    if !s.remove_headers.is_empty() {
        p = p.remove_headers(s.remove_headers.iter());
    }
    if let Some(v) = s.sampling_rate {
        p = p.server_timing_sampling_rate(v);
    }
    ResponseHeadersPolicy::new(&mut stack, "Headers", p);
    stack
}

#[test]
fn the_response_headers_policy_macro_and_synth_report_the_same_rules_on_the_same_literals() {
    let (broken, cases) = agreement(headers_literal_spec(), |spec| {
        agree(
            "response_headers_policy",
            &headers_invocation(spec),
            &headers_built(spec),
        )
    });
    eprintln!(
        "response_headers_policy! and synth() agree; {broken} of {cases} invocations broke a rule"
    );
    assert!(
        broken > 0 && broken < cases,
        "{broken} of {cases} broke a rule"
    );
}
