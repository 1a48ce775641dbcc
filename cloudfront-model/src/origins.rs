//! Origins: where a distribution fetches content from (the CDK's `aws-cloudfront-origins`).
//!
//! An [`Origin`] is an object with an identity, as in the CDK: one origin used by two behaviors
//! is one origin of the distribution, while two `S3Origin(bucket)` values are two origins (each
//! with its own origin access identity).

#![allow(non_snake_case)]

use std::sync::Arc;

use crate::apigateway::RestApi;
use crate::duration::Duration;
use crate::ec2::Instance;
use crate::elbv2::LoadBalancerV2;
use crate::expr::Expr;
use crate::function_url::FunctionUrl;
use crate::lit::{FromLit, Lit, Lowering, lower};
use crate::origin_access_control::{
    AccessLevel, FunctionUrlOriginAccessControl, S3OriginAccessControl,
};
use crate::origin_access_identity::OriginAccessIdentity;
use crate::path::PropPath;
use crate::s3::Bucket;
use crate::schema::{EnumSchema, Factory, HasKind, Kind, Param};
use crate::vpc_origin::{VpcOrigin as VpcOriginHandle, VpcOriginEndpoint};

cf_enum! {
    /// How CloudFront connects to a custom origin.
    pub enum OriginProtocolPolicy ("origins::OriginProtocolPolicy") {
        /// HTTP only.
        HTTP_ONLY = "http-only",
        /// The protocol the viewer used.
        MATCH_VIEWER = "match-viewer",
        /// HTTPS only (the default).
        HTTPS_ONLY = "https-only",
    }
}

cf_enum! {
    /// A TLS/SSL protocol CloudFront may use with a custom origin over HTTPS.
    pub enum OriginSslPolicy ("origins::OriginSslPolicy") {
        /// SSLv3.
        SSL_V3 = "SSLv3",
        /// TLSv1.
        TLS_V1 = "TLSv1",
        /// TLSv1.1.
        TLS_V1_1 = "TLSv1.1",
        /// TLSv1.2 (the default).
        TLS_V1_2 = "TLSv1.2",
    }
}

cf_enum! {
    /// Which IP addresses CloudFront connects to a custom origin over.
    pub enum OriginIpAddressType ("origins::OriginIpAddressType") {
        /// IPv4 only (CloudFront's default).
        IPV4 = "ipv4",
        /// IPv6 only: the origin's domain name must resolve to IPv6 addresses.
        IPV6 = "ipv6",
        /// IPv4 and IPv6.
        DUALSTACK = "dualstack",
    }
}

