//! What a rule reports: the rule, the property path, what is wrong and how to fix it.

use std::fmt;

use crate::path::PropPath;
use crate::rules::catalog::Rule;

/// Which token a violation is about: the value written for a prop, or the prop's key.
///
/// A value that is wrong points at the value; a prop that is wrong because another one is missing
/// (or present) points at its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// The value written for the prop at the path.
    Value,
    /// The key of the prop at the path.
    Key,
}

/// One broken rule, found at compile time by the macros or at run time by `Stack::synth()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The rule that is broken.
    pub rule: Rule,
    /// Where, relative to the construct's props.
    pub path: PropPath,
    /// Whether the key or the value at `path` is at fault.
    pub target: Target,
    /// What is wrong and why CloudFront rejects it.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Violation {
    /// A violation of `rule` by the value at `path`.
    pub fn new(rule: Rule, path: PropPath, message: impl Into<String>) -> Self {
        Self {
            rule,
            path,
            target: Target::Value,
            message: crate::redact::redact(&message.into()),
            help: None,
        }
    }

    /// Adds a fix hint.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(crate::redact::redact(&help.into()));
        self
    }

    /// Points the violation at the prop's key instead of its value.
    pub fn at_key(mut self) -> Self {
        self.target = Target::Key;
        self
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Violation {}
