//! Writing templates to disk: every stack synthesized first (all or nothing), then each
//! template written atomically and only when its content changed.

use std::io;
use std::path::Path;

use cloudfront_model::app::synth_stacks;
use cloudfront_model::{Stack, SynthError, SynthViolation};

use crate::atomic;

/// A synthesized template, ready to be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// The stack's name.
    pub stack_name: String,
    /// The template as pretty-printed JSON with a trailing newline.
    pub json: String,
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
