//! What a behavior runs and whom it trusts (CloudFront Functions, Lambda@Edge functions, key
//! groups, trusted signers), and the origins reached through a VPC origin or a Lambda function
//! URL: their specs, generators and how the builder API makes them.

use cloudfront_dsl::distribution::{BehaviorOptions, EdgeLambda};
use cloudfront_dsl::experimental::{EdgeFunction, EdgeFunctionProps};
use cloudfront_dsl::function_url::{FunctionUrlAuthType, FunctionUrlOptions};
use cloudfront_dsl::functions::{FunctionAssociation, FunctionEventType, FunctionProps};
use cloudfront_dsl::keys::{KeyGroupProps, PublicKeyProps};
use cloudfront_dsl::lambda;
use cloudfront_dsl::origins::{
    FunctionUrlOriginProps, FunctionUrlOriginWithOacProps, Origin, VpcOriginWithEndpointProps,
};
use cloudfront_dsl::prelude::*;
use proptest::prelude::*;

use super::{Builder, COMMENTS, Mix, NAMES, mixed, number, seconds};

/// The fixture's public key (RSA 2048).
pub(super) const PUBLIC_KEY: &str = include_str!("../fixtures/public_key.pem");

pub(super) const FUNCTION_CODE: &[&str] = &[
    "function handler(event) { return event.request; }",
    "function handler(event) { var r = event.response; r.headers['x-served'] = { value: '1' }; return r; }",
];
pub(super) const HOSTILE_FUNCTION_CODE: &[&str] = &[
    "",
    "function handler(event) { return event.request",
    "async function handler(event) { return event.request; }",
    "function other(event) { return event.request; }",
    "function handler(event) { return eval('1'); }",
];
const LAMBDA_CODE: &str = "exports.handler = async (e) => e.Records[0].cf.request;";
pub(super) const VERSION_ARNS: &[&str] =
    &["arn:aws:lambda:us-east-1:123456789012:function:edge-fn:1"];
pub(super) const HOSTILE_VERSION_ARNS: &[&str] = &[
    "arn:aws:lambda:us-east-1:123456789012:function:edge-fn:$LATEST",
    "arn:aws:lambda:us-east-1:123456789012:function:edge-fn",
    "arn:aws:lambda:eu-west-1:123456789012:function:edge-fn:1",
    "arn:aws:lambda:us-east-1:123456789012:function:edge-fn:alias",
];
pub(super) const SIGNERS: &[&str] = &["self", "123456789012"];
pub(super) const HOSTILE_SIGNERS: &[&str] = &["1234-5678-9012", "12345678901", "SELF", "me"];

/// A CloudFront Function on an event of a behavior.
#[derive(Clone, Debug)]
pub(super) struct FunctionSpec {
    pub event: FunctionEventType,
    pub code: String,
    pub runtime: Option<FunctionRuntime>,
    pub name: Option<String>,
    pub comment: Option<String>,
}

/// Where a Lambda@Edge association's version comes from.
#[derive(Clone, Debug)]
pub(super) enum EdgeSource {
    /// An edge function of the stack, with its memory (MB) and timeout (s).
    Function {
        memory: Option<u32>,
        timeout: Option<u64>,
    },
    /// A version by ARN.
    Arn(String),
}

#[derive(Clone, Debug)]
pub(super) struct EdgeSpec {
    pub event: LambdaEdgeEventType,
    pub include_body: Option<bool>,
    pub source: EdgeSource,
}

#[derive(Clone, Debug)]
pub(super) struct KeyGroupSpec {
    /// How many times the group lists the stack's public key (once is the rule).
    pub keys: usize,
    pub name: Option<String>,
    pub comment: Option<String>,
}

/// What a behavior runs and whom it trusts.
#[derive(Clone, Debug, Default)]
pub(super) struct Extras {
    pub functions: Vec<FunctionSpec>,
    pub edge_lambdas: Vec<EdgeSpec>,
    pub key_groups: Vec<KeyGroupSpec>,
    pub trusted_signers: Option<Vec<String>>,
}

