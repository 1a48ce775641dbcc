//! `AWS::Route53::RecordSet` as `route53::ARecord`, `AaaaRecord` and `HttpsRecord`: the alias
//! records to a distribution the model writes, in a hosted zone given by its id.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::{of_type, only_attributes, referenced};
use crate::import::fields::{Fields, Result, Unsupported};
use crate::import::syntax::{Node, Stmt};
use crate::import::{Context, ids};

/// The record types the model writes, and their constructors.
const KINDS: &[(&str, &str, &str)] = &[
    ("A", "route53::ARecord", "route53::ARecordProps"),
    ("AAAA", "route53::AaaaRecord", "route53::AaaaRecordProps"),
    ("HTTPS", "route53::HttpsRecord", "route53::HttpsRecordProps"),
];

/// A record of the template, as the source writes it.
struct Record {
    logical_id: String,
    kind: (&'static str, &'static str),
    zone_id: String,
    /// The fully qualified name, without its final dot.
    name: String,
    target: Target,
    /// The scope's id and the record's, or the logical id the record keeps explicitly.
    path: std::result::Result<Vec<String>, String>,
}

/// What a record aliases.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    /// The distribution bound to this variable.
    Construct(String),
    /// A distribution outside the stack, by its domain name.
    Domain(String),
    /// A distribution of the template carried over as written, by its logical id.
    Carried(String),
}

