//! Names CloudFront keeps unique per account: two constructs of one kind with one name cannot
//! both exist, and the second fails to create.

use crate::construct::StackRule;
use crate::functions::FunctionResource;
use crate::keys::{KeyGroupResource, PublicKeyResource};
use crate::path::PropPath;
use crate::policies::cache::CachePolicyResource;
use crate::policies::origin_request::OriginRequestPolicyResource;
use crate::policies::response_headers::ResponseHeadersPolicyResource;
use crate::rules::catalog::Rule;
use crate::stack::Stack;
use crate::tree::NodeRef;
use crate::violation::Violation;

/// Two cache policies, origin request policies, response headers policies, key groups, public
/// keys or functions of the stack with one name: CloudFront names each of these uniquely per
/// account, and refuses to create a second one with a name it has (the API's
/// `CachePolicyAlreadyExists`, `OriginRequestPolicyAlreadyExists`,
/// `ResponseHeadersPolicyAlreadyExists`, `KeyGroupAlreadyExists`, `PublicKeyAlreadyExists`,
/// `FunctionAlreadyExists`: "A ... with this name already exists. You must provide a unique
/// name", Amazon CloudFront API Reference, the `Create...` actions' errors). Names the CDK
/// generates (a prop left out) derive from the construct's path and do not collide. Registered
/// by each of these constructs.
pub(crate) static NAMES_OF_THE_STACK: StackRule = StackRule {
    name: "names that are unique per account",
    check: check_names_of_the_stack,
};

/// What a construct is, its name's prop, and each construct of the kind with its name.
type Kind<'s> = (&'static str, &'static str, Vec<(NodeRef, &'s str)>);

fn check_names_of_the_stack(stack: &Stack, found: &mut Vec<(NodeRef, Violation)>) {
    fn each<'s, T: crate::construct::Construct>(
        stack: &'s Stack,
        name: fn(&T) -> Option<&str>,
    ) -> impl Iterator<Item = (NodeRef, &'s str)> + 's {
        stack
            .constructs::<T>()
            .filter_map(move |(node, c)| Some((node, name(c)?)))
    }
    let kinds: [Kind<'_>; 6] = [
        (
            "cache policy",
            "cache_policy_name",
            each::<CachePolicyResource>(stack, |c| c.props.cache_policy_name.as_deref()).collect(),
        ),
        (
            "origin request policy",
            "origin_request_policy_name",
            each::<OriginRequestPolicyResource>(stack, |c| {
                c.props.origin_request_policy_name.as_deref()
            })
            .collect(),
        ),
        (
            "response headers policy",
            "response_headers_policy_name",
            each::<ResponseHeadersPolicyResource>(stack, |c| {
                c.props.response_headers_policy_name.as_deref()
            })
            .collect(),
        ),
        (
            "key group",
            "key_group_name",
            each::<KeyGroupResource>(stack, |c| c.props.key_group_name.as_deref()).collect(),
        ),
        (
            "public key",
            "public_key_name",
            each::<PublicKeyResource>(stack, |c| c.props.public_key_name.as_deref()).collect(),
        ),
        (
            "function",
            "function_name",
            each::<FunctionResource>(stack, |c| c.props.function_name.as_deref()).collect(),
        ),
    ];
    for (what, prop, named) in kinds {
        for (i, (node, name)) in named.iter().enumerate() {
            let Some((first, _)) = named[..i].iter().find(|(_, n)| n == name) else {
                continue;
            };
            found.push((
                *node,
                Violation::new(
                    Rule::Name,
                    PropPath::root().field(prop),
                    format!(
                        "{what} name `{name}` is also the name of `{}`; CloudFront names each {what} uniquely per account and refuses to create the second",
                        stack.construct_path(first.node)
                    ),
                )
                .help(format!("give each {what} its own `{prop}`, or leave it out for a name derived from the construct's path")),
            ));
        }
    }
}
