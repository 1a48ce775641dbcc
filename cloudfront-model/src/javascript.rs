//! What the rules need to know of a CloudFront function's JavaScript: whether it parses,
//! whether it defines `handler`, and which language features it uses that a runtime may lack.
//!
//! The parser is tree-sitter's JavaScript grammar, behind the `javascript` feature; without it
//! [`analyze`] knows nothing and the rules that need it are skipped.
#![cfg_attr(not(feature = "javascript"), allow(dead_code))]

/// A place in the code, for messages: 1-based line and column (in characters), and the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Position {
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) text: String,
}

impl Position {
    /// `line L, column C`, then the line quoted with a caret under the column.
    pub(crate) fn describe(&self) -> String {
        let number = self.line.to_string();
        let pad = " ".repeat(number.len());
        let shown: String = self
            .text
            .chars()
            .take(MAX_QUOTED)
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect();
        let caret = " ".repeat(self.column.saturating_sub(1).min(MAX_QUOTED));
        format!(
            "line {}, column {}:\n  {number} | {shown}\n  {pad} | {caret}^",
            self.line, self.column
        )
    }
}

/// Quoted code lines are cut to this many characters.
const MAX_QUOTED: usize = 100;

/// A language feature that one runtime or both lack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Feature {
    Const,
    Let,
    AsyncFunction,
    Await,
    Import,
    NumericSeparator,
    AsyncClosure,
    Eval,
    FunctionConstructor,
}

impl Feature {
    /// What the feature is, for messages.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Feature::Const => "`const` declarations",
            Feature::Let => "`let` declarations",
            Feature::AsyncFunction => "`async` functions",
            Feature::Await => "`await`",
            Feature::Import => "`import` (ES modules)",
            Feature::NumericSeparator => "numeric separators (`1_000`)",
            Feature::AsyncClosure => "`async` function expressions and arrow functions",
            Feature::Eval => "`eval()` (dynamic code evaluation)",
            Feature::FunctionConstructor => "the `Function` constructor (dynamic code evaluation)",
        }
    }

    /// Whether only `cloudfront-js-2.0` has it (otherwise neither runtime has it).
    pub(crate) fn is_js2_only(self) -> bool {
        !matches!(
            self,
            Feature::AsyncClosure | Feature::Eval | Feature::FunctionConstructor
        )
    }

    /// How to do without it.
    pub(crate) fn fix(self) -> &'static str {
        match self {
            Feature::Const | Feature::Let => {
                "set `runtime: FunctionRuntime::JS_2_0`, or declare the variable with `var`"
            }
            Feature::AsyncFunction | Feature::Await | Feature::Import => {
                "set `runtime: FunctionRuntime::JS_2_0`"
            }
            Feature::NumericSeparator => {
                "set `runtime: FunctionRuntime::JS_2_0`, or write the number without `_`"
            }
            Feature::AsyncClosure => {
                "declare the async function by name at the top level (`async function lookup(key) { ... }`) and call it"
            }
            Feature::Eval | Feature::FunctionConstructor => {
                "write the code itself; CloudFront Functions cannot evaluate code at run time"
            }
        }
    }
}

/// Whether the code defines the `handler` CloudFront calls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Handler {
    Defined,
    /// Not defined; a top-level function whose name looks like a misspelling, if any.
    Missing(Option<(String, Position)>),
}

/// What the parser found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Analysis {
    /// The first syntax error, if any (later ones are mostly its echoes).
    pub(crate) syntax_error: Option<(String, Position)>,
    pub(crate) handler: Handler,
    /// The first use of each feature a runtime may lack, in order of appearance.
    pub(crate) features: Vec<(Feature, Position)>,
}

/// Parses `code`; `None` when the crate was built without the parser.
#[cfg(feature = "javascript")]
pub(crate) fn analyze(code: &str) -> Option<Analysis> {
    parsed::analyze(code)
}

/// Parses `code`; `None` when the crate was built without the parser.
#[cfg(not(feature = "javascript"))]
pub(crate) fn analyze(_code: &str) -> Option<Analysis> {
    None
}

#[cfg(feature = "javascript")]
mod parsed {
    use tree_sitter::{Node, Parser, Point};

    use crate::javascript::{Analysis, Feature, Handler, Position};

