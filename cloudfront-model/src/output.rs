//! Stack outputs: values a stack shows after deployment, or exports for other stacks.

use crate::construct::Construct;
use crate::path::PropPath;
use crate::rules::{Checker, Rule};
use crate::scope::AsScope;
use crate::stack::{Ids, Output, Stack};
use crate::template::{CfnOutput, Element, Section};
use crate::violation::Violation;

impl Stack {
    /// Adds a stack output, under `id`.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, stack::Output};
    /// use cloudfront_dsl::distribution::{Distribution, DistributionAttributes};
    /// let mut stack = Stack::new("Docs");
    /// let dist = Distribution::from_distribution_attributes(&mut stack, "Cdn", DistributionAttributes {
    ///     domain_name: "d111111abcdef8.cloudfront.net".into(),
    ///     distribution_id: "E1A2B3C4D5E6F7".into(),
    /// });
    /// stack.add_output("DomainName", dist.distribution_domain_name());
    /// stack.add_output("Id", Output::new(dist.distribution_id()).export_name("cdn-id"));
    /// # stack.add_cfn_resource("Topic", cloudfront_dsl::CfnResource::new("AWS::SNS::Topic", serde_json::json!({})));
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

    /// An export name CloudFormation refuses. Its documentation of `Export` gives the name no
    /// pattern; CloudFormation's own error says it: "The Name field of every Export member
    /// must be specified and consist only of alphanumeric characters, colons, or hyphens" (the
    /// message quoted in aws/aws-cdk issue 28563, <https://github.com/aws/aws-cdk/issues/28563>,
    /// from a deployment of an export name with `_`). A name computed at deploy time is not
    /// checked.
    fn check(&self, _: &Stack, cx: &mut Checker<'_>) {
        let Some(name) = self.export_name.as_ref().and_then(|n| n.as_literal()) else {
            return;
        };
        let problem = if name.is_empty() {
            "the export name is empty".to_owned()
        } else if let Some(c) = name
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == ':' || *c == '-'))
        {
            format!(
                "the export name {} holds {}",
                crate::rules::text::quoted(name),
                crate::rules::text::quoted(&c.to_string())
            )
        } else {
            return;
        };
        cx.report(
            Violation::new(
                Rule::ExportName,
                PropPath::root().field("export_name"),
                format!("{problem}; CloudFormation takes an export name of letters, digits, `:` and `-` only, and fails the deployment otherwise"),
            )
            .help("name the export with letters, digits, `:` and `-`, such as \"site-cdn:distribution-id\""),
        );
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
