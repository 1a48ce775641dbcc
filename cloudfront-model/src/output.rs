//! Stack outputs: values a stack shows after deployment, or exports for other stacks.

use crate::construct::Construct;
use crate::scope::AsScope;
use crate::stack::{Ids, Output, Stack};
use crate::template::{CfnOutput, Element, Section};

impl Stack {
    /// Adds a stack output, under `id`.
    ///
    /// ```
    /// use cloudfront_model::{Stack, stack::Output};
    /// use cloudfront_model::distribution::{Distribution, DistributionAttributes};
    /// let mut stack = Stack::new("Docs");
    /// let dist = Distribution::from_distribution_attributes(&mut stack, "Cdn", DistributionAttributes {
    ///     domain_name: "d111111abcdef8.cloudfront.net".into(),
    ///     distribution_id: "E1A2B3C4D5E6F7".into(),
    /// });
    /// stack.add_output("DomainName", dist.distribution_domain_name());
    /// stack.add_output("Id", Output::new(dist.distribution_id()).export_name("cdn-id"));
    /// # stack.add_cfn_resource("Topic", cloudfront_model::CfnResource::new("AWS::SNS::Topic", serde_json::json!({})));
    /// let template = stack.synth().unwrap();
    /// assert_eq!(template.outputs().count(), 2);
    /// ```
    ///
    /// The output's logical id is `id`, letters and digits kept, as the CDK's; an output in a
    /// scope is [`Scope::add_output`](crate::scope::Scope::add_output).
    pub fn add_output(&mut self, id: &str, output: impl Into<Output>) {
        self.as_scope().add_output(id, output);
    }
}

impl Construct for Output {
    fn section(&self) -> Option<Section> {
        Some(Section::Outputs)
    }

    fn render(&self, ids: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Output(CfnOutput {
            description: self.description.clone(),
            value: serde_json::to_value(ids.resolve(&self.value))?,
            export: self
                .export_name
                .as_ref()
                .map(|n| {
                    serde_json::to_value(ids.resolve(n)).map(|v| serde_json::json!({ "Name": v }))
                })
                .transpose()?,
        }))
    }
}
