//! `AWS::S3::Bucket` as `bucket!`: the buckets the CDK's `s3.Bucket` writes with its defaults.

use super::{construct, construct_id, of_type, only_attributes};
use crate::import::Context;
use crate::import::fields::{Result, Unsupported};
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
    let id = construct_id(logical_id, "bucket")?;
    Ok(construct(cx, logical_id, id, "bucket", vec![]))
}
