//! A command line for programs that generate templates, such as the examples:
//!
//! ```text
//! cargo run --example s3_origin                    # the template on stdout
//! cargo run --example s3_origin -- --format yaml   # the same as YAML
//! cargo run --example s3_origin -- --out infra     # infra/S3OriginStack.template.json, ...
//! cargo run --example big -- routes                # the routing table of its distribution
//! cargo run --example big -- routes --mermaid      # the same as a Mermaid flowchart
//! cargo run --example big -- routes --template infra/BigStack.template.json
//! cargo run --example s3_origin -- --help          # every option
//! ```
//!
//! `--out DIR` writes a cloud assembly: every stack's template, its staged assets, the manifest
//! the AWS CDK toolkit reads, and a `cdk.json` that makes the directory the toolkit's app when
//! it runs in `DIR` (a bare `cdk ls` there lists the stacks).
//!
//! `routes` prints, for each distribution, its behaviors in the order CloudFront tries them,
//! what each sends requests to (origin, cache and origin request policies, response headers
//! policy, what runs at the edge, viewer protocol policy) and which never apply: read from the
//! program's stacks, or with `--template FILE` from any CloudFormation template in JSON.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use cloudfront_model::Stack;
use cloudfront_model::routing::RoutingTable;

use crate::build::Templates;
use crate::output::{Format, synth_all};

/// Prints or writes the CloudFormation templates of this program's stacks.
#[derive(Debug, Parser)]
#[command(version, args_conflicts_with_subcommands = true)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Write every stack's template as DIR/<StackName>.template.json, its assets (staged as
    /// DIR/asset.<hash>..., listed in DIR/<StackName>.assets.json), the cloud assembly manifest
    /// (DIR/manifest.json) and DIR/cdk.json, which the AWS CDK toolkit reads
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// With --out: write nothing, fail with a diff if a file in DIR is stale
    #[arg(long, requires = "out")]
    check: bool,
    /// Print only the template of the stack NAME
    #[arg(long, value_name = "NAME", conflicts_with = "out")]
    stack: Option<String>,
    /// The template's format; with --out, YAML is written beside the JSON the toolkit reads
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print each distribution's routing table (Markdown): its behaviors in the order
    /// CloudFront tries them, what each sends requests to, which never apply
    Routes {
        /// Print it as a Mermaid flowchart
        #[arg(long)]
        mermaid: bool,
        /// Only the distributions of the stack NAME
        #[arg(long, value_name = "NAME", conflicts_with = "template")]
        stack: Option<String>,
        /// Read the distributions of the CloudFormation template FILE (JSON) instead of the
        /// program's stacks
        #[arg(long, value_name = "FILE")]
        template: Option<PathBuf>,
    },
}

/// The name the program was run by (the file name of its executable), for the usage line.
fn program_name() -> String {
    std::env::args_os()
        .next()
        .as_deref()
        .map(Path::new)
        .and_then(Path::file_stem)
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "app".to_owned())
}