/// An origin reached through a VPC origin the origin creates, or through a function URL.
#[derive(Clone, Debug)]
pub(super) enum PrivateOriginSpec {
    Vpc {
        /// The load balancer's DNS name (its ARN is made from it).
        dns: String,
        name: Option<String>,
        http_port: Option<u16>,
        https_port: Option<u16>,
        read_timeout: Option<u64>,
    },
    FunctionUrl {
        oac: bool,
        auth: FunctionUrlAuthType,
        read_timeout: Option<u64>,
    },
}

const FUNCTION_EVENTS: &[FunctionEventType] = &[
    FunctionEventType::VIEWER_REQUEST,
    FunctionEventType::VIEWER_RESPONSE,
];
const ALL_FUNCTION_EVENTS: &[FunctionEventType] = &[
    FunctionEventType::VIEWER_REQUEST,
    FunctionEventType::VIEWER_RESPONSE,
    FunctionEventType::ORIGIN_REQUEST,
    FunctionEventType::ORIGIN_RESPONSE,
];
const EDGE_EVENTS: &[LambdaEdgeEventType] = &[
    LambdaEdgeEventType::VIEWER_REQUEST,
    LambdaEdgeEventType::VIEWER_RESPONSE,
    LambdaEdgeEventType::ORIGIN_REQUEST,
    LambdaEdgeEventType::ORIGIN_RESPONSE,
];

fn function_spec(mix: Mix) -> BoxedStrategy<FunctionSpec> {
    let events = if mix.fixups {
        proptest::sample::select(FUNCTION_EVENTS).boxed()
    } else {
        proptest::sample::select(ALL_FUNCTION_EVENTS).boxed()
    };
    let code = if mix.weight == 0 {
        mixed(mix, FUNCTION_CODE)
    } else {
        prop_oneof![
            mix.weight => mixed(mix, FUNCTION_CODE),
            1 => proptest::sample::select(HOSTILE_FUNCTION_CODE).prop_map(str::to_owned),
            1 => Just(format!("function handler(event) {{ return event.request; }}//{}", "x".repeat(10 * 1024))),
        ]
        .boxed()
    };
    (
        events,
        code,
        prop::option::of(prop_oneof![
            Just(FunctionRuntime::JS_1_0),
            Just(FunctionRuntime::JS_2_0)
        ]),
        prop::option::of(mixed(mix, NAMES)),
        prop::option::of(mixed(mix, COMMENTS)),
    )
        .prop_map(move |(event, code, runtime, name, comment)| FunctionSpec {
            event,
            code,
            runtime,
            // Names are the account's: a clean stack leaves them to be generated.
            name: if mix.fixups { None } else { name },
            comment,
        })
        .boxed()
}

fn edge_spec(mix: Mix) -> BoxedStrategy<EdgeSpec> {
    let arns = if mix.weight == 0 {
        mixed(mix, VERSION_ARNS)
    } else {
        prop_oneof![
            mix.weight => mixed(mix, VERSION_ARNS),
            1 => proptest::sample::select(HOSTILE_VERSION_ARNS).prop_map(str::to_owned),
        ]
        .boxed()
    };
    let source = prop_oneof![
        (
            prop::option::of(number(
                mix,
                proptest::sample::select(&[128u32, 256, 1024][..]),
                any::<u32>()
            )),
            prop::option::of(seconds(mix, 1..=30)),
        )
            .prop_map(|(memory, timeout)| EdgeSource::Function { memory, timeout }),
        arns.prop_map(EdgeSource::Arn),
    ];
    (
        proptest::sample::select(EDGE_EVENTS),
        prop::option::of(any::<bool>()),
        source,
    )
        .prop_map(move |(event, mut include_body, mut source)| {
            if mix.fixups {
                // Only a request event gets the body.
                if !event.is_request_event() {
                    include_body = include_body.filter(|b| !b);
                }
                // Viewer events run with at most 128 MB for at most 5 s.
                if let (true, EdgeSource::Function { memory, timeout }) =
                    (event.is_viewer_event(), &mut source)
                {
                    *memory = memory.map(|m| m.min(128));
                    *timeout = timeout.map(|t| t.min(5));
                }
            }
            EdgeSpec {
                event,
                include_body,
                source,
            }
        })
        .boxed()
}

