//! The translation of each resource type the import covers into a construct, and the values
//! they share (durations, enum constants, references to other constructs).

mod bucket;
mod cache_policy;
mod distribution;
mod function;
mod keys;
mod origin_request_policy;
mod route53;

use serde_json::{Map, Value};

use super::fields::{Result, Unsupported};
use super::syntax::{Node, Stmt};
use super::{Context, ids};

/// Translates the resources the import covers, constructs others refer to first.
pub(crate) fn translate(cx: &mut Context<'_>) {
    bucket::translate(cx);
    cache_policy::translate(cx);
    origin_request_policy::translate(cx);
    keys::translate(cx);
    function::translate(cx);
    distribution::translate(cx);
    route53::translate(cx);
}

/// The stack name the template's generated ids derive from, where one holds it.
pub(crate) fn stack_name(resources: &Map<String, Value>) -> Option<String> {
    distribution::stack_name(resources).or_else(|| {
        // The names the model gives keys, key groups and origin request policies left
        // unnamed: the unique id of their path, the stack's name first.
        resources.iter().find_map(|(logical_id, r)| {
            let name = match r.get("Type")?.as_str()? {
                "AWS::CloudFront::PublicKey" => r.pointer("/Properties/PublicKeyConfig/Name"),
                "AWS::CloudFront::KeyGroup" => r.pointer("/Properties/KeyGroupConfig/Name"),
                "AWS::CloudFront::OriginRequestPolicy" => {
                    r.pointer("/Properties/OriginRequestPolicyConfig/Name")
                }
                _ => None,
            }?;
            let id = super::ids::top_level(logical_id).id;
            super::ids::stack_name_from_unique_id(name.as_str()?, &[&id])
        })
    })
}

/// The logical ids and resources of `resource_type`, in template order.
fn of_type<'t>(cx: &Context<'t>, resource_type: &str) -> Vec<(&'t String, &'t Value)> {
    cx.resources
        .iter()
        .filter(|(_, r)| r.get("Type").and_then(Value::as_str) == Some(resource_type))
        .collect()
}

/// `Duration::days(n)`, `hours`, `minutes` or `seconds`: the largest unit that writes
/// `seconds` exactly.
fn duration(seconds: u64) -> Node {
    let (unit, n) = match seconds {
        0 => ("seconds", 0),
        s if s % 86_400 == 0 => ("days", s / 86_400),
        s if s % 3_600 == 0 => ("hours", s / 3_600),
        s if s % 60 == 0 => ("minutes", s / 60),
        s => ("seconds", s),
    };
    Node::call(format!("Duration::{unit}"), vec![Node::Int(n)])
}

/// The constant of an enum whose CloudFormation value is `value`.
fn constant<T: Copy>(
    type_name: &str,
    all: &[T],
    cfn: impl Fn(T) -> &'static str,
    name: impl Fn(T) -> &'static str,
    value: &str,
    path: &str,
) -> Result<Node> {
    all.iter()
        .find(|c| cfn(**c) == value)
        .map(|c| Node::path(format!("{type_name}::{}", name(*c))))
        .ok_or_else(|| {
            Unsupported::new(format!(
                "`{path}` is `{value}`, which no `{type_name}` writes"
            ))
        })
}

/// The constant of a managed policy whose id is `id`.
fn managed(type_name: &str, ids: &[(&str, &str)], id: &str) -> Option<Node> {
    ids.iter()
        .find(|(_, managed)| *managed == id)
        .map(|(name, _)| Node::path(format!("{type_name}::{name}")))
}

/// The variable of the construct whose resource `{"Ref": id}` (or `{"Fn::GetAtt": [id,
/// attribute]}`) names.
fn referenced(cx: &Context<'_>, value: &Value, attribute: Option<&str>) -> Option<String> {
    let id = match (value, attribute) {
        (Value::Object(m), None) if m.len() == 1 => m.get("Ref")?.as_str()?,
        (Value::Object(m), Some(attr)) if m.len() == 1 => {
            match m.get("Fn::GetAtt")?.as_array()?.as_slice() {
                [Value::String(id), Value::String(a)] if a == attr => id.as_str(),
                _ => return None,
            }
        }
        _ => return None,
    };
    cx.vars.get(id).cloned()
}

