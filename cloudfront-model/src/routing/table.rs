//! The routing table of a stack's or a template's distributions: every behavior in the order
//! CloudFront tries it, what it sends requests to, and which behaviors never apply.
//!
//! A stack's table is read from its model (a distribution's [`Route`]s, with the names its
//! template gives them); a template's from its JSON (`DefaultCacheBehavior`, `CacheBehaviors`,
//! `Origins`, `OriginGroups`). Both describe values the same way, so the table of a stack and
//! the table of the template it synthesizes are the same.

use std::fmt;

use serde_json::Value;

use crate::distribution::DistributionState;
use crate::distribution::render::render_origin;
use crate::functions::FunctionEventType;
use crate::policies::{CachePolicy, OriginRequestPolicy, ResponseHeadersPolicy};
use crate::routing::PathPattern;
use crate::routing::pattern::{COVERAGE_BUDGET, Earlier};
use crate::routing::route::{EdgeHandler, Route, RouteTarget, routes_of};
use crate::stack::{Ids, Stack, SynthError};
use crate::web_distribution::WebDistributionState;

/// The routing of the distributions of a stack or a template, by logical id.
///
/// ```
/// use cloudfront_dsl::Stack;
/// use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
/// use cloudfront_dsl::origins::HttpOrigin;
/// use cloudfront_dsl::routing::RoutingTable;
///
/// let mut stack = Stack::new("Docs");
/// let origin = HttpOrigin("www.example.com");
/// let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(BehaviorOptions::new(origin.clone())));
/// dist.add_behavior(&mut stack, "/api/*", origin.clone(), BehaviorOptions::default());
/// dist.add_behavior(&mut stack, "/api/v2/*", origin, BehaviorOptions::default());
///
/// let table = RoutingTable::of_stack(&stack)?;
/// let behaviors = &table.distributions[0].behaviors;
/// assert_eq!(behaviors[1].covered_by, Some(0), "`/api/*` takes every `/api/v2/*` request");
/// // The template says the same.
/// let template = stack.synth()?.to_value();
/// assert_eq!(RoutingTable::from_template(&template).unwrap(), table);
/// # Ok::<(), cloudfront_dsl::SynthError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoutingTable {
    /// The distributions.
    pub distributions: Vec<DistributionRouting>,
}

/// The routing of one distribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistributionRouting {
    /// The distribution's logical id.
    pub logical_id: String,
    /// Its behaviors, in the order CloudFront tries them: the default one last.
    pub behaviors: Vec<BehaviorRow>,
}

/// One behavior of a routing table, described as the template writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BehaviorRow {
    /// The path pattern; `None` for the default behavior.
    pub path_pattern: Option<String>,
    /// The id of the origin (or origin group) it targets.
    pub target_id: String,
    /// That target: the origin's domain name (and path), or an origin group's members.
    pub target: String,
    /// `allow-all`, `redirect-to-https` or `https-only`.
    pub viewer_protocol_policy: String,
    /// The cache policy: a managed one's constant name, another's logical id; or the legacy
    /// cache settings.
    pub cache: String,
    /// The origin request policy, named like the cache policy.
    pub origin_request_policy: Option<String>,
    /// The response headers policy, named like the cache policy.
    pub response_headers_policy: Option<String>,
    /// What runs at the edge, by event (`viewer-request`, ...), in the order of a request's
    /// life.
    pub edge: Vec<(String, String)>,
    /// The position of the earlier behavior that takes every request this one would: the
    /// behavior never applies. For the default behavior, the first behavior that matches
    /// every path.
    pub covered_by: Option<usize>,
}

/// A template whose distributions cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateError(pub String);

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TemplateError {}

