//! Apps: stacks that synthesize together, each after the stacks it depends on.
//!
//! A stack depends on another when the user says so ([`Stack::add_dependency`]) or when one of
//! its constructs creates a stack of its own (an edge function's us-east-1 stack, a companion
//! of the stack that owns it). An [`App`] orders the stacks so that each comes after those it
//! depends on, companions before their owners, checks that every dependency is there, and
//! synthesizes each stack with the others at hand (a stack may read the logical id of a
//! resource of a stack it depends on). The order is the one the stacks deploy in; the cloud
//! assembly manifest lists it.
//!
//! ```
//! use cloudfront_dsl::{Stack, CfnResource, app::App};
//! use serde_json::json;
//!
//! let mut shared = Stack::new("Shared").with_env("123456789012", "us-east-1");
//! shared.add_cfn_resource("Topic", CfnResource::new("AWS::SNS::Topic", json!({})));
//! let mut site = Stack::new("Site").with_env("123456789012", "eu-west-1");
//! site.add_cfn_resource("Queue", CfnResource::new("AWS::SQS::Queue", json!({})));
//! site.add_dependency(&shared);
//! // Alone, a stack that needs another does not synthesize.
//! assert!(site.synth().is_err());
//!
//! let app = App::from(vec![site, shared]);
//! let synthesized = app.synth()?;
//! let names: Vec<&str> = synthesized.iter().map(|s| s.stack.name()).collect();
//! assert_eq!(names, ["Shared", "Site"]);
//! # Ok::<(), Vec<cloudfront_dsl::SynthError>>(())
//! ```

use crate::path::PropPath;
use crate::rules::catalog::Rule;
use crate::stack::{Stack, SynthError, SynthViolation};
use crate::template::Template;
use crate::violation::Violation;

/// Stacks that synthesize together, in dependency order.
#[derive(Debug, Default)]
pub struct App {
    stacks: Vec<Stack>,
}

/// A stack and its template.
#[derive(Debug)]
pub struct SynthesizedStack<'a> {
    /// The stack (its name, env, dependencies and assets say where the template goes).
    pub stack: &'a Stack,
    /// Its template.
    pub template: Template,
}

impl App {
    /// An app without stacks.
    pub fn new() -> App {
        App::default()
    }

    /// Adds a stack; returns it, to add constructs to.
    ///
    /// ```
    /// use cloudfront_dsl::{Stack, app::App};
    /// let mut app = App::new();
    /// let stack = app.add_stack(Stack::new("Site").with_env("123456789012", "us-east-1"));
    /// assert_eq!(stack.name(), "Site");
    /// ```
    pub fn add_stack(&mut self, stack: Stack) -> &mut Stack {
        self.stacks.push(stack);
        let last = self.stacks.len() - 1;
        &mut self.stacks[last]
    }

    /// The stack named `name`, a companion stack included.
    pub fn stack(&self, name: &str) -> Option<&Stack> {
        self.stacks().into_iter().find(|s| s.name() == name)
    }

    /// Every stack, companion stacks included, each after the stacks it depends on (stacks in a
    /// cycle, or with a dependency the app lacks, come in the order they were added).
    pub fn stacks(&self) -> Vec<&Stack> {
        match ordered(self.stacks.iter()) {
            Ok(stacks) => stacks,
            Err(_) => flatten(self.stacks.iter()),
        }
    }

    /// Checks and synthesizes every stack, in dependency order. Fails with every stack's
    /// errors when one is invalid or a dependency is missing, so that an invalid app never
    /// yields templates.
    pub fn synth(&self) -> Result<Vec<SynthesizedStack<'_>>, Vec<SynthError>> {
        synth_stacks(self.stacks.iter())
    }
}

impl From<Vec<Stack>> for App {
    fn from(stacks: Vec<Stack>) -> App {
        App { stacks }
    }
}

impl From<Stack> for App {
    fn from(stack: Stack) -> App {
        App {
            stacks: vec![stack],
        }
    }
}

