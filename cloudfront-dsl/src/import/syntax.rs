//! The DSL source an import writes, as a small syntax tree, and its printer.
//!
//! The construct macros' bodies are not Rust expressions, so neither rustfmt nor a printer of
//! `syn` trees lays them out: rustfmt leaves a macro body it cannot parse as it is. The printer
//! lays them out the way rustfmt lays out the struct literals and calls they resemble (a value
//! on one line when it fits in 100 columns, otherwise one item per line with a trailing comma),
//! so that the whole file is what rustfmt would write, and stays so under `cargo fmt`.

use std::fmt::Write as _;

/// rustfmt's default `max_width`.
const MAX_WIDTH: usize = 100;
const INDENT: usize = 4;
/// rustfmt's default `chain_width`.
const CHAIN_WIDTH: usize = 60;

/// A value in a construct macro's body.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node {
    /// A string literal.
    Str(String),
    /// An integer literal.
    Int(u64),
    /// `true` / `false`.
    Bool(bool),
    /// A path: a constant (`ViewerProtocolPolicy::REDIRECT_TO_HTTPS`) or a variable.
    Path(String),
    /// A call: a factory (`Duration::days(1)`) or a method call written as a path
    /// (`origin.clone`).
    Call(String, Vec<Node>),
    /// A props block, `{ key: value, ... }`.
    Block(Vec<(String, Node)>),
    /// A list, `[value, ...]`.
    List(Vec<Node>),
    /// A map with string keys, `{ "key": value, ... }`.
    Map(Vec<(String, Node)>),
    /// A struct literal of plain Rust, `Name { field: value, ... }`; a field whose value is
    /// the path of its own name is written shorthand.
    Struct(String, Vec<(String, Node)>),
    /// A method chain of plain Rust, `root.method(args)...`.
    Chain(Box<Node>, Vec<(String, Vec<Node>)>),
}

impl Node {
    pub(crate) fn str(s: impl Into<String>) -> Self {
        Node::Str(s.into())
    }

    pub(crate) fn path(s: impl Into<String>) -> Self {
        Node::Path(s.into())
    }

    pub(crate) fn call(f: impl Into<String>, args: Vec<Node>) -> Self {
        Node::Call(f.into(), args)
    }
}

/// A statement of the `stack!` block.
#[derive(Clone, Debug)]
pub(crate) enum Stmt {
    /// `let var = macro!("id", { #![attr] props });`, or without the `let` when `var` is
    /// `None`.
    Construct {
        comment: Vec<String>,
        var: Option<String>,
        mac: &'static str,
        id: String,
        attrs: Vec<String>,
        props: Vec<(String, Node)>,
    },
    /// A statement of plain Rust, `head value;` (`head` is `let var = `, `let mut var = ` or
    /// empty), laid out as rustfmt lays out code.
    Rust {
        comment: Vec<String>,
        head: String,
        value: Node,
    },
    /// `let var = value;`
    Let {
        comment: Vec<String>,
        var: String,
        value: Node,
    },
    /// `let var = origins::Origin::http("domain", origins::HttpOriginProps::default().prop(value)...);`:
    /// an origin with props that several behaviors share, built outside a macro (where the
    /// props block is not Rust), with the props' setters.
    LetHttpOrigin {
        var: String,
        domain: String,
        props: Vec<(String, Node)>,
    },
    /// `stack.add_cfn_resource("Id", CfnResource::new("Type", json!(...)).with_...(...));`
    Raw {
        comment: Vec<String>,
        logical_id: String,
        resource_type: String,
        properties: serde_json::Value,
        depends_on: Vec<String>,
        deletion_policy: Option<String>,
        update_replace_policy: Option<String>,
        metadata: Option<serde_json::Value>,
    },
}

