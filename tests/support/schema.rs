//! Validation of templates against the CloudFormation resource schemas of `fixtures/schemas`
//! (copied from cfn-lint by `fixtures/schemas/refresh`; `VERSION` says which), so that the
//! tests check every resource's properties with nothing installed but cargo.
//!
//! CloudFormation resolves intrinsic functions (`Ref`, `Fn::GetAtt`, `Fn::Join`, ...) at deploy
//! time, so a value that is one cannot be checked against the schema: a finding at such a value,
//! or at an `anyOf`/`oneOf` whose value holds one, is not reported. Everything else is.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use jsonschema::error::ValidationErrorKind;
use jsonschema::{Draft, Validator};
use serde_json::Value;

/// The directory of the vendored schemas.
fn dir() -> PathBuf {
    crate::fixtures().join("schemas")
}

/// The file of the schema of `type_name`: `AWS::CloudFront::Distribution` is
/// `aws-cloudfront-distribution.json`.
fn file_name(type_name: &str) -> String {
    type_name.replace("::", "-").to_lowercase() + ".json"
}

/// The validators of every vendored schema, by resource type, compiled once.
fn validators() -> &'static BTreeMap<String, Validator> {
    static VALIDATORS: OnceLock<BTreeMap<String, Validator>> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        let types = std::fs::read_to_string(dir().join("types")).expect("fixtures/schemas/types");
        types
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|type_name| {
                let path = dir().join(file_name(type_name));
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e} (run its refresh)", path.display()));
                let mut schema: Value = serde_json::from_str(&text).expect("schemas are JSON");
                ecma_patterns(&mut schema);
                let validator = jsonschema::options()
                    .with_draft(Draft::Draft7)
                    .build(&schema)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                (type_name.to_owned(), validator)
            })
            .collect()
    })
}

