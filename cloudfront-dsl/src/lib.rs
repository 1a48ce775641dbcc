//! Describe Amazon CloudFront infrastructure in Rust, have the compiler reject broken
//! configurations, and get CloudFormation templates out.
//!
//! The syntax is the AWS CDK's (props keep their Python names, constants and factories their
//! CDK names), so a CDK example ports line by line:
//!
//! ```
//! use cloudfront_dsl::prelude::*;
//!
//! let mut stack = Stack::new("S3OriginStack").with_env("123456789012", "us-east-1");
//! let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
//! distribution!(stack, "myDist", {
//!     default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(my_bucket) },
//! });
//! let template = stack.synth()?;
//! assert!(template.resource("myDist9DB766F3").is_some());
//! # Ok::<(), cloudfront_dsl::SynthError>(())
//! ```
//!
//! An invalid configuration does not compile, and the error points at the offending token:
//!
//! ```compile_fail
//! use cloudfront_dsl::prelude::*;
//! let mut stack = Stack::new("Broken");
//! distribution!(stack, "myDist", {
//!     // error: origin domain name `https://www.example.com/` has a scheme (`https://`) ...
//!     default_behavior: { origin: origins::HttpOrigin("https://www.example.com/") },
//! });
//! ```
//!
//! # The pieces
//! - [`distribution!`] declares a distribution, [`add_behavior!`] adds a behavior to one,
//!   [`web_distribution!`] declares the CDK's former `CloudFrontWebDistribution`,
//!   [`cache_policy!`] and [`origin_request_policy!`] declare policies, [`function!`] and
//!   [`key_value_store!`] declare CloudFront Functions and the stores they read,
//!   [`lambda_function!`] and [`edge_function!`] declare Lambda functions for Lambda@Edge,
//!   [`response_headers_policy!`] a response headers policy, [`s3_origin_access_control!`] and
//!   [`function_url_origin_access_control!`] origin access controls, [`vpc_origin!`] a VPC
//!   origin, [`realtime_log_config!`] a real-time log configuration, [`stack!`] a whole stack
//!   in one block, checked as a whole; values are literals, CDK
//!   constants and factories, nested `{ prop: value }` blocks, `[...]` lists,
//!   `{ "key": value }` maps, or any Rust expression of the right type.
//! - The typed model ([`Stack`], [`s3`], [`origins`], [`mod@distribution`], ...) is also usable
//!   directly, without macros; [`Stack::synth`] runs the same rules at run time and returns
//!   every violation with its property path.
//! - An [`App`] synthesizes stacks that depend on each other (an edge function's us-east-1
//!   stack and the stack of its distribution), each after the stacks it needs.
//! - [`props_reference`] lists every macro's props (what each takes, its default, its CDK and
//!   CloudFormation names), the nested blocks, every constant and factory, and the rules.
//! - [`build`] writes templates from a build script, [`cli`] turns an example or a small binary
//!   into a template generator (`cargo run --example s3_origin -- --out infra/`); both write
//!   every stack of an app, and the cloud assembly manifest the CDK toolkit reads.

// The macros name everything `::cloudfront_dsl::...`; this lets them work inside this crate too.
extern crate self as cloudfront_dsl;

mod assets;
mod atomic;
mod private;
mod switch;

pub mod build;
pub mod cli;
pub mod import;
pub mod output;

// The model, curated: what a user names is documented here; what only the macros use is
// re-exported hidden (the generated code names it by path), so that the docs show the DSL.
/// Whether a rule's finding fails the build or is a warning.
pub use cloudfront_model::rules::Severity;
pub use cloudfront_model::{
    AllowedMethods, App, AsScope, BehaviorOptions, CacheCookieBehavior, CacheHeaderBehavior,
    CachePolicy, CacheQueryStringBehavior, CachedMethods, CfnOutput, CfnResource, Distribution,
    DistributionProps, Duration, Env, ErrorResponse, Expr, GeoRestriction, HttpVersion, NodeRef,
    OriginRequestCookieBehavior, OriginRequestHeaderBehavior, OriginRequestPolicy,
    OriginRequestQueryStringBehavior, PriceClass, PropPath, Quotas, RemovalPolicy,
    ResponseHeadersPolicy, Rule, Scope, Size, Stack, SynthError, SynthViolation, Target, Template,
    ViewerProtocolPolicy, Violation,
};
pub use cloudfront_model::{
    acm, apigateway, apigatewayv2, app, appsync, asset, distribution, duration, ec2, ecr, elbv2,
    experimental, expr, function_url, functions, key_value_store, keys, lambda, naming,
    origin_access_control, origin_access_identity, origins, overrides, policies, quotas,
    realtime_log_config, removal_policy, route53, routing, s3, scope, size, stack, tags, template,
    vpc_origin, web_distribution,
};
#[doc(hidden)]
pub use cloudfront_model::{lit, path, redact, rules, schema, violation};
/// JSON values, for [`CfnResource`] properties written by hand.
pub use serde_json;