/// The props every kind of origin has, in each origin's props struct (the CDK's
/// `OriginProps`), followed by the props of its kind.
macro_rules! with_origin_props {
    (
        $(#[$meta:meta])*
        pub struct $name:ident ($rust:literal) {
            $($rest:tt)*
        }
    ) => {
        props! {
            $(#[$meta])*
            pub struct $name ($rust) {
                /// A path CloudFront appends to the domain name when it requests from the
                /// origin; starts with `/`, does not end with `/`.
                origin_path: into(String) ["OriginPath"],
                /// Headers CloudFront adds to every request it sends to the origin.
                custom_headers: map(Expr) ["OriginCustomHeaders"],
                /// How many times CloudFront tries to connect (1-3, default 3).
                connection_attempts: exact(u32) ["ConnectionAttempts"],
                /// How long each connection attempt waits (1-10 seconds, default 10).
                connection_timeout: exact(Duration) ["ConnectionTimeout"],
                /// The origin's id in the distribution; generated from the construct path if
                /// omitted.
                origin_id: into(String) ["Id"],
                /// The region of the Origin Shield cache layer in front of this origin.
                origin_shield_region: into(String) ["OriginShield"],
                /// Whether Origin Shield is on (set it to `false` to turn off a region set
                /// elsewhere).
                origin_shield_enabled: exact(bool),
                /// The id of an origin access control CloudFront signs its requests to the
                /// origin with (such as `oac.origin_access_control_id()`), for origins that do
                /// not create one: an S3 bucket with its defaults, or an HTTP origin that is a
                /// Lambda function URL, MediaStore or MediaPackage v2.
                origin_access_control_id: into(Expr) ["OriginAccessControlId"],
                /// How long CloudFront waits for the whole response, from the request to its
                /// last byte (1 to 3600 seconds, at least the response timeout; no limit by
                /// default).
                response_completion_timeout: exact(Duration) ["ResponseCompletionTimeout"],
                $($rest)*
            }
        }
    };
}

with_origin_props! {
    /// Props of an S3 bucket origin: `origins::S3Origin(bucket, { ... })`.
    pub struct S3OriginProps ("origins::S3OriginProps") {}
}

with_origin_props! {
    /// Props of an origin with only the props every origin has: an S3 bucket with its
    /// defaults, `origins::S3BucketOrigin::with_bucket_defaults(bucket, { ... })`.
    pub struct OriginProps ("origins::OriginProps") {}
}

with_origin_props! {
    /// Props of an S3 bucket origin behind origin access control:
    /// `origins::S3BucketOrigin::with_origin_access_control(bucket, { ... })`.
    pub struct S3BucketOriginWithOacProps ("origins::S3BucketOriginWithOacProps") {
        /// What CloudFront may do with the bucket's objects (default `[AccessLevel::READ]`),
        /// granted in the bucket's policy (and in the key policy of a KMS-encrypted bucket of
        /// the stack).
        origin_access_levels: list(AccessLevel),
        /// The origin access control CloudFront signs its requests with; one is created
        /// under the origin when none is given (the CDK's automatic one).
        origin_access_control: into(S3OriginAccessControl),
    }
}

with_origin_props! {
    /// Props of an S3 bucket origin read through an origin access identity (the legacy way):
    /// `origins::S3BucketOrigin::with_origin_access_identity(bucket, { ... })`.
    pub struct S3BucketOriginWithOaiProps ("origins::S3BucketOriginWithOaiProps") {
        /// The identity CloudFront reads the bucket as; one is created under the origin when
        /// none is given.
        origin_access_identity: into(OriginAccessIdentity) ["OriginAccessIdentity"],
    }
}

with_origin_props! {
    /// Props of an HTTP origin (`origins::HttpOrigin(domain, { ... })`), a load balancer
    /// origin (`origins::LoadBalancerV2Origin(lb, { ... })`) or an S3 website endpoint
    /// (`origins::S3StaticWebsiteOrigin(bucket, { ... })`).
    pub struct HttpOriginProps ("origins::HttpOriginProps") {
        /// HTTP, HTTPS, or whatever the viewer used (default HTTPS only; HTTP only for an S3
        /// website endpoint).
        protocol_policy: exact(OriginProtocolPolicy) ["OriginProtocolPolicy"],
        /// The HTTP port (80, 443 or 1024-65535; default 80).
        http_port: exact(u16) ["HTTPPort"],
        /// The HTTPS port (80, 443 or 1024-65535; default 443).
        https_port: exact(u16) ["HTTPSPort"],
        /// How long CloudFront waits for a response (1 second to the account's quota, 120 s by
        /// default; CloudFront's default is 30 s).
        read_timeout: exact(Duration) ["OriginReadTimeout", "response_timeout"],
        /// How long CloudFront keeps an idle connection open (1 second to the account's quota,
        /// 120 s by default; CloudFront's default is 5 s).
        keepalive_timeout: exact(Duration) ["OriginKeepaliveTimeout"],
        /// The TLS protocols CloudFront may use over HTTPS (default TLSv1.2 only).
        origin_ssl_protocols: list(OriginSslPolicy) ["OriginSSLProtocols"],
        /// Which IP addresses CloudFront connects to the origin over (default IPv4).
        ip_address_type: exact(OriginIpAddressType) ["IpAddressType"],
    }
}

with_origin_props! {
    /// Props of an API Gateway REST API origin: `origins::RestApiOrigin(api, { ... })`. Without
    /// an `origin_path`, the origin path is the API's stage, as in the CDK.
    pub struct RestApiOriginProps ("origins::RestApiOriginProps") {
        /// How long CloudFront waits for a response (1 second to the account's quota;
        /// CloudFront's default is 30 s). API Gateway ends an integration after 29 s by
        /// default.
        read_timeout: exact(Duration) ["OriginReadTimeout", "response_timeout"],
        /// How long CloudFront keeps an idle connection open (1 second to the account's quota;
        /// CloudFront's default is 5 s).
        keepalive_timeout: exact(Duration) ["OriginKeepaliveTimeout"],
    }
}

impl From<RestApiOriginProps> for HttpOriginProps {
    fn from(p: RestApiOriginProps) -> Self {
        HttpOriginProps {
            origin_path: p.origin_path,
            custom_headers: p.custom_headers,
            connection_attempts: p.connection_attempts,
            connection_timeout: p.connection_timeout,
            origin_id: p.origin_id,
            origin_shield_region: p.origin_shield_region,
            origin_shield_enabled: p.origin_shield_enabled,
            origin_access_control_id: p.origin_access_control_id,
            response_completion_timeout: p.response_completion_timeout,
            read_timeout: p.read_timeout,
            keepalive_timeout: p.keepalive_timeout,
            ..HttpOriginProps::default()
        }
    }
}

cf_enum! {
    /// How CloudFront picks the origin of an origin group for a request.
    pub enum OriginSelectionCriteria ("origins::OriginSelectionCriteria") {
        /// The primary origin, and the fallback one when the primary answers with a failover
        /// status code (CloudFront's default).
        DEFAULT = "default",
        /// The origin whose media quality score is higher (for AWS Elemental MediaPackage v2
        /// origins).
        MEDIA_QUALITY_BASED = "media-quality-based",
    }
}

props! {
    /// Props of an origin group: `origins::OriginGroup({ primary_origin, fallback_origin })`.
    pub struct OriginGroupProps ("origins::OriginGroupProps") {
        /// The origin CloudFront sends requests to.
        primary_origin: into(Origin) ["Members"] required,
        /// The origin CloudFront retries with when the primary one answers with a failover
        /// status code.
        fallback_origin: into(Origin) ["Members"] required,
        /// The status codes of the primary origin CloudFront fails over on (400, 403, 404,
        /// 416, 500, 502, 503 or 504; default 500, 502, 503 and 504).
        fallback_status_codes: list(u16) ["FailoverCriteria", "StatusCodes"],
        /// How CloudFront picks the origin (default: the primary one, then the fallback).
        selection_criteria: exact(OriginSelectionCriteria) ["SelectionCriteria"],
    }
}

with_origin_props! {
    /// Props of a Lambda function URL origin: `origins::FunctionUrlOrigin(url, { ... })`.
    pub struct FunctionUrlOriginProps ("origins::FunctionUrlOriginProps") {
        /// How long CloudFront waits for a response (1 second to the account's quota;
        /// CloudFront's default is 30 s).
        read_timeout: exact(Duration) ["OriginReadTimeout", "response_timeout"],
        /// How long CloudFront keeps an idle connection open (1 second to the account's quota;
        /// CloudFront's default is 5 s).
        keepalive_timeout: exact(Duration) ["OriginKeepaliveTimeout"],
        /// Which IP addresses CloudFront connects to the function URL over (default IPv4).
        ip_address_type: exact(OriginIpAddressType) ["IpAddressType"],
    }
}

with_origin_props! {
    /// Props of a Lambda function URL origin behind origin access control:
    /// `origins::FunctionUrlOrigin::with_origin_access_control(url, { ... })`.
    pub struct FunctionUrlOriginWithOacProps ("origins::FunctionUrlOriginWithOacProps") {
        /// How long CloudFront waits for a response (1 second to the account's quota;
        /// CloudFront's default is 30 s).
        read_timeout: exact(Duration) ["OriginReadTimeout", "response_timeout"],
        /// How long CloudFront keeps an idle connection open (1 second to the account's quota;
        /// CloudFront's default is 5 s).
        keepalive_timeout: exact(Duration) ["OriginKeepaliveTimeout"],
        /// Which IP addresses CloudFront connects to the function URL over (default IPv4).
        ip_address_type: exact(OriginIpAddressType) ["IpAddressType"],
        /// The origin access control CloudFront signs its requests with; one is created under
        /// the origin when none is given (the CDK's automatic one).
        origin_access_control: into(FunctionUrlOriginAccessControl),
    }
}

with_origin_props! {
    /// Props of an origin of a VPC origin of the stack:
    /// `origins::VpcOrigin::with_vpc_origin(vpc_origin, { ... })`.
    pub struct VpcOriginProps ("origins::VpcOriginProps") {
        /// The domain name CloudFront sends requests for (default: the VPC origin's endpoint's;
        /// needed for a VPC origin known by its id).
        domain_name: into(Expr) ["DomainName"],
        /// How long CloudFront waits for a response (1 second to the account's quota;
        /// CloudFront's default is 30 s).
        read_timeout: exact(Duration) ["OriginReadTimeout", "response_timeout"],
        /// How long CloudFront keeps an idle connection open (1 second to the account's quota;
        /// CloudFront's default is 5 s).
        keepalive_timeout: exact(Duration) ["OriginKeepaliveTimeout"],
    }
}

with_origin_props! {
    /// Props of a VPC origin reaching a load balancer or an instance:
    /// `origins::VpcOrigin::with_application_load_balancer(lb, { ... })` and the others.
    pub struct VpcOriginWithEndpointProps ("origins::VpcOriginWithEndpointProps") {
        /// The domain name CloudFront sends requests for (default: the load balancer's DNS
        /// name, the instance's private DNS name).
        domain_name: into(Expr) ["DomainName"],
        /// How long CloudFront waits for a response (1 second to the account's quota;
        /// CloudFront's default is 30 s).
        read_timeout: exact(Duration) ["OriginReadTimeout", "response_timeout"],
        /// How long CloudFront keeps an idle connection open (1 second to the account's quota;
        /// CloudFront's default is 5 s).
        keepalive_timeout: exact(Duration) ["OriginKeepaliveTimeout"],
        /// The name of the VPC origin created (at most 64 characters); generated from the
        /// construct path if omitted.
        vpc_origin_name: into(String) ["Name"],
        /// The HTTP port (80, 443 or 1024-65535; CloudFront's default 80).
        http_port: exact(u16) ["HTTPPort"],
        /// The HTTPS port (80, 443 or 1024-65535; CloudFront's default 443).
        https_port: exact(u16) ["HTTPSPort"],
        /// HTTP, HTTPS, or whatever the viewer used (CloudFront's default: the viewer's).
        protocol_policy: exact(OriginProtocolPolicy) ["OriginProtocolPolicy"],
        /// The TLS protocols CloudFront may use over HTTPS (default TLSv1.2 only).
        origin_ssl_protocols: list(OriginSslPolicy) ["OriginSSLProtocols"],
    }
}

/// What a VPC origin's origin reaches.
#[derive(Debug, PartialEq)]
pub(crate) enum VpcAccess {
    /// A load balancer or an instance, through a VPC origin the origin creates.
    Endpoint {
        endpoint: VpcOriginEndpoint,
        props: VpcOriginWithEndpointProps,
    },
    /// A VPC origin of the stack's own (or one known by its id).
    Given {
        vpc_origin: VpcOriginHandle,
        props: VpcOriginProps,
    },
}

/// How a function URL origin is reached.
#[derive(Debug, PartialEq)]
pub(crate) enum FunctionUrlAccess {
    /// As any custom origin: the URL's auth type decides.
    Plain(FunctionUrlOriginProps),
    /// With origin access control: CloudFront signs its requests, and the function lets this
    /// distribution invoke it.
    Oac(FunctionUrlOriginWithOacProps),
}

/// How an S3 bucket origin gets at the bucket.
#[derive(Debug, PartialEq)]
pub(crate) enum S3Access {
    /// The CDK's deprecated `S3Origin`: an origin access identity it creates, or a website
    /// bucket's endpoint.
    Legacy(S3OriginProps),
    /// Origin access control.
    Oac(S3BucketOriginWithOacProps),
    /// An origin access identity.
    Oai(S3BucketOriginWithOaiProps),
    /// None of its own: the bucket's policy decides.
    Defaults(OriginProps),
}

/// What an origin is.
#[derive(Debug, PartialEq)]
pub(crate) enum OriginSpec {
    S3 {
        bucket: Bucket,
        access: S3Access,
    },
    /// An S3 bucket's static website endpoint, an HTTP origin.
    S3Website {
        bucket: Bucket,
        props: HttpOriginProps,
    },
    Http {
        domain_name: Expr,
        props: HttpOriginProps,
        /// The REST API the domain name is cut out of (`RestApiOrigin`), whose stage is the
        /// origin path unless `origin_path` is given.
        rest_api: Option<RestApi>,
    },
    LoadBalancer {
        load_balancer: LoadBalancerV2,
        props: HttpOriginProps,
    },
    /// A primary origin and the origin CloudFront fails over to.
    Group(OriginGroupProps),
    /// A Lambda function URL.
    FunctionUrl {
        url: FunctionUrl,
        access: FunctionUrlAccess,
    },
    /// A load balancer or instance in a VPC, through a VPC origin.
    Vpc(VpcAccess),
}

/// An origin of a distribution.
///
/// Clones are the same origin; compare with [`Origin::is_same`].
#[derive(Clone, Debug)]
pub struct Origin(pub(crate) Arc<OriginSpec>);

/// An origin written by reference where one is taken (`origin: &api`): the same origin, as
/// the CDK shares one object between behaviors.
impl From<&Origin> for Origin {
    fn from(origin: &Origin) -> Origin {
        origin.clone()
    }
}

impl PartialEq for Origin {
    fn eq(&self, other: &Self) -> bool {
        self.is_same(other)
    }
}

impl Origin {
    /// An S3 bucket origin the CDK's deprecated way. A website bucket becomes an HTTP origin
    /// on its website endpoint; any other bucket gets an origin access identity with read
    /// access to its objects.
    #[deprecated(
        note = "`origins::S3Origin` is deprecated, as in the CDK: use `origins::S3BucketOrigin::with_origin_access_control(bucket)` (or `with_origin_access_identity` to keep the identity, `origins::S3StaticWebsiteOrigin` for a website bucket)"
    )]
    pub fn s3(bucket: impl Into<Bucket>, props: S3OriginProps) -> Origin {
        Origin::legacy_s3(bucket.into(), props)
    }

    /// [`Origin::s3`], for what the library maps onto it (a web distribution's S3 source).
    pub(crate) fn legacy_s3(bucket: Bucket, props: S3OriginProps) -> Origin {
        Origin::new(OriginSpec::S3 {
            bucket,
            access: S3Access::Legacy(props),
        })
    }

    fn new(spec: OriginSpec) -> Origin {
        Origin(Arc::new(spec))
    }

    /// An S3 bucket's static website endpoint, an HTTP origin (HTTP only unless
    /// `protocol_policy` says otherwise): S3's redirects and error documents apply.
    pub fn s3_static_website(bucket: impl Into<Bucket>, props: HttpOriginProps) -> Origin {
        Origin::new(OriginSpec::S3Website {
            bucket: bucket.into(),
            props,
        })
    }

    /// An HTTP server at `domain_name` (a host name, not a URL).
    pub fn http(domain_name: impl Into<Expr>, props: HttpOriginProps) -> Origin {
        Origin::new(OriginSpec::Http {
            domain_name: domain_name.into(),
            props,
            rest_api: None,
        })
    }

    /// An API Gateway REST API's stage (the CDK's `origins.RestApiOrigin`): an HTTPS origin on
    /// the host of the stage's URL, with the stage as origin path unless `origin_path` says
    /// otherwise.
    pub fn rest_api(api: impl Into<RestApi>, props: RestApiOriginProps) -> Origin {
        let api = api.into();
        Origin::new(OriginSpec::Http {
            domain_name: api.domain_name(),
            props: props.into(),
            rest_api: Some(api),
        })
    }

    /// An internet-facing Application or Network Load Balancer.
    pub fn load_balancer_v2(
        load_balancer: impl Into<LoadBalancerV2>,
        props: HttpOriginProps,
    ) -> Origin {
        Origin::new(OriginSpec::LoadBalancer {
            load_balancer: load_balancer.into(),
            props,
        })
    }

    /// An origin group (the CDK's `origins.OriginGroup`): CloudFront sends requests to the
    /// primary origin, and retries with the fallback one when the primary answers with a
    /// failover status code. Only GET, HEAD and OPTIONS requests fail over, so a behavior
    /// whose origin is a group allows no other methods.
    pub fn group(props: OriginGroupProps) -> Origin {
        Origin::new(OriginSpec::Group(props))
    }

    /// A Lambda function URL (the CDK's `origins.FunctionUrlOrigin`): a custom origin on the
    /// URL's host, over HTTPS.
    pub fn function_url(url: impl Into<FunctionUrl>, props: FunctionUrlOriginProps) -> Origin {
        Origin::new(OriginSpec::FunctionUrl {
            url: url.into(),
            access: FunctionUrlAccess::Plain(props),
        })
    }

    /// The props of an origin group, when this is one.
    pub(crate) fn as_group(&self) -> Option<&OriginGroupProps> {
        match &*self.0 {
            OriginSpec::Group(props) => Some(props),
            _ => None,
        }
    }

    /// Whether `self` and `other` are the same origin object.
    ///
    /// ```
    /// use cloudfront_dsl::origins::HttpOrigin;
    /// let a = HttpOrigin("www.example.com");
    /// assert!(a.is_same(&a.clone()));
    /// assert!(!a.is_same(&HttpOrigin("www.example.com")));
    /// ```
    pub fn is_same(&self, other: &Origin) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }

    /// The name the CDK gives this kind of origin, as the DSL writes it.
    pub fn kind_name(&self) -> &'static str {
        match &*self.0 {
            OriginSpec::S3 {
                access: S3Access::Legacy(_),
                ..
            } => "S3Origin",
            OriginSpec::S3 {
                access: S3Access::Oac(_),
                ..
            } => "S3BucketOrigin::with_origin_access_control",
            OriginSpec::S3 {
                access: S3Access::Oai(_),
                ..
            } => "S3BucketOrigin::with_origin_access_identity",
            OriginSpec::S3 {
                access: S3Access::Defaults(_),
                ..
            } => "S3BucketOrigin::with_bucket_defaults",
            OriginSpec::S3Website { .. } => "S3StaticWebsiteOrigin",
            OriginSpec::Http {
                rest_api: Some(_), ..
            } => "RestApiOrigin",
            OriginSpec::Http { .. } => "HttpOrigin",
            OriginSpec::LoadBalancer { .. } => "LoadBalancerV2Origin",
            OriginSpec::Group(_) => "OriginGroup",
            OriginSpec::FunctionUrl {
                access: FunctionUrlAccess::Plain(_),
                ..
            } => "FunctionUrlOrigin",
            OriginSpec::FunctionUrl {
                access: FunctionUrlAccess::Oac(_),
                ..
            } => "FunctionUrlOrigin::with_origin_access_control",
            OriginSpec::Vpc(VpcAccess::Endpoint { endpoint, .. }) => match endpoint {
                VpcOriginEndpoint::ApplicationLoadBalancer(_) => {
                    "VpcOrigin::with_application_load_balancer"
                }
                VpcOriginEndpoint::NetworkLoadBalancer(_) => {
                    "VpcOrigin::with_network_load_balancer"
                }
                VpcOriginEndpoint::Ec2Instance(_) => "VpcOrigin::with_ec2_instance",
            },
            OriginSpec::Vpc(VpcAccess::Given { .. }) => "VpcOrigin::with_vpc_origin",
        }
    }
}

