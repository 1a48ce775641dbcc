//! `cloudfront-dsl import`: the DSL source of an existing CloudFormation template, which
//! synthesizes back to it.
//!
//! Each resource the DSL expresses becomes a construct macro of a `stack!` block, with the
//! values the DSL has constants and factories for written as those
//! (`ViewerProtocolPolicy::REDIRECT_TO_HTTPS`, `CachePolicy::CACHING_OPTIMIZED`,
//! `Duration::days(1)`) and the props the construct writes by default left out. Construct ids
//! are read back from the CDK's logical ids (checked against their hash), so the source of a
//! CDK app's template names its constructs as the app did; a logical id no construct id derives
//! is kept with an explicit override where the construct takes one. Every resource the import
//! does not turn into a construct is carried over as it is, with
//! [`Stack::add_cfn_resource`](crate::Stack::add_cfn_resource), and a comment in the source
//! saying why. The template's `Outputs` become `stack.add_output(...)` calls, and its Route 53
//! alias records to a distribution the `route53` records, with the one mapping they use
//! (`AWSCloudFrontPartitionHostedZoneIdMap`), which the model writes itself; another section,
//! another mapping, or an output the model cannot write is an [`Error`].
//!
//! ```
//! let template = serde_json::json!({
//!     "Resources": {
//!         "myDist9DB766F3": {
//!             "Type": "AWS::CloudFront::Distribution",
//!             "Properties": { "DistributionConfig": {
//!                 "DefaultCacheBehavior": {
//!                     "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6",
//!                     "Compress": true,
//!                     "TargetOriginId": "HttpOriginStackmyDistOrigin121E9718D",
//!                     "ViewerProtocolPolicy": "redirect-to-https"
//!                 },
//!                 "Enabled": true,
//!                 "HttpVersion": "http2",
//!                 "IPV6Enabled": true,
//!                 "Origins": [{
//!                     "CustomOriginConfig": {
//!                         "OriginProtocolPolicy": "https-only",
//!                         "OriginSSLProtocols": ["TLSv1.2"]
//!                     },
//!                     "DomainName": "www.example.com",
//!                     "Id": "HttpOriginStackmyDistOrigin121E9718D"
//!                 }]
//!             }}
//!         }
//!     }
//! });
//! let imported = cloudfront_dsl::import::import(&template, &Default::default())?;
//! assert_eq!(imported.stack_name, "HttpOriginStack");
//! assert!(imported.source.contains(r#"distribution!("myDist", {"#));
//! assert!(imported.source.contains("viewer_protocol_policy: ViewerProtocolPolicy::REDIRECT_TO_HTTPS,"));
//! assert!(!imported.source.contains("origin_id")); // generated, as the CDK generates it
//! assert!(imported.carried.is_empty());
//! # Ok::<(), cloudfront_dsl::import::Error>(())
//! ```

mod constructs;
mod fields;
mod ids;
mod outputs;
mod syntax;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use fields::Unsupported;
use syntax::Stmt;

/// What an import is told beyond the template.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The stack's name, which generated origin ids and names derive from; read back from the
    /// template's generated ids when left out, `Stack` when none holds it.
    pub stack_name: Option<String>,
    /// The name of the template file, for the generated source's header.
    pub source_name: Option<String>,
}

/// The source an import wrote, and what it carried over.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The Rust source: a module with `pub fn stack() -> Stack`, formatted as rustfmt would.
    pub source: String,
    /// The stack's name the source gives it.
    pub stack_name: String,
    /// The logical ids of the resources that became constructs (a construct's own resource
    /// and those it writes itself, such as an origin access identity), in template order.
    pub constructs: Vec<String>,
    /// The resources carried over as they are, in template order.
    pub carried: Vec<Carried>,
}

/// A resource the import carried over as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carried {
    /// Its logical id.
    pub logical_id: String,
    /// Its type, `AWS::IAM::Role`.
    pub resource_type: String,
    /// Why it is not a construct.
    pub reason: String,
}

/// Why a template cannot be imported at all.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is not a CloudFormation template the import reads.
    #[error("not a CloudFormation template: {0}")]
    NotATemplate(String),
    /// The template has a section the generated source cannot carry over.
    #[error(
        "the template's `{0}` section cannot be carried over yet; the import reads `Resources`, `Description`, `Outputs`, and the `Mappings` entry alias records to a distribution use"
    )]
    Section(String),
    /// A section the import reads holds what the model cannot write.
    #[error("the template's `{section}` section cannot be written by the model: {reason}")]
    Unexpressible {
        /// The section, `Outputs`.
        section: String,
        /// What the model cannot write, and why.
        reason: String,
    },
    /// A resource the escape hatch cannot carry over as it is.
    #[error("resource `{logical_id}` cannot be carried over: {reason}")]
    Resource {
        /// Its logical id.
        logical_id: String,
        /// Why.
        reason: String,
    },
}