/// Declares a CloudFront distribution in a stack and returns its
/// [`Distribution`] handle.
///
/// `distribution!(stack, "id", { props })` takes the stack (a `Stack` or a `&mut Stack`), the
/// construct id (from which the logical id derives, as in the CDK) and the
/// [props](distribution::DistributionProps) in CDK syntax:
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("HttpOriginStack").with_env("123456789012", "us-east-1");
/// let dist = distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::HttpOrigin("www.example.com", {
///             protocol_policy: OriginProtocolPolicy::HTTPS_ONLY,
///             read_timeout: Duration::seconds(30),
///             custom_headers: { "X-Origin-Verify": "secret" },
///         }),
///         viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
///     },
///     comment: "www",
///     price_class: PriceClass::PRICE_CLASS_100,
///     error_responses: [{ http_status: 404, response_http_status: 200, response_page_path: "/index.html" }],
/// });
/// let domain = dist.distribution_domain_name();
/// assert!(stack.synth().is_ok());
/// # let _ = domain;
/// ```
///
/// Every literal is checked at compile time by the rule set; a value given by a Rust
/// expression is checked when [`Stack::synth`] runs. A stack whose account has a raised quota
/// declares it with an inner attribute, which also raises the stack's quota at run time:
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Slow");
/// distribution!(stack, "myDist", {
///     #![quotas(origin_response_timeout = 180)]
///     default_behavior: {
///         origin: origins::HttpOrigin("reports.example.com", { read_timeout: Duration::seconds(180) }),
///     },
/// });
/// assert_eq!(stack.quotas().origin_response_timeout, 180);
/// ```
///
/// `#![override_logical_id("...")]` gives the distribution a logical id of your choice instead
/// of the one its id derives: how a distribution that replaces a [`web_distribution!`] keeps
/// its logical id, so that CloudFormation updates it in place (see the README's "Moving from
/// `web_distribution!` to `distribution!`"). `synth()` refuses an id another resource has.
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("WebDistBasicStack").with_env("123456789012", "us-east-1");
/// let bucket = s3::Bucket::new(&mut stack, "Bucket");
/// distribution!(stack, "MyDistribution", {
///     #![override_logical_id("MyDistributionCFDistributionDE147309")]
///     default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(bucket) },
/// });
/// assert!(stack.synth()?.resource("MyDistributionCFDistributionDE147309").is_some());
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
///
/// An additional behavior whose path pattern an earlier one covers never applies: the macro
/// warns at its pattern (rule `unreachable-behavior`, a warning of rustc's `deprecated` lint,
/// which `#![deny(warnings)]` makes an error), and so does `synth()` in
/// [`Template::warnings`]. [`Distribution::route`] tells which behavior a path hits:
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Routes");
/// let api = origins::HttpOrigin("api.example.com");
/// let cdn = distribution!(stack, "cdn", {
///     default_behavior: { origin: origins::HttpOrigin("www.example.com") },
///     additional_behaviors: {
///         "/api/v1/*": { origin: origins::HttpOrigin("legacy.example.com") },
///         "/api/*": { origin: api, cache_policy: CachePolicy::CACHING_DISABLED },
///     },
/// });
/// let route = cdn.route(&stack, "/api/v2/orders")?;
/// assert!(route.origin() == Some(&api));
/// assert_eq!(route.cache_policy, CachePolicy::CACHING_DISABLED);
/// # Ok::<(), cloudfront_dsl::routing::RouteError>(())
/// ```
pub use cloudfront_dsl_macros::distribution;

/// Declares a web distribution (the CDK's `CloudFrontWebDistribution`) in a stack and returns
/// its [`WebDistribution`](web_distribution::WebDistribution) handle.
///
/// Stacks that have a web distribution in production keep it, its logical id
/// (`<id>CFDistribution<hash>`) and its defaults with this macro; new stacks use
/// [`distribution!`]. The [props](web_distribution::WebDistributionProps) are the CDK's:
/// origin configurations, each with one source (an S3 bucket or a custom origin), an optional
/// failover source, and its behaviors, exactly one of which is the default behavior.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("WebStack").with_env("123456789012", "us-east-1");
/// let assets = s3::Bucket::new(&mut stack, "Assets");
/// let dist = web_distribution!(stack, "MyDistribution", {
///     origin_configs: [
///         {
///             s3_origin_source: { s3_bucket_source: assets },
///             behaviors: [{ is_default_behavior: true }],
///         },
///         {
///             custom_origin_source: {
///                 domain_name: "api.example.com",
///                 origin_protocol_policy: OriginProtocolPolicy::HTTPS_ONLY,
///                 origin_read_timeout: Duration::seconds(60),
///             },
///             behaviors: [{
///                 path_pattern: "/api/*",
///                 allowed_methods: CloudFrontAllowedMethods::ALL,
///                 forwarded_values: {
///                     query_string: true,
///                     cookies: { forward: "whitelist", whitelisted_names: ["session"] },
///                     headers: ["Authorization"],
///                 },
///                 default_ttl: Duration::seconds(0),
///                 max_ttl: Duration::seconds(0),
///             }],
///         },
///     ],
///     viewer_certificate: ViewerCertificate::from_acm_certificate(
///         acm::Certificate::from_certificate_arn(
///             "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
///         ),
///         { aliases: ["www.example.com"], security_policy: SecurityPolicyProtocol::TLS_V1_2_2021 },
///     ),
///     geo_restriction: GeoRestriction::allowlist("US", "GB"),
///     logging_config: { prefix: "cdn/" },
/// });
/// let template = stack.synth()?;
/// assert!(template.resource("MyDistributionCFDistributionDE147309").is_some());
/// # let _ = dist.distribution_domain_name();
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
///
/// The CDK's deprecated spellings still compile, with a deprecation warning that names the
/// current one: `GeoRestriction::whitelist` / `blacklist`, `alias_configuration`, the origin
/// configuration's own `origin_path` and `origin_headers`, and `trusted_signers`. A behavior's
/// `lambda_function_associations` and `function_associations` are not available yet.
pub use cloudfront_dsl_macros::web_distribution;

