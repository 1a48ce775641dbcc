//! What the core asks of a construct: its element of the template, its checks, the account
//! quota it counts toward.
//!
//! The core (the stack, its construct tree, naming, references, the template, assets) names no
//! construct kind. A node of the tree holds a `Box<dyn Construct>`; `Stack::synth()` walks the
//! tree and asks each construct to check itself and to render its element, as the CDK's `Stack`
//! asks each element for its CloudFormation. A construct that needs another one (a distribution
//! reading its log bucket's props) downcasts through [`Stack::construct`], and a construct that
//! keeps state per stack (the origin access identities of S3 origins) keeps it in the stack's
//! typed extensions ([`Stack::extension_mut`]).
//!
//! To add a construct: write its module with a handle type, a struct that implements
//! [`Construct`] (render it, check it, say which [`AccountQuota`] it counts toward) and a
//! constructor that calls `stack.add_construct(...)` and `stack.add_resource(...)`; a rule that
//! spans several constructs is a [`StackRule`] the constructor registers; files it ships (code,
//! data) are assets it adds with `stack.add_file_asset(...)`, whose location its template holds;
//! resources it must put in another region go to a companion stack (`stack.companion_stack(...)`,
//! which the stack then depends on), whose logical ids its template can name
//! (`Expr::logical_id_of`); a logical id that hashes what the construct renders (a Lambda
//! version's) comes from [`Construct::logical_id`].
//! Then add its enums to `schema::enums()`, its rule codes to the `Rule` catalog, its quotas to
//! `Quotas`, and its macro wiring. Nothing of the core changes.

use std::any::Any;
use std::fmt::Debug;

use crate::expr::Expr;
use crate::quotas::Quotas;
use crate::rules::checker::Checker;
use crate::stack::{Ids, Stack};
use crate::template::{Element, Section};
use crate::tree::NodeRef;
use crate::violation::Violation;

/// A construct of a stack's tree: what the core knows of it.
///
/// `Send + Sync` so that a stack stays shareable between threads, as plain data is.
pub(crate) trait Construct: Any + Debug + Send + Sync {
    /// The template section its element goes to; `None` for a construct that is not in the
    /// template (something imported), which gets no logical id.
    fn section(&self) -> Option<Section> {
        Some(Section::Resources)
    }

    /// Its element of the template; `node` is its node of the tree, `ids` resolves references.
    fn render(&self, ids: &Ids<'_>, node: u32) -> Result<Element, serde_json::Error>;

    /// The logical id it takes instead of the one its path gives, computed at synthesis from
    /// what it renders (a Lambda version's id hashes its function's configuration); `ids`
    /// resolves references by the ids paths give.
    fn logical_id(&self, _ids: &Ids<'_>, _node: u32) -> Option<String> {
        None
    }

    /// Checks it on complete values, with the stack at hand for what it references.
    fn check(&self, _stack: &Stack, _cx: &mut Checker<'_>) {}

    /// The account quota it counts toward, if any: `synth()` counts the stack's constructs of
    /// each quota and reports the first one over it.
    fn account_quota(&self) -> Option<&'static AccountQuota> {
        None
    }

    /// What a reference to a construct that is not in the template (whose section is `None`)
    /// resolves to: `Ref` when `attribute` is `None`, `Fn::GetAtt` otherwise; `None` when it has
    /// no such value, which fails synthesis. Constructs of the template resolve by logical id.
    fn known_value(&self, _attribute: Option<&str>) -> Option<Expr> {
        None
    }
}

impl dyn Construct {
    /// The construct as a `T`, when it is one.
    pub(crate) fn downcast_ref<T: Construct>(&self) -> Option<&T> {
        (self as &dyn Any).downcast_ref()
    }

    /// The construct as a `T`, when it is one.
    pub(crate) fn downcast_mut<T: Construct>(&mut self) -> Option<&mut T> {
        (self as &mut dyn Any).downcast_mut()
    }
}

/// An account-wide quota that constructs of a kind count toward (custom cache policies per
/// account, key groups per account, ...). The rules can only count the constructs of one stack;
/// `synth()` reports the first one over the quota.
#[derive(Debug)]
pub(crate) struct AccountQuota {
    /// The quota's name in [`Quotas`] (what `#![quotas(...)]` takes).
    pub(crate) name: &'static str,
    /// The quota in force.
    pub(crate) limit: fn(&Quotas) -> u64,
    /// What one construct is, for the message: "cache policy of the stack".
    pub(crate) what: &'static str,
}

/// Declares the [`AccountQuota`] of the `Quotas` field `$field`: the name and the limit come
/// from the field, so the two cannot disagree.
macro_rules! account_quota {
    ($field:ident, $what:literal) => {
        $crate::construct::AccountQuota {
            name: stringify!($field),
            limit: |q: &$crate::quotas::Quotas| q.$field,
            what: $what,
        }
    };
}
pub(crate) use account_quota;

/// A rule over several constructs of a stack, registered by the construct module that needs it
/// (`Stack::add_stack_rule`) and run by `synth()` after every construct's own checks.
#[derive(Debug)]
pub(crate) struct StackRule {
    /// Identifies the rule: registering it again does nothing.
    pub(crate) name: &'static str,
    /// Reports each violation with the construct it is about (`Stack::root()` for the stack).
    pub(crate) check: fn(&Stack, &mut Vec<(NodeRef, Violation)>),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::PropPath;
    use crate::rules::catalog::Rule;
    use crate::template::CfnResource;