impl RoutingTable {
    /// The routing of the stack's distributions, from the model: each [`Route`] of a
    /// distribution (a web distribution's behaviors as it renders them). Fails as `synth()`
    /// does on an invalid stack; a stack with companion stacks (an edge function's us-east-1
    /// stack) is synthesized with them, as an [`App`](crate::app::App) synthesizes it.
    pub fn of_stack(stack: &Stack) -> Result<RoutingTable, SynthError> {
        let template = match crate::app::synth_stacks([stack]) {
            Ok(all) => all
                .into_iter()
                .find(|s| std::ptr::eq(s.stack, stack))
                .map(|s| s.template)
                .expect("an app synthesizes the stacks it is given"),
            Err(mut errors) => {
                let this = errors.iter().position(|e| e.stack == stack.name());
                return Err(errors.swap_remove(this.unwrap_or(0)));
            }
        };
        let ids = stack.ids();
        let mut distributions = Vec::new();
        let invalid = |message: String| SynthError {
            stack: stack.name().to_owned(),
            errors: vec![crate::stack::SynthViolation {
                construct: String::new(),
                violation: crate::Violation::new(
                    crate::Rule::Reference,
                    crate::PropPath::root(),
                    message,
                ),
            }],
        };
        for (node, construct) in stack.all_constructs() {
            let logical_id = ids.logical_id(node).unwrap_or_default().to_owned();
            if let Some(state) = construct.downcast_ref::<DistributionState>() {
                let routes = routes_of(state).map_err(|e| invalid(e.to_string()))?;
                let behaviors = routes
                    .iter()
                    .map(|r| row_of_route(r, state, &ids))
                    .collect::<Result<_, _>>()
                    .map_err(|e: serde_json::Error| invalid(e.to_string()))?;
                distributions.push(DistributionRouting {
                    logical_id,
                    behaviors,
                });
            } else if construct.downcast_ref::<WebDistributionState>().is_some() {
                // A web distribution's behaviors are read as it renders them.
                let config = template
                    .resource(&logical_id)
                    .and_then(|r| r.properties.get("DistributionConfig"))
                    .ok_or_else(|| invalid(format!("`{logical_id}` did not render")))?;
                let routing = of_config(&logical_id, config).map_err(|e| invalid(e.to_string()))?;
                distributions.push(routing);
            }
        }
        for d in &mut distributions {
            mark_unreachable(&mut d.behaviors);
        }
        distributions.sort_by(|a, b| a.logical_id.cmp(&b.logical_id));
        Ok(RoutingTable { distributions })
    }

    /// The routing of the distributions (`AWS::CloudFront::Distribution` resources) of a
    /// CloudFormation template, from its JSON.
    pub fn from_template(template: &Value) -> Result<RoutingTable, TemplateError> {
        let resources = template
            .get("Resources")
            .and_then(Value::as_object)
            .ok_or_else(|| TemplateError("the template has no `Resources` object".into()))?;
        let mut distributions = Vec::new();
        for (logical_id, resource) in resources {
            if resource.get("Type").and_then(Value::as_str) != Some("AWS::CloudFront::Distribution")
            {
                continue;
            }
            let config = resource
                .get("Properties")
                .and_then(|p| p.get("DistributionConfig"))
                .ok_or_else(|| {
                    TemplateError(format!("`{logical_id}` has no `DistributionConfig`"))
                })?;
            let mut routing = of_config(logical_id, config)?;
            mark_unreachable(&mut routing.behaviors);
            distributions.push(routing);
        }
        // A JSON object's keys need not keep their order once parsed.
        distributions.sort_by(|a, b| a.logical_id.cmp(&b.logical_id));
        Ok(RoutingTable { distributions })
    }
}

/// A row from a route of the model, described through the template's names.
fn row_of_route(
    route: &Route,
    state: &DistributionState,
    ids: &Ids<'_>,
) -> Result<BehaviorRow, serde_json::Error> {
    let resolved = |e: &crate::Expr| serde_json::to_value(ids.resolve(e));
    let label = |bound| -> Result<String, serde_json::Error> {
        Ok(origin_label(&serde_json::to_value(render_origin(
            bound, ids,
        ))?))
    };
    let (target_id, target) = match &route.target {
        RouteTarget::Origin { id, origin } => {
            let target = match state.bound(origin) {
                Some(bound) => label(bound)?,
                None => String::new(),
            };
            (id.clone(), target)
        }
        RouteTarget::OriginGroup {
            id,
            primary,
            fallback,
            fallback_status_codes,
            ..
        } => {
            let mut members = Vec::new();
            for (member, _) in [primary, fallback] {
                members.push(match state.origins.iter().find(|b| b.id() == member) {
                    Some(bound) => label(bound)?,
                    None => member.clone(),
                });
            }
            let codes: Vec<String> = fallback_status_codes.iter().map(u16::to_string).collect();
            (id.clone(), group_label(&members, &codes))
        }
    };
    let mut edge = Vec::new();
    for a in &route.edge {
        let handler = match &a.handler {
            EdgeHandler::Function(f) => {
                format!("function {}", function_label(&resolved(&f.function_arn())?))
            }
            EdgeHandler::Lambda {
                version,
                include_body,
            } => {
                let label = function_label(&resolved(&version.edge_arn())?);
                if *include_body {
                    format!("Lambda@Edge {label} (with body)")
                } else {
                    format!("Lambda@Edge {label}")
                }
            }
        };
        edge.push((a.event.cfn_value().to_owned(), handler));
    }
    Ok(BehaviorRow {
        path_pattern: route.path_pattern.clone(),
        target_id,
        target,
        viewer_protocol_policy: route.viewer_protocol_policy.cfn_value().to_owned(),
        cache: policy_label(
            &resolved(&route.cache_policy.policy_id())?,
            CachePolicy::MANAGED_IDS,
        ),
        origin_request_policy: match route.origin_request_policy {
            Some(p) => Some(policy_label(
                &resolved(&p.policy_id())?,
                OriginRequestPolicy::MANAGED_IDS,
            )),
            None => None,
        },
        response_headers_policy: match route.response_headers_policy {
            Some(p) => Some(policy_label(
                &resolved(&p.policy_id())?,
                ResponseHeadersPolicy::MANAGED_IDS,
            )),
            None => None,
        },
        edge,
        covered_by: None,
    })
}

