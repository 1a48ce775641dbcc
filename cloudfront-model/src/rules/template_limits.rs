//! CloudFormation's limits on one template: how many resources, outputs and mappings it may
//! declare, and how large its body may be. A template over one of them fails when the stack
//! is created or updated, after the upload; `synth()` refuses it instead.
//!
//! From the AWS CloudFormation User Guide, "Understand CloudFormation quotas"
//! (<https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html>):
//! resources 500, outputs 200, mappings 200 (parameters 200: templates of this library declare
//! none), template body 51,200 bytes in a request and 1 MB in an Amazon S3 object. The archived
//! copy of the guide on GitHub (`awsdocs/aws-cloudformation-user-guide`, before 2021) gives
//! older, smaller values (200 resources, 60 outputs, 100 mappings, 460,800 bytes); the current
//! page is taken. None of these is a quota AWS raises on request (the page's way past them is
//! to split the template, with nested stacks or several stacks), so they are fixed here, not
//! [`Quotas`](crate::Quotas).
//!
//! The 51,200-byte limit applies only to a template passed inline (`--template-body`): a
//! template above it deploys from an S3 bucket (`aws cloudformation deploy --s3-bucket ...`,
//! or `create-stack --template-url`), which is what the CDK toolkit does with the templates of
//! a cloud assembly. It is not a rule: whoever deploys chooses how.

use crate::path::PropPath;
use crate::rules::catalog::Rule;
use crate::template::Template;
use crate::violation::Violation;

/// Resources one template may declare.
pub(crate) const MAX_RESOURCES: usize = 500;
/// Outputs one template may declare.
pub(crate) const MAX_OUTPUTS: usize = 200;
/// Mappings one template may declare.
pub(crate) const MAX_MAPPINGS: usize = 200;
/// The largest template body CloudFormation reads from S3: "1 MB", taken as 1,000,000 bytes,
/// the smaller of the two readings, so that no template over the limit goes out.
pub(crate) const MAX_TEMPLATE_BYTES: usize = 1_000_000;

/// What of `template` is over CloudFormation's limits.
pub(crate) fn check(template: &Template) -> Vec<Violation> {
    let mut out = Vec::new();
    let split = "move some constructs to another stack (`Stack::new`, deployed on its own or as a dependency with `add_dependency`)";
    for (count, limit, what) in [
        (template.resources.len(), MAX_RESOURCES, "resources"),
        (template.outputs.len(), MAX_OUTPUTS, "outputs"),
        (template.mappings.len(), MAX_MAPPINGS, "mappings"),
    ] {
        if count > limit {
            out.push(
                Violation::new(
                    Rule::TemplateLimit,
                    PropPath::root().field(what),
                    format!("the template declares {count} {what}; CloudFormation takes at most {limit} in one template and fails the deployment"),
                )
                .help(split),
            );
        }
    }
    // The compact form is the smallest the body can be sent as: over the limit, no form of
    // the template deploys.
    let bytes = compact_len(template);
    if bytes > MAX_TEMPLATE_BYTES {
        let (section, largest) = largest_part(template);
        let largest = match largest {
            Some((id, len)) => format!(", the largest of them `{id}` with {len} bytes"),
            None => String::new(),
        };
        out.push(
            Violation::new(
                Rule::TemplateSize,
                PropPath::root().field(section),
                format!("the template is {bytes} bytes even as compact JSON, most of them in its {section}{largest}; CloudFormation takes a template body of at most 1 MB ({MAX_TEMPLATE_BYTES} bytes), even from S3"),
            )
            .help(split),
        );
    }
    out
}

/// The section of `template` that takes the most bytes and its largest element: the path of
/// a template that is too large names the section, as the path of one with too many elements
/// does, and the message the element to move or shrink first.
fn largest_part(template: &Template) -> (&'static str, Option<(&str, usize)>) {
    fn sizes<T: serde::Serialize>(elements: &[(String, T)]) -> (usize, Option<(&str, usize)>) {
        let lens = elements.iter().map(|(id, e)| (id.as_str(), compact_len(e)));
        let total = lens.clone().map(|(_, len)| len).sum();
        // The first of equally large elements, so that the message does not depend on ties.
        let largest = lens.fold(None, |best: Option<(&str, usize)>, (id, len)| match best {
            Some((_, most)) if most >= len => best,
            _ => Some((id, len)),
        });
        (total, largest)
    }
    let parts = [
        ("resources", sizes(&template.resources)),
        ("outputs", sizes(&template.outputs)),
        ("mappings", sizes(&template.mappings)),
    ];
    let mut best = parts[0];
    for part in &parts[1..] {
        if part.1.0 > best.1.0 {
            best = *part;
        }
    }
    let (section, (_, largest)) = best;
    (section, largest)
}

/// The length of `value` as compact JSON, counted without writing it out.
fn compact_len(value: &impl serde::Serialize) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    // Writing plain data to a counter cannot fail.
    let _ = serde_json::to_writer(&mut count, value);
    count.0
}
