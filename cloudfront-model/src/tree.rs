//! The construct tree of a stack.
//!
//! Like the CDK, a stack is a tree of constructs: a bucket `myBucket` holds its CloudFormation
//! resource `Resource` and, once an origin is granted access, its policy `Policy/Resource`.
//! Logical ids come from the path of a resource below the stack, and resources appear in the
//! template in depth-first order with children in creation order, so the tree is what makes the
//! output match the CDK's.

use crate::construct::Construct;

/// Identifies a stack for the lifetime of the process, so that handles cannot be used with
/// the wrong stack. Never written to a template.
pub(crate) type StackId = u64;

/// A handle on a construct of a stack: a bucket, a distribution, a resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeRef {
    pub(crate) stack: StackId,
    pub(crate) node: u32,
}

impl NodeRef {
    /// A handle that belongs to no stack: what the macro's checker uses for a value it cannot
    /// see. Each is different, so that two unknown values never look like the same one.
    pub(crate) fn placeholder() -> NodeRef {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        NodeRef {
            stack: 0,
            node: NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }
}

#[derive(Debug)]
pub(crate) struct Node {
    pub(crate) id: String,
    pub(crate) parent: Option<u32>,
    pub(crate) children: Vec<u32>,
    /// What the node holds; a scope holds nothing.
    pub(crate) construct: Option<Box<dyn Construct>>,
}

/// The arena of a stack's constructs; node 0 is the stack itself.
#[derive(Debug)]
pub(crate) struct Tree {
    pub(crate) nodes: Vec<Node>,
}

impl Tree {
    pub(crate) fn new() -> Self {
        Self {
            nodes: vec![Node {
                id: String::new(),
                parent: None,
                children: Vec::new(),
                construct: None,
            }],
        }
    }

    pub(crate) const ROOT: u32 = 0;

    /// The child of `parent` with construct id `id`.
    pub(crate) fn child(&self, parent: u32, id: &str) -> Option<u32> {
        self.nodes[parent as usize]
            .children
            .iter()
            .copied()
            .find(|c| self.nodes[*c as usize].id == id)
    }

    /// Adds a child; the caller makes sure the id is free.
    pub(crate) fn add(
        &mut self,
        parent: u32,
        id: String,
        construct: Option<Box<dyn Construct>>,
    ) -> u32 {
        let index = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        self.nodes.push(Node {
            id,
            parent: Some(parent),
            children: Vec::new(),
            construct,
        });
        self.nodes[parent as usize].children.push(index);
        index
    }

    /// Construct ids from just below the stack down to `node`.
    pub(crate) fn path(&self, node: u32) -> Vec<&str> {
        let mut out = Vec::new();
        let mut cur = Some(node);
        while let Some(n) = cur {
            if n == Self::ROOT {
                break;
            }
            let node = &self.nodes[n as usize];
            out.push(node.id.as_str());
            cur = node.parent;
        }
        out.reverse();
        out
    }

    /// Every node in depth-first order, children in creation order: the order of the template.
    pub(crate) fn depth_first(&self) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.nodes.len());
        let mut stack = vec![Self::ROOT];
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.nodes[n as usize].children.iter().rev());
        }
        out
    }
}