/// Declares a cache policy in a stack and returns its [`CachePolicy`] handle, for a behavior's
/// `cache_policy`.
///
/// The props are [`CachePolicyProps`](policies::CachePolicyProps), all optional; a name is
/// generated (from the construct path and the region, as the CDK does) when none is given.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("CachePolicyCustomStack").with_env("123456789012", "us-east-1");
/// let my_cache_policy = cache_policy!(stack, "myCachePolicy", {
///     cache_policy_name: "MyPolicy",
///     comment: "A default policy",
///     default_ttl: Duration::days(2),
///     min_ttl: Duration::minutes(1),
///     max_ttl: Duration::days(10),
///     cookie_behavior: CacheCookieBehavior::all(),
///     header_behavior: CacheHeaderBehavior::allow_list("X-CustomHeader"),
///     query_string_behavior: CacheQueryStringBehavior::deny_list("username"),
///     enable_accept_encoding_gzip: true,
///     enable_accept_encoding_brotli: true,
/// });
/// distribution!(stack, "myDistCustomPolicy", {
///     default_behavior: {
///         origin: origins::HttpOrigin("www.example.com"),
///         cache_policy: my_cache_policy,
///     },
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::cache_policy;

/// Declares an origin request policy in a stack and returns its [`OriginRequestPolicy`]
/// handle, for a behavior's `origin_request_policy`.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("OriginRequestPolicyStack").with_env("123456789012", "us-east-1");
/// let policy = origin_request_policy!(stack, "OriginRequestPolicy", {
///     origin_request_policy_name: "MyPolicy",
///     cookie_behavior: OriginRequestCookieBehavior::none(),
///     header_behavior: OriginRequestHeaderBehavior::all("CloudFront-Is-Android-Viewer"),
///     query_string_behavior: OriginRequestQueryStringBehavior::allow_list("username"),
/// });
/// distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::HttpOrigin("www.example.com"),
///         origin_request_policy: policy,
///     },
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::origin_request_policy;

/// Adds a behavior to a distribution after its creation: the CDK's
/// `dist.add_behavior("/images/*.jpg", origin, viewer_protocol_policy=...)`.
///
/// `add_behavior!(stack, dist, path_pattern, origin, { options })` takes the stack, the
/// distribution's handle, the path pattern, the origin and (optionally) the
/// [behavior options](distribution::BehaviorOptions). Behaviors added this way are matched after
/// those given at creation, in the order they are added.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("AddBehaviorStack").with_env("123456789012", "us-east-1");
/// let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
/// let dist = distribution!(stack, "myDist", {
///     default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(my_bucket) },
/// });
/// add_behavior!(stack, dist, "/images/*.jpg", origins::S3BucketOrigin::with_origin_access_control(my_bucket), {
///     viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::add_behavior;

/// Declares a public key in a stack and returns its [`PublicKey`](keys::PublicKey) handle, for
/// a [`key_group!`].
///
/// `encoded_key` takes the key in PEM, as a string literal, an expression, or
/// `file("path")`: a file read at compile time, relative to the source file (as
/// `include_str!` does), so a key file that is not a valid public key never compiles.
/// CloudFront takes RSA 2048-bit and ECDSA P-256 keys; a private key pasted by mistake is
/// refused, and the error never shows the key. The file holds the PEM block alone: text before
/// `-----BEGIN` or after `-----END` (a note, a password) is refused rather than copied into the
/// template. `file(...)` reads only a regular file (not a FIFO or a device), of at most 16 KiB
/// for a key (a PEM public key is under 1 KiB) and 5 MB for the other files a prop reads (a
/// key value store's import data, CloudFront's largest).
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// # let public_key = include_str!("../../tests/fixtures/public_key.pem");
/// let mut stack = Stack::new("TrustedKeyGroupsStack").with_env("123456789012", "us-east-1");
/// let pub_key = public_key!(stack, "MyPubKey", { encoded_key: public_key });
/// let key_group = key_group!(stack, "MyKeyGroup", { items: [pub_key] });
/// distribution!(stack, "Dist", {
///     default_behavior: {
///         origin: origins::HttpOrigin("www.example.com"),
///         trusted_key_groups: [key_group],
///     },
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::public_key;

/// Declares a key group in a stack and returns its [`KeyGroup`](keys::KeyGroup) handle, for a
/// behavior's `trusted_key_groups`. Keys may be declared inline, as in the CDK README:
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// # let pem = include_str!("../../tests/fixtures/public_key.pem");
/// let mut stack = Stack::new("KeyGroupStack").with_env("123456789012", "us-east-1");
/// key_group!(stack, "MyKeyGroup", {
///     items: [public_key!(stack, "MyPublicKey", { encoded_key: pem })],
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::key_group;

