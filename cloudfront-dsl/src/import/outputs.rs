//! A template's `Outputs` as `stack.add_output(...)`: a value that names a construct of the
//! source is that construct's accessor (`cdn.distribution_domain_name()`), any other the
//! intrinsic of [`Expr`](crate::Expr) that writes it.

use serde_json::{Map, Value};

use super::Context;
use super::syntax::{Node, Stmt};

/// The accessors of the constructs' handles: resource type, attribute (`None` for `Ref`),
/// method.
const ACCESSORS: &[(&str, Option<&str>, &str)] = &[
    ("AWS::CloudFront::Distribution", None, "distribution_id"),
    (
        "AWS::CloudFront::Distribution",
        Some("DomainName"),
        "distribution_domain_name",
    ),
    ("AWS::S3::Bucket", None, "bucket_name"),
    ("AWS::S3::Bucket", Some("Arn"), "bucket_arn"),
    (
        "AWS::S3::Bucket",
        Some("RegionalDomainName"),
        "bucket_regional_domain_name",
    ),
    ("AWS::S3::Bucket", Some("WebsiteURL"), "bucket_website_url"),
    (
        "AWS::CloudFront::Function",
        Some("FunctionARN"),
        "function_arn",
    ),
    ("AWS::CloudFront::PublicKey", None, "public_key_id"),
    ("AWS::CloudFront::KeyGroup", None, "key_group_id"),
];

/// The pseudo parameters [`Expr`](crate::Expr) has a constructor for.
const PSEUDO: &[(&str, &str)] = &[
    ("AWS::Region", "Expr::region"),
    ("AWS::AccountId", "Expr::account_id"),
    ("AWS::Partition", "Expr::partition"),
    ("AWS::URLSuffix", "Expr::url_suffix"),
    ("AWS::StackName", "Expr::stack_name"),
];

/// The statements that add `outputs` to the stack, or why one cannot be written.
pub(crate) fn translate(
    cx: &mut Context<'_>,
    outputs: &Map<String, Value>,
) -> Result<Vec<Stmt>, String> {
    let mut stmts = Vec::new();
    for (id, output) in outputs {
        let why = |reason: String| format!("output `{id}`: {reason}");
        // `add_output` keeps the letters and digits of the id it is given.
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(why(
                "its logical id is not letters and digits only, which an output's id is".into(),
            ));
        }
        let Some(fields) = output.as_object() else {
            return Err(why("it is not an object".into()));
        };
        if let Some(key) = fields
            .keys()
            .find(|k| !matches!(k.as_str(), "Value" | "Description" | "Export"))
        {
            return Err(why(format!(
                "its `{key}` is not something the model's `Output` writes (it writes `Value`, `Description` and `Export`)"
            )));
        }
        let value = fields
            .get("Value")
            .ok_or_else(|| why("it has no `Value`".into()))?;
        let value = expr(cx, value, true).map_err(|e| why(format!("its `Value` {e}")))?;
        let mut links = Vec::new();
        match fields.get("Description") {
            None => {}
            Some(Value::String(d)) => links.push(("description".to_owned(), vec![Node::str(d)])),
            Some(_) => return Err(why("its `Description` is not a string".into())),
        }
        match fields.get("Export") {
            None => {}
            Some(Value::Object(export)) if export.len() == 1 && export.contains_key("Name") => {
                let name = expr(cx, &export["Name"], false)
                    .map_err(|e| why(format!("its `Export.Name` {e}")))?;
                links.push(("export_name".to_owned(), vec![name]));
            }
            Some(_) => {
                return Err(why(
                    "its `Export` is not `{ \"Name\": ... }`, which the model writes".into(),
                ));
            }
        }
        let output = if links.is_empty() {
            value
        } else {
            Node::Chain(Box::new(Node::call("Output::new", vec![value])), links)
        };
        stmts.push(Stmt::Rust {
            comment: vec![],
            head: String::new(),
            value: Node::Chain(
                Box::new(Node::path("stack")),
                vec![("add_output".into(), vec![Node::str(id), output])],
            ),
        });
    }
    Ok(stmts)
}

