//! A command line for programs that generate templates, such as the examples:
//!
//! ```text
//! cargo run --example s3_origin                 # the template on stdout
//! cargo run --example s3_origin -- --out infra  # infra/S3OriginStack.template.json
//! cargo run --example big -- routes             # the routing table of its distribution
//! cargo run --example big -- routes --mermaid   # the same as a Mermaid flowchart
//! cargo run --example big -- routes --template infra/BigStack.template.json
//! ```
//!
//! `routes` prints, for each distribution, its behaviors in the order CloudFront tries them,
//! what each sends requests to (origin, cache and origin request policies, response headers
//! policy, what runs at the edge, viewer protocol policy) and which never apply: read from the
//! program's stacks, or with `--template FILE` from any CloudFormation template in JSON.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use cloudfront_model::Stack;
use cloudfront_model::routing::RoutingTable;

use crate::build::Templates;
use crate::output::synth_all;

const USAGE: &str = "usage: [--out DIR [--check]] [--stack NAME]
       routes [--mermaid] [--stack NAME | --template FILE]

  (no option)    print the template of the (only) stack on stdout
  --out DIR      write every stack's template as DIR/<StackName>.template.json, its assets
                 (staged as DIR/asset.<hash>..., listed in DIR/<StackName>.assets.json) and
                 the cloud assembly manifest (DIR/manifest.json) the AWS CDK toolkit reads
  --check        with --out: write nothing, fail with a diff if a file in DIR is stale
  --stack NAME   print only the template (or the routes) of the stack NAME
  routes         print each distribution's routing table (Markdown): its behaviors in the
                 order CloudFront tries them, what each sends requests to, which never apply
  --mermaid      with routes: print it as a Mermaid flowchart
  --template FILE  with routes: read the distributions of the CloudFormation template FILE
                 (JSON) instead of the program's stacks";

/// What the command line asks for.
#[derive(Debug, Default, PartialEq, Eq)]
struct Args {
    out: Option<PathBuf>,
    stack: Option<String>,
    check: bool,
    help: bool,
    routes: bool,
    mermaid: bool,
    template: Option<PathBuf>,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut out = Args::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or(format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--out" => out.out = Some(PathBuf::from(value("--out")?)),
            "--stack" => out.stack = Some(value("--stack")?),
            "--check" => out.check = true,
            "-h" | "--help" => out.help = true,
            "routes" => out.routes = true,
            "--mermaid" => out.mermaid = true,
            "--template" => out.template = Some(PathBuf::from(value("--template")?)),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(out)
}

/// Synthesizes `stacks` and prints or writes their templates as the process arguments say.
/// Prints every error and writes nothing when a stack is invalid.
///
/// ```no_run
/// use cloudfront_dsl::prelude::*;
/// fn main() -> std::process::ExitCode {
///     let mut stack = Stack::new("Site");
///     distribution!(stack, "d", { default_behavior: { origin: origins::HttpOrigin("www.example.com") } });
///     cloudfront_dsl::cli::run([&stack])
/// }
/// ```
pub fn run<'a>(stacks: impl IntoIterator<Item = &'a Stack>) -> ExitCode {
    run_with(stacks, std::env::args().skip(1))
}

/// [`run`] with explicit arguments.
pub fn run_with<'a>(
    stacks: impl IntoIterator<Item = &'a Stack>,
    args: impl IntoIterator<Item = String>,
) -> ExitCode {
    run_with_output(stacks, args, &mut std::io::stdout().lock())
}

