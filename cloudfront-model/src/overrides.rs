//! The L1 escape hatch: the CDK's `node.defaultChild.addPropertyOverride(path, value)`.
//!
//! An override sets a CloudFormation property of a construct's resource that the construct
//! does not model (a bucket's lifecycle rules, a distribution's `Staging` flag), at `synth()`,
//! after the construct has rendered. What the construct models is refused: its props carry
//! rules an override would skip, so a property the props write, or one a prop is named after
//! (`DistributionConfig.Comment`, `BucketName`, `Tags`), is set through the props or not at all.
//!
//! ```
//! use cloudfront_dsl::{Stack, s3::Bucket, overrides::PropertyOverrides};
//! let mut stack = Stack::new("Docs");
//! let logs = Bucket::new(&mut stack, "Logs");
//! stack.add_property_override(&logs, "LifecycleConfiguration.Rules", serde_json::json!([
//!     { "ExpirationInDays": 30, "Status": "Enabled" },
//! ]));
//! let template = stack.synth()?;
//! let bucket = template.resources().next().unwrap().1;
//! assert_eq!(bucket.properties["LifecycleConfiguration"]["Rules"][0]["ExpirationInDays"], 30);
//! # Ok::<(), cloudfront_dsl::SynthError>(())
//! ```

use serde_json::Value;

use crate::acm::{Certificate, CertificateOptions, Source as CertificateSource};
use crate::distribution::{Distribution, DistributionProps};
use crate::experimental::EdgeFunction;
use crate::functions::{Function, FunctionProps};
use crate::key_value_store::{KeyValueStore, KeyValueStoreProps};
use crate::keys::{KeyGroup, KeyGroupProps, PublicKey, PublicKeyProps};
use crate::lambda::{
    Function as LambdaFunction, FunctionProps as LambdaFunctionProps, FunctionResource, Version,
    VersionOptions, VersionSource,
};
use crate::origin_access_control::{
    FunctionUrlOriginAccessControl, OriginAccessControlProps, S3OriginAccessControl,
};
use crate::origin_access_identity::{OriginAccessIdentity, OriginAccessIdentityProps};
use crate::path::PropPath;
use crate::policies::{
    CachePolicy, CachePolicyProps, OriginRequestPolicy, OriginRequestPolicyProps, PolicyRef,
    ResponseHeadersPolicy, ResponseHeadersPolicyProps,
};
use crate::realtime_log_config::{RealtimeLogConfig, RealtimeLogConfigProps};
use crate::route53::{ARecord, AaaaRecord, AliasRecordProps, HttpsRecord};
use crate::rules::catalog::Rule;
use crate::rules::edge_function_refusal;
use crate::s3::{Bucket, BucketProps};
use crate::shape::ObjectSchema;
use crate::stack::{PropertyOverride, Stack};
use crate::tree::NodeRef;
use crate::violation::Violation;
use crate::vpc_origin::{VpcOrigin, VpcOriginProps};
use crate::web_distribution::{WebDistribution, WebDistributionProps};

/// A construct whose resource takes property overrides (the CDK's `node.defaultChild`).
pub trait DefaultChild {
    /// The construct's resource.
    fn default_child(&self) -> NodeRef;
    /// The props of the construct, whose CloudFormation names an override may not take.
    fn props_schema(&self) -> &'static ObjectSchema;
    /// The property the construct's settings sit in (`DistributionConfig`), if any.
    fn config_root(&self) -> Option<&'static str>;
    /// The CloudFormation type of the construct's resource (`AWS::CloudFront::Distribution`).
    fn resource_type(&self) -> &'static str;
}

impl DefaultChild for Distribution {
    fn default_child(&self) -> NodeRef {
        self.resource
    }
    fn props_schema(&self) -> &'static ObjectSchema {
        &DistributionProps::SCHEMA
    }
    fn config_root(&self) -> Option<&'static str> {
        Some("DistributionConfig")
    }
    fn resource_type(&self) -> &'static str {
        "AWS::CloudFront::Distribution"
    }
}

