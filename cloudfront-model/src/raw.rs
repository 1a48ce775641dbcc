//! Resources written as CloudFormation by the user: the escape hatch for what the library does
//! not model.

use crate::construct::Construct;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};

/// A resource given as CloudFormation, under the logical id the user chose.
#[derive(Debug)]
pub(crate) struct RawResource(pub(crate) CfnResource);

impl Construct for RawResource {
    fn render(&self, _: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Resource(self.0.clone()))
    }
}

impl Stack {
    /// Adds a resource written as CloudFormation, under `logical_id`: the escape hatch for
    /// resources the library does not model (a load balancer and its VPC, say), which its
    /// constructs can then reference by logical id.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, CfnResource};
    /// use serde_json::json;
    /// let mut stack = Stack::new("Docs");
    /// stack.add_cfn_resource("Topic", CfnResource::new("AWS::SNS::Topic", json!({})));
    /// assert!(stack.synth().unwrap().resource("Topic").is_some());
    /// ```
    pub fn add_cfn_resource(&mut self, logical_id: &str, resource: CfnResource) {
        let node = self.add_construct(None, logical_id);
        self.set_construct(node, RawResource(resource));
        self.set_logical_id(node, logical_id);
    }

    /// The resource added with [`add_cfn_resource`](Self::add_cfn_resource) under
    /// `logical_id`.
    pub(crate) fn raw_resource(&self, logical_id: &str) -> Option<&CfnResource> {
        self.with_logical_id(logical_id)
            .find_map(|node| self.construct::<RawResource>(node))
            .map(|r| &r.0)
    }
}