/// Declares a CloudFront function in a stack and returns its
/// [`Function`](functions::Function) handle, for a behavior's `function_associations`.
///
/// The props are [`FunctionProps`](functions::FunctionProps): the `code` (required), the
/// `runtime`, a `comment`, a `function_name` (generated from the region and the construct path
/// when omitted, as the CDK does), `auto_publish` and a `key_value_store`.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("CloudFrontFunctionStack").with_env("123456789012", "us-east-1");
/// let s3_bucket = s3::Bucket::new(&mut stack, "s3Bucket");
/// let cf_function = function!(stack, "Function", {
///     code: FunctionCode::from_inline("function handler(event) { return event.request }"),
/// });
/// distribution!(stack, "distro", {
///     default_behavior: {
///         origin: origins::S3BucketOrigin::with_origin_access_control(s3_bucket),
///         function_associations: [{
///             function: cf_function,
///             event_type: FunctionEventType::VIEWER_REQUEST,
///         }],
///     },
/// });
/// assert!(stack.synth().is_ok());
/// ```
///
/// The code is JavaScript that CloudFront parses when it creates the function; the macro parses
/// it at compile time. Code that does not parse, defines no `handler`, is over 10 KB or uses
/// what its runtime lacks does not compile, and the error quotes the offending line:
///
/// ```compile_fail
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Broken");
/// function!(stack, "Function", {
///     // error: this function runs on cloudfront-js-1.0, which has no `const` declarations;
///     // cloudfront-js-2.0 has: line 1, column 27 ...
///     code: FunctionCode::from_inline("function handler(event) { const r = event.request; return r; }"),
/// });
/// ```
///
/// `FunctionCode::from_file("functions/rewrite.js")` reads the code at compile time, relative to
/// the source file (as `include_str!`, so a change to the file recompiles the crate); its
/// errors point at the path and name the line and column in the file.
pub use cloudfront_dsl_macros::function;

/// Declares a CloudFront key value store in a stack and returns its
/// [`KeyValueStore`](key_value_store::KeyValueStore) handle, for a function's
/// `key_value_store`.
///
/// The props are [`KeyValueStoreProps`](key_value_store::KeyValueStoreProps): a
/// `key_value_store_name` (generated from the construct path when omitted), a `comment` and the
/// `source` of its initial data.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("StoreStack").with_env("123456789012", "us-east-1");
/// let store = key_value_store!(stack, "Redirects", {
///     comment: "old paths and where they moved",
///     source: ImportSource::from_inline(r#"{"data":[{"key":"/old","value":"/new"}]}"#),
/// });
/// function!(stack, "Redirect", {
///     code: FunctionCode::from_inline(
///         "import cf from 'cloudfront';\nconst kvs = cf.kvs();\nasync function handler(event) { return event.request; }",
///     ),
///     key_value_store: store,
/// });
/// assert!(stack.synth().is_ok());
/// ```
///
/// The data is in CloudFront's import format, checked at compile time when it is a literal:
/// `ImportSource::from_inline("...")`, `ImportSource::from_asset("data/redirects.json")` (a
/// file read at compile time, relative to the source file), or
/// `ImportSource::from_bucket(bucket, "key")` (an object CloudFront reads at deployment). Inline
/// and file data are staged as assets, as the CDK stages them: [`build::Templates`] copies them
/// into the cloud assembly and lists them in the stack's asset manifest, so that
/// `cdk deploy --app DIR` uploads them.
///
/// ```compile_fail
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Broken");
/// key_value_store!(stack, "Redirects", {
///     // error: entry 2 has the key `/old` of entry 1; CloudFront rejects data with a key given twice
///     source: ImportSource::from_inline(r#"{"data":[{"key":"/old","value":"/a"},{"key":"/old","value":"/b"}]}"#),
/// });
/// ```
pub use cloudfront_dsl_macros::key_value_store;

/// Declares an S3 bucket in a stack (or a scope) and returns its [`Bucket`](s3::Bucket) handle:
/// the CDK's `s3.Bucket` with the props real apps set, checked at compile time.
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Site").with_env("123456789012", "us-east-1");
/// let assets = bucket!(stack, "Assets", {
///     bucket_name: "example-site-assets-123456789012",
///     removal_policy: RemovalPolicy::DESTROY,
///     versioned: true,
///     block_public_access: s3::BlockPublicAccess::BLOCK_ALL,
///     encryption: s3::BucketEncryption::S3_MANAGED,
/// });
/// distribution!(stack, "Cdn", { default_behavior: { origin: origins::S3Origin(assets) } });
/// assert!(stack.synth().is_ok());
/// ```
///
/// ```compile_fail
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Broken");
/// bucket!(stack, "Assets", {
///     // error: bucket name `Assets_2024` holds `A`; S3 takes lowercase letters, digits, `.` and `-`
///     bucket_name: "Assets_2024",
/// });
/// ```
pub use cloudfront_dsl_macros::bucket;