impl DefaultChild for Bucket {
    fn default_child(&self) -> NodeRef {
        self.resource
    }
    fn props_schema(&self) -> &'static ObjectSchema {
        &BucketProps::SCHEMA
    }
    fn config_root(&self) -> Option<&'static str> {
        None
    }
    fn resource_type(&self) -> &'static str {
        "AWS::S3::Bucket"
    }
}

/// The CloudFront constructs whose settings sit in one `...Config` property, as a
/// distribution's: `(handle, its resource, props, config property)`.
macro_rules! default_child {
    ($($(#[$meta:meta])* $ty:ty => |$h:ident| $node:expr, $schema:expr, $root:expr, $cfn:literal;)*) => {
        $(
            $(#[$meta])*
            impl DefaultChild for $ty {
                fn default_child(&self) -> NodeRef {
                    let $h = self;
                    $node
                }
                fn props_schema(&self) -> &'static ObjectSchema {
                    &$schema
                }
                fn config_root(&self) -> Option<&'static str> {
                    $root
                }
                fn resource_type(&self) -> &'static str {
                    $cfn
                }
            }
        )*
    };
}

/// The resource of a policy of the stack; a managed policy has none (an override of it is an
/// error: it is not a resource of the template).
fn policy_node(policy: PolicyRef) -> NodeRef {
    match policy {
        PolicyRef::Node(node) => node,
        PolicyRef::Managed(_) => NodeRef::placeholder(),
    }
}

