//! Rules on real-time log configurations.
//!
//! The page these rules cite is "Use real-time logs", CloudFront Developer Guide,
//! <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html>.

use crate::path::PropPath;
use crate::realtime_log_config::RealtimeLogConfigProps;
use crate::rules::{Checker, Rule};
use crate::violation::Violation;

/// The fields of a real-time log record (the page, "Fields": the list of the 2023 copy of the
/// Developer Guide, with the fields added since that the current page lists).
const FIELDS: &[&str] = &[
    "timestamp",
    "c-ip",
    "time-to-first-byte",
    "sc-status",
    "sc-bytes",
    "cs-method",
    "cs-protocol",
    "cs-host",
    "cs-uri-stem",
    "cs-bytes",
    "x-edge-location",
    "x-edge-request-id",
    "x-host-header",
    "time-taken",
    "cs-protocol-version",
    "c-ip-version",
    "cs-user-agent",
    "cs-referer",
    "cs-cookie",
    "cs-uri-query",
    "x-edge-response-result-type",
    "x-forwarded-for",
    "ssl-protocol",
    "ssl-cipher",
    "x-edge-result-type",
    "fle-encrypted-fields",
    "fle-status",
    "sc-content-type",
    "sc-content-len",
    "sc-range-start",
    "sc-range-end",
    "c-port",
    "x-edge-detailed-result-type",
    "c-country",
    "cs-accept-encoding",
    "cs-accept",
    "cache-behavior-path-pattern",
    "cs-headers",
    "cs-header-names",
    "cs-headers-count",
    "primary-distribution-id",
    "primary-distribution-dns-name",
    "origin-fbl",
    "origin-lbl",
    "asn",
];

/// A real-time log configuration: at least one stream (CloudFormation's schema: `EndPoints`
/// has `minItems` 1) whose ARN is a Kinesis stream's, fields of the page's list each once (at
/// least one), a sampling rate from 1 to 100 (the page; the schema's range), a name that is
/// not empty.
pub(crate) fn check_realtime_log_config(props: &RealtimeLogConfigProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    props.check_required(&root, cx);
    if let Some(name) = &props.realtime_log_config_name
        && name.is_empty()
    {
        cx.report(
            Violation::new(
                Rule::RealtimeLogs,
                root.field("realtime_log_config_name"),
                "a real-time log configuration's name cannot be empty",
            )
            .help("leave the name out to have one generated"),
        );
    }
    if let Some(end_points) = &props.end_points {
        let path = root.field("end_points");
        if end_points.is_empty() {
            cx.report(
                Violation::new(
                    Rule::RealtimeLogs,
                    path.clone(),
                    "no endpoint: CloudFront needs a Kinesis data stream to send the logs to",
                )
                .help("add `Endpoint::from_kinesis_stream(\"arn:aws:kinesis:...:stream/name\")`"),
            );
        }
        for (i, e) in end_points.iter().enumerate() {
            let Some(arn) = e.stream_arn.as_literal() else {
                continue;
            };
            let parts: Vec<&str> = arn.splitn(6, ':').collect();
            let fine = matches!(
                parts.as_slice(),
                ["arn", partition, "kinesis", region, account, resource]
                    if partition.starts_with("aws") && !region.is_empty()
                        && account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit())
                        && resource.strip_prefix("stream/").is_some_and(|n| !n.is_empty())
            );
            if !fine {
                cx.report(
                    Violation::new(
                        Rule::RealtimeLogs,
                        path.index(i).field("stream_arn"),
                        format!("`{arn}` is not the ARN of a Kinesis data stream"),
                    )
                    .help("use `arn:aws:kinesis:<region>:<account>:stream/<name>`"),
                );
            }
        }
    }
    if let Some(fields) = &props.fields {
        let path = root.field("fields");
        if fields.is_empty() {
            cx.report(
                Violation::new(
                    Rule::RealtimeLogs,
                    path.clone(),
                    "no field: a log record needs at least one",
                )
                .help("list fields such as `[\"timestamp\", \"c-ip\", \"sc-status\"]`"),
            );
        }
        for (i, f) in fields.iter().enumerate() {
            let problem = if !FIELDS.contains(&f.as_str()) {
                Some(format!(
                    "`{f}` is not a field of CloudFront's real-time logs"
                ))
            } else if fields[..i].contains(f) {
                Some(format!("`{f}` is listed twice"))
            } else {
                None
            };
            if let Some(problem) = problem {
                let lower = f.to_ascii_lowercase().replace('_', "-");
                let help = if FIELDS.contains(&lower.as_str()) && lower != *f {
                    format!("write \"{lower}\"")
                } else {
                    "use the field names of \"Use real-time logs\", such as `timestamp`, `c-ip` or `sc-status`, each once".to_owned()
                };
                cx.report(Violation::new(Rule::RealtimeLogs, path.index(i), problem).help(help));
            }
        }
    }
    if let Some(rate) = props.sampling_rate
        && !(1..=100).contains(&rate)
    {
        cx.report(
            Violation::new(
                Rule::RealtimeLogs,
                root.field("sampling_rate"),
                format!("the sampling rate is {rate}; CloudFront logs a percentage of the requests from 1 to 100"),
            )
            .help("use a whole number from 1 to 100"),
        );
    }
}