/// The CDK's `origins.VpcOrigin`: a load balancer or an instance in a VPC as an origin,
/// reached through a VPC origin (`AWS::CloudFront::VpcOrigin`).
///
/// ```
/// use cloudfront_dsl::elbv2::ApplicationLoadBalancer;
/// use cloudfront_dsl::origins::{VpcOrigin, VpcOriginWithEndpointProps};
/// let alb = ApplicationLoadBalancer::from_logical_id("Alb16C2F182");
/// let origin = VpcOrigin::with_application_load_balancer(alb, VpcOriginWithEndpointProps::default());
/// assert_eq!(origin.kind_name(), "VpcOrigin::with_application_load_balancer");
/// ```
#[derive(Debug)]
pub struct VpcOrigin {
    _constructors_only: (),
}

impl VpcOrigin {
    fn endpoint(endpoint: VpcOriginEndpoint, props: VpcOriginWithEndpointProps) -> Origin {
        Origin::new(OriginSpec::Vpc(VpcAccess::Endpoint { endpoint, props }))
    }

    /// An internal Application Load Balancer, through a VPC origin the origin creates.
    pub fn with_application_load_balancer(
        alb: impl Into<LoadBalancerV2>,
        props: VpcOriginWithEndpointProps,
    ) -> Origin {
        Self::endpoint(VpcOriginEndpoint::application_load_balancer(alb), props)
    }

