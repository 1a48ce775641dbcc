//! A command line for programs that generate templates, such as the examples:
//!
//! ```text
//! cargo run --example s3_origin                 # the template on stdout
//! cargo run --example s3_origin -- --out infra  # infra/S3OriginStack.template.json
//! ```

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use cloudfront_model::Stack;

use crate::build::Templates;
use crate::output::synth_all;

const USAGE: &str = "usage: [--out DIR [--check]] [--stack NAME]

  (no option)    print the template of the (only) stack on stdout
  --out DIR      write every stack's template as DIR/<StackName>.template.json, its assets
                 (staged as DIR/asset.<hash>..., listed in DIR/<StackName>.assets.json) and
                 the cloud assembly manifest (DIR/manifest.json) the AWS CDK toolkit reads
  --check        with --out: write nothing, fail with a diff if a file in DIR is stale
  --stack NAME   print only the template of the stack NAME";

/// What the command line asks for.
#[derive(Debug, Default, PartialEq, Eq)]
struct Args {
    out: Option<PathBuf>,
    stack: Option<String>,
    check: bool,
    help: bool,
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
    match chosen.as_slice() {
        [one] => {
            let mut stdout = std::io::stdout().lock();
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
}
