//! Real-time log configurations (the CDK's `RealtimeLogConfig`): CloudFront sends a sample of
//! the requests of the behaviors that use one, with the fields it lists, to Kinesis data
//! streams within seconds.
//!
//! A stream is known by its ARN. Without a role of its own, an endpoint gets the role the CDK
//! creates for it (`RealtimeLogKinesisRole`, which CloudFront assumes), with a policy that lets
//! it write to the stream.

use serde_json::json;

use crate::construct::{AccountQuota, Construct, account_quota};
use crate::expr::Expr;
use crate::iam::{CLOUDFRONT_SERVICE, Role, Statement};
use crate::lit::{FromLit, Lit, Lowering, lower};
use crate::naming::unique_resource_name;
use crate::path::PropPath;
use crate::rules::{Check, Checker};
use crate::schema::{EnumSchema, Factory, HasKind, Kind, Param};
use crate::scope::AsScope;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// Where real-time logs go (the CDK's `Endpoint`): a Kinesis data stream.
///
/// ```
/// use cloudfront_dsl::realtime_log_config::Endpoint;
/// let endpoint = Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/cloudfront-logs");
/// # let _ = endpoint;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Endpoint {
    pub(crate) stream_arn: Expr,
    pub(crate) role_arn: Option<Expr>,
}

impl Endpoint {
    /// The Kinesis data stream `stream_arn`, written to through the role the real-time log
    /// configuration creates (the CDK's `Endpoint.fromKinesisStream(stream)`).
    pub fn from_kinesis_stream(stream_arn: impl Into<Expr>) -> Endpoint {
        Endpoint {
            stream_arn: stream_arn.into(),
            role_arn: None,
        }
    }

    /// The Kinesis data stream `stream_arn`, written to through the role `role_arn`, which
    /// CloudFront must be able to assume (the CDK's `Endpoint.fromKinesisStream(stream, role)`).
    pub fn from_kinesis_stream_with_role(
        stream_arn: impl Into<Expr>,
        role_arn: impl Into<Expr>,
    ) -> Endpoint {
        Endpoint {
            stream_arn: stream_arn.into(),
            role_arn: Some(role_arn.into()),
        }
    }
}

const fn param(name: &'static str) -> Param {
    Param {
        name,
        kind: &Kind::Expr,
        optional: false,
        variadic: false,
    }
}

#[doc(hidden)]
/// The schema of `Endpoint`'s factories.
pub const ENDPOINT_SCHEMA: EnumSchema = EnumSchema {
    name: "Endpoint",
    rust: "realtime_log_config::Endpoint",
    what: "a real-time log endpoint (`Endpoint::from_kinesis_stream(\"arn:aws:kinesis:...\")`)",
    consts: &[],
    factories: &[
        Factory {
            name: "from_kinesis_stream",
            rust: "realtime_log_config::Endpoint::from_kinesis_stream",
            params: &[param("stream_arn")],
        },
        Factory {
            name: "from_kinesis_stream_with_role",
            rust: "realtime_log_config::Endpoint::from_kinesis_stream_with_role",
            params: &[param("stream_arn"), param("role_arn")],
        },
    ],
};

impl HasKind for Endpoint {
    const KIND: Kind = Kind::Enum(&ENDPOINT_SCHEMA);
}

impl FromLit for Endpoint {
    fn from_lit(lit: &Lit, path: &PropPath, cx: &mut Lowering) -> Option<Self> {
        let Lit::Call(name, args) = lit else {
            return None;
        };
        let stream = lower::<Expr>(args.first()?, &path.field("stream_arn"), cx)?;
        Some(match name.as_str() {
            "from_kinesis_stream" => Endpoint::from_kinesis_stream(stream),
            "from_kinesis_stream_with_role" => Endpoint::from_kinesis_stream_with_role(
                stream,
                lower::<Expr>(args.get(1)?, &path.field("role_arn"), cx)?,
            ),
            _ => return None,
        })
    }
}

props! {
    /// Props of a real-time log configuration: `realtime_log_config!(stack, "id", { ... })`.
    pub struct RealtimeLogConfigProps ("realtime_log_config::RealtimeLogConfigProps") {
        /// The name, unique in the account; generated from the construct path if omitted.
        realtime_log_config_name: into(String) ["Name"],
        /// Where the logs go (at least one stream).
        end_points: list(Endpoint) ["EndPoints"] required,
        /// The fields of each log record, by the names of "Use real-time logs" (`timestamp`,
        /// `c-ip`, `sc-status`, ...).
        fields: list(String) ["Fields"] required,
        /// The percentage of requests logged, a whole number from 1 to 100.
        sampling_rate: exact(u32) ["SamplingRate"] required,
    }
}