/// [`run_with`], printing what goes to stdout to `stdout` instead (errors and warnings still
/// go to stderr): how a test reads what the command line prints.
///
/// ```
/// use cloudfront_dsl::prelude::*;
/// let mut stack = Stack::new("Site");
/// distribution!(stack, "d", { default_behavior: { origin: origins::HttpOrigin("www.example.com") } });
/// let mut out = Vec::new();
/// let status = cloudfront_dsl::cli::run_with_output([&stack], ["routes".to_owned()], &mut out);
/// assert_eq!(status, std::process::ExitCode::SUCCESS);
/// assert!(String::from_utf8(out).unwrap().contains("| default | `*` (default) | www.example.com |"));
/// ```
pub fn run_with_output<'a>(
    stacks: impl IntoIterator<Item = &'a Stack>,
    args: impl IntoIterator<Item = String>,
    stdout: &mut dyn Write,
) -> ExitCode {
    let args = match parse(args) {
        Ok(a) if a.help => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.routes {
        return routes(stacks, &args, stdout);
    }
    if args.mermaid || args.template.is_some() {
        eprintln!("error: --mermaid and --template go with routes\n{USAGE}");
        return ExitCode::from(2);
    }
    if let Some(dir) = &args.out {
        if args.stack.is_some() {
            eprintln!("error: --out writes every stack; --stack NAME prints one\n{USAGE}");
            return ExitCode::from(2);
        }
        let stacks: Vec<&Stack> = stacks.into_iter().collect();
        let refresh = "the same command without --check";
        return match Templates::new(dir)
            .check(args.check)
            .refresh_command(refresh)
            .write(stacks)
        {
            Ok(outcome) => {
                for w in &outcome.warnings {
                    eprintln!("{w}");
                }
                for path in &outcome.written {
                    eprintln!("wrote {}", path.display());
                }
                for path in &outcome.unchanged {
                    eprintln!("unchanged {}", path.display());
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if args.check {
        eprintln!("error: --check needs --out DIR\n{USAGE}");
        return ExitCode::from(2);
    }
    let rendered = match synth_all(stacks) {
        Ok(r) => r,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let chosen: Vec<_> = rendered
        .iter()
        .filter(|r| args.stack.as_ref().is_none_or(|s| *s == r.stack_name))
        .collect();
    for warning in chosen.iter().flat_map(|r| &r.warnings) {
        eprintln!("{warning}");
    }
    match chosen.as_slice() {
        [one] => {
            for w in &one.warnings {
                eprintln!("{w}");
            }
            let _ = stdout.write_all(one.json.as_bytes());
            ExitCode::SUCCESS
        }
        [] => {
            eprintln!("error: no stack named {:?}", args.stack.unwrap_or_default());
            ExitCode::FAILURE
        }
        many => {
            let names: Vec<&str> = many.iter().map(|r| r.stack_name.as_str()).collect();
            eprintln!(
                "error: {} stacks ({}); pass --out DIR, or --stack NAME to print one",
                many.len(),
                names.join(", ")
            );
            ExitCode::from(2)
        }
    }
}

/// `routes`: the routing table of the stacks' distributions (or of a template's).
fn routes<'a>(
    stacks: impl IntoIterator<Item = &'a Stack>,
    args: &Args,
    stdout: &mut dyn Write,
) -> ExitCode {
    if args.out.is_some() || args.check {
        eprintln!("error: routes prints; --out and --check write templates\n{USAGE}");
        return ExitCode::from(2);
    }
    let table = match &args.template {
        Some(_) if args.stack.is_some() => {
            eprintln!(
                "error: --template reads a template; --stack NAME picks a stack of the program\n{USAGE}"
            );
            return ExitCode::from(2);
        }
        Some(file) => match template_routes(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {}: {e}", file.display());
                return ExitCode::FAILURE;
            }
        },
        None => {
            let stacks: Vec<&Stack> = stacks
                .into_iter()
                .filter(|s| args.stack.as_ref().is_none_or(|n| n == s.name()))
                .collect();
            if stacks.is_empty() {
                eprintln!(
                    "error: no stack named {:?}",
                    args.stack.clone().unwrap_or_default()
                );
                return ExitCode::FAILURE;
            }
            let mut table = RoutingTable::default();
            let several = stacks.len() > 1;
            for stack in stacks {
                match RoutingTable::of_stack(stack) {
                    Ok(t) => {
                        table
                            .distributions
                            .extend(t.distributions.into_iter().map(|mut d| {
                                if several {
                                    d.logical_id = format!("{}/{}", stack.name(), d.logical_id);
                                }
                                d
                            }))
                    }
                    Err(e) => {
                        eprintln!("{e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            table
        }
    };
    if table.distributions.is_empty() {
        eprintln!("no distribution to route");
        return ExitCode::SUCCESS;
    }
    let text = if args.mermaid {
        table.to_mermaid()
    } else {
        table.to_markdown()
    };
    let _ = stdout.write_all(text.as_bytes());
    ExitCode::SUCCESS
}

/// The routing table of the template `file`.
fn template_routes(file: &std::path::Path) -> Result<RoutingTable, String> {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("not a JSON template: {e}"))?;
    RoutingTable::from_template(&json).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Args, String> {
        parse(a.iter().map(|s| s.to_string()))
    }

    #[test]
    fn parses_flags() {
        assert_eq!(args(&["--out", "x"]).unwrap().out, Some(PathBuf::from("x")));
        assert_eq!(args(&["--out=x"]).unwrap().out, Some(PathBuf::from("x")));
        assert_eq!(args(&["--stack", "S"]).unwrap().stack.as_deref(), Some("S"));
        assert!(args(&["--out"]).is_err());
        assert!(args(&["--bogus"]).is_err());
    }

    #[test]
    fn parses_routes() {
        let a = args(&["routes", "--mermaid", "--template", "t.json"]).unwrap();
        assert!(a.routes && a.mermaid);
        assert_eq!(a.template, Some(PathBuf::from("t.json")));
        assert!(!args(&["--stack", "S"]).unwrap().routes);
        assert!(args(&["routes", "--template"]).is_err());
    }
}
