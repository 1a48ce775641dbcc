//! Origins: where a distribution fetches content from (the CDK's `aws-cloudfront-origins`).
//!
//! An [`Origin`] is an object with an identity, as in the CDK: one origin used by two behaviors
//! is one origin of the distribution, while two `S3Origin(bucket)` values are two origins (each
//! with its own origin access identity).

#![allow(non_snake_case)]

use std::sync::Arc;

use crate::duration::Duration;
use crate::elbv2::LoadBalancerV2;
use crate::expr::Expr;
use crate::lit::{FromLit, Lit, Lowering, lower};
use crate::path::PropPath;
use crate::s3::Bucket;
use crate::schema::{EnumSchema, Factory, HasKind, Kind, Param};

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

props! {
    /// Props of an S3 bucket origin: `origins::S3Origin(bucket, { ... })`.
    pub struct S3OriginProps ("origins::S3OriginProps") {
        /// A path CloudFront appends to the domain name when it requests from the origin;
        /// starts with `/`, does not end with `/`.
        origin_path: into(String) ["OriginPath"],
        /// Headers CloudFront adds to every request it sends to the origin.
        custom_headers: map(Expr) ["OriginCustomHeaders"],
        /// How many times CloudFront tries to connect (1-3, default 3).
        connection_attempts: exact(u32) ["ConnectionAttempts"],
        /// How long each connection attempt waits (1-10 seconds, default 10).
        connection_timeout: exact(Duration) ["ConnectionTimeout"],
        /// The origin's id in the distribution; generated from the construct path if omitted.
        origin_id: into(String) ["Id"],
        /// The region of the Origin Shield cache layer in front of this origin.
        origin_shield_region: into(String) ["OriginShield"],
        /// Whether Origin Shield is on (set it to `false` to turn off a region set elsewhere).
        origin_shield_enabled: exact(bool),
    }
}

props! {
    /// Props of an HTTP origin (`origins::HttpOrigin(domain, { ... })`) or a load balancer
    /// origin (`origins::LoadBalancerV2Origin(lb, { ... })`).
    pub struct HttpOriginProps ("origins::HttpOriginProps") {
        /// A path CloudFront appends to the domain name when it requests from the origin;
        /// starts with `/`, does not end with `/`.
        origin_path: into(String) ["OriginPath"],
        /// Headers CloudFront adds to every request it sends to the origin.
        custom_headers: map(Expr) ["OriginCustomHeaders"],
        /// How many times CloudFront tries to connect (1-3, default 3).
        connection_attempts: exact(u32) ["ConnectionAttempts"],
        /// How long each connection attempt waits (1-10 seconds, default 10).
        connection_timeout: exact(Duration) ["ConnectionTimeout"],
        /// The origin's id in the distribution; generated from the construct path if omitted.
        origin_id: into(String) ["Id"],
        /// The region of the Origin Shield cache layer in front of this origin.
        origin_shield_region: into(String) ["OriginShield"],
        /// Whether Origin Shield is on (set it to `false` to turn off a region set elsewhere).
        origin_shield_enabled: exact(bool),
        /// HTTP, HTTPS, or whatever the viewer used (default HTTPS only).
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
    }
}

/// What an origin is.
#[derive(Debug, PartialEq)]
pub(crate) enum OriginSpec {
    S3 {
        bucket: Bucket,
        props: S3OriginProps,
    },
    Http {
        domain_name: Expr,
        props: HttpOriginProps,
    },
    LoadBalancer {
        load_balancer: LoadBalancerV2,
        props: HttpOriginProps,
    },
}

/// An origin of a distribution.
///
/// Clones are the same origin; compare with [`Origin::is_same`].
#[derive(Clone, Debug)]
pub struct Origin(pub(crate) Arc<OriginSpec>);

impl PartialEq for Origin {
    fn eq(&self, other: &Self) -> bool {
        self.is_same(other)
    }
}

impl Origin {
    /// An S3 bucket origin. A website bucket becomes an HTTP origin on its website endpoint;
    /// any other bucket gets an origin access identity with read access to its objects.
    pub fn s3(bucket: impl Into<Bucket>, props: S3OriginProps) -> Origin {
        Origin(Arc::new(OriginSpec::S3 {
            bucket: bucket.into(),
            props,
        }))
    }

    /// An HTTP server at `domain_name` (a host name, not a URL).
    pub fn http(domain_name: impl Into<Expr>, props: HttpOriginProps) -> Origin {
        Origin(Arc::new(OriginSpec::Http {
            domain_name: domain_name.into(),
            props,
        }))
    }

    /// An internet-facing Application or Network Load Balancer.
    pub fn load_balancer_v2(
        load_balancer: impl Into<LoadBalancerV2>,
        props: HttpOriginProps,
    ) -> Origin {
        Origin(Arc::new(OriginSpec::LoadBalancer {
            load_balancer: load_balancer.into(),
            props,
        }))
    }

    /// Whether `self` and `other` are the same origin object.
    ///
    /// ```
    /// use cloudfront_model::origins::HttpOrigin;
    /// let a = HttpOrigin("www.example.com");
    /// assert!(a.is_same(&a.clone()));
    /// assert!(!a.is_same(&HttpOrigin("www.example.com")));
    /// ```
    pub fn is_same(&self, other: &Origin) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }

    /// The factory name the CDK gives this kind of origin.
    pub fn kind_name(&self) -> &'static str {
        match &*self.0 {
            OriginSpec::S3 { .. } => "S3Origin",
            OriginSpec::Http { .. } => "HttpOrigin",
            OriginSpec::LoadBalancer { .. } => "LoadBalancerV2Origin",
        }
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
        }
    };
}

impl Origin {
    /// The props every kind of origin has.
    pub(crate) fn common(&self) -> CommonProps<'_> {
        match &*self.0 {
            OriginSpec::S3 { props, .. } => common_props!(props),
            OriginSpec::Http { props, .. } | OriginSpec::LoadBalancer { props, .. } => {
                common_props!(props)
            }
        }
    }
}

/// An S3 bucket origin with default props (the CDK's `origins.S3Origin(bucket)`).
pub fn S3Origin(bucket: impl Into<Bucket>) -> Origin {
    Origin::s3(bucket, S3OriginProps::default())
}

/// An HTTP origin with default props (the CDK's `origins.HttpOrigin(domain)`).
///
/// ```
/// use cloudfront_model::origins::HttpOrigin;
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
            name: "HttpOrigin",
            rust: "origins::Origin::http",
            params: &[
                param("domain_name", &Expr::KIND, false),
                param("props", &HttpOriginProps::KIND, true),
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
        let target = args.first()?;
        // A factory's props block is flattened: `origin.http_port`, not `origin.props.http_port`.
        let props_path = path.clone();
        let props = args.get(1);
        Some(match name.as_str() {
            "S3Origin" => Origin::s3(
                lower::<Bucket>(target, &path.field("bucket"), cx)?,
                props.map_or(Some(S3OriginProps::default()), |p| {
                    lower(p, &props_path, cx)
                })?,
            ),
            "HttpOrigin" => Origin::http(
                lower::<Expr>(target, &path.field("domain_name"), cx)?,
                props.map_or(Some(HttpOriginProps::default()), |p| {
                    lower(p, &props_path, cx)
                })?,
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