    /// An internal Network Load Balancer (with a security group, not dual-stack), through a
    /// VPC origin the origin creates.
    pub fn with_network_load_balancer(
        nlb: impl Into<LoadBalancerV2>,
        props: VpcOriginWithEndpointProps,
    ) -> Origin {
        Self::endpoint(VpcOriginEndpoint::network_load_balancer(nlb), props)
    }

    /// An EC2 instance, through a VPC origin the origin creates.
    pub fn with_ec2_instance(
        instance: impl Into<Instance>,
        props: VpcOriginWithEndpointProps,
    ) -> Origin {
        Self::endpoint(VpcOriginEndpoint::ec2_instance(instance), props)
    }

    /// A VPC origin of the stack's own (made with `vpc_origin!`), or one known by its id (which
    /// needs `domain_name`).
    pub fn with_vpc_origin(vpc_origin: VpcOriginHandle, props: VpcOriginProps) -> Origin {
        Origin::new(OriginSpec::Vpc(VpcAccess::Given { vpc_origin, props }))
    }
}

/// The CDK's `FunctionUrlOrigin` as a type, for its constructor with origin access control
/// (`origins::FunctionUrlOrigin(url)` is the plain one).
#[derive(Debug)]
pub struct FunctionUrlOrigin {
    _constructors_only: (),
}

