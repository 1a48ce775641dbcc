//! A web distribution's origin sources as the model's [`Origin`]s, so that they are checked by
//! the origin rules and written by the origin rendering `distribution!` uses.

use crate::duration::Duration;
use crate::origins::{
    HttpOriginProps, Origin, OriginProtocolPolicy, OriginSslPolicy, S3OriginProps,
};
use crate::path::PropPath;
use crate::web_distribution::{CustomOriginConfig, S3OriginConfig, SourceConfiguration};

/// What the CDK's web distribution writes for settings an origin does not give.
const CONNECTION_ATTEMPTS: u32 = 3;
const CONNECTION_TIMEOUT: u64 = 10;
const HTTP_PORT: u16 = 80;
const HTTPS_PORT: u16 = 443;
const KEEPALIVE_TIMEOUT: u64 = 5;
const READ_TIMEOUT: u64 = 30;

/// One source of an origin configuration.
#[derive(Clone, Copy)]
pub(crate) enum Source<'a> {
    S3(&'a S3OriginConfig),
    Custom(&'a CustomOriginConfig),
}

impl<'a> Source<'a> {
    /// The prop that holds the source: `s3_origin_source`, `failover_custom_origin_source`, ...
    pub(crate) fn prop(self, failover: bool) -> &'static str {
        match (self, failover) {
            (Source::S3(_), false) => "s3_origin_source",
            (Source::Custom(_), false) => "custom_origin_source",
            (Source::S3(_), true) => "failover_s3_origin_source",
            (Source::Custom(_), true) => "failover_custom_origin_source",
        }
    }
}

impl SourceConfiguration {
    /// The origin's source (the S3 one when, wrongly, both are given, as in the CDK).
    pub(crate) fn primary(&self) -> Option<Source<'_>> {
        match (&self.s3_origin_source, &self.custom_origin_source) {
            (Some(s3), _) => Some(Source::S3(s3)),
            (None, Some(custom)) => Some(Source::Custom(custom)),
            (None, None) => None,
        }
    }

    /// The failover source, if any.
    pub(crate) fn failover(&self) -> Option<Source<'_>> {
        match (
            &self.failover_s3_origin_source,
            &self.failover_custom_origin_source,
        ) {
            (Some(s3), _) => Some(Source::S3(s3)),
            (None, Some(custom)) => Some(Source::Custom(custom)),
            (None, None) => None,
        }
    }
}

/// How a source becomes an origin.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The configuration's origin: it takes the configuration's connection settings.
    Primary,
    /// The failover origin, which the CDK connects with the defaults.
    Failover,
}

/// The origin a source stands for, with the CDK's defaults written out, and where each of its
/// props is written: renames from the paths the origin rules use below `source_path` to the
/// paths in the configuration at `config_path`. `None` when the source lacks its bucket or
/// domain name (which the required-prop rule reports).
///
/// `inherit` takes the configuration's own `origin_path`, `origin_headers` and
/// `origin_shield_region` where the source has none (the CDK gives them to both origins); the
/// failover origin is checked without them, since they are checked with the primary one.
pub(crate) fn origin(
    config: &SourceConfiguration,
    source: Source<'_>,
    role: Role,
    inherit: bool,
    config_path: &PropPath,
    source_path: &PropPath,
) -> Option<(Origin, Vec<(PropPath, PropPath)>)> {
    let mut renames = Vec::new();
    let mut rename =
        |from: &str, to: PropPath| renames.push((source_path.field(from.to_owned()), to));
    let (own_path, own_headers, own_shield) = match source {
        Source::S3(s) => (&s.origin_path, &s.origin_headers, &s.origin_shield_region),
        Source::Custom(c) => (&c.origin_path, &c.origin_headers, &c.origin_shield_region),
    };
    #[allow(deprecated)]
    let (config_origin_path, config_headers) = (&config.origin_path, &config.origin_headers);
    // Each setting from the configuration when it gives one, as the CDK reads them.
    let mut pick = |from: &'static str, own: &'static str, config_value: bool| {
        if inherit && config_value {
            rename(from, config_path.field(own));
        } else if from != own {
            rename(from, source_path.field(own));
        }
        inherit && config_value
    };
    let origin_path = if pick("origin_path", "origin_path", config_origin_path.is_some()) {
        config_origin_path.clone()
    } else {
        own_path.clone()
    };
    let custom_headers = if pick("custom_headers", "origin_headers", config_headers.is_some()) {
        config_headers.clone()
    } else {
        own_headers.clone()
    };
    let origin_shield_region = if pick(
        "origin_shield_region",
        "origin_shield_region",
        config.origin_shield_region.is_some(),
    ) {
        config.origin_shield_region.clone()
    } else {
        own_shield.clone()
    };
    let (connection_attempts, connection_timeout) = match role {
        Role::Primary => {
            rename(
                "connection_attempts",
                config_path.field("connection_attempts"),
            );
            rename(
                "connection_timeout",
                config_path.field("connection_timeout"),
            );
            (config.connection_attempts, config.connection_timeout)
        }
        Role::Failover => (None, None),
    };
    let connection_attempts = Some(connection_attempts.unwrap_or(CONNECTION_ATTEMPTS));
    let connection_timeout =
        Some(connection_timeout.unwrap_or(Duration::seconds(CONNECTION_TIMEOUT)));
    // The props every kind of origin has, then those of its kind.
    macro_rules! origin_props {
        ($props:ident { $($field:ident: $value:expr),* $(,)? }) => {
            $props {
                origin_path,
                custom_headers,
                connection_attempts,
                connection_timeout,
                origin_id: None,
                origin_shield_region,
                origin_shield_enabled: None,
                $($field: $value,)*
                ..$props::default()
            }
        };
    }
    let origin = match source {
        Source::S3(s) => {
            rename("bucket", source_path.field("s3_bucket_source"));
            Origin::legacy_s3(s.s3_bucket_source?, origin_props!(S3OriginProps {}))
        }
        Source::Custom(c) => {
            for (from, to) in [
                ("protocol_policy", "origin_protocol_policy"),
                ("read_timeout", "origin_read_timeout"),
                ("keepalive_timeout", "origin_keepalive_timeout"),
                ("origin_ssl_protocols", "allowed_origin_ssl_versions"),
            ] {
                rename(from, source_path.field(to));
            }
            let seconds =
                |d: Option<Duration>, default: u64| Some(d.unwrap_or(Duration::seconds(default)));
            let ssl_protocols = c
                .allowed_origin_ssl_versions
                .clone()
                .unwrap_or_else(|| vec![OriginSslPolicy::TLS_V1_2]);
            Origin::http(
                c.domain_name.clone()?,
                origin_props!(HttpOriginProps {
                    protocol_policy: Some(
                        c.origin_protocol_policy
                            .unwrap_or(OriginProtocolPolicy::HTTPS_ONLY)
                    ),
                    http_port: Some(c.http_port.unwrap_or(HTTP_PORT)),
                    https_port: Some(c.https_port.unwrap_or(HTTPS_PORT)),
                    read_timeout: seconds(c.origin_read_timeout, READ_TIMEOUT),
                    keepalive_timeout: seconds(c.origin_keepalive_timeout, KEEPALIVE_TIMEOUT),
                    origin_ssl_protocols: Some(ssl_protocols),
                }),
            )
        }
    };
    Some((origin, renames))
}