    pub(super) fn analyze(code: &str) -> Option<Analysis> {
        let mut parser = Parser::new();
        parser
            .set_language(&tree_sitter_javascript::LANGUAGE.into())
            .ok()?;
        let tree = parser.parse(code, None)?;
        let root = tree.root_node();
        let at = |p: Point| position(code, p);
        let syntax_error = root.has_error().then(|| first_error(root, code)).flatten();
        let (handler, features) = if syntax_error.is_some() {
            (Handler::Defined, Vec::new())
        } else {
            (handler(root, code, &at), features(root, code, &at))
        };
        Some(Analysis {
            syntax_error: syntax_error.map(|(m, p)| (m, at(p))),
            handler,
            features,
        })
    }

    fn position(code: &str, p: Point) -> Position {
        let text = code.lines().nth(p.row).unwrap_or_default();
        let text = text.strip_suffix('\r').unwrap_or(text);
        let column = text
            .get(..p.column.min(text.len()))
            .map_or(p.column, |before| before.chars().count());
        Position {
            line: p.row + 1,
            column: column + 1,
            text: text.to_owned(),
        }
    }

    fn text<'a>(node: Node<'_>, code: &'a str) -> &'a str {
        code.get(node.byte_range()).unwrap_or_default()
    }

    /// The earliest error or missing token, with what is wrong there.
    fn first_error(root: Node<'_>, code: &str) -> Option<(String, Point)> {
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            if node.is_missing() {
                return Some((format!("expected `{}`", node.kind()), node.start_position()));
            }
            if node.is_error() {
                let mut leaf = node;
                while let Some(child) = leaf.child(0) {
                    leaf = child;
                }
                let found: String = text(leaf, code).chars().take(30).collect();
                let message = if found.is_empty() {
                    "unexpected end of the code".to_owned()
                } else {
                    format!("unexpected `{found}`")
                };
                return Some((message, leaf.start_position()));
            }
            let mut cursor = node.walk();
            let children: Vec<Node<'_>> = node
                .children(&mut cursor)
                .filter(|c| c.has_error() || c.is_missing())
                .collect();
            stack.extend(children.into_iter().rev());
        }
        None
    }

    fn is_function_value(node: Node<'_>) -> bool {
        matches!(
            node.kind(),
            "function_expression" | "function" | "arrow_function"
        )
    }

    /// The name a top-level statement binds to a function, with the name's node.
    fn bound_function<'t>(statement: Node<'t>, code: &str) -> Vec<(String, Node<'t>)> {
        let mut out = Vec::new();
        match statement.kind() {
            "function_declaration" | "generator_function_declaration" => {
                if let Some(name) = statement.child_by_field_name("name") {
                    out.push((text(name, code).to_owned(), name));
                }
            }
            "lexical_declaration" | "variable_declaration" => {
                let mut cursor = statement.walk();
                for declarator in statement.named_children(&mut cursor) {
                    if let (Some(name), Some(value)) = (
                        declarator.child_by_field_name("name"),
                        declarator.child_by_field_name("value"),
                    ) && is_function_value(value)
                    {
                        out.push((text(name, code).to_owned(), name));
                    }
                }
            }
            "export_statement" => {
                if let Some(declaration) = statement.child_by_field_name("declaration") {
                    out.extend(bound_function(declaration, code));
                }
            }
            "expression_statement" => {
                if let Some(assignment) = statement.named_child(0)
                    && assignment.kind() == "assignment_expression"
                    && let (Some(left), Some(right)) = (
                        assignment.child_by_field_name("left"),
                        assignment.child_by_field_name("right"),
                    )
                    && left.kind() == "identifier"
                    && is_function_value(right)
                {
                    out.push((text(left, code).to_owned(), left));
                }
            }
            _ => {}
        }
        out
    }

    fn handler(root: Node<'_>, code: &str, at: &impl Fn(Point) -> Position) -> Handler {
        let mut cursor = root.walk();
        let mut similar = None;
        for statement in root.named_children(&mut cursor) {
            for (name, node) in bound_function(statement, code) {
                if name == "handler" {
                    return Handler::Defined;
                }
                let close = name.eq_ignore_ascii_case("handler")
                    || strsim::levenshtein(&name.to_ascii_lowercase(), "handler") <= 2;
                if close && similar.is_none() {
                    similar = Some((name, at(node.start_position())));
                }
            }
        }
        Handler::Missing(similar)
    }

    fn has_async(node: Node<'_>) -> bool {
        let mut cursor = node.walk();
        node.children(&mut cursor).any(|c| c.kind() == "async")
    }

    fn features(
        root: Node<'_>,
        code: &str,
        at: &impl Fn(Point) -> Position,
    ) -> Vec<(Feature, Position)> {
        let mut found: Vec<(Feature, Position)> = Vec::new();
        let mut note = |feature: Feature, node: Node<'_>| {
            if !found.iter().any(|(f, _)| *f == feature) {
                found.push((feature, at(node.start_position())));
            }
        };
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            match node.kind() {
                "lexical_declaration" => match node.child(0).map(|k| text(k, code)) {
                    Some("const") => note(Feature::Const, node),
                    Some("let") => note(Feature::Let, node),
                    _ => {}
                },
                "function_declaration" | "method_definition" if has_async(node) => {
                    note(Feature::AsyncFunction, node);
                }
                "function_expression" | "function" | "arrow_function" if has_async(node) => {
                    note(Feature::AsyncFunction, node);
                    note(Feature::AsyncClosure, node);
                }
                "await_expression" => note(Feature::Await, node),
                "import_statement" => note(Feature::Import, node),
                "number" if text(node, code).contains('_') => {
                    note(Feature::NumericSeparator, node);
                }
                "call_expression" => match node.child_by_field_name("function") {
                    Some(f) if f.kind() == "identifier" && text(f, code) == "eval" => {
                        note(Feature::Eval, node);
                    }
                    Some(f) if f.kind() == "identifier" && text(f, code) == "Function" => {
                        note(Feature::FunctionConstructor, node);
                    }
                    _ => {}
                },
                "new_expression" => {
                    if let Some(c) = node.child_by_field_name("constructor")
                        && c.kind() == "identifier"
                        && text(c, code) == "Function"
                    {
                        note(Feature::FunctionConstructor, node);
                    }
                }
                _ => {}
            }
            let mut cursor = node.walk();
            let children: Vec<Node<'_>> = node.children(&mut cursor).collect();
            stack.extend(children.into_iter().rev());
        }
        found
    }
}

