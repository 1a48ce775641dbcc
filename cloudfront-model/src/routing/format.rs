//! A routing table as a reviewer reads it: a Markdown table per distribution, and a Mermaid
//! flowchart (both render on GitHub and in most documentation tools).

use std::fmt::Write as _;

use crate::routing::table::{BehaviorRow, DistributionRouting, RoutingTable};

impl RoutingTable {
    /// A Markdown table per distribution: the behaviors in the order CloudFront tries them,
    /// what each sends requests to, and which never apply. Columns that are empty for every
    /// behavior are left out.
    ///
    /// ```
    /// # use cloudfront_dsl::{Stack, origins::HttpOrigin, routing::RoutingTable};
    /// # use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
    /// let mut stack = Stack::new("Docs");
    /// let origin = HttpOrigin("www.example.com");
    /// let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(BehaviorOptions::new(origin.clone())));
    /// dist.add_behavior(&mut stack, "*.jpg", origin, BehaviorOptions::default());
    /// let text = RoutingTable::of_stack(&stack)?.to_markdown();
    /// assert!(text.contains("| 1 | `*.jpg` | www.example.com | allow-all | CACHING_OPTIMIZED |"), "{text}");
    /// # Ok::<(), cloudfront_dsl::SynthError>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        for (i, d) in self.distributions.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            markdown(d, &mut out);
        }
        out
    }

    /// A Mermaid flowchart: the request, each behavior in order (an edge labelled with its
    /// place), and the origin each sends requests to; a behavior that never applies is drawn
    /// dashed. Several distributions are one subgraph each.
    ///
    /// ```
    /// # use cloudfront_dsl::{Stack, origins::HttpOrigin, routing::RoutingTable};
    /// # use cloudfront_dsl::distribution::{BehaviorOptions, Distribution, DistributionProps};
    /// let mut stack = Stack::new("Docs");
    /// let dist = Distribution::new(&mut stack, "Cdn", DistributionProps::new(BehaviorOptions::new(HttpOrigin("www.example.com"))));
    /// let diagram = RoutingTable::of_stack(&stack)?.to_mermaid();
    /// assert!(diagram.starts_with("flowchart LR\n"));
    /// # Ok::<(), cloudfront_dsl::SynthError>(())
    /// ```
    pub fn to_mermaid(&self) -> String {
        let mut out = String::from("flowchart LR\n");
        let several = self.distributions.len() > 1;
        for (n, d) in self.distributions.iter().enumerate() {
            let prefix = if several {
                format!("d{}_", n + 1)
            } else {
                String::new()
            };
            let indent = if several { "    " } else { "  " };
            if several {
                let _ = writeln!(out, "  subgraph {prefix}dist[\"{}\"]", label(&d.logical_id));
            }
            mermaid(d, &prefix, indent, &mut out);
            if several {
                out.push_str("  end\n");
            }
        }
        if self
            .distributions
            .iter()
            .flat_map(|d| &d.behaviors)
            .any(|b| b.covered_by.is_some())
        {
            out.push_str("  classDef unreachable stroke-dasharray: 5 5,color:#888\n");
        }
        out
    }
}

fn position(i: usize) -> String {
    (i + 1).to_string()
}

fn pattern_cell(b: &BehaviorRow) -> String {
    match &b.path_pattern {
        Some(p) => format!("`{}`", p.replace('|', "\\|")),
        None => "`*` (default)".to_owned(),
    }
}