pub(super) fn translate(cx: &mut Context<'_>) {
    let mut records = Vec::new();
    for (logical_id, resource) in of_type(cx, "AWS::Route53::RecordSet") {
        match record(cx, logical_id, resource) {
            Ok(r) => records.push(r),
            Err(why) => cx.unsupported(logical_id, why),
        }
    }
    if records.is_empty() {
        return;
    }
    // The ids of the stack's top-level constructs: those of the source, the resources carried
    // over (by their logical ids), and the records and scopes.
    let mut reserved: Vec<String> = cx.construct_ids.values().cloned().collect();
    reserved.extend(cx.resources.keys().cloned());
    for r in &mut records {
        if let Ok(path) = &r.path {
            // A scope cannot have the id of a top-level construct: the record keeps its
            // logical id instead.
            if path.len() == 2 && reserved.contains(&path[0]) {
                r.path = Err(r.logical_id.clone());
            }
        }
    }
    for r in &records {
        match &r.path {
            Ok(path) => reserved.push(path[0].clone()),
            Err(logical_id) => reserved.push(logical_id.clone()),
        }
    }
    let fresh_id = |base: &str, taken: &[String]| {
        std::iter::once(base.to_owned())
            .chain((2..).map(|n| format!("{base}{n}")))
            .find(|id| !reserved.contains(id) && !taken.contains(id))
            .unwrap_or_else(|| base.to_owned())
    };

    // One hosted zone per zone id, named by the longest domain its records' names share.
    let mut zones: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for r in &records {
        zones.entry(r.zone_id.clone()).or_default().push(&r.name);
    }
    let mut zone_vars = BTreeMap::new();
    let mut zone_names = BTreeMap::new();
    let mut taken_ids = Vec::new();
    for (zone_id, names) in &zones {
        let var = fresh_var(cx, "zone");
        let id = fresh_id("HostedZone", &taken_ids);
        taken_ids.push(id.clone());
        let zone_name = zone_name(names);
        cx.stmts.push(Stmt::Rust {
            comment: vec![],
            head: format!("let {var} = "),
            value: Node::call(
                "route53::HostedZone::from_hosted_zone_attributes",
                vec![
                    Node::path("&mut stack"),
                    Node::str(&id),
                    Node::Struct(
                        "route53::HostedZoneAttributes".into(),
                        vec![
                            ("hosted_zone_id".into(), into(zone_id)),
                            ("zone_name".into(), into(&zone_name)),
                        ],
                    ),
                ],
            ),
        });
        reserve(cx, &var);
        zone_vars.insert(zone_id.clone(), var);
        zone_names.insert(zone_id.clone(), zone_name);
    }

    // One target per distribution; a distribution outside the stack is imported by its domain
    // name.
    let mut targets = BTreeMap::new();
    for r in &records {
        if targets.contains_key(&r.target) {
            continue;
        }
        let distribution = match &r.target {
            Target::Construct(var) => {
                cx.used.insert(var.clone());
                var.clone()
            }
            Target::Domain(_) | Target::Carried(_) => {
                let (comment, domain_name, distribution_id) = match &r.target {
                    Target::Domain(domain) => (
                        "The template names this distribution by its domain name only: its id is not in it.",
                        into(domain),
                        into(""),
                    ),
                    // Bound to its variable above.
                    Target::Construct(_) => continue,
                    Target::Carried(logical_id) => (
                        "The distribution the template's records alias, carried over as written.",
                        Node::call(
                            "Expr::get_att",
                            vec![Node::str(logical_id), Node::str("DomainName")],
                        ),
                        Node::call("Expr::reference", vec![Node::str(logical_id)]),
                    ),
                };
                let var = fresh_var(cx, "distribution");
                let id = fresh_id("Distribution", &taken_ids);
                taken_ids.push(id.clone());
                cx.stmts.push(Stmt::Rust {
                    comment: vec![comment.into()],
                    head: format!("let {var} = "),
                    value: Node::call(
                        "Distribution::from_distribution_attributes",
                        vec![
                            Node::path("&mut stack"),
                            Node::str(&id),
                            Node::Struct(
                                "DistributionAttributes".into(),
                                vec![
                                    ("domain_name".into(), domain_name),
                                    ("distribution_id".into(), distribution_id),
                                ],
                            ),
                        ],
                    ),
                });
                reserve(cx, &var);
                var
            }
        };
        let var = fresh_var(cx, "target");
        cx.stmts.push(Stmt::Rust {
            comment: vec![],
            head: format!("let {var} = "),
            value: Node::call(
                "route53::RecordTarget::from_alias",
                vec![Node::call(
                    "route53::CloudFrontTarget",
                    vec![Node::path(distribution)],
                )],
            ),
        });
        reserve(cx, &var);
        targets.insert(r.target.clone(), var);
    }

    // The records, those of a scope together after the scope.
    let mut scopes: BTreeMap<Option<String>, Vec<&Record>> = BTreeMap::new();
    for r in &records {
        let scope = match &r.path {
            Ok(p) if p.len() == 2 => Some(p[0].clone()),
            _ => None,
        };
        scopes.entry(scope).or_default().push(r);
    }
    for (scope, records) in scopes {
        let parent = match &scope {
            None => "stack".to_owned(),
            Some(scope) => {
                let var = fresh_var(cx, scope);
                cx.stmts.push(Stmt::Rust {
                    comment: vec![],
                    head: format!("let mut {var} = "),
                    value: Node::call(
                        "Scope::new",
                        vec![Node::path("&mut stack"), Node::str(scope)],
                    ),
                });
                reserve(cx, &var);
                var
            }
        };
        for r in records {
            let zone = &zone_vars[&r.zone_id];
            let zone_name = &zone_names[&r.zone_id];
            let record_name = if zone_name.is_empty() {
                // No domain the zone's names share: each is written fully qualified.
                Node::call("Some", vec![into(&format!("{}.", r.name))])
            } else if &r.name == zone_name {
                Node::path("None")
            } else {
                let relative = r
                    .name
                    .strip_suffix(&format!(".{zone_name}"))
                    .unwrap_or(&r.name);
                Node::call("Some", vec![into(relative)])
            };
            let (id, logical_id_override) = match &r.path {
                Ok(p) => (p[p.len() - 1].clone(), None),
                Err(logical_id) => (logical_id.clone(), Some(logical_id.clone())),
            };
            let new = Node::call(
                format!("{}::new", r.kind.0),
                vec![
                    Node::path(format!("&mut {parent}")),
                    Node::str(&id),
                    Node::Struct(
                        r.kind.1.to_owned(),
                        vec![
                            ("zone".into(), Node::path(zone)),
                            ("record_name".into(), record_name),
                            ("target".into(), Node::path(&targets[&r.target])),
                        ],
                    ),
                ],
            );
            match logical_id_override {
                None => cx.stmts.push(Stmt::Rust {
                    comment: vec![],
                    head: String::new(),
                    value: new,
                }),
                Some(l) => {
                    // The record keeps the template's logical id, which no construct id derives.
                    let var = fresh_var(cx, &id);
                    reserve(cx, &var);
                    cx.stmts.push(Stmt::Rust {
                        comment: vec![],
                        head: format!("let {var} = "),
                        value: new,
                    });
                    cx.stmts.push(Stmt::Rust {
                        comment: vec![],
                        head: String::new(),
                        value: Node::Chain(
                            Box::new(Node::path(var)),
                            vec![(
                                "override_logical_id".into(),
                                vec![Node::path("&mut stack"), Node::str(l)],
                            )],
                        ),
                    });
                }
            }
            cx.taken.insert(r.logical_id.clone());
        }
    }
}

/// `"text".into()`.
fn into(text: &str) -> Node {
    Node::path(format!(
        "{}.into()",
        crate::import::syntax::string_literal(text)
    ))
}

/// A variable name for `base` no construct's variable has.
fn fresh_var(cx: &Context<'_>, base: &str) -> String {
    cx.variable(base)
}

/// Keeps `var` from the variables later constructs get.
fn reserve(cx: &mut Context<'_>, var: &str) {
    cx.vars.insert(format!("\0{var}"), var.to_owned());
}