default_child! {
    CachePolicy => |p| policy_node(p.0), CachePolicyProps::SCHEMA, Some("CachePolicyConfig"), "AWS::CloudFront::CachePolicy";
    OriginRequestPolicy => |p| policy_node(p.0), OriginRequestPolicyProps::SCHEMA,
        Some("OriginRequestPolicyConfig"), "AWS::CloudFront::OriginRequestPolicy";
    ResponseHeadersPolicy => |p| policy_node(p.0), ResponseHeadersPolicyProps::SCHEMA,
        Some("ResponseHeadersPolicyConfig"), "AWS::CloudFront::ResponseHeadersPolicy";
    PublicKey => |k| k.resource, PublicKeyProps::SCHEMA, Some("PublicKeyConfig"), "AWS::CloudFront::PublicKey";
    KeyGroup => |k| k.resource, KeyGroupProps::SCHEMA, Some("KeyGroupConfig"), "AWS::CloudFront::KeyGroup";
    S3OriginAccessControl => |o| o.resource, OriginAccessControlProps::SCHEMA,
        Some("OriginAccessControlConfig"), "AWS::CloudFront::OriginAccessControl";
    FunctionUrlOriginAccessControl => |o| o.resource, OriginAccessControlProps::SCHEMA,
        Some("OriginAccessControlConfig"), "AWS::CloudFront::OriginAccessControl";
    Function => |f| f.resource, FunctionProps::SCHEMA, None, "AWS::CloudFront::Function";
    KeyValueStore => |k| k.resource, KeyValueStoreProps::SCHEMA, None, "AWS::CloudFront::KeyValueStore";
    /// A VPC origin's settings sit in `VpcOriginEndpointConfig`, every one of which its props
    /// model (the endpoint's `Arn`, `Name`, the ports, the protocol policy and the TLS
    /// protocols): an override of one is refused, naming the prop, so that the rules on ports,
    /// names and endpoints run; so are its `Tags`. One known by its id is no resource of the
    /// template.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::elbv2::ApplicationLoadBalancer;
    /// use cloudfront_dsl::overrides::PropertyOverrides;
    /// use cloudfront_dsl::vpc_origin::{VpcOrigin, VpcOriginEndpoint, VpcOriginProps};
    /// let mut stack = Stack::new("Docs");
    /// let alb = ApplicationLoadBalancer::from_load_balancer_attributes(
    ///     "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/reports/50dc6c495c0c9188",
    ///     "internal-reports-1234567890.us-east-1.elb.amazonaws.com",
    /// );
    /// let reports = VpcOrigin::new(&mut stack, "Reports", VpcOriginProps::default()
    ///     .endpoint(VpcOriginEndpoint::application_load_balancer(alb)));
    /// stack.add_property_override(&reports, "VpcOriginEndpointConfig.HTTPPort", 22);
    /// let e = stack.synth().unwrap_err();
    /// assert!(e.errors[0].violation.message.contains("set `http_port`"));
    /// ```
    VpcOrigin => |v| v.resource, VpcOriginProps::SCHEMA, Some("VpcOriginEndpointConfig"), "AWS::CloudFront::VpcOrigin";
    /// A real-time log configuration's props model every property CloudFormation gives it
    /// (`Name`, `EndPoints`, `Fields`, `SamplingRate`): an override of one is refused, naming
    /// the prop, so that the rules on sampling rates, fields and streams run.
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::overrides::PropertyOverrides;
    /// use cloudfront_dsl::realtime_log_config::{Endpoint, RealtimeLogConfig, RealtimeLogConfigProps};
    /// let mut stack = Stack::new("Docs");
    /// let logs = RealtimeLogConfig::new(&mut stack, "Logs", RealtimeLogConfigProps::default()
    ///     .end_points([Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/logs")])
    ///     .fields(["timestamp", "c-ip"])
    ///     .sampling_rate(10));
    /// stack.add_property_override(&logs, "SamplingRate", 0);
    /// let e = stack.synth().unwrap_err();
    /// assert!(e.errors[0].violation.message.contains("set `sampling_rate`"));
    /// ```
    RealtimeLogConfig => |c| c.resource, RealtimeLogConfigProps::SCHEMA, None, "AWS::CloudFront::RealtimeLogConfig";
    /// An alias record takes overrides of what it does not model, such as its `Comment` or
    /// the routing of a weighted record (`SetIdentifier`, `Weight`); its zone (`HostedZoneId`,
    /// `HostedZoneName`), its name, what it resolves to (`AliasTarget`, and the
    /// `ResourceRecords` and `TTL` an alias record takes from its target) and its `Type` are
    /// refused. So are those of [`AaaaRecord`] and [`HttpsRecord`].
    ///
    /// ```
    /// use cloudfront_dsl::Stack;
    /// use cloudfront_dsl::distribution::{Distribution, DistributionAttributes};
    /// use cloudfront_dsl::overrides::PropertyOverrides;
    /// use cloudfront_dsl::route53::*;
    /// let mut stack = Stack::new("Docs");
    /// let dist = Distribution::from_distribution_attributes(&mut stack, "Cdn", DistributionAttributes {
    ///     domain_name: "d111111abcdef8.cloudfront.net".into(),
    ///     distribution_id: "E1A2B3C4D5E6F7".into(),
    /// });
    /// let zone = HostedZone::from_hosted_zone_attributes(&mut stack, "Zone", HostedZoneAttributes {
    ///     hosted_zone_id: "Z0123456789ABCDEFGHIJ".into(),
    ///     zone_name: "example.com".into(),
    /// });
    /// let www = ARecord::new(&mut stack, "Www", ARecordProps {
    ///     zone,
    ///     record_name: Some("www".into()),
    ///     target: RecordTarget::from_alias(CloudFrontTarget(dist)),
    /// });
    /// stack.add_property_override(&www, "Comment", "the site");
    /// let template = stack.synth()?;
    /// let (_, record) = template.resources().next().unwrap();
    /// assert_eq!(record.properties["Comment"], "the site");
    ///
    /// stack.add_property_override(&www, "TTL", "60");
    /// let e = stack.synth().unwrap_err();
    /// assert!(e.errors[0].violation.message.contains("set `target`"));
    /// # Ok::<(), cloudfront_dsl::SynthError>(())
    /// ```
    ARecord => |r| r.node, AliasRecordProps::SCHEMA, None, "AWS::Route53::RecordSet";
    /// An `AAAA` alias record takes the overrides an [`ARecord`] takes.
    AaaaRecord => |r| r.node, AliasRecordProps::SCHEMA, None, "AWS::Route53::RecordSet";
    /// An `HTTPS` alias record takes the overrides an [`ARecord`] takes.
    HttpsRecord => |r| r.node, AliasRecordProps::SCHEMA, None, "AWS::Route53::RecordSet";
}