/// Resource attributes [`crate::CfnResource`] carries over.
const CARRIED_ATTRIBUTES: &[&str] = &[
    "Type",
    "Properties",
    "DependsOn",
    "DeletionPolicy",
    "UpdateReplacePolicy",
    "Metadata",
];

/// Imports `template` (a CloudFormation template as JSON).
pub fn import(template: &Value, options: &Options) -> Result<Imported, Error> {
    let top = template
        .as_object()
        .ok_or_else(|| Error::NotATemplate("the top level is not an object".into()))?;
    for key in top.keys() {
        if !matches!(
            key.as_str(),
            "Resources" | "Description" | "Outputs" | "Mappings"
        ) {
            return Err(Error::Section(key.clone()));
        }
    }
    // The one mapping the model writes itself, with the alias records that use it.
    let zone_mapping = match top.get("Mappings") {
        None => false,
        Some(mappings) => {
            let (name, value) = cloudfront_model::route53::cloudfront_zone_mapping();
            if *mappings != serde_json::json!({ name: value }) {
                return Err(Error::Section("Mappings".into()));
            }
            true
        }
    };
    let outputs = match top.get("Outputs") {
        None => None,
        Some(Value::Object(o)) => Some(o),
        Some(_) => {
            return Err(Error::NotATemplate("its `Outputs` is not an object".into()));
        }
    };
    let description = match top.get("Description") {
        None => None,
        Some(Value::String(d)) => Some(d.clone()),
        Some(_) => {
            return Err(Error::NotATemplate(
                "its `Description` is not a string".into(),
            ));
        }
    };
    let resources = top
        .get("Resources")
        .and_then(Value::as_object)
        .ok_or_else(|| Error::NotATemplate("it has no `Resources` object".into()))?;
    for (logical_id, resource) in resources {
        check_carriable(logical_id, resource)?;
    }
    let stack_name = options
        .stack_name
        .clone()
        .or_else(|| constructs::stack_name(resources))
        .unwrap_or_else(|| "Stack".to_owned());
    let mut cx = Context::new(resources, stack_name.clone(), zone_mapping);
    constructs::translate(&mut cx);
    if zone_mapping
        && !resources
            .iter()
            .any(|(id, r)| cx.taken.contains(id) && resource_type(r) == "AWS::Route53::RecordSet")
    {
        // The model writes the mapping with an alias record, and none of the source is one.
        return Err(Error::Unexpressible {
            section: "Mappings".into(),
            reason: format!(
                "the model writes `{}` with an alias record to a distribution, and none of the template's records became one",
                cloudfront_model::route53::cloudfront_zone_mapping().0
            ),
        });
    }
    let output_stmts = match outputs {
        None => Vec::new(),
        Some(o) => outputs::translate(&mut cx, o).map_err(|reason| Error::Unexpressible {
            section: "Outputs".into(),
            reason,
        })?,
    };
    let mut carried = Vec::new();
    let mut raw = Vec::new();
    for (logical_id, resource) in resources {
        if cx.taken.contains(logical_id) {
            continue;
        }
        let resource_type = resource_type(resource).to_owned();
        let reason = cx
            .reasons
            .remove(logical_id)
            .unwrap_or_else(|| default_reason(&resource_type));
        raw.push(raw_stmt(logical_id, resource, &resource_type, &reason));
        carried.push(Carried {
            logical_id: logical_id.clone(),
            resource_type,
            reason,
        });
    }
    let constructs = resources
        .keys()
        .filter(|id| cx.taken.contains(*id))
        .cloned()
        .collect();
    let mut stmts = std::mem::take(&mut cx.stmts);
    // A construct no other refers to is not bound to a variable.
    for stmt in &mut stmts {
        if let Stmt::Construct { var, .. } = stmt
            && var.as_ref().is_some_and(|v| !cx.used.contains(v))
        {
            *var = None;
        }
    }
    stmts.extend(raw);
    stmts.extend(output_stmts);
    let source = render(
        &stack_name,
        description.as_deref(),
        &stmts,
        &cx.quotas,
        options,
        cx.deprecated,
    );
    Ok(Imported {
        source,
        stack_name,
        constructs,
        carried,
    })
}