impl FunctionUrlOrigin {
    /// The function URL behind origin access control: CloudFront signs its requests (with the
    /// origin access control given, or one created under the origin), and the function lets
    /// this distribution, and only it, invoke it through the URL (two `AWS::Lambda::Permission`
    /// resources, as the CDK writes them). A URL whose auth type is `NONE` takes no signed
    /// requests from an origin access control that always signs.
    pub fn with_origin_access_control(
        url: impl Into<FunctionUrl>,
        props: FunctionUrlOriginWithOacProps,
    ) -> Origin {
        Origin::new(OriginSpec::FunctionUrl {
            url: url.into(),
            access: FunctionUrlAccess::Oac(props),
        })
    }
}

/// The CDK's `S3BucketOrigin`: an S3 bucket as an origin, with the access to the bucket each
/// constructor says.
///
/// ```
/// use cloudfront_dsl::{Stack, s3::Bucket};
/// use cloudfront_dsl::origins::{S3BucketOrigin, S3BucketOriginWithOacProps};
/// use cloudfront_dsl::origin_access_control::AccessLevel;
/// let mut stack = Stack::new("Docs");
/// let bucket = Bucket::new(&mut stack, "site");
/// let origin = S3BucketOrigin::with_origin_access_control(
///     bucket,
///     S3BucketOriginWithOacProps::default().origin_access_levels([AccessLevel::READ]),
/// );
/// assert_eq!(origin.kind_name(), "S3BucketOrigin::with_origin_access_control");
/// ```
#[derive(Debug)]
pub struct S3BucketOrigin {
    _constructors_only: (),
}

impl S3BucketOrigin {
    /// The bucket behind origin access control: CloudFront signs its requests (with the
    /// origin access control given, or one created under the origin), and the bucket's policy
    /// lets this distribution, and only it, do what `origin_access_levels` say.
    pub fn with_origin_access_control(
        bucket: impl Into<Bucket>,
        props: S3BucketOriginWithOacProps,
    ) -> Origin {
        Origin::new(OriginSpec::S3 {
            bucket: bucket.into(),
            access: S3Access::Oac(props),
        })
    }

