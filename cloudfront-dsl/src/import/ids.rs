//! Construct ids recovered from a template's logical ids, and the stack's name from the ids
//! the CDK generates from it.
//!
//! The CDK writes a resource of the construct at path `a/b/Resource` as the readable part
//! `ab` followed by the first 8 hex digits of the path's MD5; every candidate path is checked
//! against that suffix with the model's own naming, so a recovered id gives back the logical id
//! exactly.

use cloudfront_model::naming;

/// How a construct of the generated source gets its logical id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ConstructId {
    /// The construct id the source gives it.
    pub(crate) id: String,
    /// The logical id the source sets explicitly, when the construct id does not derive it.
    pub(crate) logical_id_override: Option<String>,
}

/// The construct id of a stack's top-level construct whose main resource (`id/Resource`) has
/// `logical_id`; an override of the logical id when no candidate's hash matches (a hand-written
/// template, or a construct the CDK nested in a scope).
pub(crate) fn top_level(logical_id: &str) -> ConstructId {
    match recover(logical_id, &["Resource"]) {
        Some(id) => ConstructId {
            id,
            logical_id_override: None,
        },
        None => ConstructId {
            id: logical_id.to_owned(),
            logical_id_override: Some(logical_id.to_owned()),
        },
    }
}

/// The construct id `id` such that the path `id/suffix...` has `logical_id`, if the readable
/// part of `logical_id` holds one.
pub(crate) fn recover(logical_id: &str, suffix: &[&str]) -> Option<String> {
    let human = human_part(logical_id)?;
    // The readable part drops non-alphanumeric characters, so only an alphanumeric id can be
    // recovered; suffix components that are not `Resource` are part of the readable text.
    let tail: String = suffix
        .iter()
        .filter(|c| **c != "Resource")
        .copied()
        .collect();
    let id = human.strip_suffix(tail.as_str())?;
    if id.is_empty() {
        return None;
    }
    let mut path = vec![id];
    path.extend_from_slice(suffix);
    (naming::logical_id(&path) == logical_id).then(|| id.to_owned())
}

/// The construct path (the scope's id, if any, then the construct's) whose resource
/// `path/Resource` has `logical_id`: a top-level construct, or one in a scope of the stack.
pub(crate) fn recover_scoped(logical_id: &str) -> Option<Vec<String>> {
    if let Some(id) = recover(logical_id, &["Resource"]) {
        return Some(vec![id]);
    }
    let human = human_part(logical_id)?;
    (1..human.len()).find_map(|split| {
        let (scope, id) = human.split_at_checked(split)?;
        (naming::logical_id(&[scope, id, "Resource"]) == logical_id)
            .then(|| vec![scope.to_owned(), id.to_owned()])
    })
}

/// The part of a CDK id before its 8-digit hash.
fn human_part(id: &str) -> Option<&str> {
    let split = id.len().checked_sub(8)?;
    let (human, hash) = id.split_at_checked(split)?;
    hash.bytes()
        .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
        .then_some(human)
}

/// The stack name `S` whose `Names.uniqueId` of `S/path...` is `unique_id` (an origin id the
/// CDK generated, for one), when `S` is alphanumeric (the readable part drops other
/// characters, so another name cannot be read back).
pub(crate) fn stack_name_from_unique_id(unique_id: &str, path: &[&str]) -> Option<String> {
    let human = human_part(unique_id)?;
    let tail: String = path.iter().filter(|c| **c != "Resource").copied().collect();
    let stack = human.strip_suffix(tail.as_str())?;
    if stack.is_empty() {
        return None;
    }
    let mut full = vec![stack];
    full.extend_from_slice(path);
    (naming::unique_id(&full) == unique_id).then(|| stack.to_owned())
}

/// A Rust variable name for a construct id: snake case, a keyword or a leading digit
/// prefixed.
pub(crate) fn variable(id: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in id.chars() {
        if c.is_ascii_uppercase() {
            if prev_lower && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            prev_lower = false;
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
            prev_lower = true;
        } else {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    let out = out.trim_end_matches('_').to_owned();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) || is_keyword(&out) {
        format!("c_{out}")
    } else {
        out
    }
}

fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "as" | "break"
            | "const"
            | "continue"
            | "crate"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
            | "stack"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_ids_whose_hash_matches() {
        assert_eq!(top_level("myDist9DB766F3").id, "myDist");
        assert_eq!(top_level("myDist9DB766F3").logical_id_override, None);
        assert_eq!(
            recover("myBucketPolicyDAC36B74", &["Policy", "Resource"]).as_deref(),
            Some("myBucket")
        );
    }

    #[test]
    fn recovers_the_scope_of_a_construct() {
        // `dns/WwwA/Resource`, as the CDK app `route53-records` writes it.
        assert_eq!(
            recover_scoped("dnsWwwAD1DFAE58"),
            Some(vec!["dns".to_owned(), "WwwA".to_owned()])
        );
        assert_eq!(
            recover_scoped("myDist9DB766F3"),
            Some(vec!["myDist".to_owned()])
        );
        assert_eq!(recover_scoped("dnsWwwAD1DFAE59"), None);
    }

    #[test]
    fn keeps_a_logical_id_no_candidate_derives() {
        // The readable part is right, the hash is not the path's.
        let id = top_level("myDist9DB766F4");
        assert_eq!(id.id, "myDist9DB766F4");
        assert_eq!(id.logical_id_override.as_deref(), Some("myDist9DB766F4"));
        assert_eq!(
            top_level("MyDistribution").logical_id_override.as_deref(),
            Some("MyDistribution")
        );
    }

    #[test]
    fn reads_the_stack_name_back_from_an_origin_id() {
        assert_eq!(
            stack_name_from_unique_id("S3OriginStackmyDistOrigin16F68D388", &["myDist", "Origin1"])
                .as_deref(),
            Some("S3OriginStack")
        );
        assert_eq!(
            stack_name_from_unique_id("S3OriginStackmyDistOrigin16F68D389", &["myDist", "Origin1"]),
            None
        );
    }

    #[test]
    fn variables_are_snake_case() {
        assert_eq!(variable("myDist"), "my_dist");
        assert_eq!(variable("CachePolicy14"), "cache_policy14");
        assert_eq!(variable("my-bucket"), "my_bucket");
        assert_eq!(variable("1st"), "c_1st");
        assert_eq!(variable("stack"), "c_stack");
    }
}