#[cfg(test)]
mod tests {
    /// The parser's own tests, with the parser built in.
    #[cfg(feature = "javascript")]
    mod parsed {
        use super::super::*;

        #[test]
        fn a_missing_parenthesis_is_found_where_it_is_missing() {
            let code = "function handler(event) {\n  if (event { return 1; }\n  return event.request;\n}\n";
            let a = analyze(code).unwrap();
            let (message, at) = a.syntax_error.unwrap();
            assert_eq!(message, "expected `)`");
            assert_eq!((at.line, at.column), (2, 12));
            assert!(
                at.describe()
                    .ends_with("  2 |   if (event { return 1; }\n    |            ^"),
                "{}",
                at.describe()
            );
        }

        #[test]
        fn handlers_are_found_in_every_form() {
            for code in [
                "function handler(e) { return e.request }",
                "async function handler(e) { return e.request }",
                "var handler = function (e) { return e.request };",
                "const handler = (e) => e.request;",
                "handler = function (e) { return e.request };",
            ] {
                assert_eq!(analyze(code).unwrap().handler, Handler::Defined, "{code}");
            }
            let a = analyze("function Handler(e) { return e.request }").unwrap();
            assert!(matches!(a.handler, Handler::Missing(Some((ref n, _))) if n == "Handler"));
            let a = analyze("function main(e) { return e.request }").unwrap();
            assert_eq!(a.handler, Handler::Missing(None));
        }

        #[test]
        fn features_are_found_once_each_in_order() {
            let code = "import cf from 'cloudfront';\nconst a = 1_000;\nconst b = 2;\nasync function handler(e) {\n  let v = await cf.kvs().get('k');\n  return eval(v);\n}\n";
            let found: Vec<(Feature, usize)> = analyze(code)
                .unwrap()
                .features
                .into_iter()
                .map(|(f, p)| (f, p.line))
                .collect();
            assert_eq!(
                found,
                [
                    (Feature::Import, 1),
                    (Feature::Const, 2),
                    (Feature::NumericSeparator, 2),
                    (Feature::AsyncFunction, 4),
                    (Feature::Let, 5),
                    (Feature::Await, 5),
                    (Feature::Eval, 6),
                ]
            );
        }

        proptest::proptest! {
            /// Whatever the text, the parser answers (and the positions it reports are in it).
            #[test]
            fn any_text_is_analyzed(text in "\\PC{0,200}") {
                let a = analyze(&text).unwrap();
                if let Some((_, at)) = a.syntax_error {
                    proptest::prop_assert!(at.line >= 1 && at.line <= text.split('\n').count());
                }
            }
        }

        #[test]
        fn columns_count_characters() {
            let a = analyze("var s = 'é'; function handler(e) { return e.request ").unwrap();
            let (_, at) = a.syntax_error.unwrap();
            assert_eq!(at.line, 1);
            assert!(at.column > 50, "{at:?}");
        }
    }
}