/// An origin access identity's settings sit in `CloudFrontOriginAccessIdentityConfig`, whose one
/// property, `Comment`, is the `comment` prop: every override of it is refused, so that the
/// comment's rule (at most 128 characters) runs.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::origin_access_identity::{OriginAccessIdentity, OriginAccessIdentityProps};
/// use cloudfront_dsl::overrides::PropertyOverrides;
/// let mut stack = Stack::new("Docs");
/// let oai = OriginAccessIdentity::new(&mut stack, "OAI", OriginAccessIdentityProps::default());
/// stack.add_property_override(&oai, "CloudFrontOriginAccessIdentityConfig.Comment", "x".repeat(200));
/// let e = stack.synth().unwrap_err();
/// assert!(e.errors[0].violation.message.contains("set `comment`"));
/// ```
impl DefaultChild for OriginAccessIdentity {
    fn default_child(&self) -> NodeRef {
        self.resource
    }
    fn props_schema(&self) -> &'static ObjectSchema {
        &OriginAccessIdentityProps::SCHEMA
    }
    fn config_root(&self) -> Option<&'static str> {
        Some("CloudFrontOriginAccessIdentityConfig")
    }
    fn resource_type(&self) -> &'static str {
        "AWS::CloudFront::CloudFrontOriginAccessIdentity"
    }
}

/// A certificate of the stack takes overrides of what it does not model, such as its
/// `KeyAlgorithm` or `CertificateTransparencyLoggingPreference`; its names and validation
/// (`DomainName`, `SubjectAlternativeNames`, `ValidationMethod`, the `DomainValidationOptions`
/// it writes from them) and its `Tags` are refused. A certificate imported by ARN is no resource
/// of the template: an override of it is an error.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::acm::{Certificate, CertificateOptions};
/// use cloudfront_dsl::overrides::PropertyOverrides;
/// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
/// let cert = Certificate::with_options(
///     &mut stack,
///     "Cert",
///     CertificateOptions::default().domain_name("www.example.com"),
/// );
/// stack.add_property_override(&cert, "KeyAlgorithm", "EC_prime256v1");
/// let template = stack.synth()?;
/// let (_, resource) = template.resources().next().unwrap();
/// assert_eq!(resource.properties["KeyAlgorithm"], "EC_prime256v1");
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
impl DefaultChild for Certificate {
    fn default_child(&self) -> NodeRef {
        match self.source {
            CertificateSource::Node(node) => node,
            CertificateSource::Arn(_) => NodeRef::placeholder(),
        }
    }
    fn props_schema(&self) -> &'static ObjectSchema {
        &CertificateOptions::SCHEMA
    }
    fn config_root(&self) -> Option<&'static str> {
        None
    }
    fn resource_type(&self) -> &'static str {
        "AWS::CertificateManager::Certificate"
    }
}

