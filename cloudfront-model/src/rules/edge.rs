//! Rules on a behavior's Lambda@Edge associations (`edge_lambdas`).
//!
//! Sources: the CloudFront Developer Guide's "Restrictions on Lambda@Edge"
//! (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html>:
//! "Lambda function version", "Lambda Region", "Lambda features"), "Quotas on Lambda@Edge"
//! (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge>),
//! the API's `LambdaFunctionAssociation`
//! (<https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_LambdaFunctionAssociation.html>:
//! `IncludeBody` for request events; one function per event type), and the CDK's checks
//! (`includeBody` on request events only, no `$LATEST`, no environment variables).

use crate::distribution::{EdgeLambda, LambdaEdgeEventType};
use crate::experimental::EDGE_REGION;
use crate::lambda::{FunctionResource, Version, VersionSource};
use crate::path::PropPath;
use crate::rules::lambda::{
    Problem, article, edge_feature_problems, edge_limit_problems, edge_override_problems,
};
use crate::rules::{Checker, Rule};
use crate::stack::Stack;
use crate::violation::Violation;

/// One Lambda@Edge association, whichever construct holds it (a distribution's `EdgeLambda`,
/// a web distribution's `LambdaFunctionAssociation`).
pub(crate) struct Association<'a> {
    pub(crate) version: Option<&'a Version>,
    pub(crate) event_type: Option<LambdaEdgeEventType>,
    pub(crate) include_body: Option<bool>,
}

/// The names a construct gives its associations and their versions, for the paths.
pub(crate) struct Fields {
    pub(crate) list: &'static str,
    pub(crate) version: &'static str,
}

/// A distribution's behaviors: `edge_lambdas: [{ function_version, ... }]`.
pub(crate) const EDGE_LAMBDAS: Fields = Fields {
    list: "edge_lambdas",
    version: "function_version",
};

impl<'a> From<&'a EdgeLambda> for Association<'a> {
    fn from(l: &'a EdgeLambda) -> Association<'a> {
        Association {
            version: l.function_version.as_ref(),
            event_type: l.event_type,
            include_body: l.include_body,
        }
    }
}

/// Checks what a distribution behavior's associations tell on their own; `functions` says
/// whether the behavior has CloudFront Functions (which run on viewer events).
pub(crate) fn check_edge_lambdas(
    edge_lambdas: &Option<Vec<EdgeLambda>>,
    functions: bool,
    behavior: &PropPath,
    cx: &mut Checker<'_>,
) {
    let Some(list) = edge_lambdas else { return };
    let path = behavior.field(EDGE_LAMBDAS.list);
    for (i, l) in list.iter().enumerate() {
        l.check_required(&path.index(i), cx);
    }
    let view: Vec<Association<'_>> = list.iter().map(Association::from).collect();
    check_associations(&view, &EDGE_LAMBDAS, functions, behavior, cx);
}