/// Rewrites the schema's `pattern`s from ECMA-262 regular expressions, which CloudFormation's
/// schemas use, to the dialect the validator compiles: the one difference they use is a `[`
/// inside a character class, a literal in ECMA-262 and the start of a nested class for the
/// validator, so it is escaped.
fn ecma_patterns(schema: &mut Value) {
    match schema {
        Value::Object(m) => {
            for (k, v) in m.iter_mut() {
                match v {
                    Value::String(p) if k == "pattern" => *p = escape_class_brackets(p),
                    _ => ecma_patterns(v),
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(ecma_patterns),
        _ => {}
    }
}

fn escape_class_brackets(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let (mut in_class, mut escaped) = (false, false);
    for c in pattern.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if in_class => {
                out.push_str("\\[");
                continue;
            }
            '[' => in_class = true,
            ']' => in_class = false,
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Whether `v` is an intrinsic function (`{ "Ref": .. }`, `{ "Fn::Join": .. }`).
fn is_intrinsic(v: &Value) -> bool {
    match v {
        Value::Object(m) if m.len() == 1 => m
            .keys()
            .all(|k| k == "Ref" || k == "Condition" || k.starts_with("Fn::")),
        _ => false,
    }
}

/// Whether `v` is or holds an intrinsic function.
fn holds_intrinsic(v: &Value) -> bool {
    is_intrinsic(v)
        || match v {
            Value::Object(m) => m.values().any(holds_intrinsic),
            Value::Array(a) => a.iter().any(holds_intrinsic),
            _ => false,
        }
}

/// Every finding of the schemas in `template` (a CloudFormation template as JSON): one line per
/// finding, `Resource (Type) /Path/In/Properties: what is wrong`. A resource whose type has no
/// vendored schema is a finding too (add its type to `fixtures/schemas/types` and refresh);
/// custom resources (`Custom::*`, `AWS::CloudFormation::CustomResource`) have none.
pub fn schema_findings(template: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(resources) = template["Resources"].as_object() else {
        return vec!["the template has no Resources".to_owned()];
    };
    for (id, resource) in resources {
        let type_name = resource["Type"].as_str().unwrap_or_default();
        if type_name.starts_with("Custom::") || type_name == "AWS::CloudFormation::CustomResource" {
            continue;
        }
        let Some(validator) = validators().get(type_name) else {
            out.push(format!(
                "{id} ({type_name}): no vendored schema; add the type to tests/fixtures/schemas/types and run tests/fixtures/schemas/refresh"
            ));
            continue;
        };
        let empty = Value::Object(Default::default());
        let properties = resource.get("Properties").unwrap_or(&empty);
        for error in validator.iter_errors(properties) {
            let at = error.instance_path().as_str();
            let value = properties.pointer(at).unwrap_or(&Value::Null);
            let alternatives = matches!(
                error.kind(),
                ValidationErrorKind::AnyOf { .. }
                    | ValidationErrorKind::OneOfNotValid { .. }
                    | ValidationErrorKind::OneOfMultipleValid { .. }
            );
            if is_intrinsic(value) || (alternatives && holds_intrinsic(value)) {
                continue;
            }
            out.push(format!("{id} ({type_name}) {at}: {error}"));
        }
    }
    out
}

/// Validates templates (name, JSON); fails with every finding of every template.
pub fn validate_templates(templates: &[(String, String)]) -> Result<(), String> {
    let mut report = Vec::new();
    for (name, json) in templates {
        let template: Value = match serde_json::from_str(json) {
            Ok(t) => t,
            Err(e) => {
                report.push(format!("{name}: not JSON: {e}"));
                continue;
            }
        };
        report.extend(
            schema_findings(&template)
                .into_iter()
                .map(|f| format!("{name}: {f}")),
        );
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the CloudFormation resource schemas reject the template:\n{}",
            report.join("\n")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn distribution(config: Value) -> Value {
        json!({ "Resources": { "Dist": {
            "Type": "AWS::CloudFront::Distribution",
            "Properties": { "DistributionConfig": config },
        } } })
    }

    fn valid_config() -> Value {
        json!({
            "Enabled": true,
            "DefaultCacheBehavior": {
                "TargetOriginId": "origin1",
                "ViewerProtocolPolicy": "allow-all",
                "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6",
            },
            "Origins": [{
                "Id": "origin1",
                "DomainName": { "Fn::GetAtt": ["Bucket", "RegionalDomainName"] },
                "S3OriginConfig": { "OriginAccessIdentity": "" },
            }],
            "Comment": { "Fn::Join": ["", ["a", { "Ref": "AWS::StackName" }]] },
        })
    }

    #[test]
    fn a_valid_template_with_intrinsics_passes() {
        assert_eq!(
            schema_findings(&distribution(valid_config())),
            Vec::<String>::new()
        );
    }

    /// The schemas catch what cfn-lint's schema rules catch: an unknown property, a missing
    /// required one, a value outside its enum, a wrong type, a length bound.
    #[test]
    fn a_bad_template_is_rejected() {
        let mut config = valid_config();
        config["Enabled"] = json!("yes");
        config["PriceClass"] = json!("PriceClass_Everything");
        config["DefaultCacheBehavior"]
            .as_object_mut()
            .unwrap()
            .remove("TargetOriginId");
        config["Origins"][0]["Bogus"] = json!(1);
        config["HttpVersion"] = json!("http9");
        let findings = schema_findings(&distribution(config));
        let has = |path: &str, what: &str| {
            findings
                .iter()
                .any(|f| f.contains(&format!(" {path}: ")) && f.contains(what))
        };
        assert!(
            has("/DistributionConfig/Enabled", "\"yes\""),
            "{findings:#?}"
        );
        assert!(
            has("/DistributionConfig/PriceClass", "PriceClass_Everything"),
            "{findings:#?}"
        );
        assert!(
            has("/DistributionConfig/DefaultCacheBehavior", "TargetOriginId"),
            "{findings:#?}"
        );
        assert!(
            has("/DistributionConfig/Origins/0", "Bogus"),
            "{findings:#?}"
        );
        assert!(
            has("/DistributionConfig/HttpVersion", "http9"),
            "{findings:#?}"
        );
        assert_eq!(findings.len(), 5, "{findings:#?}");
    }

    #[test]
    fn an_unknown_type_is_a_finding() {
        let template = json!({ "Resources": { "X": { "Type": "AWS::Nope::Thing" } } });
        let findings = schema_findings(&template);
        assert_eq!(findings.len(), 1);
        assert!(findings[0].contains("no vendored schema"), "{findings:?}");
        let custom = json!({ "Resources": { "X": { "Type": "Custom::Reader" } } });
        assert!(schema_findings(&custom).is_empty());
    }

    #[test]
    fn ecma_class_brackets_are_escaped() {
        assert_eq!(escape_class_brackets(r"^[a-z[\]]*$"), r"^[a-z\[\]]*$");
        assert_eq!(escape_class_brackets(r"^\[x\]$"), r"^\[x\]$");
    }

    #[test]
    fn every_listed_schema_compiles() {
        assert!(validators().len() >= 30, "{}", validators().len());
    }
}
