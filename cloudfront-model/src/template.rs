//! The CloudFormation template a stack synthesizes to.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::stack::SynthViolation;

/// A synthesized CloudFormation template.
///
/// Sections and resources keep the order the CDK writes them in, so the JSON is byte-identical
/// from run to run and diffs cleanly against a CDK-synthesized template.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Template {
    /// The stack's description, written first as the CDK does.
    pub(crate) description: Option<String>,
    pub(crate) resources: Vec<(String, CfnResource)>,
    pub(crate) mappings: Vec<(String, Value)>,
    pub(crate) outputs: Vec<(String, CfnOutput)>,
    /// The sections in the order their first element was added.
    pub(crate) order: Vec<Section>,
    /// What `synth()` found that CloudFront deploys but that does not do what it says.
    pub(crate) warnings: Vec<SynthViolation>,
}

/// A section of the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Section {
    Resources,
    Mappings,
    Outputs,
}

/// What a construct contributes to the template: one element of a section.
pub(crate) enum Element {
    Resource(CfnResource),
    Output(CfnOutput),
    Mapping(Value),
}

impl Template {
    /// Adds what a construct renders to, in its section; a section appears where its first
    /// element does, as in the CDK.
    pub(crate) fn add(&mut self, id: String, element: Element) {
        let section = match element {
            Element::Resource(r) => {
                self.resources.push((id, r));
                Section::Resources
            }
            Element::Output(o) => {
                self.outputs.push((id, o));
                Section::Outputs
            }
            Element::Mapping(m) => {
                self.mappings.push((id, m));
                Section::Mappings
            }
        };
        if !self.order.contains(&section) {
            self.order.push(section);
        }
    }

    /// The template as pretty-printed JSON (two-space indent, no trailing newline).
    ///
    /// ```
    /// # use cloudfront_dsl::{Stack, distribution::{Distribution, DistributionProps, BehaviorOptions}, origins};
    /// let mut stack = Stack::new("Docs").with_env("123456789012", "us-east-1");
    /// Distribution::new(&mut stack, "myDist", DistributionProps::default()
    ///     .default_behavior(BehaviorOptions::default().origin(origins::HttpOrigin("www.example.com"))));
    /// let json = stack.synth().unwrap().to_json_pretty();
    /// assert!(json.starts_with("{\n  \"Resources\": {\n    \"myDist9DB766F3\": {"));
    /// ```
    pub fn to_json_pretty(&self) -> String {
        // Serializing plain data into a String cannot fail; an empty object is a safe fallback.
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// The template as a JSON value.
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The warnings `synth()` found: configurations CloudFront deploys, part of which does
    /// nothing (a behavior no request reaches, say). Not part of the JSON.
    ///
    /// ```
    /// # use cloudfront_dsl::{Stack, distribution::{Distribution, DistributionProps, BehaviorOptions}, origins};
    /// let mut stack = Stack::new("Docs");
    /// let origin = origins::HttpOrigin("www.example.com");
    /// let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(BehaviorOptions::new(origin.clone())));
    /// dist.add_behavior(&mut stack, "*.jpg", origin.clone(), BehaviorOptions::default());
    /// dist.add_behavior(&mut stack, "/images/*.jpg", origin, BehaviorOptions::default());
    /// let template = stack.synth().unwrap();
    /// let warning = template.warnings()[0].to_string();
    /// assert!(warning.starts_with("warning[unreachable-behavior]: Cdn.additional_behaviors[\"/images/*.jpg\"]"), "{warning}");
    /// ```
    pub fn warnings(&self) -> &[SynthViolation] {
        &self.warnings
    }

    /// The template's `Description`, the stack's description.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The resource with logical id `logical_id`.
    pub fn resource(&self, logical_id: &str) -> Option<&CfnResource> {
        self.resources
            .iter()
            .find(|(id, _)| id == logical_id)
            .map(|(_, r)| r)
    }

    /// Logical ids and resources, in template order.
    pub fn resources(&self) -> impl Iterator<Item = (&str, &CfnResource)> {
        self.resources.iter().map(|(id, r)| (id.as_str(), r))
    }

    /// Output names and outputs, in template order.
    pub fn outputs(&self) -> impl Iterator<Item = (&str, &CfnOutput)> {
        self.outputs.iter().map(|(id, o)| (id.as_str(), o))
    }
}

struct Ordered<'a, T>(&'a [(String, T)]);

