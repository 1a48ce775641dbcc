//! `AWS::CloudFront::CachePolicy` as `cache_policy!`.

use serde_json::Value;

use super::{Names, construct, construct_id, duration, of_type, only_attributes, selection};
use crate::import::Context;
use crate::import::fields::{Fields, Result, Unsupported};
use crate::import::syntax::{Node, Stmt};
use cloudfront_model::Quotas;
use cloudfront_model::naming::{keep_first, unique_id};

/// The cookie and query string behaviors of a cache policy: CloudFormation's value, the
/// factory, whether it takes names.
const CACHE_MODES: &[(&str, &str, Names)] = &[
    ("none", "none", Names::No),
    ("all", "all", Names::No),
    ("whitelist", "allow_list", Names::Yes),
    ("allExcept", "deny_list", Names::Yes),
];

/// The TTLs a cache policy has when its props leave them out.
const DEFAULT_MIN_TTL: u64 = 0;
const DEFAULT_DEFAULT_TTL: u64 = 86_400;
const DEFAULT_MAX_TTL: u64 = 365 * 86_400;
/// How much of the unique id a generated name keeps.
const MAX_GENERATED_NAME: usize = 110;

pub(super) fn translate(cx: &mut Context<'_>) {
    let mut count = 0;
    for (logical_id, resource) in of_type(cx, "AWS::CloudFront::CachePolicy") {
        match policy(cx, logical_id, resource) {
            Ok(stmt) => {
                cx.add(logical_id, stmt);
                count += 1;
            }
            Err(why) => cx.unsupported(logical_id, why),
        }
    }
    if count > Quotas::default().cache_policies_per_account {
        cx.quotas
            .push(format!("cache_policies_per_account = {count}"));
    }
}

fn policy(cx: &mut Context<'_>, logical_id: &str, resource: &Value) -> Result<Stmt> {
    only_attributes(resource, &[])?;
    let id = construct_id(logical_id, "cache_policy")?;
    let mut properties = Fields::new(
        resource.get("Properties").unwrap_or(&Value::Null),
        "Properties",
    )?;
    let config = properties.required("CachePolicyConfig")?;
    properties.finish()?;
    let mut config = Fields::new(&config, "Properties.CachePolicyConfig")?;
    let mut props = Vec::new();
    let name = config.required("Name")?;
    if !is_generated_name(&name, &cx.stack_name, &id) {
        let Value::String(name) = name else {
            return Err(Unsupported::new(
                "its `Name` is neither a string nor the name the construct generates",
            ));
        };
        props.push(("cache_policy_name".to_owned(), Node::Str(name)));
    }
    if let Some(comment) = config.string("Comment")? {
        props.push(("comment".to_owned(), Node::Str(comment)));
    }
    let ttl = |config: &mut Fields, key: &str| {
        config
            .uint(key)?
            .ok_or_else(|| Unsupported::new(format!("`{key}` is missing")))
    };
    let min = ttl(&mut config, "MinTTL")?;
    let default = ttl(&mut config, "DefaultTTL")?;
    let max = ttl(&mut config, "MaxTTL")?;
    // The model raises a default left out to the minimum, and the maximum to the default.
    let default_written = default != DEFAULT_DEFAULT_TTL.max(min);
    let max_written = max != DEFAULT_MAX_TTL.max(default);
    if default_written && default < min || max_written && max < default {
        return Err(Unsupported::new(
            "its TTLs are out of order (the model raises a default below the minimum)",
        ));
    }
    if default_written {
        props.push(("default_ttl".to_owned(), duration(default)));
    }
    if min != DEFAULT_MIN_TTL {
        props.push(("min_ttl".to_owned(), duration(min)));
    }
    if max_written {
        props.push(("max_ttl".to_owned(), duration(max)));
    }
    let parameters = config.required("ParametersInCacheKeyAndForwardedToOrigin")?;
    config.finish()?;
    let path = "Properties.CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin";
    let mut parameters = Fields::new(&parameters, path)?;
    for (key, prop, ty, behavior, names, modes) in [
        (
            "CookiesConfig",
            "cookie_behavior",
            "CacheCookieBehavior",
            "CookieBehavior",
            "Cookies",
            CACHE_MODES,
        ),
        (
            "HeadersConfig",
            "header_behavior",
            "CacheHeaderBehavior",
            "HeaderBehavior",
            "Headers",
            &[
                ("none", "none", Names::No),
                ("whitelist", "allow_list", Names::Yes),
            ][..],
        ),
        (
            "QueryStringsConfig",
            "query_string_behavior",
            "CacheQueryStringBehavior",
            "QueryStringBehavior",
            "QueryStrings",
            CACHE_MODES,
        ),
    ] {
        let value = parameters.required(key)?;
        let node = selection(&value, &format!("{path}.{key}"), ty, behavior, names, modes)?;
        if let Some(node) = node {
            props.push((prop.to_owned(), node));
        }
    }
    for (key, prop) in [
        ("EnableAcceptEncodingGzip", "enable_accept_encoding_gzip"),
        (
            "EnableAcceptEncodingBrotli",
            "enable_accept_encoding_brotli",
        ),
    ] {
        match parameters.bool(key)? {
            Some(false) => {}
            Some(true) => props.push((prop.to_owned(), Node::Bool(true))),
            None => return Err(Unsupported::new(format!("`{path}.{key}` is missing"))),
        }
    }
    parameters.finish()?;
    Ok(construct(cx, logical_id, id, "cache_policy", props))
}

/// Whether `name` is what the model generates for a policy of construct `id` in a stack of
/// no literal region: its unique id, cut, then `-` and the stack's region.
fn is_generated_name(name: &Value, stack_name: &str, id: &str) -> bool {
    let unique = unique_id(&[stack_name, id]);
    let base = format!("{}-", keep_first(&unique, MAX_GENERATED_NAME));
    *name
        == serde_json::json!({
            "Fn::Join": ["", [base, { "Ref": "AWS::Region" }]]
        })
}