    /// A construct of tests, counted toward `key_groups_per_account` when `counted`.
    #[derive(Debug)]
    struct Probe {
        counted: bool,
    }

    static PROBES: AccountQuota = account_quota!(key_groups_per_account, "probe of the stack");

    impl Construct for Probe {
        fn render(&self, _: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
            Ok(Element::Resource(CfnResource::new(
                "AWS::SNS::Topic",
                serde_json::Value::Null,
            )))
        }

        fn account_quota(&self) -> Option<&'static AccountQuota> {
            self.counted.then_some(&PROBES)
        }
    }

    /// Another kind, counted toward the same quota.
    #[derive(Debug)]
    struct OtherProbe;

    impl Construct for OtherProbe {
        fn render(&self, _: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
            Ok(Element::Mapping(serde_json::json!({})))
        }

        fn section(&self) -> Option<Section> {
            Some(Section::Mappings)
        }

        fn account_quota(&self) -> Option<&'static AccountQuota> {
            Some(&PROBES)
        }
    }

    fn add(stack: &mut Stack, id: &str, construct: impl Construct) -> NodeRef {
        let scope = stack.add_construct(None, id);
        stack.add_resource(scope, construct)
    }

    #[test]
    fn every_kind_counts_toward_its_account_quota() {
        let mut stack = Stack::new("Quotas");
        stack.quotas_mut().key_groups_per_account = 2;
        add(&mut stack, "A", Probe { counted: true });
        add(&mut stack, "Free", Probe { counted: false });
        add(&mut stack, "B", OtherProbe);
        add(&mut stack, "C", Probe { counted: true });
        add(&mut stack, "D", Probe { counted: true });
        let errors = stack.synth().expect_err("over the quota").errors;
        let found: Vec<(Rule, &str, &str)> = errors
            .iter()
            .map(|e| {
                (
                    e.violation.rule,
                    e.construct.as_str(),
                    e.violation.message.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [(
                Rule::PerAccountQuota,
                "C",
                "this is the 3rd probe of the stack; CloudFront allows 2 (account quota)"
            )]
        );
        assert!(
            errors[0]
                .violation
                .help
                .as_deref()
                .is_some_and(|h| h.contains("#![quotas(key_groups_per_account = N)]"))
        );
    }

    static WHOLE_STACK: StackRule = StackRule {
        name: "test: the whole stack",
        check: |stack, found| {
            let probes = stack.constructs::<Probe>().count();
            found.push((
                stack.root(),
                Violation::new(
                    Rule::EmptyStack,
                    PropPath::root(),
                    format!("{probes} probes"),
                ),
            ));
        },
    };

    #[test]
    fn a_stack_rule_registered_twice_runs_once_at_synthesis() {
        let mut stack = Stack::new("Rules");
        stack.add_stack_rule(&WHOLE_STACK);
        add(&mut stack, "A", Probe { counted: false });
        add(&mut stack, "B", OtherProbe);
        add(&mut stack, "C", Probe { counted: false });
        stack.add_stack_rule(&WHOLE_STACK);
        let errors = stack.synth().expect_err("the rule reports").errors;
        let found: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.construct.as_str(), e.violation.message.as_str()))
            .collect();
        assert_eq!(found, [("", "2 probes")]);
    }

    #[test]
    fn typed_access_checks_the_type_and_the_stack() {
        let mut stack = Stack::new("Typed");
        let other = Stack::new("Other");
        let probe = add(&mut stack, "A", Probe { counted: true });
        assert!(stack.construct::<Probe>(probe).is_some_and(|p| p.counted));
        assert!(stack.construct::<OtherProbe>(probe).is_none());
        assert!(other.construct::<Probe>(probe).is_none());
        if let Some(p) = stack.construct_mut::<Probe>(probe) {
            p.counted = false;
        }
        assert!(stack.construct::<Probe>(probe).is_some_and(|p| !p.counted));
        let scope = stack.child(stack.root(), "A");
        assert_eq!(scope.and_then(|s| stack.child(s, "Resource")), Some(probe));
    }

    #[derive(Debug, Default, PartialEq)]
    struct Seen(Vec<&'static str>);

    /// A stack holding constructs and extensions can still move to another thread.
    #[test]
    fn stacks_stay_send_and_sync() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Stack>();
    }

    #[test]
    fn extensions_are_typed_and_per_stack() {
        let mut stack = Stack::new("Extensions");
        let other = Stack::new("Other");
        assert_eq!(stack.extension::<Seen>(), None);
        stack.extension_mut::<Seen>().0.push("a");
        stack.extension_mut::<Seen>().0.push("b");
        *stack.extension_mut::<u32>() += 7;
        assert_eq!(stack.extension::<Seen>(), Some(&Seen(vec!["a", "b"])));
        assert_eq!(stack.extension::<u32>(), Some(&7));
        assert_eq!(other.extension::<Seen>(), None);
    }
}