fn key_group_spec(mix: Mix) -> BoxedStrategy<KeyGroupSpec> {
    (
        number(mix, Just(1usize), 0..=2usize),
        prop::option::of(mixed(mix, NAMES)),
        prop::option::of(mixed(mix, COMMENTS)),
    )
        .prop_map(move |(keys, name, comment)| KeyGroupSpec {
            keys,
            name: if mix.fixups { None } else { name },
            comment,
        })
        .boxed()
}

fn signer(mix: Mix) -> BoxedStrategy<String> {
    if mix.weight == 0 {
        mixed(mix, SIGNERS)
    } else {
        prop_oneof![
            mix.weight => mixed(mix, SIGNERS),
            1 => proptest::sample::select(HOSTILE_SIGNERS).prop_map(str::to_owned),
        ]
        .boxed()
    }
}

/// What a behavior runs and whom it trusts: mostly nothing, as most behaviors do.
pub(super) fn extras(mix: Mix) -> BoxedStrategy<Extras> {
    let some = (
        prop::collection::vec(function_spec(mix), 0..3),
        prop::collection::vec(edge_spec(mix), 0..3),
        prop::collection::vec(key_group_spec(mix), 0..3),
        prop::option::of(prop::collection::vec(signer(mix), 0..3)),
    )
        .prop_map(
            move |(mut functions, mut edge_lambdas, key_groups, mut trusted_signers)| {
                if mix.fixups {
                    // One function of each kind per event.
                    functions.sort_by_key(|f| f.event);
                    functions.dedup_by_key(|f| f.event);
                    edge_lambdas.sort_by_key(|e| e.event);
                    edge_lambdas.dedup_by_key(|e| e.event);
                    // CloudFront does not combine CloudFront Functions with Lambda@Edge on
                    // viewer events.
                    if !functions.is_empty() {
                        edge_lambdas.retain(|e| !e.event.is_viewer_event());
                    }
                    // Key groups replace trusted signers.
                    if !key_groups.is_empty() {
                        trusted_signers = None;
                    }
                    if let Some(s) = &mut trusted_signers {
                        s.sort();
                        s.dedup();
                    }
                }
                Extras {
                    functions,
                    edge_lambdas,
                    key_groups,
                    trusted_signers,
                }
            },
        );
    prop_oneof![2 => Just(Extras::default()), 1 => some].boxed()
}

pub(super) fn private_origin_spec(mix: Mix) -> BoxedStrategy<PrivateOriginSpec> {
    let vpc = (
        mixed(
            mix,
            &[
                "internal-app-1.us-east-1.elb.amazonaws.com",
                "internal-web-22.us-east-1.elb.amazonaws.com",
            ],
        ),
        prop::option::of(mixed(mix, NAMES)),
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
        prop::option::of(seconds(mix, 1..=60)),
    )
        .prop_map(move |(dns, name, http_port, https_port, read_timeout)| {
            PrivateOriginSpec::Vpc {
                dns,
                name: if mix.fixups { None } else { name },
                http_port,
                https_port,
                read_timeout,
            }
        });
    let url = (
        any::<bool>(),
        prop_oneof![
            Just(FunctionUrlAuthType::AWS_IAM),
            Just(FunctionUrlAuthType::NONE)
        ],
        prop::option::of(seconds(mix, 1..=60)),
    )
        .prop_map(move |(oac, mut auth, read_timeout)| {
            // An open URL takes no requests signed by a control that always signs.
            if mix.fixups && oac {
                auth = FunctionUrlAuthType::AWS_IAM;
            }
            PrivateOriginSpec::FunctionUrl {
                oac,
                auth,
                read_timeout,
            }
        });
    prop_oneof![vpc, url].boxed()
}