/// A web distribution's settings sit in `DistributionConfig`, as a distribution's. What its
/// props write is refused: its origin configurations write the origins, origin groups and
/// behaviors (`Origins`, `OriginGroups`, `DefaultCacheBehavior`, `CacheBehaviors`, and the
/// legacy `S3Origin` and `CustomOrigin`), its viewer certificate the domain names (`Aliases`,
/// `CNAMEs`) and `ViewerCertificate`, so no override adds a behavior, an origin group or a
/// domain name that the rules did not see. What it does not model, such as `Staging`, lands.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::overrides::PropertyOverrides;
/// use cloudfront_dsl::web_distribution::{
///     Behavior, CustomOriginConfig, SourceConfiguration, WebDistribution, WebDistributionProps,
/// };
/// let mut stack = Stack::new("Docs");
/// let dist = WebDistribution::new(&mut stack, "Site", WebDistributionProps::new([
///     SourceConfiguration::default()
///         .custom_origin_source(CustomOriginConfig::default().domain_name("www.example.com"))
///         .behaviors([Behavior::default().is_default_behavior(true)]),
/// ]));
/// stack.add_property_override(&dist, "DistributionConfig.Staging", false);
/// let template = stack.synth()?;
/// let (_, resource) = template.resources().next().unwrap();
/// assert_eq!(resource.properties["DistributionConfig"]["Staging"], false);
///
/// // A behavior the origin configurations did not write would skip their rules.
/// stack.add_property_override(&dist, "DistributionConfig.CacheBehaviors", serde_json::json!([]));
/// let e = stack.synth().unwrap_err();
/// assert!(e.errors[0].violation.message.contains("set `origin_configs`"));
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
impl DefaultChild for WebDistribution {
    fn default_child(&self) -> NodeRef {
        self.resource
    }
    fn props_schema(&self) -> &'static ObjectSchema {
        &WebDistributionProps::SCHEMA
    }
    fn config_root(&self) -> Option<&'static str> {
        Some("DistributionConfig")
    }
    fn resource_type(&self) -> &'static str {
        "AWS::CloudFront::Distribution"
    }
}

/// A Lambda function takes overrides of what it does not model, such as its `LoggingConfig`,
/// `RecursiveLoop` or `RuntimeManagementConfig`; what its props model (`Description`,
/// `Environment`, `MemorySize`, `Timeout`, `TracingConfig`, `Layers`, `VpcConfig`, ...), what
/// its code says (`Code`, `PackageType`), the `Role` it writes and its `Tags` are refused. Its
/// current version's logical id hashes the function's properties with the overrides, as the
/// CDK's does, so an override publishes a new version.
///
/// A function that runs at the edge (an edge function's, or one whose current version a
/// behavior associates) is also checked on what the overrides land: Lambda@Edge supports no
/// runtime management configuration other than `Auto` and no file system; an edge function's
/// override of a property Lambda@Edge refuses whatever its value (`Environment`, `Layers`,
/// `VpcConfig`, ...) says so.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::lambda::{Code, Function, FunctionProps, Runtime};
/// use cloudfront_dsl::overrides::PropertyOverrides;
/// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
/// let f = Function::new(&mut stack, "Rewrite", FunctionProps::default()
///     .runtime(Runtime::NODEJS_22_X)
///     .handler("index.handler")
///     .code(Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;")));
/// let before = stack.synth()?;
/// stack.add_property_override(&f, "LoggingConfig.LogFormat", "JSON");
/// let version = f.current_version();
/// # let _ = version;
/// let template = stack.synth()?;
/// let (_, function) = template.resources().nth(1).unwrap();
/// assert_eq!(function.properties["LoggingConfig"]["LogFormat"], "JSON");
///
/// stack.add_property_override(&f, "MemorySize", 20_000);
/// let e = stack.synth().unwrap_err();
/// assert!(e.errors[0].violation.message.contains("set `memory_size`"));
/// # let _ = before;
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
impl DefaultChild for LambdaFunction {
    fn default_child(&self) -> NodeRef {
        self.resource
    }
    fn props_schema(&self) -> &'static ObjectSchema {
        &LambdaFunctionProps::SCHEMA
    }
    fn config_root(&self) -> Option<&'static str> {
        None
    }
    fn resource_type(&self) -> &'static str {
        "AWS::Lambda::Function"
    }
}

