//! Writing templates to disk: every stack synthesized first (all or nothing), then each
//! template written atomically and only when its content changed.

use std::io;
use std::path::Path;

use cloudfront_model::app::synth_stacks;
use cloudfront_model::{Stack, SynthError, SynthViolation};

use crate::atomic;

/// The format a template is printed or written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Pretty-printed JSON, as the CDK writes templates into a cloud assembly (which the CDK
    /// toolkit reads as JSON only).
    #[default]
    Json,
    /// YAML, as `cdk synth` prints a template: the same keys in the same order, intrinsic
    /// functions in their long form (`Fn::GetAtt: [..]`), for projects that commit YAML.
    Yaml,
}

impl Format {
    /// The file name extension of a template in this format (`json`, `yaml`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Yaml => "yaml",
        }
    }
}

/// The template as YAML with a trailing newline (see [`Format::Yaml`]).
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Y");
/// distribution!(stack, "d", { default_behavior: { origin: origins::HttpOrigin("www.example.com") } });
/// let yaml = cloudfront_dsl::output::to_yaml(&stack.synth().unwrap());
/// assert!(yaml.starts_with("Resources:\n"));
/// assert!(yaml.contains("\n    Type: AWS::CloudFront::Distribution\n"), "{yaml}");
/// ```
pub fn to_yaml(template: &cloudfront_model::Template) -> String {
    // The template is strings, numbers, booleans, lists and maps with string keys: a YAML
    // serializer has nothing it could fail on.
    yaml_serde::to_string(template).unwrap_or_default()
}

/// A synthesized template, ready to be written.
#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    /// The stack's name.
    pub stack_name: String,
    /// The template as pretty-printed JSON with a trailing newline.
    pub json: String,
    /// The template itself, for other formats ([`Rendered::text`]).
    pub template: cloudfront_model::Template,
    /// What `synth()` warned about (a behavior that never applies, say).
    pub warnings: Vec<SynthViolation>,
    /// The names of the stacks it depends on (deployed before it).
    pub dependencies: Vec<String>,
}

impl Rendered {
    /// The file the template goes to: `<StackName>.template.json`.
    pub fn file_name(&self) -> String {
        format!("{}.template.json", self.stack_name)
    }

    /// The file the template goes to in `format`: `<StackName>.template.<json|yaml>`.
    pub fn file_name_in(&self, format: Format) -> String {
        format!("{}.template.{}", self.stack_name, format.extension())
    }

    /// The template in `format`, with a trailing newline.
    pub fn text(&self, format: Format) -> String {
        match format {
            Format::Json => self.json.clone(),
            Format::Yaml => to_yaml(&self.template),
        }
    }
}

/// Synthesizes every stack, and the stacks their constructs created (an edge function's
/// us-east-1 stack), each after the stacks it depends on, as an
/// [`App`](cloudfront_model::App) does; fails with every stack's errors when one is invalid, so
/// that nothing is written for a run that has an invalid stack.
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// use cloudfront_dsl::output::synth_all;
/// let mut a = Stack::new("A");
/// distribution!(a, "d", { default_behavior: { origin: origins::HttpOrigin("www.example.com") } });
/// let rendered = synth_all([&a]).unwrap();
/// assert_eq!(rendered[0].file_name(), "A.template.json");
/// ```
pub fn synth_all<'a>(
    stacks: impl IntoIterator<Item = &'a Stack>,
) -> Result<Vec<Rendered>, Vec<SynthError>> {
    Ok(synth_with_stacks(stacks)?
        .into_iter()
        .map(|(_, r)| r)
        .collect())
}

/// [`synth_all`], with the stack each template is of.
pub(crate) fn synth_with_stacks<'a>(
    stacks: impl IntoIterator<Item = &'a Stack>,
) -> Result<Vec<(&'a Stack, Rendered)>, Vec<SynthError>> {
    Ok(synth_stacks(stacks)?
        .into_iter()
        .map(|s| {
            (
                s.stack,
                Rendered {
                    stack_name: s.stack.name().to_owned(),
                    json: s.template.to_json_pretty() + "\n",
                    warnings: s.template.warnings().to_vec(),
                    dependencies: s.stack.dependencies().to_vec(),
                    template: s.template,
                },
            )
        })
        .collect())
}

/// Writes `contents` to `path` unless the file already holds exactly that; returns whether it
/// wrote. The write goes to a temporary file in the same directory, renamed over the target,
/// so a reader never sees half a template; the error names the step that failed.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("cloudfront-dsl-wic-{}", std::process::id()));
/// let path = dir.join("T.template.json");
/// assert!(cloudfront_dsl::output::write_if_changed(&path, "{}\n").unwrap());
/// assert!(!cloudfront_dsl::output::write_if_changed(&path, "{}\n").unwrap());
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn write_if_changed(path: &Path, contents: &str) -> io::Result<bool> {
    match atomic::stage(path, contents.as_bytes()).map_err(|e| e.source)? {
        None => Ok(false),
        Some(staged) => atomic::commit(vec![staged])
            .map(|_| true)
            .map_err(|e| e.source),
    }
}