    /// The bucket read through an origin access identity (the given one, or one created under
    /// the origin), which the bucket's policy lets read every object: the legacy way.
    pub fn with_origin_access_identity(
        bucket: impl Into<Bucket>,
        props: S3BucketOriginWithOaiProps,
    ) -> Origin {
        Origin::new(OriginSpec::S3 {
            bucket: bucket.into(),
            access: S3Access::Oai(props),
        })
    }

    /// The bucket with no access control of the origin's own: its policy must let CloudFront
    /// read (or `origin_access_control_id` names an origin access control).
    pub fn with_bucket_defaults(bucket: impl Into<Bucket>, props: OriginProps) -> Origin {
        Origin::new(OriginSpec::S3 {
            bucket: bucket.into(),
            access: S3Access::Defaults(props),
        })
    }
}

/// The props every kind of origin has.
pub(crate) struct CommonProps<'a> {
    pub(crate) origin_path: &'a Option<String>,
    pub(crate) custom_headers: &'a Option<Vec<(String, Expr)>>,
    pub(crate) connection_attempts: &'a Option<u32>,
    pub(crate) connection_timeout: &'a Option<Duration>,
    pub(crate) origin_id: &'a Option<String>,
    pub(crate) origin_shield_region: &'a Option<String>,
    pub(crate) origin_shield_enabled: &'a Option<bool>,
    pub(crate) origin_access_control_id: &'a Option<Expr>,
    pub(crate) response_completion_timeout: &'a Option<Duration>,
}

macro_rules! common_props {
    ($p:expr) => {
        CommonProps {
            origin_path: &$p.origin_path,
            custom_headers: &$p.custom_headers,
            connection_attempts: &$p.connection_attempts,
            connection_timeout: &$p.connection_timeout,
            origin_id: &$p.origin_id,
            origin_shield_region: &$p.origin_shield_region,
            origin_shield_enabled: &$p.origin_shield_enabled,
            origin_access_control_id: &$p.origin_access_control_id,
            response_completion_timeout: &$p.response_completion_timeout,
        }
    };
}

impl Origin {
    /// The props every kind of origin has.
    pub(crate) fn common(&self) -> CommonProps<'_> {
        match &*self.0 {
            OriginSpec::S3 { access, .. } => match access {
                S3Access::Legacy(p) => common_props!(p),
                S3Access::Oac(p) => common_props!(p),
                S3Access::Oai(p) => common_props!(p),
                S3Access::Defaults(p) => common_props!(p),
            },
            OriginSpec::S3Website { props, .. }
            | OriginSpec::Http { props, .. }
            | OriginSpec::LoadBalancer { props, .. } => common_props!(props),
            OriginSpec::FunctionUrl { access, .. } => match access {
                FunctionUrlAccess::Plain(p) => common_props!(p),
                FunctionUrlAccess::Oac(p) => common_props!(p),
            },
            OriginSpec::Vpc(VpcAccess::Endpoint { props, .. }) => common_props!(props),
            OriginSpec::Vpc(VpcAccess::Given { props, .. }) => common_props!(props),
            // A group is rendered as its primary origin.
            OriginSpec::Group(group) => match &group.primary_origin {
                Some(primary) if primary.as_group().is_none() => primary.common(),
                _ => common_props!(NO_PROPS),
            },
        }
    }

    /// The props of a custom (HTTP) origin, for the kinds that are one.
    pub(crate) fn http_props(&self) -> Option<&HttpOriginProps> {
        match &*self.0 {
            OriginSpec::S3Website { props, .. }
            | OriginSpec::Http { props, .. }
            | OriginSpec::LoadBalancer { props, .. } => Some(props),
            OriginSpec::S3 { .. }
            | OriginSpec::Group(_)
            | OriginSpec::FunctionUrl { .. }
            | OriginSpec::Vpc(_) => None,
        }
    }

    /// The response and keep-alive timeouts of an origin that has them (a custom origin).
    pub(crate) fn timeouts(&self) -> Option<(&Option<Duration>, &Option<Duration>)> {
        match &*self.0 {
            OriginSpec::FunctionUrl { access, .. } => Some(match access {
                FunctionUrlAccess::Plain(p) => (&p.read_timeout, &p.keepalive_timeout),
                FunctionUrlAccess::Oac(p) => (&p.read_timeout, &p.keepalive_timeout),
            }),
            OriginSpec::Vpc(VpcAccess::Endpoint { props, .. }) => {
                Some((&props.read_timeout, &props.keepalive_timeout))
            }
            OriginSpec::Vpc(VpcAccess::Given { props, .. }) => {
                Some((&props.read_timeout, &props.keepalive_timeout))
            }
            _ => self
                .http_props()
                .map(|p| (&p.read_timeout, &p.keepalive_timeout)),
        }
    }
}

/// The props of an origin that sets none.
static NO_PROPS: OriginProps = OriginProps {
    origin_path: None,
    custom_headers: None,
    connection_attempts: None,
    connection_timeout: None,
    origin_id: None,
    origin_shield_region: None,
    origin_shield_enabled: None,
    origin_access_control_id: None,
    response_completion_timeout: None,
};

/// An S3 bucket origin with default props, the CDK's deprecated way (`origins.S3Origin(bucket)`):
/// an origin access identity, or a website bucket's endpoint.
#[deprecated(
    note = "`origins::S3Origin` is deprecated, as in the CDK: use `origins::S3BucketOrigin::with_origin_access_control(bucket, Default::default())` (or `with_origin_access_identity` to keep the identity, `origins::S3StaticWebsiteOrigin` for a website bucket)"
)]
pub fn S3Origin(bucket: impl Into<Bucket>) -> Origin {
    Origin::legacy_s3(bucket.into(), S3OriginProps::default())
}

