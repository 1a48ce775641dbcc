//! The names CloudFormation takes for a stack and for the logical ids of its template.

use crate::path::PropPath;
use crate::rules::catalog::Rule;
use crate::violation::Violation;

/// A stack name CloudFormation rejects.
pub(crate) fn check_stack_name(name: &str) -> Option<Violation> {
    let valid = name.len() <= 128
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    (!valid).then(|| {
        Violation::new(
            Rule::StackName,
            PropPath::root().field("stack_name"),
            format!("`{name}` is not a valid stack name: CloudFormation takes a letter followed by letters, digits and `-`, at most 128 characters"),
        )
        .help("rename the stack")
    })
}

/// The longest template description, in bytes: "Template Description" of the CloudFormation
/// User Guide (<https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-description-structure.html>)
/// says "between 0 and 1024 bytes in length".
pub const MAX_STACK_DESCRIPTION_BYTES: usize = 1024;

/// A stack description CloudFormation rejects.
pub(crate) fn check_stack_description(description: &str) -> Option<Violation> {
    let bytes = description.len();
    (bytes > MAX_STACK_DESCRIPTION_BYTES).then(|| {
        Violation::new(
            Rule::StackDescription,
            PropPath::root().field("description"),
            format!("the stack's description is {bytes} bytes long; CloudFormation takes a template description of at most {MAX_STACK_DESCRIPTION_BYTES} bytes"),
        )
        .help("shorten the description")
    })
}

/// A logical id CloudFormation rejects (only a user's own logical id can be one): what the
/// macros check an `#![override_logical_id("...")]` with.
///
/// ```
/// use cloudfront_dsl::rules::check_logical_id;
/// assert!(check_logical_id("MyDistributionCFDistributionDE147309").is_none());
/// assert!(check_logical_id("my-dist").is_some());
/// ```
pub fn check_logical_id(id: &str) -> Option<Violation> {
    let valid = !id.is_empty() && id.len() <= 255 && id.chars().all(|c| c.is_ascii_alphanumeric());
    (!valid).then(|| {
        Violation::new(
            Rule::ConstructId,
            PropPath::root(),
            format!(
                "`{id}` is not a valid logical id: CloudFormation takes 1 to 255 letters and digits"
            ),
        )
        .help("choose a logical id of letters and digits")
    })
}
