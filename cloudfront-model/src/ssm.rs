//! SSM parameters of the constructs that publish a value by name (an edge function's version
//! ARN, which the stack of its distribution reads from another region).

use serde_json::json;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// A `String` parameter: the CDK's `ssm.StringParameter`.
#[derive(Debug)]
struct StringParameterResource {
    name: String,
    value: Expr,
}

impl Construct for StringParameterResource {
    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Resource(CfnResource::new(
            "AWS::SSM::Parameter",
            json!({
                "Name": self.name,
                "Type": "String",
                "Value": ids.resolve(&self.value),
            }),
        )))
    }
}

/// Adds the parameter `name` holding `value` under `parent`, as its child `id`.
pub(crate) fn string_parameter(
    stack: &mut Stack,
    parent: NodeRef,
    id: &str,
    name: String,
    value: Expr,
) -> NodeRef {
    let scope = stack.add_construct(Some(parent), id);
    stack.add_resource(scope, StringParameterResource { name, value })
}