/// Prints `node` flat, on one line.
fn flat(node: &Node, out: &mut String) {
    match node {
        Node::Str(s) => out.push_str(&string_literal(s)),
        Node::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Node::Bool(b) => {
            let _ = write!(out, "{b}");
        }
        Node::Path(p) => out.push_str(p),
        Node::Call(f, args) => {
            out.push_str(f);
            out.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                flat(a, out);
            }
            out.push(')');
        }
        Node::Block(items) if items.is_empty() => out.push_str("{}"),
        Node::Block(items) => {
            out.push_str("{ ");
            for (i, (k, v)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k);
                out.push_str(": ");
                flat(v, out);
            }
            out.push_str(" }");
        }
        Node::Map(items) if items.is_empty() => out.push_str("{}"),
        Node::Map(items) => {
            out.push_str("{ ");
            for (i, (k, v)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&string_literal(k));
                out.push_str(": ");
                flat(v, out);
            }
            out.push_str(" }");
        }
        Node::List(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                flat(v, out);
            }
            out.push(']');
        }
        Node::Struct(name, fields) => {
            out.push_str(name);
            out.push_str(" { ");
            out.push_str(&struct_body(fields));
            out.push_str(" }");
        }
        Node::Chain(root, links) => {
            flat(root, out);
            for (method, args) in links {
                out.push('.');
                flat(&Node::Call(method.clone(), args.clone()), out);
            }
        }
    }
}

/// Whether a struct field is written shorthand (`zone` for `zone: zone`).
fn shorthand(key: &str, value: &Node) -> bool {
    matches!(value, Node::Path(p) if p == key)
}

/// The fields of a struct literal on one line, `a, b: c`.
fn struct_body(fields: &[(String, Node)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(k);
        if !shorthand(k, v) {
            out.push_str(": ");
            flat(v, &mut out);
        }
    }
    out
}

/// rustfmt's default `fn_call_width`: the widest argument list kept on the call's line.
const FN_CALL_WIDTH: usize = 60;
/// rustfmt's default `struct_lit_width`: the widest struct literal body kept on one line.
const STRUCT_LIT_WIDTH: usize = 18;

