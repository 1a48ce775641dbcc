//! The names the AWS CDK derives from construct paths, reproduced so that a stack migrated from
//! the CDK keeps its logical ids (CloudFormation replaces a resource whose logical id changes).
//!
//! - [`logical_id`]: a resource's logical id, from the path below its stack;
//! - [`unique_id`]: the CDK's `Names.uniqueId`, from the path below the app (origin ids, policy
//!   names);
//! - [`node_addr`]: the CDK's `node.addr` (a public key's caller reference).

use md5::{Digest, Md5};
use sha1::Sha1;

/// Construct ids the CDK leaves out of names (the default child of a construct).
const HIDDEN_ID: &str = "Default";
/// The id of the CloudFormation resource inside a higher-level construct.
const RESOURCE_ID: &str = "Resource";
const MAX_HUMAN_LEN: usize = 240;
const MAX_SINGLE_LEN: usize = 255;

pub(crate) fn hex(bytes: &[u8]) -> String {
    // A digit table rather than `write!("{b:02x}")`: every logical id takes a digest, and the
    // formatting machinery cost more than the digest.
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    s
}

/// Lowercase hex MD5 of a string.
pub fn md5_hex(s: &str) -> String {
    hex(&Md5::digest(s.as_bytes()))
}

/// Lowercase hex SHA-1 of a string.
pub fn sha1_hex(s: &str) -> String {
    hex(&Sha1::digest(s.as_bytes()))
}

/// The first 8 characters of the MD5 of `s`, in upper case.
fn hash8(s: &str) -> String {
    md5_hex(s)[..8].to_ascii_uppercase()
}

fn alphanumeric(s: &str) -> String {
    s.chars().filter(char::is_ascii_alphanumeric).collect()
}

/// The CDK's unique id of a path: the human-readable part plus an MD5-based suffix.
///
/// `components` are construct ids from just below the root the id is relative to. This is the
/// algorithm behind both [`logical_id`] and [`unique_id`].
fn make_unique_id(components: &[&str]) -> String {
    let components: Vec<&str> = components
        .iter()
        .copied()
        .filter(|c| *c != HIDDEN_ID)
        .collect();
    if components.is_empty() {
        return String::new();
    }
    if let [only] = components.as_slice() {
        let candidate = alphanumeric(only);
        if candidate.len() <= MAX_SINGLE_LEN {
            return candidate;
        }
    }
    let hash = hash8(&components.join("/"));
    let mut kept: Vec<&str> = Vec::with_capacity(components.len());
    for c in &components {
        // A child named like the tail of its parent (`MyBucket/Bucket`) adds nothing readable.
        if kept.last().is_some_and(|prev| prev.ends_with(c)) {
            continue;
        }
        kept.push(c);
    }
    let human: String = kept
        .iter()
        .filter(|c| **c != RESOURCE_ID)
        .map(|c| alphanumeric(c))
        .collect();
    let human: String = human.chars().take(MAX_HUMAN_LEN).collect();
    human + &hash
}

/// The logical id of a resource whose construct path below its stack is `path`.
///
/// ```
/// use cloudfront_dsl::naming::logical_id;
/// assert_eq!(logical_id(&["myDist", "Resource"]), "myDist9DB766F3");
/// assert_eq!(logical_id(&["myBucket", "Policy", "Resource"]), "myBucketPolicyDAC36B74");
/// ```
pub fn logical_id(path: &[&str]) -> String {
    make_unique_id(path)
}

/// The CDK's `Names.uniqueId` of a construct whose path below the app is `path` (the stack's
/// construct id first).
///
/// ```
/// use cloudfront_dsl::naming::unique_id;
/// assert_eq!(
///     unique_id(&["S3OriginStack", "myDist", "Origin1"]),
///     "S3OriginStackmyDistOrigin16F68D388"
/// );
/// ```
pub fn unique_id(path: &[&str]) -> String {
    make_unique_id(path)
}

