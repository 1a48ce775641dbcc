//! `AWS::CloudFront::OriginRequestPolicy` as `origin_request_policy!`.

use serde_json::Value;

use super::{Names, construct, construct_id, of_type, only_attributes, selection};
use crate::import::Context;
use crate::import::fields::{Fields, Result, Unsupported};
use crate::import::syntax::{Node, Stmt};
use cloudfront_model::Quotas;
use cloudfront_model::naming::unique_id;

const COOKIE_AND_QUERY_STRING_MODES: &[(&str, &str, Names)] = &[
    ("none", "none", Names::No),
    ("all", "all", Names::No),
    ("whitelist", "allow_list", Names::Yes),
    ("allExcept", "deny_list", Names::Yes),
];

/// `all("CloudFront-...")` is its own behavior: every viewer header and the CloudFront
/// headers listed.
const HEADER_MODES: &[(&str, &str, Names)] = &[
    ("none", "none", Names::No),
    ("allViewer", "all", Names::No),
    ("allViewerAndWhitelistCloudFront", "all", Names::Yes),
    ("whitelist", "allow_list", Names::Yes),
    ("allExcept", "deny_list", Names::Yes),
];

pub(super) fn translate(cx: &mut Context<'_>) {
    let mut count = 0;
    for (logical_id, resource) in of_type(cx, "AWS::CloudFront::OriginRequestPolicy") {
        match policy(cx, logical_id, resource) {
            Ok(stmt) => {
                cx.add(logical_id, stmt);
                count += 1;
            }
            Err(why) => cx.unsupported(logical_id, why),
        }
    }
    if count > Quotas::default().origin_request_policies_per_account {
        cx.quotas
            .push(format!("origin_request_policies_per_account = {count}"));
    }
}

fn policy(cx: &mut Context<'_>, logical_id: &str, resource: &Value) -> Result<Stmt> {
    only_attributes(resource, &[])?;
    let id = construct_id(logical_id, "origin_request_policy")?;
    let mut properties = Fields::new(
        resource.get("Properties").unwrap_or(&Value::Null),
        "Properties",
    )?;
    let config = properties.required("OriginRequestPolicyConfig")?;
    properties.finish()?;
    let path = "Properties.OriginRequestPolicyConfig";
    let mut config = Fields::new(&config, path)?;
    let mut props = Vec::new();
    // The model names a policy left unnamed by its unique id.
    match config.required("Name")? {
        Value::String(name) if name == unique_id(&[&cx.stack_name, &id]) => {}
        Value::String(name) => {
            props.push(("origin_request_policy_name".to_owned(), Node::Str(name)))
        }
        _ => return Err(Unsupported::new(format!("`{path}.Name` is not a string"))),
    }
    if let Some(comment) = config.string("Comment")? {
        props.push(("comment".to_owned(), Node::Str(comment)));
    }
    for (key, prop, ty, behavior, names, modes) in [
        (
            "CookiesConfig",
            "cookie_behavior",
            "OriginRequestCookieBehavior",
            "CookieBehavior",
            "Cookies",
            COOKIE_AND_QUERY_STRING_MODES,
        ),
        (
            "HeadersConfig",
            "header_behavior",
            "OriginRequestHeaderBehavior",
            "HeaderBehavior",
            "Headers",
            HEADER_MODES,
        ),
        (
            "QueryStringsConfig",
            "query_string_behavior",
            "OriginRequestQueryStringBehavior",
            "QueryStringBehavior",
            "QueryStrings",
            COOKIE_AND_QUERY_STRING_MODES,
        ),
    ] {
        let value = config.required(key)?;
        if let Some(node) = selection(&value, &format!("{path}.{key}"), ty, behavior, names, modes)?
        {
            props.push((prop.to_owned(), node));
        }
    }
    config.finish()?;
    Ok(construct(
        cx,
        logical_id,
        id,
        "origin_request_policy",
        props,
    ))
}