impl<T: Serialize> Serialize for Ordered<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// A JSON value written with every object's keys in ASCII order, the order the CDK writes
/// CloudFormation properties in: what a construct renders is written the same way whether or
/// not some crate of the build turns on serde_json's `preserve_order` (which keeps maps in
/// insertion order; a build dependency of the JavaScript parser does, in build scripts).
struct Sorted<'a>(&'a Value);

impl Serialize for Sorted<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            // serde_json's own map iterates in key order unless `preserve_order` is on; only
            // then are the keys collected and sorted.
            Value::Object(map) if map.keys().is_sorted() => {
                let mut m = s.serialize_map(Some(map.len()))?;
                for (k, v) in map {
                    m.serialize_entry(k, &Sorted(v))?;
                }
                m.end()
            }
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                let mut m = s.serialize_map(Some(keys.len()))?;
                for k in keys {
                    m.serialize_entry(k, &Sorted(&map[k]))?;
                }
                m.end()
            }
            Value::Array(items) => s.collect_seq(items.iter().map(Sorted)),
            other => other.serialize(s),
        }
    }
}

fn sorted<S: Serializer>(v: &Value, s: S) -> Result<S::Ok, S::Error> {
    Sorted(v).serialize(s)
}

fn sorted_option<S: Serializer>(v: &Option<Value>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => s.serialize_some(&Sorted(v)),
        None => s.serialize_none(),
    }
}

/// Mappings, their values written with sorted keys.
struct SortedMappings<'a>(&'a [(String, Value)]);

impl Serialize for SortedMappings<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, &Sorted(v))?;
        }
        m.end()
    }
}

/// The template as pretty JSON ([`Template::to_json_pretty`]), without a trailing newline.
impl std::fmt::Display for Template {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_json_pretty())
    }
}

impl Serialize for Template {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        if let Some(description) = &self.description {
            m.serialize_entry("Description", description)?;
        }
        for section in &self.order {
            match section {
                Section::Resources => m.serialize_entry("Resources", &Ordered(&self.resources))?,
                Section::Mappings => {
                    m.serialize_entry("Mappings", &SortedMappings(&self.mappings))?
                }
                Section::Outputs => m.serialize_entry("Outputs", &Ordered(&self.outputs))?,
            }
        }
        m.end()
    }
}

/// One resource of a template.
#[derive(Clone, Debug, PartialEq)]
pub struct CfnResource {
    /// The resource type, `AWS::CloudFront::Distribution`.
    pub resource_type: String,
    /// Its properties; omitted when empty.
    pub properties: Value,
    /// Logical ids it depends on.
    pub depends_on: Vec<String>,
    /// What CloudFormation does with the old resource when an update replaces it.
    pub update_replace_policy: Option<String>,
    /// What CloudFormation does with the resource when it is removed from the stack.
    pub deletion_policy: Option<String>,
    /// Resource metadata; omitted when empty.
    pub metadata: Value,
    /// Whether `Properties` is written last: the CDK writes properties that only overrides
    /// gave a resource after its other keys.
    pub(crate) properties_last: bool,
}

impl Serialize for CfnResource {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("Type", &self.resource_type)?;
        let properties = (!is_empty(&self.properties)).then_some(Sorted(&self.properties));
        if let (false, Some(p)) = (self.properties_last, &properties) {
            m.serialize_entry("Properties", p)?;
        }
        if !self.depends_on.is_empty() {
            m.serialize_entry("DependsOn", &self.depends_on)?;
        }
        if let Some(p) = &self.update_replace_policy {
            m.serialize_entry("UpdateReplacePolicy", p)?;
        }
        if let Some(p) = &self.deletion_policy {
            m.serialize_entry("DeletionPolicy", p)?;
        }
        if !is_empty(&self.metadata) {
            m.serialize_entry("Metadata", &Sorted(&self.metadata))?;
        }
        if let (true, Some(p)) = (self.properties_last, &properties) {
            m.serialize_entry("Properties", p)?;
        }
        m.end()
    }
}

impl CfnResource {
    /// A resource of `resource_type` with `properties` (a JSON object, or `null` for none).
    pub fn new(resource_type: impl Into<String>, properties: Value) -> Self {
        Self {
            resource_type: resource_type.into(),
            properties,
            depends_on: Vec::new(),
            update_replace_policy: None,
            deletion_policy: None,
            metadata: Value::Null,
            properties_last: false,
        }
    }