/// Why a resource no translation looked at is carried over.
fn default_reason(resource_type: &str) -> String {
    match resource_type {
        "AWS::CloudFront::CloudFrontOriginAccessIdentity" | "AWS::S3::BucketPolicy" => format!(
            "`{resource_type}` is written by a distribution's `S3Origin`, and this one by none of the source (its distribution or bucket is carried over as written)"
        ),
        _ => format!("the import has no construct for `{resource_type}` yet"),
    }
}

fn resource_type(resource: &Value) -> &str {
    resource.get("Type").and_then(Value::as_str).unwrap_or("")
}

fn check_carriable(logical_id: &str, resource: &Value) -> Result<(), Error> {
    let err = |reason: String| Error::Resource {
        logical_id: logical_id.to_owned(),
        reason,
    };
    let Some(m) = resource.as_object() else {
        return Err(err("it is not an object".into()));
    };
    if !m.get("Type").is_some_and(Value::is_string) {
        return Err(err("it has no `Type`".into()));
    }
    if let Some(key) = m.keys().find(|k| !CARRIED_ATTRIBUTES.contains(&k.as_str())) {
        return Err(err(format!(
            "its `{key}` attribute is not carried over yet"
        )));
    }
    if let Some(d) = m.get("DependsOn")
        && !d
            .as_array()
            .is_some_and(|ids| ids.iter().all(Value::is_string))
    {
        return Err(err(
            "its `DependsOn` is not a list of logical ids (the stack writes a list)".into(),
        ));
    }
    for key in ["DeletionPolicy", "UpdateReplacePolicy"] {
        if m.get(key).is_some_and(|v| !v.is_string()) {
            return Err(err(format!("its `{key}` is not a string")));
        }
    }
    Ok(())
}

