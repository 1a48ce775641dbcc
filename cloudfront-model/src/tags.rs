//! Tags: the CDK's `Tags.of(scope).add(key, value)`.
//!
//! A tag added to a scope goes on every taggable resource under it (the bucket, the
//! distribution, the functions, the roles; not the bucket policy or the cache policy, whose
//! CloudFormation resources take no tags), when the stack synthesizes, as the CDK's tag aspect
//! does. Precedence is the CDK's: a tag replaces one of the same key when its priority is at
//! least as high, tags of outer scopes are applied before those of inner ones and those of one
//! scope in the order they were added, so at equal priority the innermost and latest wins; a
//! removal (priority 200 by default, over the 100 of an addition) takes a key away under its
//! scope. A resource's tags are written in the CDK's order: by key, in the collation order of
//! JavaScript's `localeCompare` (case-insensitive first: `aws-x` before `Owner`).
//!
//! Tags on the stack itself are the stack's tags too (the cloud assembly manifest lists them;
//! CloudFormation puts them on what it creates for the stack).
//!
//! ```
//! use cloudfront_dsl::{Stack, Scope, s3::Bucket, tags::Tags};
//! let mut stack = Stack::new("Docs");
//! Tags::of(&mut stack).add("Project", "site");
//! let mut frontend = Scope::new(&mut stack, "frontend");
//! Tags::of(&mut frontend).add("Project", "frontend").add("Owner", "web-team");
//! Bucket::new(&mut frontend, "Bucket");
//! let template = stack.synth()?;
//! let tags = &template.resource("frontendBucket4361F956").unwrap().properties["Tags"];
//! assert_eq!(tags[0], serde_json::json!({ "Key": "Owner", "Value": "web-team" }));
//! assert_eq!(tags[1], serde_json::json!({ "Key": "Project", "Value": "frontend" }));
//! # Ok::<(), cloudfront_dsl::SynthError>(())
//! ```

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use serde_json::{Value, json};

use crate::path::PropPath;
use crate::rules::catalog::Rule;
use crate::scope::{AsScope, Scope};
use crate::stack::Stack;
use crate::tree::NodeRef;
use crate::violation::Violation;

/// The CDK's default priority of an added tag.
const ADD_PRIORITY: u32 = 100;
/// The CDK's default priority of a removal: above an addition's, so that a removal below a
/// scope holds against the scope's tags.
const REMOVE_PRIORITY: u32 = 200;

/// The resource types whose CloudFormation resources take a list of `Key`/`Value` tags and
/// whose CDK classes are taggable (an SSM parameter's tags are a map: its CDK class is
/// taggable, but the library writes its parameters only in edge functions' stacks, which a
/// scope's tags do not reach, as in the CDK).
const TAGGABLE: [&str; 13] = [
    "AWS::CertificateManager::Certificate",
    "AWS::CloudFront::Distribution",
    "AWS::CloudFront::Function",
    "AWS::CloudFront::KeyValueStore",
    "AWS::CloudFront::VpcOrigin",
    "AWS::EC2::SecurityGroup",
    "AWS::ElasticLoadBalancingV2::LoadBalancer",
    "AWS::IAM::Role",
    "AWS::Kinesis::Stream",
    "AWS::Lambda::Function",
    "AWS::S3::Bucket",
    "AWS::SNS::Topic",
    "AWS::SQS::Queue",
];

/// Tags per resource AWS allows. From "Tagging Amazon CloudFront distributions" (CloudFront
/// Developer Guide, <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/tagging.html>):
/// 50 per distribution; S3, IAM, Lambda and SQS document the same 50 user tags per resource.
pub const MAX_TAGS_PER_RESOURCE: usize = 50;
/// The longest tag key, in Unicode characters (same page).
pub const MAX_KEY_CHARS: usize = 128;
/// The longest tag value, in Unicode characters (same page).
pub const MAX_VALUE_CHARS: usize = 256;

/// How a tag is applied: its priority, and which resource types it applies to (the CDK's
/// `TagProps`).
///
/// ```
/// use cloudfront_dsl::{Stack, tags::{TagProps, Tags}};
/// let mut stack = Stack::new("Docs");
/// Tags::of(&mut stack).add_with("Environment", "prod", TagProps::default().priority(300));
/// Tags::of(&mut stack).add_with(
///     "Backup", "daily",
///     TagProps::default().include_resource_types(["AWS::S3::Bucket"]),
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TagProps {
    priority: Option<u32>,
    include_resource_types: Vec<String>,
    exclude_resource_types: Vec<String>,
}

impl TagProps {
    /// The priority (100 for an addition, 200 for a removal when not set): a tag replaces or
    /// removes one of the same key only when its priority is at least as high.
    pub fn priority(mut self, priority: u32) -> TagProps {
        self.priority = Some(priority);
        self
    }

    /// Applies only to resources of these CloudFormation types (`AWS::S3::Bucket`).
    pub fn include_resource_types<S: Into<String>>(
        mut self,
        types: impl IntoIterator<Item = S>,
    ) -> TagProps {
        self.include_resource_types = types.into_iter().map(Into::into).collect();
        self
    }