impl FromIterator<Stack> for App {
    fn from_iter<I: IntoIterator<Item = Stack>>(stacks: I) -> App {
        App {
            stacks: stacks.into_iter().collect(),
        }
    }
}

/// The stacks added to the app (their companion stacks are theirs).
impl<'a> IntoIterator for &'a App {
    type Item = &'a Stack;
    type IntoIter = std::slice::Iter<'a, Stack>;

    fn into_iter(self) -> Self::IntoIter {
        self.stacks.iter()
    }
}

/// Synthesizes `stacks` and their companion stacks, each after those it depends on: what
/// [`App::synth`] does, for stacks held elsewhere.
pub fn synth_stacks<'a>(
    stacks: impl IntoIterator<Item = &'a Stack>,
) -> Result<Vec<SynthesizedStack<'a>>, Vec<SynthError>> {
    let stacks = ordered(stacks)?;
    let mut out = Vec::with_capacity(stacks.len());
    let mut errors = Vec::new();
    for stack in &stacks {
        match stack.synth_in(&stacks) {
            Ok(template) => out.push(SynthesizedStack { stack, template }),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The stacks and their companion stacks (at any depth, before their owners), each once: the
/// stacks an app of `stacks` synthesizes.
pub fn with_companions<'a>(stacks: impl IntoIterator<Item = &'a Stack>) -> Vec<&'a Stack> {
    flatten(stacks)
}

/// The stacks and their companions (at any depth, before their owners), each once.
fn flatten<'a>(stacks: impl IntoIterator<Item = &'a Stack>) -> Vec<&'a Stack> {
    fn add<'a>(stack: &'a Stack, out: &mut Vec<&'a Stack>) {
        for companion in stack.companion_stacks() {
            add(companion, out);
        }
        if !out.iter().any(|s| std::ptr::eq(*s, stack)) {
            out.push(stack);
        }
    }
    let mut out = Vec::new();
    for stack in stacks {
        add(stack, &mut out);
    }
    out
}

fn stack_error(stack: &Stack, message: String, help: &str) -> SynthError {
    SynthError {
        stack: stack.name().to_owned(),
        errors: vec![SynthViolation {
            construct: String::new(),
            violation: Violation::new(
                Rule::StackDependency,
                PropPath::root().field("dependencies"),
                message,
            )
            .help(help),
        }],
    }
}

