//! `AWS::CloudFront::Function` as `function!`, with inline code.

use serde_json::Value;

use super::{constant, construct, construct_id, of_type, only_attributes};
use crate::import::Context;
use crate::import::fields::{Fields, Result, Unsupported};
use crate::import::syntax::{Node, Stmt};
use cloudfront_model::functions::FunctionRuntime;

pub(super) fn translate(cx: &mut Context<'_>) {
    for (logical_id, resource) in of_type(cx, "AWS::CloudFront::Function") {
        match function(cx, logical_id, resource) {
            Ok(stmt) => cx.add(logical_id, stmt),
            Err(why) => cx.unsupported(logical_id, why),
        }
    }
}

fn function(cx: &mut Context<'_>, logical_id: &str, resource: &Value) -> Result<Stmt> {
    only_attributes(resource, &[])?;
    let id = construct_id(logical_id, "function")?;
    let path = "Properties";
    let mut properties = Fields::new(resource.get("Properties").unwrap_or(&Value::Null), path)?;
    let code = properties
        .string("FunctionCode")?
        .ok_or_else(|| Unsupported::new("`Properties.FunctionCode` is not inline code"))?;
    let mut props = vec![(
        "code".to_owned(),
        Node::call("FunctionCode::from_inline", vec![Node::Str(code)]),
    )];
    // The model's generated name starts with the stack's region (a `Ref` when the stack has
    // none), so a literal one is written out, and the comment that defaults to it left out.
    let name = properties
        .string("Name")?
        .ok_or_else(|| Unsupported::new("`Properties.Name` is not a string"))?;
    let config = properties.required("FunctionConfig")?;
    let mut config = Fields::new(&config, "Properties.FunctionConfig")?;
    let runtime = config
        .string("Runtime")?
        .ok_or_else(|| Unsupported::new("`Properties.FunctionConfig.Runtime` is missing"))?;
    if runtime != FunctionRuntime::JS_1_0.cfn_value() {
        let node = constant(
            "FunctionRuntime",
            FunctionRuntime::ALL,
            FunctionRuntime::cfn_value,
            FunctionRuntime::name,
            &runtime,
            "Properties.FunctionConfig.Runtime",
        )?;
        props.push(("runtime".to_owned(), node));
    }
    let comment = config.string("Comment")?;
    config.finish()?;
    if comment.as_deref() != Some(name.as_str()) {
        let comment = comment.ok_or_else(|| {
            Unsupported::new("`Properties.FunctionConfig.Comment` is missing (the model writes it)")
        })?;
        props.push(("comment".to_owned(), Node::Str(comment)));
    }
    props.push(("function_name".to_owned(), Node::Str(name)));
    match properties.bool("AutoPublish")? {
        Some(true) => {}
        Some(false) => props.push(("auto_publish".to_owned(), Node::Bool(false))),
        None => {
            return Err(Unsupported::new(
                "`Properties.AutoPublish` is missing (the model writes it)",
            ));
        }
    }
    properties.finish()?;
    Ok(construct(cx, logical_id, id, "function", props))
}
