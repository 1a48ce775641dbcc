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
            PropPath::root(),
            format!("`{name}` is not a valid stack name: CloudFormation takes a letter followed by letters, digits and `-`, at most 128 characters"),
        )
        .help("rename the stack")
    })
}

/// A logical id CloudFormation rejects (only a user's own logical id can be one): what the
/// macros check an `#![override_logical_id("...")]` with.
///
/// ```
/// use cloudfront_model::rules::check_logical_id;
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
