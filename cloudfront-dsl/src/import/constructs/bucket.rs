//! `AWS::S3::Bucket` as `bucket!`: the buckets the CDK's `s3.Bucket` writes with its defaults.

use super::{of_type, only_attributes};
use crate::import::Context;
use crate::import::fields::{Result, Unsupported};
use crate::import::ids;
use crate::import::syntax::Stmt;

pub(super) fn translate(cx: &mut Context<'_>) {
    for (logical_id, resource) in of_type(cx, "AWS::S3::Bucket") {
        match bucket(cx, logical_id, resource) {
            Ok(stmt) => {
                cx.taken.insert(logical_id.clone());
                cx.stmts.push(stmt);
            }
            Err(why) => cx.unsupported(logical_id, why),
        }
    }
}

fn bucket(cx: &mut Context<'_>, logical_id: &str, resource: &serde_json::Value) -> Result<Stmt> {
    // The CDK's default removal policy keeps the bucket.
    only_attributes(
        resource,
        &[
            ("UpdateReplacePolicy", "Retain"),
            ("DeletionPolicy", "Retain"),
        ],
    )?;
    if resource.get("Properties").is_some() {
        return Err(Unsupported::new(
            "its properties are not covered by the import yet",
        ));
    }
    let id = ids::top_level(logical_id);
    if id.logical_id_override.is_some() {
        return Err(Unsupported::new(
            "no construct id derives its logical id, and `bucket!` takes no logical id override",
        ));
    }
    let var = cx.variable(&id.id);
    cx.vars.insert(logical_id.to_owned(), var.clone());
    cx.construct_ids
        .insert(logical_id.to_owned(), id.id.clone());
    Ok(Stmt::Construct {
        comment: vec![],
        var: Some(var),
        mac: "bucket",
        id: id.id,
        attrs: vec![],
        props: vec![],
    })
}
