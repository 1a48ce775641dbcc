//! Constructs that exist outside the stack (a distribution, a hosted zone), for references:
//! they have no logical id, and references to them resolve to the values they were imported
//! with.

use crate::construct::Construct;
use crate::expr::Expr;
use crate::stack::Ids;
use crate::template::{Element, Section};

/// The values references to an imported construct resolve to.
#[derive(Debug)]
pub(crate) struct Import {
    /// What `Ref` gives.
    pub(crate) reference: Expr,
    /// What `Fn::GetAtt` gives, by attribute.
    pub(crate) attributes: Vec<(&'static str, Expr)>,
}

impl Construct for Import {
    fn section(&self) -> Option<Section> {
        None
    }

    fn render(&self, _: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Err(serde::ser::Error::custom(
            "an imported construct is not in the template",
        ))
    }

    fn known_value(&self, attribute: Option<&str>) -> Option<Expr> {
        match attribute {
            None => Some(self.reference.clone()),
            Some(a) => self
                .attributes
                .iter()
                .find(|(k, _)| *k == a)
                .map(|(_, v)| v.clone()),
        }
    }
}

/// Adds the construct `id` under `parent` (the stack's root for `None`) as an import whose
/// references resolve to `reference` and, by attribute, to `attributes`.
pub(crate) fn declare(
    stack: &mut crate::stack::Stack,
    parent: Option<crate::tree::NodeRef>,
    id: &str,
    reference: Expr,
    attributes: Vec<(&'static str, Expr)>,
) -> crate::tree::NodeRef {
    let node = stack.add_construct(parent, id);
    stack.set_construct(
        node,
        Import {
            reference,
            attributes,
        },
    );
    node
}
