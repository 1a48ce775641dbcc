//! Reading a template's JSON object key by key: a translation takes each key it turns into
//! source and fails on any it leaves, so no property is dropped on the way.

use serde_json::{Map, Value};

/// Why a resource is carried over as it is rather than turned into a construct.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unsupported(pub(crate) String);

impl Unsupported {
    pub(crate) fn new(why: impl Into<String>) -> Self {
        Unsupported(why.into())
    }
}

pub(crate) type Result<T> = std::result::Result<T, Unsupported>;

/// The keys of one JSON object not yet taken, with the property path for messages.
pub(crate) struct Fields {
    path: String,
    rest: Map<String, Value>,
}

impl Fields {
    /// The object `value` at `path`; an error when it is not an object.
    pub(crate) fn new(value: &Value, path: impl Into<String>) -> Result<Self> {
        let path = path.into();
        match value {
            Value::Object(m) => Ok(Fields {
                path,
                rest: m.clone(),
            }),
            _ => Err(Unsupported::new(format!("`{path}` is not an object"))),
        }
    }

    /// The path of `key` below this object.
    pub(crate) fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Takes `key`, if present.
    pub(crate) fn take(&mut self, key: &str) -> Option<Value> {
        self.rest.remove(key)
    }

    /// Takes `key`, which must be present.
    pub(crate) fn required(&mut self, key: &str) -> Result<Value> {
        self.take(key)
            .ok_or_else(|| Unsupported::new(format!("`{}` is missing", self.path_of(key))))
    }

    /// Takes the string `key`, if present.
    pub(crate) fn string(&mut self, key: &str) -> Result<Option<String>> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(self.not(key, "a string")),
        }
    }

    /// Takes the boolean `key`, if present.
    pub(crate) fn bool(&mut self, key: &str) -> Result<Option<bool>> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(b)),
            Some(_) => Err(self.not(key, "a boolean")),
        }
    }

    /// Takes the non-negative integer `key`, if present.
    pub(crate) fn uint(&mut self, key: &str) -> Result<Option<u64>> {
        match self.take(key) {
            None => Ok(None),
            Some(v) => v
                .as_u64()
                .map(Some)
                .ok_or_else(|| self.not(key, "an integer")),
        }
    }

    /// Takes the list of strings `key`, if present.
    pub(crate) fn strings(&mut self, key: &str) -> Result<Option<Vec<String>>> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s),
                    _ => Err(self.not(key, "a list of strings")),
                })
                .collect::<Result<Vec<_>>>()
                .map(Some),
            Some(_) => Err(self.not(key, "a list of strings")),
        }
    }

    fn not(&self, key: &str, what: &str) -> Unsupported {
        Unsupported::new(format!("`{}` is not {what}", self.path_of(key)))
    }

    /// Succeeds when every key was taken.
    pub(crate) fn finish(self) -> Result<()> {
        match self.rest.keys().next() {
            None => Ok(()),
            Some(key) => Err(Unsupported::new(format!(
                "`{}` is not covered by the import yet",
                self.path_of(key)
            ))),
        }
    }
}