/// Whether a behavior's factory takes names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Names {
    No,
    Yes,
}

/// A policy's cookie, header or query string behavior (`{ "CookieBehavior": "whitelist",
/// "Cookies": [...] }`): `None` for `none`, which the model writes when the prop is left out,
/// else the factory of `modes` (CloudFormation's value, factory, whether it takes names).
fn selection(
    value: &Value,
    path: &str,
    ty: &str,
    behavior_key: &str,
    names_key: &str,
    modes: &[(&str, &str, Names)],
) -> Result<Option<Node>> {
    let mut fields = super::fields::Fields::new(value, path)?;
    let behavior = fields
        .string(behavior_key)?
        .ok_or_else(|| Unsupported::new(format!("`{path}.{behavior_key}` is missing")))?;
    let names = fields.strings(names_key)?;
    fields.finish()?;
    let Some((_, factory, takes)) = modes.iter().find(|(cfn, _, _)| *cfn == behavior) else {
        return Err(Unsupported::new(format!(
            "`{path}.{behavior_key}` is `{behavior}`, which no `{ty}` writes"
        )));
    };
    match (takes, names) {
        (Names::No, None) if *factory == "none" => Ok(None),
        (Names::No, None) => Ok(Some(Node::call(format!("{ty}::{factory}"), vec![]))),
        (Names::Yes, Some(names)) if !names.is_empty() => Ok(Some(Node::call(
            format!("{ty}::{factory}"),
            names.into_iter().map(Node::Str).collect(),
        ))),
        _ => Err(Unsupported::new(format!(
            "`{path}.{names_key}` does not go with `{behavior}`"
        ))),
    }
}

/// Whether `resource` has only the attributes `allowed` (besides `Type` and `Properties`).
fn only_attributes(resource: &Value, allowed: &[(&str, &str)]) -> Result<()> {
    let Some(m) = resource.as_object() else {
        return Err(Unsupported::new("the resource is not an object"));
    };
    for (k, v) in m {
        if k == "Type" || k == "Properties" {
            continue;
        }
        if !allowed
            .iter()
            .any(|(a, value)| a == k && v.as_str() == Some(*value))
        {
            return Err(Unsupported::new(format!(
                "its `{k}` attribute is not what the construct writes"
            )));
        }
    }
    for (a, value) in allowed {
        if m.get(*a).and_then(Value::as_str) != Some(*value) {
            return Err(Unsupported::new(format!(
                "it has no `{a}: {value}`, which the construct writes"
            )));
        }
    }
    Ok(())
}

/// The construct id of a resource whose macro takes no logical id override.
pub(super) fn construct_id(logical_id: &str, mac: &str) -> Result<String> {
    let id = ids::top_level(logical_id);
    match id.logical_id_override {
        None => Ok(id.id),
        Some(_) => Err(Unsupported::new(format!(
            "no construct id derives its logical id, and `{mac}!` takes no logical id override"
        ))),
    }
}

/// `let var = mac!("id", { props });`, the variable recorded for the constructs that refer to
/// it.
pub(super) fn construct(
    cx: &mut Context<'_>,
    logical_id: &str,
    id: String,
    mac: &'static str,
    props: Vec<(String, Node)>,
) -> Stmt {
    let var = cx.variable(&id);
    cx.vars.insert(logical_id.to_owned(), var.clone());
    cx.construct_ids.insert(logical_id.to_owned(), id.clone());
    Stmt::Construct {
        comment: vec![],
        var: Some(var),
        mac,
        id,
        attrs: vec![],
        props,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_take_the_largest_exact_unit() {
        let text = |s| match duration(s) {
            Node::Call(f, args) => format!("{f}({:?})", args[0]),
            _ => unreachable!(),
        };
        assert_eq!(text(86_400), "Duration::days(Int(1))");
        assert_eq!(text(660), "Duration::minutes(Int(11))");
        assert_eq!(text(7_200), "Duration::hours(Int(2))");
        assert_eq!(text(61), "Duration::seconds(Int(61))");
        assert_eq!(text(0), "Duration::seconds(Int(0))");
    }
}