/// The routing of one `DistributionConfig`.
fn of_config(logical_id: &str, config: &Value) -> Result<DistributionRouting, TemplateError> {
    let err = |what: &str| TemplateError(format!("`{logical_id}`: {what}"));
    let origins: Vec<&Value> = config
        .get("Origins")
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let groups: Vec<&Value> = config
        .get("OriginGroups")
        .and_then(|g| g.get("Items"))
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let target = |behavior: &Value| -> Result<(String, String), TemplateError> {
        let id = behavior
            .get("TargetOriginId")
            .and_then(Value::as_str)
            .ok_or_else(|| err("a behavior has no `TargetOriginId`"))?;
        let origin = |id: &str| {
            origins
                .iter()
                .find(|o| o.get("Id").and_then(Value::as_str) == Some(id))
                .map(|o| origin_label(o))
        };
        if let Some(label) = origin(id) {
            return Ok((id.to_owned(), label));
        }
        let group = groups
            .iter()
            .find(|g| g.get("Id").and_then(Value::as_str) == Some(id))
            .ok_or_else(|| err(&format!("no origin or origin group has the id `{id}`")))?;
        let members: Vec<String> = group
            .pointer("/Members/Items")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|m| m.get("OriginId").and_then(Value::as_str))
            .map(|m| origin(m).unwrap_or_else(|| m.to_owned()))
            .collect();
        let codes: Vec<String> = group
            .pointer("/FailoverCriteria/StatusCodes/Items")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|c| c.to_string())
            .collect();
        Ok((id.to_owned(), group_label(&members, &codes)))
    };
    let row =
        |behavior: &Value, path_pattern: Option<String>| -> Result<BehaviorRow, TemplateError> {
            let (target_id, target) = target(behavior)?;
            let policy = |key: &str, managed| behavior.get(key).map(|v| policy_label(v, managed));
            let cache = match policy("CachePolicyId", CachePolicy::MANAGED_IDS) {
                Some(p) => p,
                None if behavior.get("ForwardedValues").is_some() => "legacy cache settings".into(),
                None => "none".into(),
            };
            let mut edge: Vec<(String, String)> = Vec::new();
            for (key, arn, kind) in [
                ("FunctionAssociations", "FunctionARN", "function "),
                (
                    "LambdaFunctionAssociations",
                    "LambdaFunctionARN",
                    "Lambda@Edge ",
                ),
            ] {
                for a in behavior
                    .get(key)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    let event = a.get("EventType").and_then(Value::as_str).unwrap_or("?");
                    let mut handler = format!(
                        "{kind}{}",
                        function_label(a.get(arn).unwrap_or(&Value::Null))
                    );
                    if a.get("IncludeBody") == Some(&Value::Bool(true)) {
                        handler.push_str(" (with body)");
                    }
                    edge.push((event.to_owned(), handler));
                }
            }
            edge.sort_by_key(|(event, _)| event_rank(event));
            Ok(BehaviorRow {
                path_pattern,
                target_id,
                target,
                viewer_protocol_policy: behavior
                    .get("ViewerProtocolPolicy")
                    .and_then(Value::as_str)
                    .unwrap_or("?")
                    .to_owned(),
                cache,
                origin_request_policy: policy(
                    "OriginRequestPolicyId",
                    OriginRequestPolicy::MANAGED_IDS,
                ),
                response_headers_policy: policy(
                    "ResponseHeadersPolicyId",
                    ResponseHeadersPolicy::MANAGED_IDS,
                ),
                edge,
                covered_by: None,
            })
        };
    let mut behaviors = Vec::new();
    for b in config
        .get("CacheBehaviors")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let pattern = b
            .get("PathPattern")
            .and_then(Value::as_str)
            .ok_or_else(|| err("a cache behavior has no `PathPattern`"))?;
        behaviors.push(row(b, Some(pattern.to_owned()))?);
    }
    let default = config
        .get("DefaultCacheBehavior")
        .ok_or_else(|| err("no `DefaultCacheBehavior`"))?;
    behaviors.push(row(default, None)?);
    Ok(DistributionRouting {
        logical_id: logical_id.to_owned(),
        behaviors,
    })
}