/// Declares an ACM certificate in a stack (or a scope) and returns its
/// [`Certificate`](acm::Certificate) handle: the CDK's `acm.Certificate`, validated by email
/// unless `validation` says DNS (`acm::CertificateValidation::from_dns(zone)`). In a
/// [`stack!`] block, a distribution that uses it is checked against its names and its region
/// at compile time.
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Site").with_env("123456789012", "us-east-1");
/// let cert = certificate!(stack, "Cert", {
///     domain_name: "example.com",
///     subject_alternative_names: ["www.example.com"],
/// });
/// distribution!(stack, "Cdn", {
///     default_behavior: { origin: origins::HttpOrigin("origin.example.com") },
///     domain_names: ["www.example.com"],
///     certificate: cert,
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::certificate;

/// One value form of the DSL written outside a construct macro: the CDK's
/// `const web = new origins.HttpOrigin('www.example.com', { originId: 'web' })`, defined once
/// and shared, ports as `let web = value!(origins::HttpOrigin("www.example.com", { origin_id:
/// "web" }));`.
///
/// `value!` takes whatever a prop of a construct macro takes by a type's name: a factory with
/// its props (`origins::HttpOrigin(...)`, `origins::S3BucketOrigin::with_origin_access_control(...)`),
/// a policy's behavior (`CacheQueryStringBehavior::deny_list(...)`), a geographic restriction,
/// a certificate, a duration, a managed policy's constant. It parses the value as the
/// construct macros do, reports a literal that breaks a rule at its token with the rule's code
/// (the rules the value carries wherever it is used: an origin's ports, a country code; those
/// that depend on the prop it is given to, such as a TTL's range, run where it is given, at
/// `synth()`), and expands to the expression the construct macro writes for it inline, so a
/// variable holding it gives the same template as the inline form. One macro serves every
/// type, as one prop position does, hence its name.
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Shared").with_env("123456789012", "us-east-1");
/// let web = value!(origins::HttpOrigin("www.example.com", { origin_id: "web", http_port: 8080 }));
/// let no_tracking = value!(CacheQueryStringBehavior::deny_list("utm_source", "utm_medium"));
/// cache_policy!(stack, "Policy", { query_string_behavior: no_tracking });
/// distribution!(stack, "Cdn", {
///     default_behavior: { origin: web },
///     additional_behaviors: { "/img/*": { origin: web } },
///     geo_restriction: value!(GeoRestriction::allowlist("US", "GB")),
/// });
/// assert!(stack.synth().is_ok());
/// ```
///
/// Written as plain Rust, `origins::HttpOrigin("x", { origin_id: "web" })` is no DSL: rustc
/// reads `{ origin_id: "web" }` as a block and reports syntax errors, and the plain function
/// takes the domain name alone (dropping the props block compiles, without the props). Wrap
/// the DSL form in `value!`, or build the props in Rust
/// (`origins::Origin::http("x", origins::HttpOriginProps::default().origin_id("web"))`).
///
/// A literal that breaks a rule is an error at its token:
///
/// ```compile_fail
/// use cloudfront_dsl::prelude::*;
/// let ssh = value!(origins::HttpOrigin("www.example.com", { http_port: 22 })); // rule origin-port
/// ```
pub use cloudfront_dsl_macros::value;