fn markdown(d: &DistributionRouting, out: &mut String) {
    let behaviors = match d.behaviors.len().saturating_sub(1) {
        0 => "the default behavior only".to_owned(),
        1 => "1 additional behavior and the default one, in the order CloudFront tries them"
            .to_owned(),
        n => format!(
            "{n} additional behaviors and the default one, in the order CloudFront tries them"
        ),
    };
    let _ = writeln!(out, "Distribution `{}`: {behaviors}.\n", d.logical_id);
    type Cell = fn(&DistributionRouting, usize, &BehaviorRow) -> String;
    let columns: [(&str, Cell); 9] = [
        ("#", |_, i, b| match b.path_pattern {
            Some(_) => position(i),
            None => "default".to_owned(),
        }),
        ("path pattern", |_, _, b| pattern_cell(b)),
        ("origin", |_, _, b| cell(&b.target)),
        ("viewer protocol", |_, _, b| {
            b.viewer_protocol_policy.clone()
        }),
        ("cache policy", |_, _, b| cell(&b.cache)),
        ("origin request policy", |_, _, b| {
            b.origin_request_policy
                .as_deref()
                .map(cell)
                .unwrap_or_default()
        }),
        ("response headers policy", |_, _, b| {
            b.response_headers_policy
                .as_deref()
                .map(cell)
                .unwrap_or_default()
        }),
        ("at the edge", |_, _, b| {
            b.edge
                .iter()
                .map(|(event, handler)| format!("{event}: {}", cell(handler)))
                .collect::<Vec<_>>()
                .join("<br>")
        }),
        ("never applies", |d, _, b| {
            let Some(j) = b.covered_by else {
                return String::new();
            };
            let earlier = d.behaviors[j].path_pattern.as_deref().unwrap_or("*");
            match b.path_pattern {
                Some(_) => format!("covered by {} `{}`", position(j), cell(earlier)),
                None => format!("{} `{}` matches every path", position(j), cell(earlier)),
            }
        }),
    ];
    let rows: Vec<Vec<String>> = d
        .behaviors
        .iter()
        .enumerate()
        .map(|(i, b)| columns.iter().map(|(_, f)| f(d, i, b)).collect())
        .collect();
    // The first five columns always show; the others when some behavior has a value.
    let shown: Vec<usize> = (0..columns.len())
        .filter(|&c| c < 5 || rows.iter().any(|r| !r[c].is_empty()))
        .collect();
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&line(
        shown.iter().map(|&c| columns[c].0.to_owned()).collect(),
    ));
    out.push_str(&line(
        shown
            .iter()
            .map(|&c| {
                if c == 0 {
                    "---:".to_owned()
                } else {
                    "---".to_owned()
                }
            })
            .collect(),
    ));
    for row in &rows {
        out.push_str(&line(shown.iter().map(|&c| row[c].clone()).collect()));
    }
}

/// A table cell: what a value may hold that Markdown would read as markup escaped.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// Text inside a quoted Mermaid label: quotes and the characters Mermaid reads as entities
/// or markup written as entity codes.
fn label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            c => out.push(c),
        }
    }
    out
}

fn mermaid(d: &DistributionRouting, prefix: &str, indent: &str, out: &mut String) {
    let request = format!("{prefix}request");
    let _ = writeln!(
        out,
        "{indent}{request}([\"request to {}\"])",
        label(&d.logical_id)
    );
    let mut targets: Vec<&str> = Vec::new();
    for (i, b) in d.behaviors.iter().enumerate() {
        let node = format!("{prefix}b{}", i + 1);
        let mut text = match &b.path_pattern {
            Some(p) => label(p),
            None => "* (default)".to_owned(),
        };
        let _ = write!(text, "<br/>cache: {}", label(&b.cache));
        for (event, handler) in &b.edge {
            let _ = write!(text, "<br/>{event}: {}", label(handler));
        }
        let place = match &b.path_pattern {
            Some(_) => position(i),
            None => "default".to_owned(),
        };
        let target = match targets.iter().position(|t| *t == b.target_id) {
            Some(t) => t,
            None => {
                targets.push(&b.target_id);
                let _ = writeln!(
                    out,
                    "{indent}{prefix}o{}[(\"{}\")]",
                    targets.len(),
                    label(&b.target)
                );
                targets.len() - 1
            }
        };
        let _ = writeln!(out, "{indent}{node}[\"{text}\"]");
        if b.covered_by.is_some() {
            let _ = writeln!(out, "{indent}{request} -.->|\"{place}: never\"| {node}");
            let _ = writeln!(out, "{indent}class {node} unreachable");
        } else {
            let _ = writeln!(out, "{indent}{request} -->|{place}| {node}");
        }
        let _ = writeln!(out, "{indent}{node} --> {prefix}o{}", target + 1);
    }
}
