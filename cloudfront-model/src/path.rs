//! Property paths: where in a construct's props a value sits.
//!
//! A rule reports a violation at a path such as `default_behavior.origin.http_port`; the macro maps
//! the path back to the token that wrote the value, and `synth()` prefixes it with the construct id
//! (`myDist.default_behavior.origin.http_port`).

use std::borrow::Cow;
use std::fmt;

/// One step of a [`PropPath`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Seg {
    /// A named prop, `http_port`.
    Field(Cow<'static, str>),
    /// An element of a list, `[2]`.
    Index(usize),
    /// An entry of a map, `["/images/*"]`.
    Key(String),
}

/// A path from the root of a construct's props to one value.
///
/// ```
/// use cloudfront_dsl::PropPath;
/// let p = PropPath::root().field("custom_headers").key("X-Origin").field("value");
/// assert_eq!(p.to_string(), r#"custom_headers["X-Origin"].value"#);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PropPath(Vec<Seg>);

impl PropPath {
    /// The empty path: the construct's props object itself.
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// This path extended by a named prop.
    pub fn field(&self, name: impl Into<Cow<'static, str>>) -> Self {
        self.with(Seg::Field(name.into()))
    }

    /// This path extended by a list index.
    pub fn index(&self, i: usize) -> Self {
        self.with(Seg::Index(i))
    }

    /// This path extended by a map key.
    pub fn key(&self, k: impl Into<String>) -> Self {
        self.with(Seg::Key(k.into()))
    }

    fn with(&self, seg: Seg) -> Self {
        let mut v = Vec::with_capacity(self.0.len() + 1);
        v.extend_from_slice(&self.0);
        v.push(seg);
        Self(v)
    }

    /// The steps of the path, root first.
    pub fn segments(&self) -> &[Seg] {
        &self.0
    }

    /// Whether `prefix` is this path or one of its ancestors.
    pub fn starts_with(&self, prefix: &PropPath) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// The path without its last step; `None` for the root.
    pub fn parent(&self) -> Option<PropPath> {
        if self.0.is_empty() {
            None
        } else {
            Some(Self(self.0[..self.0.len() - 1].to_vec()))
        }
    }

    /// Whether this is the root path.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The last step, if any.
    pub fn last(&self) -> Option<&Seg> {
        self.0.last()
    }

    /// This path with its prefix `from` replaced by `to`; `None` when it does not start with
    /// `from`.
    pub(crate) fn rebased(&self, from: &PropPath, to: &PropPath) -> Option<PropPath> {
        self.0
            .strip_prefix(from.0.as_slice())
            .map(|rest| Self(to.0.iter().chain(rest).cloned().collect()))
    }
}

impl fmt::Display for PropPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Field(name) if i == 0 => f.write_str(name)?,
                Seg::Field(name) => write!(f, ".{name}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
                Seg::Key(k) => write!(f, "[{k:?}]")?,
            }
        }
        Ok(())
    }
}