/// The stacks in dependency order (a stable depth-first order: each stack after the stacks it
/// depends on, otherwise in the order given), or why there is none.
fn ordered<'a>(
    stacks: impl IntoIterator<Item = &'a Stack>,
) -> Result<Vec<&'a Stack>, Vec<SynthError>> {
    let all = flatten(stacks);
    let mut errors = Vec::new();
    for (i, stack) in all.iter().enumerate() {
        // Case-insensitive file systems would give two such stacks one template file.
        if let Some(first) = all[..i]
            .iter()
            .find(|s| s.name().eq_ignore_ascii_case(stack.name()))
        {
            errors.push(stack_error(
                stack,
                format!(
                    "two stacks are named `{}`{}",
                    stack.name(),
                    if first.name() == stack.name() {
                        String::new()
                    } else {
                        format!(" (and `{}`, which differs only in case)", first.name())
                    }
                ),
                "give each stack its own name (an edge function's `stack_id` names its us-east-1 stack)",
            ));
        }
    }
    for stack in &all {
        for dep in stack.dependencies() {
            if !all.iter().any(|s| s.name() == dep) {
                errors.push(stack_error(
                    stack,
                    format!(
                        "stack `{}` depends on stack `{dep}`, which the app does not hold",
                        stack.name()
                    ),
                    "add that stack to the app, or remove the dependency",
                ));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Visiting,
        Done,
    }
    let mut marks = vec![Mark::New; all.len()];
    let mut out = Vec::with_capacity(all.len());
    fn visit<'a>(
        i: usize,
        all: &[&'a Stack],
        marks: &mut [Mark],
        out: &mut Vec<&'a Stack>,
        path: &mut Vec<usize>,
    ) -> Result<(), Vec<usize>> {
        match marks[i] {
            Mark::Done => return Ok(()),
            Mark::Visiting => {
                let start = path.iter().position(|&p| p == i).unwrap_or(0);
                return Err(path[start..].to_vec());
            }
            Mark::New => {}
        }
        marks[i] = Mark::Visiting;
        path.push(i);
        for dep in all[i].dependencies() {
            if let Some(j) = all.iter().position(|s| s.name() == dep) {
                visit(j, all, marks, out, path)?;
            }
        }
        path.pop();
        marks[i] = Mark::Done;
        out.push(all[i]);
        Ok(())
    }
    for i in 0..all.len() {
        if let Err(cycle) = visit(i, &all, &mut marks, &mut out, &mut Vec::new()) {
            let names: Vec<String> = cycle
                .iter()
                .chain(cycle.first())
                .map(|&j| format!("`{}`", all[j].name()))
                .collect();
            return Err(vec![stack_error(
                all[cycle[0]],
                format!(
                    "the stacks depend on each other in a cycle ({}), so none can be deployed first",
                    names.join(" -> ")
                ),
                "remove one of the dependencies",
            )]);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::CfnResource;

    fn stack(name: &str) -> Stack {
        let mut stack = Stack::new(name);
        stack.add_cfn_resource(
            "Topic",
            CfnResource::new("AWS::SNS::Topic", serde_json::json!({})),
        );
        stack
    }

    fn messages(errors: Vec<SynthError>) -> Vec<(String, String)> {
        errors
            .into_iter()
            .flat_map(|e| {
                let stack = e.stack.clone();
                e.errors
                    .into_iter()
                    .map(move |v| (stack.clone(), v.violation.message))
            })
            .collect()
    }

    #[test]
    fn stacks_come_after_their_dependencies_companions_before_their_owners() {
        let (a, mut b, mut c) = (stack("A"), stack("B"), stack("C"));
        c.companion_stack("C-edge", None).add_cfn_resource(
            "T",
            CfnResource::new("AWS::SNS::Topic", serde_json::json!({})),
        );
        b.add_dependency(&c);
        let app = App::from(vec![b, a, c]);
        let names: Vec<&str> = app.stacks().iter().map(|s| s.name()).collect();
        assert_eq!(names, ["C-edge", "C", "B", "A"]);
        let synthesized: Vec<&str> = app
            .synth()
            .unwrap()
            .iter()
            .map(|s| s.stack.name())
            .collect();
        assert_eq!(synthesized, names);
        assert_eq!(app.stack("C-edge").map(Stack::name), Some("C-edge"));
    }

    #[test]
    fn a_missing_dependency_a_cycle_and_a_shared_name_are_errors() {
        let mut a = stack("A");
        a.add_dependency(&stack("Gone"));
        assert_eq!(
            messages(App::from(a).synth().unwrap_err()),
            [(
                "A".to_owned(),
                "stack `A` depends on stack `Gone`, which the app does not hold".to_owned()
            )]
        );
        let (mut a, mut b) = (stack("A"), stack("B"));
        a.add_dependency(&b);
        b.add_dependency(&a);
        assert_eq!(
            messages(App::from(vec![a, b]).synth().unwrap_err()),
            [(
                "A".to_owned(),
                "the stacks depend on each other in a cycle (`A` -> `B` -> `A`), so none can be deployed first".to_owned()
            )]
        );
        assert_eq!(
            messages(App::from(vec![stack("A"), stack("a")]).synth().unwrap_err()),
            [(
                "a".to_owned(),
                "two stacks are named `a` (and `A`, which differs only in case)".to_owned()
            )]
        );
    }

    #[test]
    fn a_stack_that_needs_another_does_not_synthesize_alone() {
        let mut a = stack("A");
        a.companion_stack("A-edge", None);
        let e = a.synth().unwrap_err();
        assert_eq!(e.errors[0].violation.rule, Rule::StackDependency);
        assert_eq!(
            e.errors[0].violation.message,
            "stack `A` depends on stack `A-edge`, which must be deployed first"
        );
    }
}