/// Parses `args` (without the program name) as `program` was run with them; `Err` holds the
/// exit code after clap printed help, the version or a usage error.
fn parse(
    program: &str,
    args: impl IntoIterator<Item = String>,
    stdout: &mut dyn Write,
) -> Result<Args, ExitCode> {
    let command = Args::command()
        .name(program.to_owned())
        .bin_name(program.to_owned())
        .version(concat!("(cloudfront-dsl ", env!("CARGO_PKG_VERSION"), ")"));
    let argv = std::iter::once(OsString::from(program)).chain(args.into_iter().map(OsString::from));
    let parsed = command
        .try_get_matches_from(argv)
        .and_then(|m| Args::from_arg_matches(&m));
    parsed.map_err(|e| {
        if e.use_stderr() {
            let _ = e.print();
        } else {
            // --help and --version: what the caller reads as the program's output.
            let _ = write!(stdout, "{}", e.render());
        }
        ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
    })
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

/// [`run`] with explicit arguments (without the program name).
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
    let args = match parse(&program_name(), args, stdout) {
        Ok(a) => a,
        Err(code) => return code,
    };
    if let Some(Command::Routes {
        mermaid,
        stack,
        template,
    }) = &args.command
    {
        return routes(
            stacks,
            *mermaid,
            stack.as_deref(),
            template.as_deref(),
            stdout,
        );
    }
    if let Some(dir) = &args.out {
        let stacks: Vec<&Stack> = stacks.into_iter().collect();
        let refresh = "the same command without --check";
        return match Templates::new(dir)
            .check(args.check)
            .refresh_command(refresh)
            .yaml(args.format == Format::Yaml)
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
            let _ = stdout.write_all(one.text(args.format).as_bytes());
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
    mermaid: bool,
    stack: Option<&str>,
    template: Option<&Path>,
    stdout: &mut dyn Write,
) -> ExitCode {
    let table = match template {
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
                .filter(|s| stack.is_none_or(|n| n == s.name()))
                .collect();
            if stacks.is_empty() {
                eprintln!("error: no stack named {:?}", stack.unwrap_or_default());
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
    let text = if mermaid {
        table.to_mermaid()
    } else {
        table.to_markdown()
    };
    let _ = stdout.write_all(text.as_bytes());
    ExitCode::SUCCESS
}

/// The routing table of the template `file`.
fn template_routes(file: &Path) -> Result<RoutingTable, String> {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("not a JSON template: {e}"))?;
    RoutingTable::from_template(&json).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Args, ExitCode> {
        parse("site", a.iter().map(|s| s.to_string()), &mut Vec::new())
    }

    fn printed(a: &[&str]) -> (ExitCode, String) {
        let mut out = Vec::new();
        let code = match parse("site", a.iter().map(|s| s.to_string()), &mut out) {
            Ok(_) => ExitCode::SUCCESS,
            Err(code) => code,
        };
        (code, String::from_utf8(out).unwrap())
    }

    #[test]
    fn parses_flags() {
        assert_eq!(args(&["--out", "x"]).unwrap().out, Some(PathBuf::from("x")));
        assert_eq!(args(&["--out=x"]).unwrap().out, Some(PathBuf::from("x")));
        assert_eq!(args(&["--stack", "S"]).unwrap().stack.as_deref(), Some("S"));
        assert_eq!(args(&["--format", "yaml"]).unwrap().format, Format::Yaml);
        assert_eq!(args(&[]).unwrap().format, Format::Json);
        assert!(args(&["--out"]).is_err());
        assert!(args(&["--bogus"]).is_err());
        assert!(args(&["--format", "toml"]).is_err());
        assert!(args(&["--check"]).is_err(), "--check needs --out");
        assert!(args(&["--out", "x", "--stack", "S"]).is_err());
    }

    #[test]
    fn parses_routes() {
        let a = args(&["routes", "--mermaid", "--template", "t.json"]).unwrap();
        assert!(matches!(
            a.command,
            Some(Command::Routes { mermaid: true, template: Some(t), .. }) if t == Path::new("t.json")
        ));
        assert!(args(&["--stack", "S"]).unwrap().command.is_none());
        assert!(args(&["routes", "--template"]).is_err());
        assert!(args(&["routes", "--out", "x"]).is_err());
        assert!(args(&["--mermaid"]).is_err(), "--mermaid goes with routes");
        assert!(args(&["routes", "--stack", "S", "--template", "t.json"]).is_err());
    }

    /// `--format yaml` prints the template the JSON holds, as YAML.
    #[test]
    fn prints_yaml() {
        use crate::prelude::*;
        let mut stack = Stack::new("Site");
        distribution!(stack, "d", { default_behavior: { origin: origins::HttpOrigin("www.example.com") } });
        let print = |args: &[&str]| {
            let mut out = Vec::new();
            let code = run_with_output([&stack], args.iter().map(|a| a.to_string()), &mut out);
            assert_eq!(code, ExitCode::SUCCESS);
            String::from_utf8(out).unwrap()
        };
        let yaml: serde_json::Value = yaml_serde::from_str(&print(&["--format", "yaml"])).unwrap();
        let json: serde_json::Value = serde_json::from_str(&print(&[])).unwrap();
        assert_eq!(yaml, json);
        assert!(json["Resources"].is_object());
    }

    /// Help and version name the program, go to stdout and succeed.
    #[test]
    fn help_and_version_name_the_program() {
        let (code, help) = printed(&["--help"]);
        assert_eq!(code, ExitCode::SUCCESS);
        assert!(help.contains("Usage: site [OPTIONS]"), "{help}");
        for option in [
            "--out <DIR>",
            "--check",
            "--stack <NAME>",
            "--format <FORMAT>",
            "routes",
        ] {
            assert!(help.contains(option), "{option} in {help}");
        }
        let (code, version) = printed(&["--version"]);
        assert_eq!(code, ExitCode::SUCCESS);
        assert_eq!(
            version,
            format!("site (cloudfront-dsl {})\n", env!("CARGO_PKG_VERSION"))
        );
        let (_, routes_help) = printed(&["routes", "--help"]);
        assert!(
            routes_help.contains("Usage: site routes [OPTIONS]"),
            "{routes_help}"
        );
        assert_eq!(printed(&["--bogus"]).0, ExitCode::from(2));
    }
}