    /// Applies to no resource of these CloudFormation types.
    pub fn exclude_resource_types<S: Into<String>>(
        mut self,
        types: impl IntoIterator<Item = S>,
    ) -> TagProps {
        self.exclude_resource_types = types.into_iter().map(Into::into).collect();
        self
    }
}

/// One `Tags.of(scope).add(...)` or `.remove(...)`, applied at synthesis.
#[derive(Clone, Debug)]
pub(crate) struct TagAspect {
    /// The scope's node.
    scope: u32,
    key: String,
    /// `None` removes the key.
    value: Option<String>,
    priority: u32,
    include: Vec<String>,
    exclude: Vec<String>,
}

impl TagAspect {
    fn applies_to(&self, resource_type: &str) -> bool {
        (self.include.is_empty() || self.include.iter().any(|t| t == resource_type))
            && !self.exclude.iter().any(|t| t == resource_type)
    }
}

/// The tags of a scope, to add or remove (the CDK's `Tags.of(scope)`).
#[derive(Debug)]
pub struct Tags<'a> {
    scope: Scope<'a>,
}

impl<'a> Tags<'a> {
    /// The tags of `scope`: a stack or a construct scope.
    pub fn of(scope: &'a mut impl AsScope) -> Tags<'a> {
        Tags {
            scope: scope.as_scope(),
        }
    }

    /// Adds the tag `key` = `value` to every taggable resource under the scope, at priority
    /// 100.
    pub fn add(&mut self, key: impl Into<String>, value: impl Into<String>) -> &mut Self {
        self.add_with(key, value, TagProps::default())
    }

    /// Adds a tag, with its priority and resource types.
    pub fn add_with(
        &mut self,
        key: impl Into<String>,
        value: impl Into<String>,
        props: TagProps,
    ) -> &mut Self {
        let (key, value) = (key.into(), value.into());
        let node = self.scope.node();
        let stack = self.scope.stack_mut();
        let path = PropPath::root().field("tags").key(key.clone());
        for v in check_key(&key, &path)
            .into_iter()
            .chain(check_value(&value, &path))
        {
            stack.record(node, v);
        }
        self.push(
            key,
            Some(value),
            props.priority.unwrap_or(ADD_PRIORITY),
            props,
        );
        self
    }

    /// Removes the tag `key` from every resource under the scope, at priority 200.
    pub fn remove(&mut self, key: impl Into<String>) -> &mut Self {
        self.remove_with(key, TagProps::default())
    }

    /// Removes a tag, with its priority and resource types.
    pub fn remove_with(&mut self, key: impl Into<String>, props: TagProps) -> &mut Self {
        let priority = props.priority.unwrap_or(REMOVE_PRIORITY);
        self.push(key.into(), None, priority, props);
        self
    }

    fn push(&mut self, key: String, value: Option<String>, priority: u32, props: TagProps) {
        let scope = self.scope.node().node;
        self.scope.stack_mut().tag_aspects.push(TagAspect {
            scope,
            key,
            value,
            priority,
            include: props.include_resource_types,
            exclude: props.exclude_resource_types,
        });
    }
}

/// Whether CloudFormation resources of `resource_type` take tags.
pub(crate) fn is_taggable(resource_type: &str) -> bool {
    TAGGABLE.contains(&resource_type)
}

/// The tags of the node whose ancestors (the stack first, the node last) are `ancestors`, for a
/// resource of `resource_type` (`None`: the stack itself), in the CDK's order.
pub(crate) fn resolve(
    aspects: &[TagAspect],
    ancestors: &[u32],
    resource_type: Option<&str>,
) -> Vec<(String, String)> {
    // Key, value (`None` once removed) and priority, in the order keys were first set.
    let mut tags: Vec<(String, Option<String>, u32)> = Vec::new();
    for &scope in ancestors {
        for aspect in aspects.iter().filter(|a| a.scope == scope) {
            if resource_type.is_some_and(|t| !aspect.applies_to(t)) {
                continue;
            }
            match tags.iter_mut().find(|(k, _, _)| *k == aspect.key) {
                Some((_, value, priority)) => {
                    if aspect.priority >= *priority {
                        *value = aspect.value.clone();
                        *priority = aspect.priority;
                    }
                }
                None => tags.push((aspect.key.clone(), aspect.value.clone(), aspect.priority)),
            }
        }
    }
    let mut out: Vec<(String, String)> = tags
        .into_iter()
        .filter_map(|(k, v, _)| Some((k, v?)))
        .collect();
    out.sort_by(|a, b| compare_keys(&a.0, &b.0));
    out
}

/// JavaScript's `a.localeCompare(b)` under Node.js's default (`en-US`, the root collation of
/// Unicode's collation algorithm), which orders the CDK's tags.
fn compare_keys(a: &str, b: &str) -> Ordering {
    static COLLATOR: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    let collator = COLLATOR
        .get_or_init(|| Collator::try_new(Default::default(), CollatorOptions::default()).ok());
    match collator {
        Some(c) => c.compare(a, b).then_with(|| a.cmp(b)),
        None => a.cmp(b),
    }
}

/// The tags as CloudFormation writes a resource's list of tags.
pub(crate) fn render(tags: &[(String, String)]) -> Value {
    Value::Array(
        tags.iter()
            .map(|(k, v)| json!({ "Key": k, "Value": v }))
            .collect(),
    )
}

/// A character AWS accepts in a tag: letters, numbers, spaces and `_ . : / = + - @`.
fn allowed(c: char) -> bool {
    c.is_alphanumeric() || (c.is_whitespace() && !c.is_control()) || "_.:/=+-@".contains(c)
}

fn check_key(key: &str, path: &PropPath) -> Option<Violation> {
    let chars = key.chars().count();
    let problem = if key.is_empty() {
        "a tag key is empty".to_owned()
    } else if chars > MAX_KEY_CHARS {
        format!("tag key `{key}` has {chars} characters; AWS takes at most {MAX_KEY_CHARS}")
    } else if key.len() >= 4 && key[..4].eq_ignore_ascii_case("aws:") {
        format!("tag key `{key}` starts with `aws:`, which AWS reserves for its own tags")
    } else if let Some(c) = key.chars().find(|&c| !allowed(c)) {
        format!(
            "tag key `{key}` holds `{c}`; AWS takes letters, numbers, spaces and `_ . : / = + - @`"
        )
    } else {
        return None;
    };
    Some(
        Violation::new(Rule::Tag, path.clone(), problem)
            .at_key()
            .help("rename the tag"),
    )
}

fn check_value(value: &str, path: &PropPath) -> Option<Violation> {
    let chars = value.chars().count();
    let problem = if chars > MAX_VALUE_CHARS {
        format!("the tag's value has {chars} characters; AWS takes at most {MAX_VALUE_CHARS}")
    } else if let Some(c) = value.chars().find(|&c| !allowed(c)) {
        format!(
            "the tag's value holds `{c}`; AWS takes letters, numbers, spaces and `_ . : / = + - @`"
        )
    } else {
        return None;
    };
    Some(Violation::new(Rule::Tag, path.clone(), problem).help("shorten or change the value"))
}

/// The violation of a resource with more tags than AWS allows.
pub(crate) fn too_many(count: usize) -> Violation {
    Violation::new(
        Rule::Tag,
        PropPath::root().field("tags"),
        format!("the resource gets {count} tags; AWS allows at most {MAX_TAGS_PER_RESOURCE} on a resource"),
    )
    .help("tag fewer keys, or limit tags to some resource types (`TagProps::include_resource_types`)")
}

impl Stack {
    /// The stack's own tags (those of `Tags::of(&mut stack)`), which the cloud assembly
    /// manifest lists, in the CDK's order.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, tags::Tags};
    /// let mut stack = Stack::new("Docs");
    /// Tags::of(&mut stack).add("Owner", "web-team").add("aws-x", "1");
    /// assert_eq!(stack.tags(), [("aws-x".to_owned(), "1".to_owned()), ("Owner".to_owned(), "web-team".to_owned())]);
    /// ```
    pub fn tags(&self) -> Vec<(String, String)> {
        resolve(&self.tag_aspects, &[self.root().node], None)
    }