/// Declares a whole stack in one block, as a CDK stack's constructor does, and returns the
/// [`Stack`]: `stack!("Name", env: { account: "...", region: "..." }, { ... })` (`env` may be
/// left out).
///
/// Before the block, beside `env:`, `description: "..."` describes the stack (the CDK's
/// `description` stack prop, [`Stack::with_description`]): the template's `Description`, at
/// most 1024 bytes ([`rules::MAX_STACK_DESCRIPTION_BYTES`]); a literal longer than that is an
/// error at the literal, by the rule `synth()` checks.
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let stack = stack!("Docs", description: "The docs site", env: { account: "123456789012", region: "us-east-1" }, {
///     bucket!("Site", {});
/// });
/// assert_eq!(stack.description(), Some("The docs site"));
/// let template = stack.synth()?;
/// assert_eq!(template.description(), Some("The docs site"));
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
///
/// The block holds statements in the order the CDK constructor has them: `let` bindings of
/// constructs and values, construct macros written without their stack argument
/// (`distribution!("Dist", { ... })`, `bucket!("Logs", { ... })`, every construct macro of the
/// crate; `add_behavior!(dist, "/path/*", origin, { ... })`), and ordinary Rust (loops, `if`,
/// calls), passed through unchanged. In the block the stack is named `stack` (the CDK's
/// `self`): `s3::Bucket::new(&mut stack, "Assets")` and a macro written with its stack argument
/// work as outside a block. `#![quotas(name = value, ...)]` at the start of the block raises
/// the stack's quotas.
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let stack = stack!("SiteStack", env: { account: "123456789012", region: "us-east-1" }, {
///     let logs = bucket!("Logs", { object_ownership: s3::ObjectOwnership::OBJECT_WRITER });
///     let assets = s3::Bucket::new(&mut stack, "Assets");
///     let headers = cache_policy!("Headers", { cache_policy_name: "site-headers" });
///     distribution!("Dist", {
///         default_behavior: {
///             origin: origins::S3BucketOrigin::with_origin_access_control(assets),
///             cache_policy: headers,
///         },
///         log_bucket: logs,
///     });
///     for version in 1..=2 {
///         cache_policy!(format!("Api{version}"), { cache_policy_name: format!("api-v{version}") });
///     }
/// });
/// assert_eq!(stack.name(), "SiteStack");
/// let template = stack.synth()?.to_json_pretty();
/// assert!(template.contains("\"site-headers\"") && template.contains("\"api-v2\""));
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
///
/// Each construct is checked at its token as its own macro checks it. The block is also
/// checked as a whole: the macro builds the stack from the block's literal constructs (those
/// of its top-level statements; a variable bound to one stands for it in the props after it)
/// and runs the checks [`Stack::synth`] runs over several constructs, so that a log bucket of
/// the block without ACLs, two constructs with one id, more cache policies than the account's
/// quota or two policies with one name are errors at the token:
///
/// ```compile_fail
/// use cloudfront_dsl::prelude::*;
/// stack!("Site", {
///     // error: the log bucket `Logs` has ACLs off ...
///     let logs = bucket!("Logs", {});
///     distribution!("Dist", {
///         default_behavior: { origin: origins::HttpOrigin("www.example.com") },
///         log_bucket: logs,
///     });
/// });
/// ```
///
/// What the block computes at run time (a loop, a value of a function) is checked by
/// `synth()`, as outside a block. Stacks of several blocks go together in an [`App`]
/// (`App::from(vec![stack!(...), stack!(...)])`); an [`edge_function!`] of a block adds its
/// us-east-1 stack to the block's stack, as outside a block.
pub use cloudfront_dsl_macros::stack;

/// Declares a Lambda function in a stack and returns its [`Function`](lambda::Function)
/// handle: the CDK's `lambda.Function(self, "id", runtime=..., handler=..., code=...)`.
///
/// The props are [`FunctionProps`](lambda::FunctionProps): the CDK's names and constants
/// (`runtime: Runtime::NODEJS_22_X`, `timeout: Duration::seconds(5)`, `memory_size: 128`). A
/// runtime whose function creation Lambda has disabled does not compile, and the error names
/// the runtime to use. `current_version()` gives the version a Lambda@Edge association takes;
/// in a stack of us-east-1, a function is a Lambda@Edge function once associated with a
/// behavior:
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("LambdaEdgeUsEast1Stack").with_env("123456789012", "us-east-1");
/// let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
/// let my_func = lambda_function!(stack, "MyFunction", {
///     runtime: Runtime::NODEJS_22_X,
///     handler: "index.handler",
///     code: lambda::Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;"),
/// });
/// distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::S3Origin(my_bucket),
///         edge_lambdas: [{
///             function_version: my_func.current_version(),
///             event_type: LambdaEdgeEventType::VIEWER_REQUEST,
///         }],
///     },
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::lambda_function;

/// Declares an edge function (the CDK's `cloudfront.experimental.EdgeFunction`) and returns
/// its [`EdgeFunction`](experimental::EdgeFunction) handle: a Lambda function in us-east-1
/// whatever the stack's region.
///
/// The props are those of [`lambda_function!`], and `stack_id`. In a stack of another region
/// the function goes to a us-east-1 stack of its own (`edge-lambda-stack-<address>`, or
/// `stack_id`), which the stack depends on: synthesize them together with an
/// [`App`], or write them with [`build`] or [`cli`], which do. What Lambda@Edge does
/// not support (environment variables, layers, arm64, ...) does not compile.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("LambdaEdgeStack").with_env("123456789012", "eu-west-1");
/// let my_bucket = s3::Bucket::new(&mut stack, "myBucket");
/// let my_func = edge_function!(stack, "MyFunction", {
///     runtime: Runtime::NODEJS_22_X,
///     handler: "index.handler",
///     code: lambda::Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;"),
/// });
/// distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::S3Origin(my_bucket),
///         edge_lambdas: [{
///             function_version: my_func.current_version(),
///             event_type: LambdaEdgeEventType::VIEWER_REQUEST,
///         }],
///     },
/// });
/// let app = App::from(stack);
/// let templates = app.synth().expect("valid stacks");
/// assert_eq!(templates.len(), 2, "the us-east-1 stack, then the distribution's");
/// ```
pub use cloudfront_dsl_macros::edge_function;

/// Declares a response headers policy in a stack and returns its [`ResponseHeadersPolicy`]
/// handle, for a behavior's `response_headers_policy`.
///
/// The [props](policies::ResponseHeadersPolicyProps) are the CDK's, all optional: a name
/// (generated from the construct path when omitted, as the CDK does), a comment, the CORS
/// headers, custom headers, security headers, headers removed and the `Server-Timing` sampling
/// rate. The CDK's `override` is written as is.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("HeadersStack").with_env("123456789012", "us-east-1");
/// let policy = response_headers_policy!(stack, "Headers", {
///     custom_headers_behavior: {
///         custom_headers: [{ header: "X-Robots-Tag", value: "noindex", override: true }],
///     },
///     security_headers_behavior: {
///         strict_transport_security: {
///             access_control_max_age: Duration::days(365),
///             include_subdomains: true,
///             override: true,
///         },
///         frame_options: { frame_option: HeadersFrameOption::DENY, override: true },
///     },
///     remove_headers: ["Server"],
///     server_timing_sampling_rate: 12.5,
/// });
/// distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::HttpOrigin("www.example.com"),
///         response_headers_policy: policy,
///     },
///     additional_behaviors: {
///         "/api/*": {
///             origin: origins::HttpOrigin("api.example.com"),
///             response_headers_policy: ResponseHeadersPolicy::CORS_ALLOW_ALL_ORIGINS,
///         },
///     },
/// });
/// assert!(stack.synth().is_ok());
/// ```
///
/// A header CloudFront writes itself, `mode_block` beside `report_uri`, CORS methods outside
/// CloudFront's set: each does not compile.
///
/// ```compile_fail
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Broken");
/// response_headers_policy!(stack, "Headers", {
///     // error: CloudFront does not let a response headers policy remove `Content-Length`
///     remove_headers: ["Content-Length"],
/// });
/// ```
pub use cloudfront_dsl_macros::response_headers_policy;

/// Declares an origin access control for S3 origins (the CDK's `S3OriginAccessControl`) in a
/// stack and returns its [`S3OriginAccessControl`](origin_access_control::S3OriginAccessControl)
/// handle, for `origins::S3BucketOrigin::with_origin_access_control`'s
/// `origin_access_control`.
///
/// The [props](origin_access_control::OriginAccessControlProps) are all optional: a name is
/// generated from the construct path when none is given, and CloudFront signs every request
/// (`Signing::SIGV4_ALWAYS`) unless `signing` says otherwise. An origin made with
/// `with_origin_access_control` and no `origin_access_control` creates one of its own, as the
/// CDK does.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("OacStack").with_env("123456789012", "us-east-1");
/// let media = s3::Bucket::new(&mut stack, "media");
/// let oac = s3_origin_access_control!(stack, "MediaOAC", {
///     signing: Signing::SIGV4_NO_OVERRIDE,
///     description: "media reader",
/// });
/// distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::S3BucketOrigin::with_origin_access_control(media, {
///             origin_access_control: oac,
///             origin_access_levels: [AccessLevel::READ, AccessLevel::WRITE],
///         }),
///         allowed_methods: AllowedMethods::ALLOW_ALL,
///     },
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::s3_origin_access_control;

/// Declares an origin access control for Lambda function URL origins (the CDK's
/// `FunctionUrlOriginAccessControl`) in a stack and returns its
/// [`FunctionUrlOriginAccessControl`](origin_access_control::FunctionUrlOriginAccessControl)
/// handle, for `origins::FunctionUrlOrigin::with_origin_access_control`'s
/// `origin_access_control`. The props are those of [`s3_origin_access_control!`].
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("UrlStack").with_env("123456789012", "us-east-1");
/// let api = lambda_function!(stack, "Api", {
///     runtime: Runtime::NODEJS_22_X,
///     handler: "index.handler",
///     code: lambda::Code::from_inline("exports.handler = async () => ({ statusCode: 200 });"),
/// });
/// // The CDK's `api.addFunctionUrl()`: a URL that takes signed requests only (`AWS_IAM`).
/// let url = api.add_function_url(&mut stack, function_url::FunctionUrlOptions::default());
/// let oac = function_url_origin_access_control!(stack, "ApiOAC", {
///     origin_access_control_name: "api-signer",
/// });
/// distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::FunctionUrlOrigin::with_origin_access_control(url, {
///             origin_access_control: oac,
///             read_timeout: Duration::seconds(60),
///         }),
///         allowed_methods: AllowedMethods::ALLOW_ALL,
///         cache_policy: CachePolicy::CACHING_DISABLED,
///         origin_request_policy: OriginRequestPolicy::ALL_VIEWER_EXCEPT_HOST_HEADER,
///     },
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::function_url_origin_access_control;

/// Declares a VPC origin (the CDK's `cloudfront.VpcOrigin`) in a stack and returns its
/// [`VpcOrigin`](vpc_origin::VpcOrigin) handle, for `origins::VpcOrigin::with_vpc_origin`.
///
/// The [props](vpc_origin::VpcOriginProps) are the CDK's: the `endpoint` (an internal load
/// balancer or an EC2 instance, by logical id or by its attributes), a name (generated from the
/// construct path when omitted), ports, a protocol policy and TLS protocols. An origin made with
/// `origins::VpcOrigin::with_application_load_balancer` (or `with_network_load_balancer`,
/// `with_ec2_instance`) creates its own, as the CDK does.
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("VpcStack").with_env("123456789012", "us-east-1");
/// let alb = ApplicationLoadBalancer::from_load_balancer_attributes(
///     "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/reports/50dc6c495c0c9188",
///     "internal-reports-1234567890.us-east-1.elb.amazonaws.com",
/// );
/// let reports = vpc_origin!(stack, "Reports", {
///     endpoint: VpcOriginEndpoint::application_load_balancer(alb),
///     protocol_policy: OriginProtocolPolicy::HTTPS_ONLY,
/// });
/// distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::VpcOrigin::with_vpc_origin(reports, { read_timeout: Duration::seconds(60) }),
///     },
/// });
/// assert!(stack.synth().is_ok());
/// ```
pub use cloudfront_dsl_macros::vpc_origin;

/// Declares a real-time log configuration (the CDK's `cloudfront.RealtimeLogConfig`) in a
/// stack and returns its [`RealtimeLogConfig`](realtime_log_config::RealtimeLogConfig) handle,
/// for a behavior's `realtime_log_config`.
///
/// The [props](realtime_log_config::RealtimeLogConfigProps) are the CDK's: the Kinesis data
/// streams the logs go to (`Endpoint::from_kinesis_stream(arn)`, through a role the
/// configuration creates, or `Endpoint::from_kinesis_stream_with_role(arn, role_arn)`), the
/// fields of a record, the percentage of requests logged, and a name (generated from the
/// construct path when omitted).
///
/// ```
/// use cloudfront_dsl::prelude::*;
///
/// let mut stack = Stack::new("LogsStack").with_env("123456789012", "us-east-1");
/// let logs = realtime_log_config!(stack, "RealtimeLogs", {
///     end_points: [Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/cloudfront-logs")],
///     fields: ["timestamp", "c-ip", "sc-status", "cs-uri-stem"],
///     sampling_rate: 10,
/// });
/// distribution!(stack, "myDist", {
///     default_behavior: {
///         origin: origins::HttpOrigin("www.example.com"),
///         realtime_log_config: logs,
///     },
///     publish_additional_metrics: true,
/// });
/// assert!(stack.synth().is_ok());
/// ```
///
/// A field CloudFront does not log is a compile error at the field:
///
/// ```compile_fail
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Broken");
/// realtime_log_config!(stack, "RealtimeLogs", {
///     end_points: [Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/logs")],
///     // error: `c_ip` is not a field of CloudFront's real-time logs
///     fields: ["timestamp", "c_ip"],
///     sampling_rate: 10,
/// });
/// ```
pub use cloudfront_dsl_macros::realtime_log_config;

/// Everything an example needs, in one import.
pub mod prelude {
    pub use crate::RemovalPolicy;
    pub use crate::app::App;
    pub use crate::distribution::{
        AllowedMethods, BehaviorOptions, CachedMethods, Distribution, DistributionAttributes,
        DistributionProps, ErrorResponse, GeoRestriction, HttpVersion, LambdaEdgeEventType,
        PriceClass, SSLMethod, SecurityPolicyProtocol, ViewerProtocolPolicy,
    };
    pub use crate::elbv2::{ApplicationLoadBalancer, NetworkLoadBalancer};
    pub use crate::functions::{
        Function, FunctionAssociation, FunctionCode, FunctionEventType, FunctionRuntime,
    };
    pub use crate::key_value_store::{ImportSource, KeyValueStore};
    pub use crate::keys::{KeyGroup, PublicKey};
    pub use crate::lambda::{Architecture, Runtime, Tracing};
    pub use crate::origin_access_control::{
        AccessLevel, FunctionUrlOriginAccessControl, S3OriginAccessControl, Signing,
    };
    pub use crate::origin_access_identity::OriginAccessIdentity;
    pub use crate::origins::{
        OriginIpAddressType, OriginProtocolPolicy, OriginSelectionCriteria, OriginSslPolicy,
    };
    pub use crate::overrides::{DefaultChild, PropertyOverrides};
    pub use crate::policies::{
        CacheCookieBehavior, CacheHeaderBehavior, CachePolicy, CacheQueryStringBehavior,
        HeadersFrameOption, HeadersReferrerPolicy, OriginRequestCookieBehavior,
        OriginRequestHeaderBehavior, OriginRequestPolicy, OriginRequestQueryStringBehavior,
        ResponseHeadersPolicy,
    };
    pub use crate::realtime_log_config::{Endpoint, RealtimeLogConfig};
    pub use crate::routing::Route;
    pub use crate::scope::{AsScope, Scope};
    pub use crate::stack::Output;
    pub use crate::tags::{TagProps, Tags};
    pub use crate::vpc_origin::VpcOriginEndpoint;
    pub use crate::web_distribution;
    pub use crate::web_distribution::{
        CloudFrontAllowedCachedMethods, CloudFrontAllowedMethods, FailoverStatusCode,
        ViewerCertificate, WebDistribution,
    };
    pub use crate::{CfnResource, Duration, Expr, Quotas, Size, Stack, SynthError, Template};
    pub use crate::{
        acm, apigateway, apigatewayv2, appsync, ec2, ecr, elbv2, experimental, function_url,
        lambda, origins, route53, s3,
    };
    pub use crate::{
        add_behavior, bucket, cache_policy, certificate, distribution, edge_function, function,
        function_url_origin_access_control, key_group, key_value_store, lambda_function,
        origin_request_policy, public_key, realtime_log_config, response_headers_policy,
        s3_origin_access_control, stack, value, vpc_origin,
    };
}

/// Every macro's props, the blocks they hold and the constants and factories they take, in the
/// DSL's own syntax, with the rules by code: generated from the schema the macros parse with.
#[doc = include_str!("../PROPS.md")]
pub mod props_reference {}

/// The README's Rust snippets, run as doctests: each compiles as pasted into a crate that
/// depends on `cloudfront-dsl`.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

#[doc(hidden)]
pub mod __private {
    pub use crate::private::*;
}