    /// The resource, depending on the resources with logical ids `ids` (`DependsOn`).
    ///
    /// ```
    /// use cloudfront_model::CfnResource;
    /// let queue = CfnResource::new("AWS::SQS::Queue", serde_json::json!({}))
    ///     .with_depends_on(["Topic"])
    ///     .with_deletion_policy("Retain")
    ///     .with_update_replace_policy("Retain");
    /// assert_eq!(queue.depends_on, ["Topic"]);
    /// ```
    pub fn with_depends_on<I: IntoIterator<Item = S>, S: Into<String>>(mut self, ids: I) -> Self {
        self.depends_on.extend(ids.into_iter().map(Into::into));
        self
    }

    /// The resource with the `DeletionPolicy` `policy` (`Retain`, `Delete`, `Snapshot`, ...).
    pub fn with_deletion_policy(mut self, policy: impl Into<String>) -> Self {
        self.deletion_policy = Some(policy.into());
        self
    }

    /// The resource with the `UpdateReplacePolicy` `policy`.
    pub fn with_update_replace_policy(mut self, policy: impl Into<String>) -> Self {
        self.update_replace_policy = Some(policy.into());
        self
    }

    /// The resource with the `Metadata` `metadata` (a JSON object).
    pub fn with_metadata(mut self, metadata: Value) -> Self {
        self.metadata = metadata;
        self
    }

    /// Sets (or, with `None`, deletes) the property at `path` (property names, or indexes into
    /// lists), creating the objects on the way, as the CDK's `addPropertyOverride` merges its
    /// overrides; an error names the first segment that cannot be followed.
    pub(crate) fn apply_override(
        &mut self,
        path: &[String],
        value: Option<&Value>,
    ) -> Result<(), String> {
        if is_empty(&self.properties) {
            self.properties_last = true;
        }
        if !self.properties.is_object() {
            self.properties = Value::Object(serde_json::Map::new());
        }
        let Some((last, parents)) = path.split_last() else {
            return Err("the override's path is empty".to_owned());
        };
        let mut cur = &mut self.properties;
        for segment in parents {
            cur = match cur {
                Value::Object(m) => m
                    .entry(segment.clone())
                    .or_insert_with(|| Value::Object(serde_json::Map::new())),
                Value::Array(items) => {
                    match segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                        Some(item) => item,
                        None => return Err(format!("`{segment}` is not an index of the list")),
                    }
                }
                _ => {
                    return Err(format!(
                        "`{segment}` is below a value that is not an object"
                    ));
                }
            };
            if cur.is_null() {
                *cur = Value::Object(serde_json::Map::new());
            }
        }
        match (cur, value) {
            (Value::Object(m), Some(v)) => {
                m.insert(last.clone(), v.clone());
            }
            (Value::Object(m), None) => {
                m.remove(last);
            }
            (Value::Array(items), v) => {
                let Some(item) = last.parse::<usize>().ok().filter(|i| *i < items.len()) else {
                    return Err(format!("`{last}` is not an index of the list"));
                };
                match v {
                    Some(v) => items[item] = v.clone(),
                    None => {
                        items.remove(item);
                    }
                }
            }
            _ => return Err(format!("`{last}` is below a value that is not an object")),
        }
        Ok(())
    }

    /// Sets the property `name` (the properties become an object if they were none).
    pub(crate) fn set_property(&mut self, name: &str, value: Value) {
        if !self.properties.is_object() {
            self.properties = Value::Object(serde_json::Map::new());
        }
        if let Value::Object(m) = &mut self.properties {
            m.insert(name.to_owned(), value);
        }
    }

    /// Sets both the deletion and the update-replace policy, as the CDK's removal policy does.
    pub fn with_removal_policy(mut self, policy: &str) -> Self {
        self.update_replace_policy = Some(policy.to_owned());
        self.deletion_policy = Some(policy.to_owned());
        self
    }
}

/// The value at `path` in `v` (property names, or indexes into lists), when there is one.
pub(crate) fn value_at<'v>(v: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter().try_fold(v, |cur, segment| match cur {
        Value::Object(m) => m.get(segment),
        Value::Array(items) => items.get(segment.parse::<usize>().ok()?),
        _ => None,
    })
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Object(m) => m.is_empty(),
        _ => false,
    }
}

/// One output of a template.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CfnOutput {
    /// What the output is.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its value.
    #[serde(rename = "Value", serialize_with = "sorted")]
    pub value: Value,
    /// The name other stacks import it by.
    #[serde(
        rename = "Export",
        skip_serializing_if = "Option::is_none",
        serialize_with = "sorted_option"
    )]
    pub export: Option<Value>,
}
