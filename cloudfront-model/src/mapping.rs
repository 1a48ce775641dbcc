//! Template mappings: lookup tables a template reads with `Fn::FindInMap`.

use serde_json::Value;

use crate::construct::Construct;
use crate::stack::{Ids, Stack};
use crate::template::{Element, Section};

/// A mapping of the template, under its name.
#[derive(Debug)]
pub(crate) struct Mapping(Value);

impl Construct for Mapping {
    fn section(&self) -> Option<Section> {
        Some(Section::Mappings)
    }

    fn render(&self, _: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Mapping(self.0.clone()))
    }
}

impl Stack {
    /// Whether the stack already holds the mapping `name` (another construct of that id is
    /// reported by `add_mapping`).
    pub(crate) fn has_mapping(&self, name: &str) -> bool {
        self.child(self.root(), name)
            .is_some_and(|n| self.construct::<Mapping>(n).is_some())
    }

    /// Adds the mapping `name`.
    pub(crate) fn add_mapping(&mut self, name: &str, value: Value) {
        let node = self.add_construct(None, name);
        self.set_construct(node, Mapping(value));
        self.set_logical_id(node, name);
    }
}