/// An edge function's overrides go to its function, wherever it is (the stack's child `Fn` in
/// us-east-1, or the function of its us-east-1 stack): they are a Lambda function's, and those
/// Lambda@Edge refuses are errors that say so.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::experimental::{EdgeFunction, EdgeFunctionProps};
/// use cloudfront_dsl::lambda::{Code, Runtime};
/// use cloudfront_dsl::overrides::PropertyOverrides;
/// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
/// let f = EdgeFunction::new(&mut stack, "Headers", EdgeFunctionProps::default()
///     .runtime(Runtime::NODEJS_22_X)
///     .handler("index.handler")
///     .code(Code::from_inline("exports.handler = async (e) => e.Records[0].cf.response;")));
/// stack.add_property_override(&f, "Environment.Variables.STAGE", "prod");
/// let e = stack.synth().unwrap_err();
/// assert!(e.errors[0].violation.message.contains("does not support environment variables"));
/// ```
impl DefaultChild for EdgeFunction {
    fn default_child(&self) -> NodeRef {
        self.function().resource
    }
    fn props_schema(&self) -> &'static ObjectSchema {
        &LambdaFunctionProps::SCHEMA
    }
    fn config_root(&self) -> Option<&'static str> {
        None
    }
    fn resource_type(&self) -> &'static str {
        "AWS::Lambda::Function"
    }
}

/// A function's current version takes overrides of what it does not model, such as its
/// `Description`; the `FunctionName` it writes and the provisioned concurrency its function's
/// `current_version_options` set are refused. A version imported by ARN is no resource of the
/// template. (The version's logical id hashes its function, not the version's overrides, as
/// the CDK's does.)
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::lambda::{Code, Function, FunctionProps, Runtime};
/// use cloudfront_dsl::overrides::PropertyOverrides;
/// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
/// let f = Function::new(&mut stack, "Rewrite", FunctionProps::default()
///     .runtime(Runtime::NODEJS_22_X)
///     .handler("index.handler")
///     .code(Code::from_inline("exports.handler = async (e) => e.Records[0].cf.request;")));
/// stack.add_property_override(&f.current_version(), "Description", "release 1");
/// let template = stack.synth()?;
/// let (_, version) = template.resources().nth(2).unwrap();
/// assert_eq!(version.properties["Description"], "release 1");
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
impl DefaultChild for Version {
    fn default_child(&self) -> NodeRef {
        match &self.0 {
            VersionSource::Current { function } | VersionSource::Edge { function, .. } => {
                function.version
            }
            _ => NodeRef::placeholder(),
        }
    }
    fn props_schema(&self) -> &'static ObjectSchema {
        &VersionOptions::SCHEMA
    }
    fn config_root(&self) -> Option<&'static str> {
        None
    }
    fn resource_type(&self) -> &'static str {
        "AWS::Lambda::Version"
    }
}

/// Property overrides on a stack's resources.
pub trait PropertyOverrides {
    /// Sets the property at `path` of the construct's resource (dot-separated, `\.` for a
    /// literal dot, numbers index lists), at `synth()`, as the CDK's `addPropertyOverride`.
    fn add_property_override(
        &mut self,
        construct: &impl DefaultChild,
        path: &str,
        value: impl Into<Value>,
    );

    /// Deletes the property at `path` (the CDK's `addPropertyDeletionOverride`).
    fn add_property_deletion_override(&mut self, construct: &impl DefaultChild, path: &str);
}

impl PropertyOverrides for Stack {
    fn add_property_override(
        &mut self,
        construct: &impl DefaultChild,
        path: &str,
        value: impl Into<Value>,
    ) {
        add(self, construct, path, Some(value.into()));
    }

    fn add_property_deletion_override(&mut self, construct: &impl DefaultChild, path: &str) {
        add(self, construct, path, None);
    }
}

/// Splits `path` at the dots that `\` does not escape.
fn split(path: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = path.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next) => out.last_mut().map_or((), |s| s.push(next)),
                None => out.last_mut().map_or((), |s| s.push('\\')),
            },
            '.' => out.push(String::new()),
            c => out.last_mut().map_or((), |s| s.push(c)),
        }
    }
    out
}