/// `stack.add_cfn_resource("Id", CfnResource::new(...)...)`, with a comment saying why.
fn raw_stmt(logical_id: &str, resource: &Value, resource_type: &str, reason: &str) -> Stmt {
    let text = |key: &str| resource.get(key).and_then(Value::as_str).map(str::to_owned);
    Stmt::Raw {
        comment: vec![format!("Carried over as written: {reason}.")],
        logical_id: logical_id.to_owned(),
        resource_type: resource_type.to_owned(),
        properties: resource.get("Properties").cloned().unwrap_or(Value::Null),
        depends_on: resource
            .get("DependsOn")
            .and_then(Value::as_array)
            .map(|ids| {
                ids.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        deletion_policy: text("DeletionPolicy"),
        update_replace_policy: text("UpdateReplacePolicy"),
        metadata: resource.get("Metadata").cloned(),
    }
}

fn render(
    stack_name: &str,
    description: Option<&str>,
    stmts: &[Stmt],
    quotas: &[String],
    options: &Options,
    deprecated: bool,
) -> String {
    let mut out = String::new();
    match &options.source_name {
        Some(name) => out.push_str(&format!(
            "//! The stack of `{name}`, imported by `cloudfront-dsl import`.\n"
        )),
        None => out.push_str("//! A stack imported by `cloudfront-dsl import`.\n"),
    }
    if deprecated {
        out.push_str(
            "\n// The template's S3 origins use origin access identities, which `origins::S3Origin`\n\
             // writes (the CDK deprecates it for `S3BucketOrigin`, which uses origin access control).\n\
             #![allow(deprecated)]\n",
        );
    }
    out.push_str("\nuse cloudfront_dsl::prelude::*;\n\n");
    out.push_str("/// The imported stack.\n");
    out.push_str("pub fn stack() -> Stack {\n");
    // The settings before the block: the template's `Description`, which rustfmt leaves as
    // written (a macro's arguments that are not expressions).
    let name = match description {
        Some(d) => format!(
            "{}, description: {}",
            syntax::string_literal(stack_name),
            syntax::string_literal(d)
        ),
        None => syntax::string_literal(stack_name),
    };
    if stmts.is_empty() && quotas.is_empty() {
        out.push_str(&format!("    stack!({name}, {{}})\n"));
    } else {
        if quotas.is_empty() {
            out.push_str(&format!("    stack!({name}, {{\n"));
            for stmt in stmts {
                syntax::print_stmt(stmt, 8, &mut out);
            }
            out.push_str("    })\n");
        } else {
            // rustfmt does not keep a block with inner attributes on the call's line.
            out.push_str(&format!("    stack!(\n        {name},\n        {{\n"));
            // The template has more of these than the default quota allows: its account has
            // had them raised.
            out.push_str(&format!("            #![quotas({})]\n", quotas.join(", ")));
            for stmt in stmts {
                syntax::print_stmt(stmt, 12, &mut out);
            }
            out.push_str("        }\n    )\n");
        }
    }
    out.push_str("}\n");
    out
}

/// What the translation of a template's resources has found so far.
pub(crate) struct Context<'t> {
    pub(crate) resources: &'t Map<String, Value>,
    pub(crate) stack_name: String,
    /// The variable each construct's resource is bound to, by logical id.
    pub(crate) vars: BTreeMap<String, String>,
    /// The construct id of each construct's resource, by logical id.
    pub(crate) construct_ids: BTreeMap<String, String>,
    /// The variables other constructs refer to.
    pub(crate) used: BTreeSet<String>,
    /// The logical ids the constructs write.
    pub(crate) taken: BTreeSet<String>,
    pub(crate) stmts: Vec<Stmt>,
    /// Why a resource of a type the import covers is carried over, by logical id.
    pub(crate) reasons: BTreeMap<String, String>,
    /// Whether the source uses a deprecated constructor (`origins::S3Origin`).
    pub(crate) deprecated: bool,
    /// The account quotas the stack raises above their defaults (`name = value`), so that the
    /// template's constructs pass the rules that count them.
    pub(crate) quotas: Vec<String>,
    /// Whether the template has the mapping of CloudFront's zone ids the model writes with
    /// alias records (without it, a record the model writes would add it).
    pub(crate) zone_mapping: bool,
}

impl<'t> Context<'t> {
    /// A context with no construct translated yet.
    pub(crate) fn new(
        resources: &'t Map<String, Value>,
        stack_name: String,
        zone_mapping: bool,
    ) -> Self {
        Context {
            resources,
            stack_name,
            vars: BTreeMap::new(),
            construct_ids: BTreeMap::new(),
            used: BTreeSet::new(),
            taken: BTreeSet::new(),
            stmts: Vec::new(),
            reasons: BTreeMap::new(),
            deprecated: false,
            quotas: Vec::new(),
            zone_mapping,
        }
    }

    /// Records `stmt`, the construct of the resource `logical_id`.
    pub(crate) fn add(&mut self, logical_id: &str, stmt: Stmt) {
        self.taken.insert(logical_id.to_owned());
        self.stmts.push(stmt);
    }

    pub(crate) fn unsupported(&mut self, logical_id: &str, why: Unsupported) {
        self.reasons.insert(logical_id.to_owned(), why.0);
    }

    /// A fresh variable name for construct `id`.
    pub(crate) fn variable(&self, id: &str) -> String {
        let base = ids::variable(id);
        let used: BTreeSet<&str> = self.vars.values().map(String::as_str).collect();
        if !used.contains(base.as_str()) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}_{n}"))
            .find(|v| !used.contains(v.as_str()))
            .unwrap_or(base)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Error, Options, import};

    fn bucket() -> serde_json::Value {
        json!({
            "Type": "AWS::S3::Bucket",
            "UpdateReplacePolicy": "Retain",
            "DeletionPolicy": "Retain"
        })
    }

    #[test]
    fn a_description_is_the_stack_setting() {
        let template = json!({
            "Description": "The \"docs\" site",
            "Resources": { "Site": bucket() }
        });
        let source = import(&template, &Options::default()).unwrap().source;
        assert!(
            source.contains(r#"description: "The \"docs\" site", {"#),
            "{source}"
        );
    }

    #[test]
    fn a_description_that_is_not_a_string_is_not_a_template() {
        let template = json!({ "Description": 1, "Resources": { "Site": bucket() } });
        assert!(matches!(
            import(&template, &Options::default()),
            Err(Error::NotATemplate(_))
        ));
    }

    #[test]
    fn other_sections_are_still_refused() {
        let template = json!({ "Parameters": {}, "Resources": { "Site": bucket() } });
        assert!(matches!(
            import(&template, &Options::default()),
            Err(Error::Section(s)) if s == "Parameters"
        ));
        // A mapping the model does not write.
        let template = json!({
            "Mappings": { "Regions": { "us-east-1": { "ami": "ami-1" } } },
            "Resources": { "Site": bucket() }
        });
        assert!(matches!(
            import(&template, &Options::default()),
            Err(Error::Section(s)) if s == "Mappings"
        ));
    }

    #[test]
    fn the_zone_mapping_goes_only_with_an_alias_record() {
        let (name, value) = cloudfront_model::route53::cloudfront_zone_mapping();
        let template = json!({ "Mappings": { name: value }, "Resources": { "Site": bucket() } });
        let err = import(&template, &Options::default()).unwrap_err();
        assert!(matches!(&err, Error::Unexpressible { section, .. } if section == "Mappings"));
        assert!(err.to_string().contains("alias record"), "{err}");
    }

    #[test]
    fn outputs_name_the_constructs_they_refer_to() {
        // A bucket the CDK writes, whose construct id the import reads back.
        let site = cloudfront_model::naming::logical_id(&["Site", "Resource"]);
        let template = json!({
            "Resources": { site.clone(): bucket() },
            "Outputs": {
                "SiteName": {
                    "Value": { "Ref": site },
                    "Description": "The bucket",
                    "Export": { "Name": "site-name" }
                },
                "Region": { "Value": { "Ref": "AWS::Region" } }
            }
        });
        let source = import(&template, &Options::default()).unwrap().source;
        assert!(
            source.contains("let site = bucket!(\"Site\", {});"),
            "{source}"
        );
        assert!(
            source.contains(
                "stack.add_output(\n            \"SiteName\",\n            Output::new(site.bucket_name())\n"
            ),
            "{source}"
        );
        assert!(source.contains(".export_name(\"site-name\")"), "{source}");
        assert!(
            source.contains("stack.add_output(\"Region\", Expr::region());"),
            "{source}"
        );
    }

    fn alias_record(name: &str) -> serde_json::Value {
        let (map, _) = cloudfront_model::route53::cloudfront_zone_mapping();
        json!({
            "Type": "AWS::Route53::RecordSet",
            "Properties": {
                "AliasTarget": {
                    "DNSName": "d111111abcdef8.cloudfront.net",
                    "HostedZoneId": { "Fn::FindInMap": [map, { "Ref": "AWS::Partition" }, "zoneId"] }
                },
                "HostedZoneId": "Z0123456789ABCDEFGHIJ",
                "Name": name,
                "Type": "A"
            }
        })
    }

    #[test]
    fn records_in_a_scope_are_created_in_it_unless_a_construct_has_its_id() {
        let (map, value) = cloudfront_model::route53::cloudfront_zone_mapping();
        let www = cloudfront_model::naming::logical_id(&["dns", "Www", "Resource"]);
        let template = json!({
            "Mappings": { map: value },
            "Resources": { www.clone(): alias_record("www.example.com.") }
        });
        let imported = import(&template, &Options::default()).unwrap();
        assert_eq!(imported.constructs, std::slice::from_ref(&www));
        let source = imported.source;
        assert!(
            source.contains(r#"let mut dns = Scope::new(&mut stack, "dns");"#),
            "{source}"
        );
        assert!(
            source.contains("route53::ARecord::new(\n            &mut dns,\n            \"Www\","),
            "{source}"
        );
        assert!(!source.contains("override_logical_id"), "{source}");

        // A resource whose logical id is the scope's id: the record keeps its logical id at
        // the top level.
        let template = json!({
            "Mappings": { map: value },
            "Resources": {
                www.clone(): alias_record("www.example.com."),
                "dns": { "Type": "AWS::SNS::Topic" }
            }
        });
        let source = import(&template, &Options::default()).unwrap().source;
        assert!(!source.contains("Scope::new"), "{source}");
        assert!(
            source.contains(&format!("override_logical_id(&mut stack, \"{www}\")")),
            "{source}"
        );
    }

    #[test]
    fn a_record_without_the_zone_mapping_is_carried_over() {
        let template = json!({ "Resources": { "Www": alias_record("www.example.com.") } });
        let imported = import(&template, &Options::default()).unwrap();
        assert!(imported.constructs.is_empty());
        assert!(
            imported.carried[0]
                .reason
                .contains("has no `Mappings` entry"),
            "{:?}",
            imported.carried
        );
    }

    #[test]
    fn an_output_the_model_cannot_write_is_refused_by_name() {
        let template = json!({
            "Resources": { "Site": bucket() },
            "Outputs": { "Name": { "Value": { "Fn::If": ["Prod", "a", "b"] } } }
        });
        let err = import(&template, &Options::default()).unwrap_err();
        assert!(err.to_string().contains("output `Name`"), "{err}");
    }
}