impl Builder {
    /// The stack's one public key, made on first use.
    fn public_key(&mut self) -> PublicKey {
        if let Some(k) = self.public_key {
            return k;
        }
        let key = PublicKey::new(
            &mut self.stack,
            "SigningKey",
            PublicKeyProps::default().encoded_key(PUBLIC_KEY),
        );
        self.ids.push("SigningKey".to_owned());
        self.public_key = Some(key);
        key
    }

    pub(super) fn private_origin(&mut self, o: &PrivateOriginSpec, prefix: &str) -> Origin {
        match o {
            PrivateOriginSpec::Vpc {
                dns,
                name,
                http_port,
                https_port,
                read_timeout,
            } => {
                let alb = ApplicationLoadBalancer::from_load_balancer_attributes(
                    "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/internal-app/50dc6c495c0c9188",
                    dns.as_str(),
                );
                let mut p = VpcOriginWithEndpointProps::default();
                if let Some(v) = name {
                    p = p.vpc_origin_name(v.as_str());
                }
                if let Some(v) = http_port {
                    p = p.http_port(*v);
                }
                if let Some(v) = https_port {
                    p = p.https_port(*v);
                }
                if let Some(v) = read_timeout {
                    p = p.read_timeout(Duration::seconds(*v));
                }
                origins::VpcOrigin::with_application_load_balancer(alb, p)
            }
            PrivateOriginSpec::FunctionUrl {
                oac,
                auth,
                read_timeout,
            } => {
                let id = format!("{prefix}Api");
                self.ids.push(id.clone());
                let f = lambda::Function::new(
                    &mut self.stack,
                    &id,
                    lambda::FunctionProps::default()
                        .runtime(Runtime::NODEJS_22_X)
                        .handler("index.handler")
                        .code(lambda::Code::from_inline(
                            "exports.handler = async () => ({ statusCode: 200 });",
                        )),
                );
                let url = f.add_function_url(
                    &mut self.stack,
                    FunctionUrlOptions::default().auth_type(*auth),
                );
                if *oac {
                    let mut p = FunctionUrlOriginWithOacProps::default();
                    if let Some(v) = read_timeout {
                        p = p.read_timeout(Duration::seconds(*v));
                    }
                    origins::FunctionUrlOrigin::with_origin_access_control(url, p)
                } else {
                    let mut p = FunctionUrlOriginProps::default();
                    if let Some(v) = read_timeout {
                        p = p.read_timeout(Duration::seconds(*v));
                    }
                    Origin::function_url(url, p)
                }
            }
        }
    }

    /// The functions a behavior runs, made under `prefix`.
    pub(super) fn functions(&mut self, x: &Extras, prefix: &str) -> Vec<FunctionAssociation> {
        let mut associations = Vec::new();
        for (i, f) in x.functions.iter().enumerate() {
            let mut p = FunctionProps::new(FunctionCode::from_inline(f.code.as_str()));
            if let Some(v) = f.runtime {
                p = p.runtime(v);
            }
            if let Some(v) = &f.name {
                p = p.function_name(v.as_str());
            }
            if let Some(v) = &f.comment {
                p = p.comment(v.as_str());
            }
            let id = format!("{prefix}Fn{i}");
            self.ids.push(id.clone());
            let function = Function::new(&mut self.stack, &id, p);
            associations.push(FunctionAssociation::new(function, f.event));
        }
        associations
    }