/// An API Gateway REST API's stage with default props (the CDK's
/// `origins.RestApiOrigin(api)`); see [`Origin::rest_api`].
///
/// ```
/// use cloudfront_dsl::{apigateway::RestApi, origins::RestApiOrigin};
/// let origin = RestApiOrigin(RestApi::from_logical_id("OrdersApi", "prod"));
/// assert_eq!(origin.kind_name(), "RestApiOrigin");
/// ```
pub fn RestApiOrigin(api: impl Into<RestApi>) -> Origin {
    Origin::rest_api(api, RestApiOriginProps::default())
}

/// An S3 bucket's static website endpoint with default props (the CDK's
/// `origins.S3StaticWebsiteOrigin(bucket)`).
pub fn S3StaticWebsiteOrigin(bucket: impl Into<Bucket>) -> Origin {
    Origin::s3_static_website(bucket, HttpOriginProps::default())
}

/// An origin group (the CDK's `new origins.OriginGroup({ ... })`); see [`Origin::group`].
///
/// ```
/// use cloudfront_dsl::origins::{HttpOrigin, OriginGroup, OriginGroupProps};
/// let origin = OriginGroup(
///     OriginGroupProps::default()
///         .primary_origin(HttpOrigin("www.example.com"))
///         .fallback_origin(HttpOrigin("backup.example.com"))
///         .fallback_status_codes([500u16, 502, 503, 504, 404]),
/// );
/// assert_eq!(origin.kind_name(), "OriginGroup");
/// ```
pub fn OriginGroup(props: OriginGroupProps) -> Origin {
    Origin::group(props)
}

/// A Lambda function URL origin with default props (the CDK's
/// `origins.FunctionUrlOrigin(url)`).
///
/// ```
/// use cloudfront_dsl::function_url::FunctionUrl;
/// use cloudfront_dsl::origins::FunctionUrlOrigin;
/// let origin = FunctionUrlOrigin(FunctionUrl::from_logical_id("ApiFunctionUrl46E4ABDE"));
/// assert_eq!(origin.kind_name(), "FunctionUrlOrigin");
/// ```
pub fn FunctionUrlOrigin(url: impl Into<FunctionUrl>) -> Origin {
    Origin::function_url(url, FunctionUrlOriginProps::default())
}

/// An HTTP origin with default props (the CDK's `origins.HttpOrigin(domain)`).
///
/// ```
/// use cloudfront_dsl::origins::HttpOrigin;
/// let origin = HttpOrigin("www.example.com");
/// assert_eq!(origin.kind_name(), "HttpOrigin");
/// ```
pub fn HttpOrigin(domain_name: impl Into<Expr>) -> Origin {
    Origin::http(domain_name, HttpOriginProps::default())
}

/// A load balancer origin with default props (the CDK's `origins.LoadBalancerV2Origin(lb)`).
pub fn LoadBalancerV2Origin(load_balancer: impl Into<LoadBalancerV2>) -> Origin {
    Origin::load_balancer_v2(load_balancer, HttpOriginProps::default())
}

const fn param(name: &'static str, kind: &'static Kind, optional: bool) -> Param {
    Param {
        name,
        kind,
        optional,
        variadic: false,
    }
}

/// The kind of an origin group's props, behind a function: the props hold origins, whose schema
/// holds them.
fn origin_group_props() -> &'static Kind {
    &OriginGroupProps::KIND
}

#[doc(hidden)]
/// The schema of the origin factories (`origins::HttpOrigin(...)` and the others).
pub const ORIGIN_SCHEMA: EnumSchema = EnumSchema {
    name: "origins",
    rust: "origins::Origin",
    what: "an origin (`origins::S3Origin(bucket)`, `origins::HttpOrigin(\"host\")`, ...)",
    consts: &[],
    factories: &[
        Factory {
            name: "S3Origin",
            rust: "origins::Origin::s3",
            params: &[
                param("bucket", &Bucket::KIND, false),
                param("props", &S3OriginProps::KIND, true),
            ],
        },
        Factory {
            name: "S3BucketOrigin::with_origin_access_control",
            rust: "origins::S3BucketOrigin::with_origin_access_control",
            params: &[
                param("bucket", &Bucket::KIND, false),
                param("props", &S3BucketOriginWithOacProps::KIND, true),
            ],
        },
        Factory {
            name: "S3BucketOrigin::with_origin_access_identity",
            rust: "origins::S3BucketOrigin::with_origin_access_identity",
            params: &[
                param("bucket", &Bucket::KIND, false),
                param("props", &S3BucketOriginWithOaiProps::KIND, true),
            ],
        },
        Factory {
            name: "S3BucketOrigin::with_bucket_defaults",
            rust: "origins::S3BucketOrigin::with_bucket_defaults",
            params: &[
                param("bucket", &Bucket::KIND, false),
                param("props", &OriginProps::KIND, true),
            ],
        },
        Factory {
            name: "S3StaticWebsiteOrigin",
            rust: "origins::Origin::s3_static_website",
            params: &[
                param("bucket", &Bucket::KIND, false),
                param("props", &HttpOriginProps::KIND, true),
            ],
        },
        Factory {
            name: "FunctionUrlOrigin",
            rust: "origins::Origin::function_url",
            params: &[
                param("url", &FunctionUrl::KIND, false),
                param("props", &FunctionUrlOriginProps::KIND, true),
            ],
        },
        Factory {
            name: "FunctionUrlOrigin::with_origin_access_control",
            rust: "origins::FunctionUrlOrigin::with_origin_access_control",
            params: &[
                param("url", &FunctionUrl::KIND, false),
                param("props", &FunctionUrlOriginWithOacProps::KIND, true),
            ],
        },
        Factory {
            name: "VpcOrigin::with_application_load_balancer",
            rust: "origins::VpcOrigin::with_application_load_balancer",
            params: &[
                param("alb", &LoadBalancerV2::KIND, false),
                param("props", &VpcOriginWithEndpointProps::KIND, true),
            ],
        },
        Factory {
            name: "VpcOrigin::with_network_load_balancer",
            rust: "origins::VpcOrigin::with_network_load_balancer",
            params: &[
                param("nlb", &LoadBalancerV2::KIND, false),
                param("props", &VpcOriginWithEndpointProps::KIND, true),
            ],
        },
        Factory {
            name: "VpcOrigin::with_ec2_instance",
            rust: "origins::VpcOrigin::with_ec2_instance",
            params: &[
                param("instance", &Instance::KIND, false),
                param("props", &VpcOriginWithEndpointProps::KIND, true),
            ],
        },
        Factory {
            name: "VpcOrigin::with_vpc_origin",
            rust: "origins::VpcOrigin::with_vpc_origin",
            params: &[
                param("vpc_origin", &VpcOriginHandle::KIND, false),
                param("props", &VpcOriginProps::KIND, true),
            ],
        },
        Factory {
            name: "OriginGroup",
            rust: "origins::Origin::group",
            params: &[param("props", &Kind::Lazy(origin_group_props), true)],
        },
        Factory {
            name: "HttpOrigin",
            rust: "origins::Origin::http",
            params: &[
                param("domain_name", &Expr::KIND, false),
                param("props", &HttpOriginProps::KIND, true),
            ],
        },
        Factory {
            name: "RestApiOrigin",
            rust: "origins::Origin::rest_api",
            params: &[
                param("api", &RestApi::KIND, false),
                param("props", &RestApiOriginProps::KIND, true),
            ],
        },
        Factory {
            name: "LoadBalancerV2Origin",
            rust: "origins::Origin::load_balancer_v2",
            params: &[
                param("load_balancer", &LoadBalancerV2::KIND, false),
                param("props", &HttpOriginProps::KIND, true),
            ],
        },
    ],
};