/// The zone of `names` (fully qualified, without the final dot): the labels they all end
/// with; the parent domain of a name that would be the zone itself, when it has three labels
/// or more (`www.example.com` is most likely `www` in `example.com`).
fn zone_name(names: &[&str]) -> String {
    let split: Vec<Vec<&str>> = names.iter().map(|n| n.split('.').collect()).collect();
    let shortest = split.iter().map(Vec::len).min().unwrap_or(0);
    let mut common = 0;
    while common < shortest {
        let label = split[0][split[0].len() - 1 - common];
        if split.iter().all(|s| s[s.len() - 1 - common] == label) {
            common += 1;
        } else {
            break;
        }
    }
    if common == shortest && split.iter().all(|s| s.len() == shortest) && shortest >= 3 {
        common -= 1;
    }
    let first = &split[0];
    first[first.len() - common..].join(".")
}

fn record(cx: &Context<'_>, logical_id: &str, resource: &Value) -> Result<Record> {
    let (map, _) = cloudfront_model::route53::cloudfront_zone_mapping();
    if !cx.zone_mapping {
        return Err(Unsupported::new(format!(
            "the template has no `Mappings` entry `{map}`, which the model writes with an alias record"
        )));
    }
    only_attributes(resource, &[])?;
    let path = "Properties";
    let mut properties = Fields::new(resource.get("Properties").unwrap_or(&Value::Null), path)?;
    let record_type = properties
        .string("Type")?
        .ok_or_else(|| Unsupported::new("`Properties.Type` is missing"))?;
    let &(_, ctor, props) = KINDS
        .iter()
        .find(|(t, _, _)| *t == record_type)
        .ok_or_else(|| {
            Unsupported::new(format!(
                "`Properties.Type` is `{record_type}`, and the model writes alias records of type `A`, `AAAA` and `HTTPS` only"
            ))
        })?;
    let zone_id = properties.string("HostedZoneId")?.ok_or_else(|| {
        Unsupported::new(
            "`Properties.HostedZoneId` is not a literal zone id (the import reads only those)",
        )
    })?;
    let name = properties
        .string("Name")?
        .ok_or_else(|| Unsupported::new("`Properties.Name` is not a literal name"))?;
    let name = name
        .strip_suffix('.')
        .filter(|n| !n.is_empty() && !n.ends_with('.'))
        .ok_or_else(|| {
            Unsupported::new(
                "`Properties.Name` is not a fully qualified name ending in `.`, as the model writes it",
            )
        })?
        .to_owned();
    let alias = properties.required("AliasTarget")?;
    properties.finish()?;
    let alias_path = "Properties.AliasTarget";
    let mut alias = Fields::new(&alias, alias_path)?;
    let zone = alias.required("HostedZoneId")?;
    if zone != json!({ "Fn::FindInMap": [map, { "Ref": "AWS::Partition" }, "zoneId"] }) {
        return Err(Unsupported::new(format!(
            "`{alias_path}.HostedZoneId` is not CloudFront's zone from the mapping `{map}`, which the model writes"
        )));
    }
    let dns = alias.required("DNSName")?;
    alias.finish()?;
    // The distribution of the template whose domain name the record aliases.
    let distribution = dns
        .pointer("/Fn::GetAtt/0")
        .and_then(Value::as_str)
        .filter(|_| dns.pointer("/Fn::GetAtt/1").and_then(Value::as_str) == Some("DomainName"))
        .filter(|id| {
            cx.resources
                .get(*id)
                .and_then(|r| r.get("Type"))
                .and_then(Value::as_str)
                == Some("AWS::CloudFront::Distribution")
        });
    let target = match (&dns, distribution) {
        (Value::String(domain), _) => Target::Domain(domain.clone()),
        (other, Some(id)) if dns.as_object().is_some_and(|m| m.len() == 1) => {
            match referenced(cx, other, Some("DomainName")) {
                Some(var) => Target::Construct(var),
                None if !cx.taken.contains(id) => Target::Carried(id.to_owned()),
                None => {
                    return Err(Unsupported::new(format!(
                        "`{alias_path}.DNSName` is not the domain name of a distribution"
                    )));
                }
            }
        }
        _ => {
            return Err(Unsupported::new(format!(
                "`{alias_path}.DNSName` is not the domain name of a distribution of the template, nor a literal one"
            )));
        }
    };
    Ok(Record {
        logical_id: logical_id.to_owned(),
        kind: (ctor, props),
        zone_id,
        name,
        target,
        path: ids::recover_scoped(logical_id).ok_or_else(|| logical_id.to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::zone_name;

    #[test]
    fn the_zone_is_the_domain_the_names_share() {
        assert_eq!(
            zone_name(&["www.example.com", "example.com"]),
            "example.com"
        );
        assert_eq!(zone_name(&["www.example.com"]), "example.com");
        assert_eq!(zone_name(&["example.com"]), "example.com");
        assert_eq!(
            zone_name(&["a.example.com", "b.example.com"]),
            "example.com"
        );
        assert_eq!(zone_name(&["example.com", "example.org"]), "");
    }
}
