//! Every rule, with a stable code users can search for.

use std::fmt;

macro_rules! catalog {
    ($(
        $(#[$meta:meta])*
        $variant:ident = $code:literal,
    )*) => {
        /// A rule of the rule set.
        ///
        /// The code (`Rule::OriginPort.code() == "origin-port"`) is stable and appears in every
        /// message, so a team can look a rule up or grep for it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Rule {
            $(
                $(#[$meta])*
                $variant,
            )*
        }

        impl Rule {
            /// Every rule.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// The rule's stable code.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Rule::$variant => $code,)*
                }
            }
        }
    };
}

catalog! {
    /// A required prop is missing (`default_behavior`, a behavior's `origin`).
    MissingRequired = "missing-required",
/// A construct id or logical id CloudFormation cannot take: empty, not alphanumeric, or
    /// shared by two constructs of one scope (they would share a logical id).
    ConstructId = "construct-id",
    /// A stack name CloudFormation does not accept.
    StackName = "stack-name",
    /// A stack without resources: CloudFormation rejects a template with none.
    EmptyStack = "empty-stack",
    /// A handle (bucket, load balancer) of another stack, or a reference to a logical id the
    /// stack does not hold.
    Reference = "reference",
    /// An origin domain name that is not a bare host name (a scheme, a path, a port).
    OriginDomainName = "origin-domain-name",
    /// An origin path that does not start with `/`, ends with `/`, or has characters a URL path
    /// cannot hold.
    OriginPath = "origin-path",
    /// An HTTP or HTTPS port CloudFront does not connect to (80, 443 and 1024-65535 only).
    OriginPort = "origin-port",
    /// Connection attempts outside 1-3.
    ConnectionAttempts = "connection-attempts",
    /// Connection timeout outside 1-10 seconds.
    ConnectionTimeout = "connection-timeout",
    /// Origin response (read) timeout outside 1 second to the account's quota.
    OriginResponseTimeout = "origin-response-timeout",
    /// Origin keep-alive timeout outside 1 second to the account's quota.
    OriginKeepaliveTimeout = "origin-keepalive-timeout",
    /// A duration CloudFormation takes in whole seconds that is not a whole number of seconds.
    WholeSeconds = "whole-seconds",
    /// A custom origin header CloudFront does not let you set, or one given twice.
    OriginHeaderName = "origin-header-name",
    /// More custom origin headers than the account's quota.
    OriginHeaderCount = "origin-header-count",
    /// A custom origin header name or value longer than CloudFront accepts.
    OriginHeaderLength = "origin-header-length",
    /// An empty list of origin SSL protocols.
    OriginSslProtocols = "origin-ssl-protocols",
    /// An origin id CloudFront does not accept, or the same id on two origins.
    OriginId = "origin-id",
    /// An Origin Shield region that is not a region code.
    OriginShield = "origin-shield",
    /// A load balancer CloudFront cannot reach (an internal one).
    LoadBalancerScheme = "load-balancer-scheme",
    /// More origins in one distribution than the account's quota.
    OriginsPerDistribution = "origins-per-distribution",
    /// A comment longer than 128 characters.
    Comment = "comment",
    /// A default root object CloudFront rejects (leading `/`, too long, bad characters).
    DefaultRootObject = "default-root-object",
    /// A custom error response CloudFront rejects.
    ErrorResponse = "error-response",
    /// A geographic restriction with no location or a location that is not an ISO 3166-1
    /// alpha-2 country code.
    GeoRestriction = "geo-restriction",
    /// A path pattern CloudFront rejects (empty, too long, bad characters, `*` on an additional
    /// behavior), or one given twice in a distribution (the second could never match).
    PathPattern = "path-pattern",
    /// More cache behaviors in one distribution than the account's quota.
    CacheBehaviorsPerDistribution = "cache-behaviors-per-distribution",
    /// Cached methods that are not all allowed methods.
    CachedMethods = "cached-methods",
    /// TTLs out of order (`min_ttl <= default_ttl <= max_ttl`).
    Ttl = "ttl",
/// A name of a policy, public key, key group, function or key value store that CloudFront
    /// rejects, or one another construct of the stack has where CloudFront keeps names unique
    /// per account.
    Name = "name",
    /// An allow or deny list that CloudFront rejects: empty, a name given twice, a name that
    /// cannot be a header, cookie or query string name.
    PolicyList = "policy-list",
    /// A header a policy cannot put in the cache key or forward to the origin.
    PolicyHeader = "policy-header",
    /// More headers, cookies or query strings in one policy than the account's quota, or
    /// names longer in total than CloudFront accepts.
    PolicyKeyCount = "policy-key-count",
    /// A cache policy that disables caching (max TTL 0) yet puts values in the cache key.
    CachingDisabled = "caching-disabled",
/// More custom policies, key groups, functions or key value stores in the stack than the
    /// account's quota.
    PerAccountQuota = "per-account-quota",
    /// A public key CloudFront does not take (not PEM, not RSA 2048 or ECDSA P-256, a
    /// private key).
    PublicKey = "public-key",
    /// A key group CloudFront rejects: no key, too many keys, a key twice; or too many key
    /// groups on a behavior.
    KeyGroup = "key-group",
    /// Key groups and legacy trusted signers on the same behavior, or a trusted signer that is
    /// neither `self` nor an AWS account number.
    TrustedSigners = "trusted-signers",
    /// An alternate domain name CloudFront rejects (not a lower-case host name, a wildcard
    /// other than the whole leftmost label), or one given twice (in one distribution, or on two
    /// distributions of a stack).
    DomainName = "domain-name",
    /// More alternate domain names than the account's quota.
    DomainNamesPerDistribution = "domain-names-per-distribution",
    /// A certificate problem: domain names without a certificate (or the reverse), TLS
    /// settings without a certificate, a certificate outside us-east-1 or not from ACM, or one
    /// that does not cover a domain name.
    Certificate = "certificate",
    /// A minimum protocol version the SSL support method does not allow (SSLv3 with SNI).
    SecurityPolicy = "security-policy",
    /// A logging setting CloudFront rejects or ignores: a bucket with logging off, a prefix
    /// without logging, a malformed prefix, a bucket whose ACLs are off.
    Logging = "logging",
    /// A web ACL id that is neither a WAFv2 web ACL ARN of scope CLOUDFRONT nor a WAF Classic id.
    WebAclId = "web-acl-id",
    /// An asset the template would look for in the wrong place (the stack's env set after it).
    Asset = "asset",
    /// A web distribution without exactly one default behavior, a default behavior with a path
    /// pattern, or another behavior without one.
    DefaultBehavior = "default-behavior",
    /// An origin configuration of a web distribution without exactly one source (or with two
    /// failover sources), with a failover source that is its origin again, or with a setting
    /// given both on the configuration and on a source.
    OriginSource = "origin-source",
    /// Origin failover CloudFront rejects: status codes it does not fail over on (none, twice,
    /// or without a failover source), methods other than GET, HEAD and OPTIONS on a behavior
    /// of an origin group, more origin groups than the account's quota.
    Failover = "failover",
    /// Legacy cache settings CloudFront rejects or ignores: a cookie forwarding it does not
    /// know, cookie names without `whitelist` (or the reverse), query string cache keys
    /// without query strings, forwarded values or TTLs beside a cache policy, names over the
    /// limits.
    ForwardedValues = "forwarded-values",
    /// An IAM server certificate id that is not one (a name, an ARN, the wrong length).
    IamCertificate = "iam-certificate",
    /// Function code CloudFront rejects: over 10 KB, not valid JavaScript, no `handler`
    /// function, or a file that cannot be read.
    FunctionCode = "function-code",
    /// A function that uses what its runtime lacks (`const` or `async` on cloudfront-js-1.0,
    /// `eval` on either), or a key value store on cloudfront-js-1.0.
    FunctionRuntime = "function-runtime",
    /// A function association CloudFront rejects: an origin event, two functions on one event
    /// of a behavior, a function that is not published, one associated with more
    /// distributions than the quota.
    FunctionAssociation = "function-association",
    /// Key value store data CloudFront does not import (not the import format, a key or value
    /// too long, a duplicate key, too much data), or a store associated with more than 10
    /// functions.
    KeyValueStore = "key-value-store",
    /// A behavior that never applies: an earlier path pattern matches every path its pattern
    /// matches (or, for the default behavior, every path). A warning: CloudFront deploys it.
    UnreachableBehavior = "unreachable-behavior",
    /// A stack synthesized without a stack it depends on, a dependency on a stack the app does
    /// not hold, dependencies in a cycle, or two stacks of one name.
    StackDependency = "stack-dependency",
    /// A template that declares more resources, outputs or mappings than CloudFormation takes
    /// in one template (500, 200, 200).
    TemplateLimit = "template-limit",
    /// A template body larger than CloudFormation takes, even from S3 (1 MB, "Understand
    /// CloudFormation quotas" in the CloudFormation User Guide). A template above 51,200 bytes
    /// but within 1 MB deploys, only not inline: a build script that writes templates for
    /// `aws cloudformation deploy` passes `--s3-bucket` (or uploads the file and gives
    /// `create-stack` a `--template-url`); the CDK toolkit, which reads the cloud assembly
    /// `cli --out` writes, uploads the templates itself.
    TemplateSize = "template-size",
    /// A Lambda runtime the function cannot use: one whose function creation Lambda has
    /// disabled, one CloudFormation does not take, or one that cannot run inline code.
    LambdaRuntime = "lambda-runtime",
    /// A Lambda function setting Lambda or CloudFormation rejects (memory, timeout, handler,
    /// name, description, environment variables, layers, ephemeral storage, inline code).
    LambdaFunction = "lambda-function",
    /// A Lambda@Edge association CloudFront rejects: the request body on a response event,
    /// two functions on one event, a version that is not a numbered version of a function in
    /// us-east-1.
    EdgeLambda = "edge-lambda",
    /// A Lambda feature Lambda@Edge does not support, on a function used at the edge
    /// (environment variables, layers, a VPC, a dead-letter queue, arm64, a container image,
    /// X-Ray, provisioned concurrency, more than 512 MB of ephemeral storage, a runtime other
    /// than Node.js or Python).
    EdgeLambdaFunction = "edge-lambda-function",
    /// A Lambda@Edge function over the memory, timeout or code size its event type allows.
    EdgeLambdaLimit = "edge-lambda-limit",
    /// Origin access control CloudFront rejects or that does not do what it says: an origin
    /// access control and an origin access identity on one origin (or two origin access
    /// controls), one on an origin that cannot take it, signing CloudFormation does not take,
    /// a name over 64 characters, access levels that grant nothing or one twice, a function URL
    /// that takes unsigned requests behind one that always signs.
    OriginAccessControl = "origin-access-control",
    /// `AccessLevel::LIST` on the default behavior's origin of a distribution without a default
    /// root object: a request for the root lists the bucket. A warning: CloudFront deploys it.
    ListAccessWithoutRootObject = "list-access-without-root-object",
    /// A bucket outside the stack behind origin access control or an origin access identity:
    /// the stack cannot add the statement CloudFront needs to its policy. A warning, as the
    /// CDK's (`updateImportedBucketPolicyOac`, `...Oai`): its owner may have added it.
    ImportedBucketPolicy = "imported-bucket-policy",
    /// The key policy of a KMS-encrypted bucket of the stack behind origin access control lets
    /// every distribution of the account decrypt. A warning, as the CDK's
    /// (`wildcardKeyPolicyForOac`): naming the distribution would make a dependency cycle.
    WildcardKeyPolicy = "wildcard-key-policy",
    /// A response headers policy CloudFront rejects or that does not do what it says: CORS
    /// methods outside CloudFront's set or `ALL` with others, a wildcard where CloudFront takes
    /// none (or beside credentials), custom headers over the quota, too long, twice or written
    /// by CloudFront itself, headers it does not let a policy remove, a Content-Security-Policy
    /// over the quota, `mode_block` with `report_uri`, a sampling rate outside 0-100 or with
    /// more than four decimals.
    ResponseHeadersPolicy = "response-headers-policy",
    /// A VPC origin CloudFront rejects: a load balancer known without its ARN, of the other
    /// kind, a Network Load Balancer without a security group or dual-stack, a name over 64
    /// characters, an origin of a VPC origin known by its id without a domain name.
    VpcOrigin = "vpc-origin",
    /// A real-time log configuration CloudFront rejects: no stream, a stream ARN that is not a
    /// Kinesis stream's, no field, a field it does not log or one twice, a sampling rate
    /// outside 1-100, an empty name.
    RealtimeLogs = "realtime-logs",
    /// A gRPC behavior CloudFront rejects: methods other than all, an HTTP version without
    /// HTTP/2, an origin reached over HTTP.
    Grpc = "grpc",
    /// A tag key or value AWS does not accept (length, characters, the reserved `aws:` prefix),
    /// or more tags on one resource than AWS allows.
    Tag = "tag",
    /// A stack description longer than CloudFormation takes.
    StackDescription = "stack-description",
    /// An alias record the distribution cannot answer: an `AAAA` record to a distribution with
    /// IPv6 off.
    AliasRecord = "alias-record",
    /// A bucket name S3 does not accept.
    BucketName = "bucket-name",
    /// A bucket removal the library cannot carry out: a snapshot (S3 has none), or emptying
    /// the bucket first (`auto_delete_objects`).
    BucketRemoval = "bucket-removal",
    /// Bucket access S3 refuses: a public ACL while public ACLs are blocked, an ACL while ACLs
    /// are off, public read while public policies are blocked.
    BucketAccess = "bucket-access",
    /// A property override (the L1 escape hatch) of what the construct models, or one whose
    /// path cannot be followed.
    PropertyOverride = "property-override",
    /// A stack account that is not a 12-digit AWS account id, or a region that is not a region
    /// code.
    StackEnv = "stack-env",
    /// A website index or error document S3 does not take: empty, over 1,024 bytes, a control
    /// character, a `/` in the index document; or a website bucket whose policy denies the
    /// plain HTTP its website endpoint serves (`enforce_ssl`).
    BucketWebsite = "bucket-website",
    /// A bucket's `minimum_tls_version` that S3 cannot apply: without `enforce_ssl` (the CDK
    /// throws), or not a TLS version (1.0 to 1.3).
    BucketTls = "bucket-tls",
    /// A stack output's export name CloudFormation refuses: empty, or a character other than
    /// letters, digits, `:` and `-`.
    ExportName = "export-name",
    /// A bucket of public read access behind a distribution's origin access control or origin
    /// access identity: everyone reads it straight from S3, around the distribution.
    PublicBucketOrigin = "public-bucket-origin",
    /// A REST API origin API Gateway cannot answer: a stage name API Gateway does not take, a
    /// literal API id that is not one.
    ApiOrigin = "api-origin",
}

/// How much a broken rule matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// CloudFront (or CloudFormation) rejects the configuration: the macro fails to compile,
    /// `synth()` returns no template.
    Error,
    /// CloudFront deploys the configuration, but part of it does nothing or may not do what it
    /// says: the macro emits a rustc warning (which `#![deny(warnings)]` turns into an error),
    /// `synth()` lists it in `Template::warnings()` (an error with
    /// `Stack::with_warnings_as_errors(true)`).
    Warning,
}

impl Rule {
    /// Whether breaking the rule is an error or a warning.
    ///
    /// ```
    /// use cloudfront_dsl::{Rule, Severity};
    /// assert_eq!(Rule::PathPattern.severity(), Severity::Error);
    /// assert_eq!(Rule::UnreachableBehavior.severity(), Severity::Warning);
    /// ```
    pub const fn severity(self) -> Severity {
        match self {
            Rule::UnreachableBehavior
            | Rule::ListAccessWithoutRootObject
            | Rule::ImportedBucketPolicy
            | Rule::WildcardKeyPolicy => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
