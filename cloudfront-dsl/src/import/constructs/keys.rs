//! `AWS::CloudFront::PublicKey` as `public_key!`, `AWS::CloudFront::KeyGroup` as `key_group!`.

use serde_json::Value;

use super::{construct, construct_id, of_type, only_attributes, referenced};
use crate::import::Context;
use crate::import::fields::{Fields, Result, Unsupported};
use crate::import::syntax::{Node, Stmt};
use cloudfront_model::naming::{node_addr, unique_id};

pub(super) fn translate(cx: &mut Context<'_>) {
    for (logical_id, resource) in of_type(cx, "AWS::CloudFront::PublicKey") {
        match public_key(cx, logical_id, resource) {
            Ok(stmt) => cx.add(logical_id, stmt),
            Err(why) => cx.unsupported(logical_id, why),
        }
    }
    for (logical_id, resource) in of_type(cx, "AWS::CloudFront::KeyGroup") {
        match key_group(cx, logical_id, resource) {
            Ok(stmt) => cx.add(logical_id, stmt),
            Err(why) => cx.unsupported(logical_id, why),
        }
    }
}

/// The `name` prop, unless `name` is the construct's unique id (what the model generates for
/// a name of at most 80 characters).
fn name_prop(
    cx: &Context<'_>,
    id: &str,
    prop: &str,
    name: String,
    props: &mut Vec<(String, Node)>,
) {
    if name != unique_id(&[&cx.stack_name, id]) {
        props.push((prop.to_owned(), Node::Str(name)));
    }
}

fn public_key(cx: &mut Context<'_>, logical_id: &str, resource: &Value) -> Result<Stmt> {
    only_attributes(resource, &[])?;
    let id = construct_id(logical_id, "public_key")?;
    let mut properties = Fields::new(
        resource.get("Properties").unwrap_or(&Value::Null),
        "Properties",
    )?;
    let config = properties.required("PublicKeyConfig")?;
    properties.finish()?;
    let path = "Properties.PublicKeyConfig";
    let mut config = Fields::new(&config, path)?;
    // The model's caller reference is the construct's address, which no prop sets.
    if config.string("CallerReference")? != Some(node_addr(&[&cx.stack_name, &id])) {
        return Err(Unsupported::new(format!(
            "`{path}.CallerReference` is not the one the construct derives from its path"
        )));
    }
    let key = config
        .string("EncodedKey")?
        .ok_or_else(|| Unsupported::new(format!("`{path}.EncodedKey` is not a string")))?;
    let mut props = vec![("encoded_key".to_owned(), Node::Str(key))];
    if let Some(comment) = config.string("Comment")? {
        props.push(("comment".to_owned(), Node::Str(comment)));
    }
    let name = config
        .string("Name")?
        .ok_or_else(|| Unsupported::new(format!("`{path}.Name` is not a string")))?;
    name_prop(cx, &id, "public_key_name", name, &mut props);
    config.finish()?;
    Ok(construct(cx, logical_id, id, "public_key", props))
}

fn key_group(cx: &mut Context<'_>, logical_id: &str, resource: &Value) -> Result<Stmt> {
    only_attributes(resource, &[])?;
    let id = construct_id(logical_id, "key_group")?;
    let mut properties = Fields::new(
        resource.get("Properties").unwrap_or(&Value::Null),
        "Properties",
    )?;
    let config = properties.required("KeyGroupConfig")?;
    properties.finish()?;
    let path = "Properties.KeyGroupConfig";
    let mut config = Fields::new(&config, path)?;
    let items = match config.required("Items")? {
        Value::Array(items) => items,
        _ => return Err(Unsupported::new(format!("`{path}.Items` is not a list"))),
    };
    let mut keys = Vec::new();
    for item in &items {
        let var = referenced(cx, item, None).ok_or_else(|| {
            Unsupported::new(format!(
                "`{path}.Items` names a key that is not a `public_key!` of the source"
            ))
        })?;
        cx.used.insert(var.clone());
        keys.push(Node::Path(var));
    }
    let mut props = vec![("items".to_owned(), Node::List(keys))];
    if let Some(comment) = config.string("Comment")? {
        props.push(("comment".to_owned(), Node::Str(comment)));
    }
    let name = config
        .string("Name")?
        .ok_or_else(|| Unsupported::new(format!("`{path}.Name` is not a string")))?;
    name_prop(cx, &id, "key_group_name", name, &mut props);
    config.finish()?;
    Ok(construct(cx, logical_id, id, "key_group", props))
}