fn add(stack: &mut Stack, construct: &impl DefaultChild, written: &str, value: Option<Value>) {
    let node = construct.default_child();
    // A resource of a companion stack (an edge function's us-east-1 stack) takes its overrides
    // there, where it renders.
    let companion = node.stack != stack.root().stack
        && stack
            .related(node.stack)
            .is_some_and(|s| s.holds_resource(node));
    let stack = if companion {
        match stack.related_mut(node.stack) {
            Some(s) => s,
            None => return,
        }
    } else {
        stack
    };
    let segments = split(written);
    let at = PropPath::root()
        .field("property_overrides")
        .key(written.to_owned());
    let root = construct.config_root();
    let guarded = usize::from(root.is_some()) + 1;
    let property = segments.get(guarded - 1).map(String::as_str);
    let mut help =
        "set what the construct models through its props; override only what it does not write";
    let problem = if !stack.holds_resource(node) {
        Some("the construct is not a resource of this stack's template".to_owned())
    } else if segments.iter().any(String::is_empty) {
        Some("the path has an empty segment".to_owned())
    } else if segments.first().map(String::as_str) == Some("Tags") {
        // A resource's tags sit beside its settings, not in them.
        Some(tags_problem(construct.resource_type(), &mut help))
    } else if root.is_some() && segments.first().map(String::as_str) != root {
        Some(format!(
            "the construct's settings sit in `{}`: write `{}.{written}`",
            root.unwrap_or_default(),
            root.unwrap_or_default()
        ))
    } else if let Some(why) = property
        .filter(|_| runs_at_the_edge(stack, node))
        .and_then(edge_function_refusal)
    {
        help = "leave the override out: CloudFront refuses to associate such a function with a behavior";
        Some(format!("{why}, and this is an edge function"))
    } else if let Some(prop) = property.and_then(|p| modeled_by(construct.props_schema(), p)) {
        Some(format!("the construct models it: set `{prop}`"))
    } else if property == Some("Tags") {
        Some(tags_problem(construct.resource_type(), &mut help))
    } else {
        None
    };
    if let Some(problem) = problem {
        stack.record(
            stack.scope_of(node),
            Violation::new(
                Rule::PropertyOverride,
                at,
                format!("the override of `{written}` cannot apply: {problem}"),
            )
            .help(help),
        );
        return;
    }
    stack.property_overrides.push(PropertyOverride {
        node: node.node,
        written: written.to_owned(),
        path: segments,
        guarded,
        value,
    });
}

/// Why an override cannot set the tags of a resource of `resource_type`: those of a taggable
/// type come from `Tags::of(scope)`; a type CloudFormation gives no `Tags` takes none, and
/// `Tags::of(scope)` passes it by (`help` is set to the fix).
fn tags_problem(resource_type: &str, help: &mut &'static str) -> String {
    if crate::tags::is_taggable(resource_type) {
        "the construct's tags come from `Tags::of(scope)`".to_owned()
    } else {
        *help = "leave the override out: CloudFormation takes no tags on this resource (`Tags::of(scope)` tags the resources that take them)";
        format!(
            "a resource of type `{resource_type}` takes no tags: CloudFormation gives it no `Tags` property"
        )
    }
}

/// Whether `node` is the function of an edge function, which runs at the edge whatever uses it.
fn runs_at_the_edge(stack: &Stack, node: NodeRef) -> bool {
    stack
        .construct::<FunctionResource>(node)
        .is_some_and(|f| f.edge)
}

/// The prop of `schema` named after the CloudFormation property `property`.
fn modeled_by(schema: &ObjectSchema, property: &str) -> Option<&'static str> {
    schema
        .props
        .iter()
        .find(|p| p.aliases.contains(&property))
        .map(|p| p.name)
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn paths_split_at_unescaped_dots() {
        assert_eq!(split("A.B.0"), ["A", "B", "0"]);
        assert_eq!(split(r"Tags.a\.b"), ["Tags", "a.b"]);
    }
}