/// The source of an `Expr` that writes `value`: a construct's accessor where one names it, a
/// literal string as `Expr::literal` (or a bare string where `into` takes one: an export
/// name), an intrinsic as its constructor. The error says why the model cannot write it.
fn expr(cx: &mut Context<'_>, value: &Value, top: bool) -> Result<Node, String> {
    let intrinsic = match value {
        Value::String(s) if top => {
            return Ok(Node::call("Expr::literal", vec![Node::str(s)]));
        }
        Value::String(s) => return Ok(Node::str(s)),
        Value::Object(m) if m.len() == 1 => m.iter().next().map(|(k, v)| (k.as_str(), v)),
        _ => None,
    };
    let Some((function, args)) = intrinsic else {
        return Err(format!(
            "is `{value}`, which is neither a string nor an intrinsic function the model writes"
        ));
    };
    let unsupported = || {
        Err(format!(
            "is `{value}`, an intrinsic function the model's `Expr` does not write in this form"
        ))
    };
    let arg = |cx: &mut Context<'_>, v: &Value| expr(cx, v, true);
    match (function, args) {
        ("Ref", Value::String(id)) => {
            if let Some((_, ctor)) = PSEUDO.iter().find(|(p, _)| p == id) {
                return Ok(Node::call(*ctor, vec![]));
            }
            Ok(accessor(cx, id, None)
                .unwrap_or_else(|| Node::call("Expr::reference", vec![Node::str(id)])))
        }
        ("Fn::GetAtt", Value::Array(items)) => match items.as_slice() {
            [Value::String(id), Value::String(attribute)] => Ok(accessor(cx, id, Some(attribute))
                .unwrap_or_else(|| {
                    Node::call("Expr::get_att", vec![Node::str(id), Node::str(attribute)])
                })),
            _ => unsupported(),
        },
        ("Fn::Sub", Value::String(template)) => {
            Ok(Node::call("Expr::sub", vec![Node::str(template)]))
        }
        ("Fn::ImportValue", name) => Ok(Node::call("Expr::import_value", vec![arg(cx, name)?])),
        ("Fn::Join", Value::Array(items)) => match items.as_slice() {
            [Value::String(separator), Value::Array(parts)] => {
                // `Expr::join` merges adjacent literals, which a template may keep apart.
                let adjacent = separator.is_empty()
                    && parts
                        .windows(2)
                        .any(|w| w[0].is_string() && w[1].is_string());
                if adjacent {
                    return unsupported();
                }
                let parts = parts
                    .iter()
                    .map(|p| arg(cx, p))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Node::call(
                    "Expr::join",
                    vec![Node::str(separator), Node::List(parts)],
                ))
            }
            _ => unsupported(),
        },
        ("Fn::Select", Value::Array(items)) => match items.as_slice() {
            [Value::Number(index), list]
                if index.as_u64().is_some_and(|i| i <= u32::MAX.into()) =>
            {
                let index = index.as_u64().unwrap_or_default();
                Ok(Node::call(
                    "Expr::select",
                    vec![Node::Int(index), arg(cx, list)?],
                ))
            }
            _ => unsupported(),
        },
        ("Fn::Split", Value::Array(items)) => match items.as_slice() {
            [Value::String(separator), value] => Ok(Node::call(
                "Expr::split",
                vec![Node::str(separator), arg(cx, value)?],
            )),
            _ => unsupported(),
        },
        _ => unsupported(),
    }
}

/// `var.method()`, when `logical_id` is a construct of the source whose handle has an
/// accessor for `attribute` (`None` for `Ref`).
fn accessor(cx: &mut Context<'_>, logical_id: &str, attribute: Option<&str>) -> Option<Node> {
    let var = cx.vars.get(logical_id)?.clone();
    let resource_type = cx.resources.get(logical_id)?.get("Type")?.as_str()?;
    let (_, _, method) = ACCESSORS
        .iter()
        .find(|(t, a, _)| *t == resource_type && *a == attribute)?;
    cx.used.insert(var.clone());
    Some(Node::call(format!("{var}.{method}"), vec![]))
}

#[cfg(test)]
mod tests {
    use serde_json::{Map, json};

    use super::*;

    fn context(resources: &Map<String, Value>) -> Context<'_> {
        Context::new(resources, "Stack".into(), false)
    }

    #[test]
    fn intrinsics_become_the_expressions_that_write_them() {
        let resources = Map::new();
        let mut cx = context(&resources);
        let text = |cx: &mut Context<'_>, v: Value| {
            let mut s = String::new();
            super::super::syntax::print_stmt(
                &Stmt::Rust {
                    comment: vec![],
                    head: String::new(),
                    value: expr(cx, &v, true).unwrap(),
                },
                0,
                &mut s,
            );
            s
        };
        assert_eq!(
            text(&mut cx, json!("us-east-1")),
            "Expr::literal(\"us-east-1\");\n"
        );
        assert_eq!(
            text(&mut cx, json!({ "Ref": "AWS::Region" })),
            "Expr::region();\n"
        );
        assert_eq!(
            text(&mut cx, json!({ "Fn::GetAtt": ["Site", "Arn"] })),
            "Expr::get_att(\"Site\", \"Arn\");\n"
        );
        assert_eq!(
            text(
                &mut cx,
                json!({ "Fn::Join": ["", [{ "Ref": "Site" }, "/*"]] })
            ),
            "Expr::join(\"\", [Expr::reference(\"Site\"), Expr::literal(\"/*\")]);\n"
        );
    }

    #[test]
    fn what_the_model_cannot_write_is_refused() {
        let resources = Map::new();
        let mut cx = context(&resources);
        for value in [
            json!(1),
            json!({ "Fn::If": ["Prod", "a", "b"] }),
            json!({ "Fn::Join": ["", ["a", "b"]] }),
            json!({ "Fn::GetAtt": "Site.Arn" }),
        ] {
            assert!(expr(&mut cx, &value, true).is_err(), "{value}");
        }
        let outputs = json!({ "Id": { "Value": "a", "Condition": "Prod" } });
        let err = translate(&mut cx, outputs.as_object().unwrap()).unwrap_err();
        assert!(err.contains("`Condition`"), "{err}");
        let outputs = json!({ "my_id": { "Value": "a" } });
        assert!(translate(&mut cx, outputs.as_object().unwrap()).is_err());
    }
}
