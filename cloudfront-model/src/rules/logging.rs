//! Rules on a distribution's standard logs.

use crate::distribution::DistributionProps;
use crate::path::PropPath;
use crate::rules::{Checker, Fact, Rule};
use crate::s3::{Bucket, BucketResource, ObjectOwnership};
use crate::stack::Stack;
use crate::violation::Violation;

/// Log keys are at most 1,024 bytes, and CloudFront adds about 60 (distribution id, date,
/// unique id) after the prefix.
const MAX_PREFIX: usize = 960;

/// Checks what the props alone tell about logging.
pub(crate) fn check_logging(props: &DistributionProps, cx: &mut Checker<'_>) {
    let root = PropPath::root();
    let enabled = cx.fact(&root.field("enable_logging"), &props.enable_logging);
    let bucket = cx.fact(&root.field("log_bucket"), &props.log_bucket);
    if enabled == Fact::Known(&false) && bucket.is_present() {
        cx.report(
            Violation::new(
                Rule::Logging,
                root.field("enable_logging"),
                "logging is turned off, yet a log bucket is given",
            )
            .help("remove `enable_logging: false` (a log bucket turns logging on) or remove `log_bucket`"),
        );
    }
    let logging_on = matches!(enabled, Fact::Known(true) | Fact::Unknown) || bucket.is_present();
    if !logging_on {
        for (field, present) in [
            ("log_file_prefix", props.log_file_prefix.is_some()),
            ("log_includes_cookies", props.log_includes_cookies.is_some()),
        ] {
            if present {
                cx.report(
                    Violation::new(
                        Rule::Logging,
                        root.field(field),
                        format!("`{field}` has no effect: logging is off"),
                    )
                    .at_key()
                    .help("add `enable_logging: true` (or a `log_bucket`), or remove this prop"),
                );
            }
        }
    }
    if let Some(prefix) = &props.log_file_prefix {
        check_log_prefix(prefix, &root.field("log_file_prefix"), cx);
    }
}

/// A prefix of the log files' keys, at `path`.
pub(crate) fn check_log_prefix(prefix: &str, path: &PropPath, cx: &mut Checker<'_>) {
    let problem = if prefix.starts_with('/') {
        Some((
            format!(
                "log prefix `{prefix}` starts with `/`: the logs would land under a folder with an empty name"
            ),
            format!("write \"{}\"", prefix.trim_start_matches('/')),
        ))
    } else if prefix.len() > MAX_PREFIX {
        Some((
            format!(
                "the log prefix has {} bytes; with the file name CloudFront appends, keys would exceed S3's 1,024 bytes",
                prefix.len()
            ),
            format!("use at most {MAX_PREFIX} bytes"),
        ))
    } else {
        None
    };
    if let Some((message, help)) = problem {
        cx.report(Violation::new(Rule::Logging, path.clone(), message).help(help));
    }
}

/// Checks what the stack knows: a log bucket of the stack must accept ACLs, which CloudFront
/// uses to deliver the logs.
pub(crate) fn check_log_bucket_in_stack(
    props: &DistributionProps,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    if let Some(bucket) = props.log_bucket {
        check_log_bucket_acls(bucket, &PropPath::root().field("log_bucket"), stack, cx);
    }
}

/// A log bucket of the stack (at `path`) must accept ACLs, which CloudFront uses to deliver
/// the logs.
pub(crate) fn check_log_bucket_acls(
    bucket: Bucket,
    path: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let Some(b) = stack.construct::<BucketResource>(bucket.resource) else {
        return;
    };
    let acls_on = matches!(
        b.props.effective_object_ownership(),
        Some(ObjectOwnership::OBJECT_WRITER | ObjectOwnership::BUCKET_OWNER_PREFERRED)
    );
    if !acls_on {
        cx.report(
            Violation::new(
                Rule::Logging,
                path.clone(),
                "the log bucket has ACLs off (S3's default for new buckets), and CloudFront delivers standard logs through ACLs, so the deployment would fail",
            )
            .help("create the bucket with `s3::BucketProps::default().object_ownership(s3::ObjectOwnership::OBJECT_WRITER)`"),
        );
    }
}