/// Where an event comes in the life of a request.
fn event_rank(event: &str) -> usize {
    [
        FunctionEventType::VIEWER_REQUEST,
        FunctionEventType::ORIGIN_REQUEST,
        FunctionEventType::ORIGIN_RESPONSE,
        FunctionEventType::VIEWER_RESPONSE,
    ]
    .iter()
    .position(|e| e.cfn_value() == event)
    .unwrap_or(4)
}

/// Marks the behaviors an earlier one covers, and the default behavior when an earlier one
/// matches every path.
fn mark_unreachable(rows: &mut [BehaviorRow]) {
    let patterns: Vec<Option<PathPattern>> = rows
        .iter()
        .map(|r| r.path_pattern.as_deref().map(PathPattern::new))
        .collect();
    // The rule's budget, so that the table marks what the rule warns about.
    let mut budget = COVERAGE_BUDGET;
    let mut earlier = Earlier::default();
    // The row of each pattern of `earlier`, and the first row that matches every path.
    let mut row_of: Vec<usize> = Vec::new();
    let mut catch_all: Option<usize> = None;
    for (i, (row, pattern)) in rows.iter_mut().zip(patterns).enumerate() {
        row.covered_by = match &pattern {
            Some(this) => earlier.first_cover(this, &mut budget).map(|e| row_of[e]),
            None => catch_all,
        };
        if let Some(this) = pattern {
            if this.matches_every_path() {
                catch_all.get_or_insert(i);
            }
            earlier.push(this);
            row_of.push(i);
        }
    }
}

/// A CloudFormation value in short: a literal as it is, `Ref` as the logical id,
/// `Fn::GetAtt` as `Id.Attribute`.
fn value_label(v: &Value) -> String {
    let Some(obj) = v.as_object().filter(|o| o.len() == 1) else {
        return match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
    };
    let (function, arg) = obj
        .iter()
        .next()
        .map(|(k, a)| (k.as_str(), a))
        .unwrap_or(("", v));
    match (function, arg) {
        ("Ref", Value::String(id)) => id.clone(),
        ("Fn::GetAtt", Value::Array(parts)) => {
            parts.iter().map(value_label).collect::<Vec<_>>().join(".")
        }
        ("Fn::ImportValue", name) => format!("import {}", value_label(name)),
        ("Fn::Join", Value::Array(parts)) if parts.len() == 2 => {
            let separator = parts[0].as_str().unwrap_or_default();
            parts[1]
                .as_array()
                .into_iter()
                .flatten()
                .map(value_label)
                .collect::<Vec<_>>()
                .join(separator)
        }
        _ => v.to_string(),
    }
}

/// A policy: a managed one by its constant name, another by its logical id.
fn policy_label(v: &Value, managed: &[(&str, &str)]) -> String {
    match v
        .as_str()
        .and_then(|id| managed.iter().find(|(_, m)| *m == id))
    {
        Some((name, _)) => (*name).to_owned(),
        None => value_label(v),
    }
}

/// A function or function version, by the logical id its ARN refers to.
fn function_label(arn: &Value) -> String {
    match arn.get("Fn::GetAtt").and_then(Value::as_array) {
        Some(parts) if parts.len() == 2 => value_label(&parts[0]),
        _ => value_label(arn),
    }
}

/// How the table shows an origin group: its members in order, and the codes it fails over on.
fn group_label(members: &[String], codes: &[String]) -> String {
    format!(
        "{} (fails over on {})",
        members.join(" → "),
        codes.join(", ")
    )
}

/// An origin: its domain name, and its path.
fn origin_label(origin: &Value) -> String {
    let domain = origin
        .get("DomainName")
        .map(value_label)
        .unwrap_or_default();
    match origin.get("OriginPath").and_then(Value::as_str) {
        Some(path) => format!("{domain}{path}"),
        None => domain,
    }
}