    /// The tags of the resource at `node` of type `resource_type`, when it takes tags.
    pub(crate) fn resource_tags(
        &self,
        node: NodeRef,
        resource_type: &str,
    ) -> Vec<(String, String)> {
        if self.tag_aspects.is_empty() || !is_taggable(resource_type) {
            return Vec::new();
        }
        let ancestors = self.ancestors(node.node);
        resolve(&self.tag_aspects, &ancestors, Some(resource_type))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sort_as_javascript_locale_compare_does() {
        let mut keys = [
            "Owner",
            "aws-x",
            "_z",
            "1a",
            "b",
            "C",
            "owner",
            "Environment",
        ];
        keys.sort_by(|a, b| compare_keys(a, b));
        // What Node.js 20 prints for `keys.sort((a, b) => a.localeCompare(b))`.
        assert_eq!(
            keys,
            [
                "_z",
                "1a",
                "aws-x",
                "b",
                "C",
                "Environment",
                "owner",
                "Owner"
            ]
        );
    }

    #[test]
    fn keys_and_values_aws_rejects() {
        let path = PropPath::root();
        assert!(check_key("Project", &path).is_none());
        assert!(check_key("team:owner/x=y+z-@_.", &path).is_none());
        assert!(check_key("", &path).is_some());
        assert!(check_key("AWS:cloudformation", &path).is_some());
        assert!(check_key("a#b", &path).is_some());
        assert!(check_key(&"k".repeat(129), &path).is_some());
        assert!(check_value("", &path).is_none());
        assert!(check_value(&"v".repeat(257), &path).is_some());
    }
}