/// A real-time log configuration of a stack, for a behavior's `realtime_log_config`.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::realtime_log_config::{Endpoint, RealtimeLogConfig, RealtimeLogConfigProps};
/// let mut stack = Stack::new("Docs");
/// let logs = RealtimeLogConfig::new(&mut stack, "Logs", RealtimeLogConfigProps::default()
///     .end_points([Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/logs")])
///     .fields(["timestamp", "c-ip", "sc-status"])
///     .sampling_rate(10));
/// assert_eq!(stack.synth().unwrap().resources().count(), 3, "the role, its policy, the configuration");
/// # let _ = logs.realtime_log_config_arn();
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RealtimeLogConfig {
    pub(crate) resource: NodeRef,
}

impl RealtimeLogConfig {
    /// Creates a real-time log configuration, and the role its endpoints without one write
    /// through.
    pub fn new(
        scope: &mut impl AsScope,
        id: &str,
        props: RealtimeLogConfigProps,
    ) -> RealtimeLogConfig {
        let (stack, parent) = scope.as_scope().into_parts();
        let scope = stack.add_construct(parent, id);
        // As the CDK: one role for the configuration's streams, created with the first of them.
        let mut role = None;
        for endpoint in props.end_points.iter().flatten() {
            if endpoint.role_arn.is_some() {
                continue;
            }
            let role = *role.get_or_insert_with(|| {
                Role::create(
                    stack,
                    Some(scope),
                    "RealtimeLogKinesisRole",
                    vec![Statement::assume_role(CLOUDFRONT_SERVICE)],
                    Vec::new(),
                )
            });
            role.grant(
                stack,
                Statement::allow(
                    [
                        "kinesis:DescribeStreamSummary",
                        "kinesis:DescribeStream",
                        "kinesis:PutRecord",
                        "kinesis:PutRecords",
                    ],
                    [endpoint.stream_arn.clone()],
                ),
            );
        }
        let resource = stack.add_resource(
            scope,
            RealtimeLogConfigResource {
                props,
                role: role.map(|r: Role| r.resource),
            },
        );
        RealtimeLogConfig { resource }
    }

    /// `{"Ref": config}`: the configuration's ARN, what a behavior's `RealtimeLogConfigArn`
    /// takes.
    pub fn realtime_log_config_arn(&self) -> Expr {
        Expr::node_ref(self.resource)
    }
}

impl From<&RealtimeLogConfig> for RealtimeLogConfig {
    fn from(c: &RealtimeLogConfig) -> Self {
        *c
    }
}

impl HasKind for RealtimeLogConfig {
    const KIND: Kind = Kind::Handle("realtime_log_config::RealtimeLogConfig");
}

impl FromLit for RealtimeLogConfig {
    fn from_lit(_: &Lit, _: &PropPath, _: &mut Lowering) -> Option<Self> {
        None
    }

    fn opaque() -> Option<Self> {
        Some(RealtimeLogConfig {
            resource: NodeRef::placeholder(),
        })
    }
}

/// A real-time log configuration resource of the stack.
#[derive(Debug)]
pub(crate) struct RealtimeLogConfigResource {
    pub(crate) props: RealtimeLogConfigProps,
    role: Option<NodeRef>,
}

/// Real-time log configurations count toward a quota of the account.
static REALTIME_LOG_CONFIGS: AccountQuota = account_quota!(
    realtime_log_configs_per_account,
    "real-time log configuration of the stack"
);

/// Generated names are at most 256 characters (the CDK's default of `uniqueResourceName`).
const MAX_GENERATED_NAME: usize = 256;

impl Check for RealtimeLogConfigProps {
    fn check(&self, cx: &mut Checker<'_>) {
        crate::rules::check_realtime_log_config(self, cx);
    }
}

impl Construct for RealtimeLogConfigResource {
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        self.props.check(cx);
    }

    fn account_quota(&self) -> Option<&'static AccountQuota> {
        Some(&REALTIME_LOG_CONFIGS)
    }

    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error> {
        let p = &self.props;
        let end_points: Vec<serde_json::Value> = p
            .end_points
            .iter()
            .flatten()
            .map(|e| {
                let role = match (&e.role_arn, self.role) {
                    (Some(arn), _) => arn.clone(),
                    (None, Some(role)) => Expr::node_att(role, "Arn"),
                    (None, None) => Expr::literal(""),
                };
                json!({
                    "KinesisStreamConfig": {
                        "RoleArn": ids.resolve(&role),
                        "StreamArn": ids.resolve(&e.stream_arn),
                    },
                    "StreamType": "Kinesis",
                })
            })
            .collect();
        let name = match &p.realtime_log_config_name {
            Some(n) => n.clone(),
            None => unique_resource_name(&ids.stack.app_path(node), MAX_GENERATED_NAME, ""),
        };
        Ok(Element::Resource(CfnResource::new(
            "AWS::CloudFront::RealtimeLogConfig",
            json!({
                "EndPoints": end_points,
                "Fields": p.fields,
                "Name": name,
                "SamplingRate": p.sampling_rate,
            }),
        )))
    }
}