impl HasKind for Origin {
    const KIND: Kind = Kind::Enum(&ORIGIN_SCHEMA);
}

impl FromLit for Origin {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        if name == "OriginGroup" {
            return Some(Origin::group(match args.first() {
                Some(props) => lower(props, path, cx)?,
                None => OriginGroupProps::default(),
            }));
        }
        let target = args.first()?;
        // A factory's props block is flattened: `origin.http_port`, not `origin.props.http_port`.
        let props_path = path.clone();
        let props = args.get(1);
        // Props not given are the defaults; props given but unknown make the origin unknown.
        macro_rules! given {
            ($ty:ty) => {
                props.map_or(Some(<$ty>::default()), |p| lower(p, &props_path, cx))?
            };
        }
        let bucket = |cx: &mut Lowering| lower::<Bucket>(target, &path.field("bucket"), cx);
        Some(match name.as_str() {
            "S3Origin" => Origin::legacy_s3(bucket(cx)?, given!(S3OriginProps)),
            "S3BucketOrigin::with_origin_access_control" => {
                S3BucketOrigin::with_origin_access_control(
                    bucket(cx)?,
                    given!(S3BucketOriginWithOacProps),
                )
            }
            "S3BucketOrigin::with_origin_access_identity" => {
                S3BucketOrigin::with_origin_access_identity(
                    bucket(cx)?,
                    given!(S3BucketOriginWithOaiProps),
                )
            }
            "S3BucketOrigin::with_bucket_defaults" => {
                S3BucketOrigin::with_bucket_defaults(bucket(cx)?, given!(OriginProps))
            }
            "S3StaticWebsiteOrigin" => {
                Origin::s3_static_website(bucket(cx)?, given!(HttpOriginProps))
            }
            "FunctionUrlOrigin" => Origin::function_url(
                lower::<FunctionUrl>(target, &path.field("url"), cx)?,
                given!(FunctionUrlOriginProps),
            ),
            "VpcOrigin::with_application_load_balancer" => {
                VpcOrigin::with_application_load_balancer(
                    lower::<LoadBalancerV2>(target, &path.field("alb"), cx)?,
                    given!(VpcOriginWithEndpointProps),
                )
            }
            "VpcOrigin::with_network_load_balancer" => VpcOrigin::with_network_load_balancer(
                lower::<LoadBalancerV2>(target, &path.field("nlb"), cx)?,
                given!(VpcOriginWithEndpointProps),
            ),
            "VpcOrigin::with_ec2_instance" => VpcOrigin::with_ec2_instance(
                lower::<Instance>(target, &path.field("instance"), cx)?,
                given!(VpcOriginWithEndpointProps),
            ),
            "VpcOrigin::with_vpc_origin" => VpcOrigin::with_vpc_origin(
                lower::<VpcOriginHandle>(target, &path.field("vpc_origin"), cx)?,
                given!(VpcOriginProps),
            ),
            "FunctionUrlOrigin::with_origin_access_control" => {
                FunctionUrlOrigin::with_origin_access_control(
                    lower::<FunctionUrl>(target, &path.field("url"), cx)?,
                    given!(FunctionUrlOriginWithOacProps),
                )
            }
            "HttpOrigin" => Origin::http(
                lower::<Expr>(target, &path.field("domain_name"), cx)?,
                props.map_or(Some(HttpOriginProps::default()), |p| {
                    lower(p, &props_path, cx)
                })?,
            ),
            "RestApiOrigin" => Origin::rest_api(
                lower::<RestApi>(target, &path.field("api"), cx)?,
                given!(RestApiOriginProps),
            ),
            "LoadBalancerV2Origin" => Origin::load_balancer_v2(
                lower::<LoadBalancerV2>(target, &path.field("load_balancer"), cx)?,
                props.map_or(Some(HttpOriginProps::default()), |p| {
                    lower(p, &props_path, cx)
                })?,
            ),
            _ => return None,
        })
    }
}