/// Checks a behavior's associations on their own: the events and literal ARNs.
///
/// "Restrictions on all edge functions"
/// (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-restrictions.html>,
/// "Combining CloudFront Functions with Lambda@Edge"): each event of a behavior takes one edge
/// function, and CloudFront Functions and Lambda@Edge cannot be combined on viewer events (a
/// CloudFront Function on either viewer event rules out a Lambda@Edge function on both).
pub(crate) fn check_associations(
    list: &[Association<'_>],
    fields: &Fields,
    functions: bool,
    behavior: &PropPath,
    cx: &mut Checker<'_>,
) {
    let path = behavior.field(fields.list);
    for (i, association) in list.iter().enumerate() {
        let at = path.index(i);
        if let Some(event) = association.event_type {
            if association.include_body == Some(true) && !event.is_request_event() {
                cx.report(
                    Violation::new(
                        Rule::EdgeLambda,
                        at.field("include_body"),
                        format!("`include_body` is for request events; {} {event} function never sees the request's body, and CloudFront rejects the association", article(event)),
                    )
                    .at_key()
                    .help("remove `include_body`, or run the function on `VIEWER_REQUEST` or `ORIGIN_REQUEST`"),
                );
            }
            if list[..i].iter().any(|l| l.event_type == Some(event)) {
                cx.report(
                    Violation::new(
                        Rule::EdgeLambda,
                        at.field("event_type"),
                        format!("the behavior already has a Lambda@Edge function on {event}; CloudFront runs one function per event of a behavior"),
                    )
                    .help("merge the two functions into one, or move one to another event"),
                );
            }
            if functions && event.is_viewer_event() {
                cx.report(
                    Violation::new(
                        Rule::EdgeLambda,
                        at.field("event_type"),
                        format!("the behavior runs CloudFront Functions on its viewer events, and CloudFront does not combine them with a Lambda@Edge function on a viewer event ({event})"),
                    )
                    .help("run the Lambda@Edge function on an origin event (`ORIGIN_REQUEST`, `ORIGIN_RESPONSE`), or do its work in the CloudFront Function"),
                );
            }
        }
        if let Some(arn) = association
            .version
            .and_then(|v| v.imported_arn())
            .and_then(|a| a.as_literal())
        {
            check_version_arn(arn, &at.field(fields.version).field("version_arn"), cx);
        }
        if let Some(Version(VersionSource::Literal { props, edge })) = association.version {
            // The function is written in place: its props are at hand, at their tokens (an
            // edge function's own macro reports what Lambda@Edge refuses whatever the event).
            let version = at.field(fields.version);
            let mut problems = edge_limit_problems(props, association.event_type);
            if *edge {
                problems.retain(|_| {
                    association
                        .event_type
                        .is_some_and(LambdaEdgeEventType::is_viewer_event)
                });
            } else {
                problems.extend(edge_feature_problems(props));
            }
            for p in problems {
                cx.report(p.at(&version));
            }
        }
    }
}

/// Why CloudFront would refuse the function version `arn`: the ARN of a numbered version of a
/// function in us-east-1.
fn check_version_arn(arn: &str, path: &PropPath, cx: &mut Checker<'_>) {
    let parts: Vec<&str> = arn.split(':').collect();
    let problem = match parts.as_slice() {
        ["arn", partition, "lambda", region, account, "function", name, rest @ ..]
            if partition.starts_with("aws") && account.len() == 12 && !name.is_empty() =>
        {
            match rest {
                [] => Some((
                    format!("`{arn}` is the function's ARN, without a version; Lambda@Edge runs a numbered version"),
                    format!("append the version number: \"{arn}:1\", or use the function's `current_version()`"),
                )),
                ["$LATEST"] => Some((
                    format!("`{arn}` is the `$LATEST` version, which can change under CloudFront; Lambda@Edge runs a numbered version"),
                    "use a published version's number, or the function's `current_version()`".to_owned(),
                )),
                [qualifier] if !qualifier.bytes().all(|b| b.is_ascii_digit()) => Some((
                    format!("`{arn}` is an alias (`{qualifier}`); Lambda@Edge runs a numbered version, not an alias"),
                    "use the number of the version the alias points at".to_owned(),
                )),
                [_] if *region != EDGE_REGION => Some((
                    format!("the version is in {region}; Lambda@Edge runs functions created in us-east-1 only"),
                    "create the function in us-east-1 (an `experimental::EdgeFunction` does it for a stack of any region)".to_owned(),
                )),
                [_] => None,
                _ => Some((
                    format!("`{arn}` is not the ARN of a Lambda function version"),
                    "use an ARN such as `arn:aws:lambda:us-east-1:123456789012:function:name:1`".to_owned(),
                )),
            }
        }
        _ => Some((
            format!("`{arn}` is not the ARN of a Lambda function version"),
            "use an ARN such as `arn:aws:lambda:us-east-1:123456789012:function:name:1`".to_owned(),
        )),
    };
    if let Some((message, help)) = problem {
        cx.report(Violation::new(Rule::EdgeLambda, path.clone(), message).help(help));
    }
}

/// Checks a distribution behavior's associations with the stack at hand.
pub(crate) fn check_edge_lambdas_in_stack(
    edge_lambdas: &Option<Vec<EdgeLambda>>,
    behavior: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let Some(list) = edge_lambdas else { return };
    let view: Vec<Association<'_>> = list.iter().map(Association::from).collect();
    check_associations_in_stack(&view, &EDGE_LAMBDAS, behavior, stack, cx);
}

/// Checks associations with the stack at hand: where each version's function is, and what
/// it has that Lambda@Edge refuses on its event.
pub(crate) fn check_associations_in_stack(
    list: &[Association<'_>],
    fields: &Fields,
    behavior: &PropPath,
    stack: &Stack,
    cx: &mut Checker<'_>,
) {
    let path = behavior.field(fields.list);
    for (i, association) in list.iter().enumerate() {
        let at = path.index(i).field(fields.version);
        let Some(version) = association.version else {
            continue;
        };
        let (function, plain) = match &version.0 {
            VersionSource::Current { function } => (function, true),
            VersionSource::Edge { function, reader } => {
                if reader.stack != stack_id(stack) {
                    cx.report(foreign(&at));
                    continue;
                }
                (function, false)
            }
            _ => continue,
        };
        let Some(resource) = stack.related_construct::<FunctionResource>(function.resource) else {
            cx.report(foreign(&at));
            continue;
        };
        if plain && !resource.edge {
            let region = stack.stack_of(function.resource).and_then(Stack::region);
            match region {
                Some(EDGE_REGION) => {}
                Some(region) => cx.report(
                    Violation::new(
                        Rule::EdgeLambda,
                        at.clone(),
                        format!("the function is in a stack of {region}; Lambda@Edge runs functions created in us-east-1 only"),
                    )
                    .help("make it an `experimental::EdgeFunction` (`edge_function!`), which puts the function in a us-east-1 stack for a stack of any region"),
                ),
                None => cx.report(
                    Violation::new(
                        Rule::EdgeLambda,
                        at.clone(),
                        "the function's stack has no region, and Lambda@Edge runs functions created in us-east-1 only",
                    )
                    .help("give the stack the region us-east-1 (`with_env(account, \"us-east-1\")`), or make the function an `experimental::EdgeFunction`"),
                ),
            }
            report_function_problems(edge_feature_problems(&resource.props), &at, cx);
            // What its overrides land is checked as it lands, props being refused as overrides.
            for o in edge_override_problems(stack, function.resource) {
                cx.report(
                    Violation::new(
                        Rule::EdgeLambdaFunction,
                        at.clone(),
                        format!("the function's override of `{}`: {}", o.written, o.message),
                    )
                    .help(o.help),
                );
            }
        }
        // An edge function reports, in its stack, what exceeds every event's limits.
        if !resource.edge
            || association
                .event_type
                .is_some_and(LambdaEdgeEventType::is_viewer_event)
        {
            report_function_problems(
                edge_limit_problems(&resource.props, association.event_type),
                &at,
                cx,
            );
        }
    }
}

fn stack_id(stack: &Stack) -> crate::tree::StackId {
    stack.root().stack
}

fn foreign(at: &PropPath) -> Violation {
    Violation::new(
        Rule::Reference,
        at.clone(),
        "the version belongs to a function of another stack; a distribution can only take versions of its stack's functions (and of its edge functions), or versions imported by ARN",
    )
    .help("create the function in the distribution's stack, or import its version with `lambda::Version::from_version_arn`")
}

/// Reports problems of the function a version belongs to at the association, naming the
/// prop of the function.
fn report_function_problems(problems: Vec<Problem>, at: &PropPath, cx: &mut Checker<'_>) {
    for p in problems {
        cx.report(
            Violation::new(
                p.rule,
                at.clone(),
                format!("the function's `{}`: {}", p.field, p.message),
            )
            .help(p.help),
        );
    }
}