/// Pretty JSON of `value` with every object's keys in sorted order, as serde_json writes maps
/// without its `preserve_order` feature, so that the files written do not change when some crate
/// of the build turns the feature on (the JavaScript parser's build dependency does, for build
/// scripts and macros).
pub(crate) fn sorted_json(value: serde_json::Value) -> String {
    serde_json::to_string_pretty(&sorted(value)).unwrap_or_default() + "\n"
}

/// `value` with every object's keys in sorted order.
fn sorted(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            let mut entries: Vec<(String, serde_json::Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            serde_json::Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.into_iter().map(sorted).collect())
        }
        other => other,
    }
}

/// A map whose entries keep their order (each value with sorted keys), for a map whose order
/// means something: the artifacts of a cloud assembly, in deployment order.
pub(crate) struct OrderedMap<'a>(pub(crate) &'a [(String, serde_json::Value)]);

impl serde::Serialize for OrderedMap<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, &sorted(v.clone()))?;
        }
        m.end()
    }
}

/// A unified diff of two texts, with file headers, as `diff -u` prints it; empty when the
/// texts are equal.
///
/// ```
/// let d = cloudfront_dsl::output::unified_diff("a\nb\n", "a\nc\n", "old", "new");
/// assert!(d.contains("-b\n+c\n"));
/// ```
pub fn unified_diff(old: &str, new: &str, old_name: &str, new_name: &str) -> String {
    if old == new {
        return String::new();
    }
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(old_name, new_name)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::write_if_changed;
    use crate::prelude::*;

    /// Every error the public API returns works with `?` into `Box<dyn Error>`, `anyhow` and
    /// the like.
    #[test]
    fn public_errors_are_std_errors() {
        fn is_error<E: std::error::Error + Send + Sync + 'static>() {}
        is_error::<crate::Violation>();
        is_error::<crate::SynthViolation>();
        is_error::<crate::SynthError>();
        is_error::<crate::build::Error>();
        is_error::<crate::routing::RouteError>();
        is_error::<crate::routing::TemplateError>();
        is_error::<crate::quotas::UnknownQuota>();
    }

    /// The YAML is the JSON's template: the same value, keys in the same order.
    #[test]
    fn yaml_holds_the_json_template() {
        let mut stack = Stack::new("Yaml");
        let bucket = s3::Bucket::new(&mut stack, "b");
        distribution!(stack, "d", {
            default_behavior: { origin: origins::S3BucketOrigin::with_origin_access_control(bucket) },
            comment: "line one\nline two: \"quoted\"",
        });
        let template = stack.synth().unwrap();
        let yaml = super::to_yaml(&template);
        let back: serde_json::Value = yaml_serde::from_str(&yaml).unwrap();
        assert_eq!(back, template.to_value());
        let keys = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| l.starts_with("  ") && !l.starts_with("   ") && l.ends_with(':'))
                .map(|l| l.trim().trim_end_matches(':').trim_matches('"').to_owned())
                .collect()
        };
        let json_keys: Vec<String> = template
            .to_json_pretty()
            .lines()
            .filter(|l| l.starts_with("    \"") && l.ends_with('{'))
            .map(|l| l.trim().split('"').nth(1).unwrap().to_owned())
            .collect();
        assert_eq!(keys(&yaml), json_keys, "resources in the JSON's order");
    }

    #[test]
    fn a_template_displays_as_its_pretty_json() {
        let mut stack = Stack::new("Shown");
        distribution!(stack, "d", { default_behavior: { origin: origins::HttpOrigin("www.example.com") } });
        let template = stack.synth().unwrap();
        let shown = template.to_string();
        assert_eq!(shown, template.to_json_pretty());
        assert!(shown.starts_with("{\n  \"Resources\": {\n"), "{shown}");
    }

    /// Threads writing one file at once each leave a whole file behind, never a torn one.
    #[test]
    fn concurrent_writes_are_atomic() {
        let dir =
            std::env::temp_dir().join(format!("cloudfront-dsl-atomic-{}", std::process::id()));
        let path = dir.join("T.template.json");
        let contents: Vec<String> = (0..8).map(|i| format!("{i}").repeat(100_000)).collect();
        std::thread::scope(|s| {
            for c in &contents {
                let path = &path;
                s.spawn(move || write_if_changed(path, c).expect("every write succeeds"));
            }
        });
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(contents.contains(&written));
        let leftovers = std::fs::read_dir(&dir).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