/// The CDK's `node.addr` of a construct whose path below the app is `path`: `c8` followed by
/// the SHA-1 of the ids, each followed by a newline, starting with the app's empty id.
///
/// ```
/// use cloudfront_dsl::naming::node_addr;
/// assert_eq!(
///     node_addr(&["KeyGroupStack", "MyPublicKey"]),
///     "c85868efec4c7a1d19487b6c7c6e200782d1e0e6fc"
/// );
/// ```
pub fn node_addr(path: &[&str]) -> String {
    let mut input = String::from("\n");
    for c in path.iter().filter(|c| **c != HIDDEN_ID) {
        input.push_str(c);
        input.push('\n');
    }
    format!("c8{}", sha1_hex(&input))
}

/// The CDK's `Names.uniqueResourceName` of a construct whose path below the app is `path`
/// (the stack's name first): a physical name of at most `max_len` characters, of letters,
/// digits and the `allowed` special characters, ending in the path's hash. A long readable
/// part keeps its first and last halves.
///
/// ```
/// use cloudfront_dsl::naming::unique_resource_name;
/// assert_eq!(
///     unique_resource_name(&["CloudFrontFunctionKvsStack", "Redirect"], 40, "-_"),
///     "CloudFrontFunctiKvsStackRedirect8D324702"
/// );
/// ```
pub fn unique_resource_name(path: &[&str], max_len: usize, allowed: &str) -> String {
    let keep = |c: &char| c.is_ascii_alphanumeric() || allowed.contains(*c);
    let components: Vec<&str> = path.iter().copied().filter(|c| *c != HIDDEN_ID).collect();
    if let [only] = components.as_slice() {
        let candidate: String = only.chars().filter(keep).collect();
        if candidate.len() <= max_len {
            return candidate;
        }
    }
    let hash = hash8(&components.join("/"));
    let mut kept: Vec<&str> = Vec::with_capacity(components.len());
    for c in &components {
        if kept.last().is_some_and(|prev| prev.ends_with(c)) {
            continue;
        }
        kept.push(c);
    }
    let human: String = kept
        .iter()
        .filter(|c| **c != RESOURCE_ID)
        .map(|c| c.chars().filter(keep).collect::<String>())
        .collect();
    let room = max_len.saturating_sub(hash.len());
    let human = if human.chars().count() > room {
        let half = room / 2;
        format!("{}{}", keep_first(&human, half), keep_last(&human, half))
    } else {
        human
    };
    human + &hash
}

/// Keeps the last `n` characters of `s` (origin ids are at most 128 characters, cut from the
/// front).
pub fn keep_last(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    if count <= n {
        return s;
    }
    let skip = count - n;
    let start = s.char_indices().nth(skip).map_or(s.len(), |(i, _)| i);
    &s[start..]
}

/// Keeps the first `n` characters of `s`.
pub fn keep_first(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logical_ids_from_facts() {
        assert_eq!(
            logical_id(&["myDist", "Origin1", "S3Origin", "Resource"]),
            "myDistOrigin1S3Origin5717909C"
        );
        assert_eq!(
            logical_id(&["MyFunction", "ArnReader", "Default"]),
            "MyFunctionArnReader257F4232"
        );
        assert_eq!(
            logical_id(&["MyBucket", "Bucket", "Resource"]),
            "MyBucketCB5E0479"
        );
        assert_eq!(
            logical_id(&["Wrapper", "Default", "Resource"]),
            "Wrapper356BA46C"
        );
        assert_eq!(logical_id(&["top-level_id.x"]), "toplevelidx");
        let long = "Z".repeat(256);
        assert_eq!(logical_id(&[&long]), format!("{}E9EF2BB7", "Z".repeat(240)));
    }

    #[test]
    fn cut_keeps_ends() {
        assert_eq!(keep_last("abcdef", 3), "def");
        assert_eq!(keep_last("ab", 3), "ab");
        assert_eq!(keep_first("abcdef", 3), "abc");
    }
}