    /// The Lambda@Edge versions a behavior runs, made under `prefix`, with their specs.
    pub(super) fn edge_versions<'a>(
        &mut self,
        x: &'a Extras,
        prefix: &str,
    ) -> Vec<(lambda::Version, &'a EdgeSpec)> {
        let mut versions = Vec::new();
        for (i, e) in x.edge_lambdas.iter().enumerate() {
            let id = format!("{prefix}Edge{i}");
            self.ids.push(id.clone());
            let version = match &e.source {
                EdgeSource::Arn(arn) => {
                    lambda::Version::from_version_arn(&mut self.stack, &id, arn.as_str())
                }
                EdgeSource::Function { memory, timeout } => {
                    let mut p = EdgeFunctionProps::default()
                        .runtime(Runtime::NODEJS_22_X)
                        .handler("index.handler")
                        .code(lambda::Code::from_inline(LAMBDA_CODE));
                    if let Some(v) = memory {
                        p = p.memory_size(*v);
                    }
                    if let Some(v) = timeout {
                        p = p.timeout(Duration::seconds(*v));
                    }
                    EdgeFunction::new(&mut self.stack, &id, p).current_version()
                }
            };
            versions.push((version, e));
        }
        versions
    }

    /// The key groups a behavior trusts, made under `prefix`.
    pub(super) fn key_groups(&mut self, x: &Extras, prefix: &str) -> Vec<KeyGroup> {
        let mut groups = Vec::new();
        for (i, g) in x.key_groups.iter().enumerate() {
            let key = self.public_key();
            let mut p = KeyGroupProps::default().items(vec![key; g.keys]);
            if let Some(v) = &g.name {
                p = p.key_group_name(v.as_str());
            }
            if let Some(v) = &g.comment {
                p = p.comment(v.as_str());
            }
            let id = format!("{prefix}Keys{i}");
            self.ids.push(id.clone());
            groups.push(KeyGroup::new(&mut self.stack, &id, p));
        }
        groups
    }

    /// The behavior with what it runs and whom it trusts; its constructs take ids under
    /// `prefix`.
    pub(super) fn extras(
        &mut self,
        mut o: BehaviorOptions,
        x: &Extras,
        prefix: &str,
    ) -> BehaviorOptions {
        if !x.functions.is_empty() {
            o = o.function_associations(self.functions(x, prefix));
        }
        if !x.edge_lambdas.is_empty() {
            let associations: Vec<EdgeLambda> = self
                .edge_versions(x, prefix)
                .into_iter()
                .map(|(version, e)| {
                    let mut a = EdgeLambda::default()
                        .function_version(version)
                        .event_type(e.event);
                    if let Some(v) = e.include_body {
                        a = a.include_body(v);
                    }
                    a
                })
                .collect();
            o = o.edge_lambdas(associations);
        }
        if !x.key_groups.is_empty() {
            o = o.trusted_key_groups(self.key_groups(x, prefix));
        }
        if let Some(s) = &x.trusted_signers {
            o = o.trusted_signers(s.iter().map(String::as_str));
        }
        o
    }
}

/// The kinds of construct and origin a spec's behaviors use, for the tally of what the
/// synthesized (and so linted) templates hold.
pub(super) fn features(
    x: &Extras,
    origin: Option<&PrivateOriginSpec>,
    out: &mut Vec<&'static str>,
) {
    if !x.functions.is_empty() {
        out.push("cloudfront-function");
    }
    for e in &x.edge_lambdas {
        out.push(match e.source {
            EdgeSource::Function { .. } => "edge-function",
            EdgeSource::Arn(_) => "edge-version-arn",
        });
        if e.include_body == Some(true) {
            out.push("include-body");
        }
    }
    if !x.key_groups.is_empty() {
        out.push("key-group");
    }
    if x.trusted_signers.as_ref().is_some_and(|s| !s.is_empty()) {
        out.push("trusted-signers");
    }
    match origin {
        Some(PrivateOriginSpec::Vpc { .. }) => out.push("vpc-origin"),
        Some(PrivateOriginSpec::FunctionUrl { oac: true, .. }) => out.push("function-url-oac"),
        Some(PrivateOriginSpec::FunctionUrl { oac: false, .. }) => out.push("function-url"),
        None => {}
    }
}