/// Prints `node`, plain Rust, as rustfmt lays it out (with its default widths): starting at
/// column `col`, inside lines indented by `indent`, `tail` characters following it on its
/// last line.
fn rust(node: &Node, indent: usize, col: usize, tail: usize, out: &mut String) {
    let one_line = flat_string(node);
    let fits = col + one_line.len() + tail <= MAX_WIDTH;
    let inner = indent + INDENT;
    match node {
        Node::Call(f, args) => {
            let args_flat = one_line.len() - f.len() - 2;
            if fits && args_flat <= FN_CALL_WIDTH {
                out.push_str(&one_line);
                return;
            }
            // A call's only argument that is itself a call or a struct literal stays on the
            // call's line and breaks inside ("overflow").
            if let [arg @ (Node::Call(..) | Node::Struct(..))] = args.as_slice() {
                let head = f.len() + 1;
                let arg_flat = flat_string(arg);
                let arg_fits = col + head + arg_flat.len() + tail < MAX_WIDTH;
                if !arg_fits || matches!(arg, Node::Struct(..)) {
                    out.push_str(f);
                    out.push('(');
                    rust(arg, indent, col + head, tail + 1, out);
                    out.push(')');
                    return;
                }
            }
            out.push_str(f);
            out.push_str("(\n");
            for a in args {
                pad(out, inner);
                rust(a, inner, inner, 1, out);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push(')');
        }
        Node::Struct(name, fields) => {
            if fits && struct_body(fields).len() <= STRUCT_LIT_WIDTH {
                out.push_str(&one_line);
                return;
            }
            out.push_str(name);
            out.push_str(" {\n");
            for (k, v) in fields {
                pad(out, inner);
                out.push_str(k);
                if !shorthand(k, v) {
                    out.push_str(": ");
                    rust(v, inner, inner + k.len() + 2, 1, out);
                }
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push('}');
        }
        Node::Chain(root, links) => {
            let args_fit = links.iter().all(|(m, args)| {
                flat_string(&Node::Call(m.clone(), args.clone())).len() - m.len() - 2
                    <= FN_CALL_WIDTH
            });
            // One link stays on the line when the whole fits; more only within
            // `chain_width`.
            if fits && args_fit && (links.len() == 1 || one_line.len() <= CHAIN_WIDTH) {
                out.push_str(&one_line);
                return;
            }
            let root_flat = flat_string(root);
            if let [(method, args)] = links.as_slice() {
                let call = Node::Call(method.clone(), args.clone());
                let link = flat_string(&call);
                let root_fits = col + root_flat.len() <= MAX_WIDTH;
                if root_fits && args_fit && inner + 1 + link.len() + tail <= MAX_WIDTH {
                    // The link on a line of its own, where it fits on one.
                    out.push_str(&root_flat);
                    out.push('\n');
                    pad(out, inner);
                    out.push('.');
                    out.push_str(&link);
                } else {
                    // The link on the root's line, its arguments one a line.
                    out.push_str(&root_flat);
                    out.push('.');
                    rust(&call, indent, col + root_flat.len() + 1, tail, out);
                }
                return;
            }
            rust(root, indent, col, 0, out);
            for (i, (method, args)) in links.iter().enumerate() {
                out.push('\n');
                pad(out, inner);
                out.push('.');
                let last = if i + 1 == links.len() { tail } else { 0 };
                rust(
                    &Node::Call(method.clone(), args.clone()),
                    inner,
                    inner + 1,
                    last,
                    out,
                );
            }
        }
        Node::List(items) => {
            // rustfmt's `array_width`, which is `fn_call_width`'s.
            if fits && one_line.len() <= FN_CALL_WIDTH {
                out.push_str(&one_line);
                return;
            }
            out.push_str("[\n");
            for v in items {
                pad(out, inner);
                rust(v, inner, inner, 1, out);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push(']');
        }
        _ => out.push_str(&one_line),
    }
}

fn flat_string(node: &Node) -> String {
    let mut s = String::new();
    flat(node, &mut s);
    s
}

/// A Rust string literal of `s` (raw characters kept, only what must be is escaped).
pub(crate) fn string_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// Prints `node` starting at column `col` (where the text before it on its line ends), inside
/// lines indented by `indent`; `tail` is the number of characters that follow it on its last
/// line (a comma, `);`).
fn print(node: &Node, indent: usize, col: usize, tail: usize, out: &mut String) {
    let one_line = flat_string(node);
    if col + one_line.len() + tail <= MAX_WIDTH && !one_line.contains('\n') {
        out.push_str(&one_line);
        return;
    }
    let inner = indent + INDENT;
    match node {
        Node::Block(items) => {
            out.push_str("{\n");
            for (k, v) in items {
                pad(out, inner);
                out.push_str(k);
                out.push_str(": ");
                print(v, inner, inner + k.len() + 2, 1, out);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push('}');
        }
        Node::Map(items) => {
            out.push_str("{\n");
            for (k, v) in items {
                let key = string_literal(k);
                pad(out, inner);
                out.push_str(&key);
                out.push_str(": ");
                print(v, inner, inner + key.len() + 2, 1, out);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push('}');
        }
        Node::List(items) => {
            out.push_str("[\n");
            for v in items {
                pad(out, inner);
                print(v, inner, inner, 1, out);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push(']');
        }
        Node::Call(f, args) => {
            // rustfmt keeps a call's last argument block on the call's line when everything
            // before it fits ("overflow"); otherwise one argument per line.
            let (last, init) = match args.split_last() {
                Some(split) => split,
                None => {
                    out.push_str(&one_line);
                    return;
                }
            };
            let head: Vec<String> = init.iter().map(flat_string).collect();
            let mut prefix = format!("{f}(");
            for h in &head {
                prefix.push_str(h);
                prefix.push_str(", ");
            }
            let overflows = matches!(last, Node::Block(_) | Node::Map(_) | Node::List(_));
            if overflows && col + prefix.len() + 2 <= MAX_WIDTH && !prefix.contains('\n') {
                out.push_str(&prefix);
                print(last, indent, col + prefix.len(), tail + 1, out);
                out.push(')');
            } else {
                out.push_str(f);
                out.push_str("(\n");
                for a in args {
                    pad(out, inner);
                    print(a, inner, inner, 1, out);
                    out.push_str(",\n");
                }
                pad(out, indent);
                out.push(')');
            }
        }
        Node::Str(_)
        | Node::Int(_)
        | Node::Bool(_)
        | Node::Path(_)
        | Node::Struct(..)
        | Node::Chain(..) => out.push_str(&one_line),
    }
}

/// JSON as `serde_json` pretty-prints it, indented by the enclosing code's indent (rustfmt
/// leaves the body of a `json!` call as written).
fn json(value: &serde_json::Value, indent: usize, out: &mut String) {
    use serde_json::Value;
    let inner = indent + INDENT;
    match value {
        Value::Object(m) if !m.is_empty() => {
            out.push_str("{\n");
            for (i, (k, v)) in m.iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                pad(out, inner);
                out.push_str(&serde_json::to_string(k).unwrap_or_default());
                out.push_str(": ");
                json(v, inner, out);
            }
            out.push('\n');
            pad(out, indent);
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                pad(out, inner);
                json(v, inner, out);
            }
            out.push('\n');
            pad(out, indent);
            out.push(']');
        }
        other => out.push_str(&serde_json::to_string(other).unwrap_or_default()),
    }
}

fn comment(lines: &[String], indent: usize, out: &mut String) {
    for line in lines {
        pad(out, indent);
        if line.is_empty() {
            out.push_str("//\n");
        } else {
            out.push_str("// ");
            out.push_str(line);
            out.push('\n');
        }
    }
}

/// Prints one statement of a block whose lines are indented by `indent`.
pub(crate) fn print_stmt(stmt: &Stmt, indent: usize, out: &mut String) {
    match stmt {
        Stmt::Construct {
            comment: c,
            var,
            mac,
            id,
            attrs,
            props,
        } => {
            comment(c, indent, out);
            pad(out, indent);
            let mut head = String::new();
            if let Some(var) = var {
                let _ = write!(head, "let {var} = ");
            }
            let _ = write!(head, "{mac}!({}, ", string_literal(id));
            out.push_str(&head);
            let inner = indent + INDENT;
            if attrs.is_empty() && props.is_empty() {
                out.push_str("{});\n");
                return;
            }
            let body = Node::Block(props.clone());
            let fits = attrs.is_empty() && {
                let one = flat_string(&body);
                indent + head.len() + one.len() + 2 <= MAX_WIDTH
            };
            if fits {
                print(&body, indent, indent + head.len(), 2, out);
                out.push_str(");\n");
                return;
            }
            out.push_str("{\n");
            for a in attrs {
                pad(out, inner);
                out.push_str(a);
                out.push('\n');
            }
            for (k, v) in props {
                pad(out, inner);
                out.push_str(k);
                out.push_str(": ");
                print(v, inner, inner + k.len() + 2, 1, out);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push_str("});\n");
        }
        Stmt::Rust {
            comment: c,
            head,
            value,
        } => {
            comment(c, indent, out);
            pad(out, indent);
            out.push_str(head);
            rust(value, indent, indent + head.len(), 1, out);
            out.push_str(";\n");
        }
        Stmt::Let {
            comment: c,
            var,
            value,
        } => {
            comment(c, indent, out);
            pad(out, indent);
            let head = format!("let {var} = ");
            out.push_str(&head);
            print(value, indent, indent + head.len(), 1, out);
            out.push_str(";\n");
        }
        Stmt::LetHttpOrigin { var, domain, props } => {
            let inner = indent + INDENT;
            let mut chain = String::from("origins::HttpOriginProps::default()");
            let links: Vec<String> = props
                .iter()
                .map(|(k, v)| format!(".{k}({})", flat_string(v)))
                .collect();
            pad(out, indent);
            out.push_str(&format!("let {var} = origins::Origin::http(\n"));
            pad(out, inner);
            out.push_str(&string_literal(domain));
            out.push_str(",\n");
            pad(out, inner);
            // rustfmt's `chain_width`: a longer chain has one call per line.
            if chain.len() + links.iter().map(String::len).sum::<usize>() <= CHAIN_WIDTH {
                chain.extend(links);
                out.push_str(&chain);
            } else {
                out.push_str(&chain);
                for link in &links {
                    out.push('\n');
                    pad(out, inner + INDENT);
                    out.push_str(link);
                }
            }
            out.push_str(",\n");
            pad(out, indent);
            out.push_str(");\n");
        }
        Stmt::Raw {
            comment: c,
            logical_id,
            resource_type,
            properties,
            depends_on,
            deletion_policy,
            update_replace_policy,
            metadata,
        } => {
            comment(c, indent, out);
            let mut chain = Vec::new();
            if !depends_on.is_empty() {
                let ids = Node::List(depends_on.iter().map(Node::str).collect());
                chain.push(Node::call(".with_depends_on", vec![ids]));
            }
            if let Some(p) = deletion_policy {
                chain.push(Node::call(".with_deletion_policy", vec![Node::str(p)]));
            }
            if let Some(p) = update_replace_policy {
                chain.push(Node::call(
                    ".with_update_replace_policy",
                    vec![Node::str(p)],
                ));
            }
            let empty = match properties {
                serde_json::Value::Null => Some("cloudfront_dsl::serde_json::Value::Null"),
                serde_json::Value::Object(m) if m.is_empty() => {
                    Some("cloudfront_dsl::serde_json::json!({})")
                }
                _ => None,
            };
            // rustfmt's `fn_call_width` (60) leaves no room for the call on one line.
            let id = string_literal(logical_id);
            let ty = string_literal(resource_type);
            let inner = indent + INDENT;
            let args = inner + INDENT;
            pad(out, indent);
            out.push_str("stack.add_cfn_resource(\n");
            pad(out, inner);
            out.push_str(&id);
            out.push_str(",\n");
            pad(out, inner);
            // Without properties, the call's arguments may fit rustfmt's `fn_call_width` (60):
            // the call is then on one line, and its chain follows on it when the whole fits
            // `chain_width` (60), or one link a line, indented under it.
            let one_line = empty
                .map(|props| format!("{ty}, {props}"))
                .filter(|a| a.len() <= FN_CALL_WIDTH && inner + a.len() + 19 <= MAX_WIDTH)
                .map(|a| format!("CfnResource::new({a})"));
            let link_indent = match &one_line {
                Some(root) => {
                    out.push_str(root);
                    let links: String = chain.iter().map(flat_string).collect();
                    if metadata.is_none()
                        && root.len() + links.len() <= CHAIN_WIDTH
                        && inner + root.len() + links.len() < MAX_WIDTH
                    {
                        out.push_str(&links);
                        out.push_str(",\n");
                        pad(out, indent);
                        out.push_str(");\n");
                        return;
                    }
                    inner + INDENT
                }
                None => {
                    out.push_str("CfnResource::new(\n");
                    pad(out, args);
                    out.push_str(&ty);
                    out.push_str(",\n");
                    pad(out, args);
                    match empty {
                        Some(props) => out.push_str(props),
                        None => {
                            out.push_str("cloudfront_dsl::serde_json::json!(");
                            json(properties, args, out);
                            out.push(')');
                        }
                    }
                    out.push_str(",\n");
                    pad(out, inner);
                    out.push(')');
                    inner
                }
            };
            for (i, link) in chain.iter().enumerate() {
                out.push('\n');
                pad(out, link_indent);
                let last = i + 1 == chain.len() && metadata.is_none();
                print(link, link_indent, link_indent, usize::from(last), out);
            }
            if let Some(m) = metadata {
                out.push('\n');
                pad(out, link_indent);
                out.push_str(".with_metadata(cloudfront_dsl::serde_json::json!(");
                json(m, link_indent, out);
                out.push_str("))");
            }
            out.push_str(",\n");
            pad(out, indent);
            out.push_str(");\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_stay_on_one_line() {
        let stmt = Stmt::Construct {
            comment: vec![],
            var: Some("dist".into()),
            mac: "distribution",
            id: "myDist".into(),
            attrs: vec![],
            props: vec![(
                "default_behavior".into(),
                Node::Block(vec![(
                    "origin".into(),
                    Node::call("origins::HttpOrigin", vec![Node::str("www.example.com")]),
                )]),
            )],
        };
        let mut out = String::new();
        print_stmt(&stmt, 8, &mut out);
        assert_eq!(
            out,
            "        let dist = distribution!(\"myDist\", {\n            default_behavior: { origin: origins::HttpOrigin(\"www.example.com\") },\n        });\n"
        );
    }

    /// What rustfmt 1.9 (edition 2024, default widths) writes for these statements, inside a
    /// `stack!` block's body.
    #[test]
    fn plain_rust_is_laid_out_as_rustfmt_does() {
        let output = |value: Node, links: Vec<(&str, Node)>| {
            let links = links
                .into_iter()
                .map(|(m, a)| (m.to_owned(), vec![a]))
                .collect();
            let value = Node::Chain(Box::new(Node::call("Output::new", vec![value])), links);
            let stmt = Stmt::Rust {
                comment: vec![],
                head: String::new(),
                value: Node::Chain(
                    Box::new(Node::path("stack")),
                    vec![("add_output".into(), vec![Node::str("Id"), value])],
                ),
            };
            let mut out = String::new();
            print_stmt(&stmt, 8, &mut out);
            out
        };
        // One link stays on the line when the whole fits in 100 columns, beyond `chain_width`.
        assert_eq!(
            output(
                Node::call("dist.distribution_id", vec![]),
                vec![("export_name", Node::str("website-distribution-id-name"))],
            ),
            "        stack.add_output(\n            \"Id\",\n            Output::new(dist.distribution_id()).export_name(\"website-distribution-id-name\"),\n        );\n"
        );
        // Two links beyond `chain_width` go one a line.
        assert_eq!(
            output(
                Node::call("Expr::literal", vec![Node::str("a")]),
                vec![
                    ("description", Node::str("b")),
                    ("export_name", Node::str("c"))
                ],
            ),
            "        stack.add_output(\n            \"Id\",\n            Output::new(Expr::literal(\"a\"))\n                .description(\"b\")\n                .export_name(\"c\"),\n        );\n"
        );
        // A method call whose arguments pass `fn_call_width`: one a line.
        let stmt = Stmt::Rust {
            comment: vec![],
            head: String::new(),
            value: Node::Chain(
                Box::new(Node::path("record")),
                vec![(
                    "override_logical_id".into(),
                    vec![
                        Node::path("&mut stack"),
                        Node::str("frontenddistributionconstructAlias2B331A69xxxxxxxxxxxxx"),
                    ],
                )],
            ),
        };
        let mut out = String::new();
        print_stmt(&stmt, 8, &mut out);
        assert_eq!(
            out,
            "        record.override_logical_id(\n            &mut stack,\n            \"frontenddistributionconstructAlias2B331A69xxxxxxxxxxxxx\",\n        );\n"
        );
    }

    #[test]
    fn strings_escape_quotes_and_backslashes() {
        assert_eq!(string_literal("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
    }
}
