//! `cloudfront-dsl import path/to/Stack.template.json`: prints the DSL source of a
//! CloudFormation template (see `cloudfront_dsl::import`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use cloudfront_dsl::import::{self, Options};

/// Tools for cloudfront-dsl users.
#[derive(Debug, Parser)]
#[command(name = "cloudfront-dsl", version)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the Rust source (a `stack!` block) of a CloudFormation template in JSON; list on
    /// stderr the resources carried over as they are
    Import {
        /// The template, such as `cdk.out/SiteStack.template.json`
        template: PathBuf,
        /// The stack's name (read back from the template's generated ids when left out)
        #[arg(long, value_name = "NAME")]
        stack_name: Option<String>,
        /// Fail (exit 1) when a resource is carried over as it is
        #[arg(long)]
        strict: bool,
    },
}

fn main() -> ExitCode {
    let Command::Import {
        template,
        stack_name,
        strict,
    } = Args::parse().command;
    let text = match std::fs::read_to_string(&template) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", template.display());
            return ExitCode::from(2);
        }
    };
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(e) => {
            eprintln!("error: {} is not JSON: {e}", template.display());
            return ExitCode::from(2);
        }
    };
    let options = Options {
        stack_name,
        source_name: template
            .file_name()
            .map(|n| n.to_string_lossy().into_owned()),
    };
    let imported = match import::import(&value, &options) {
        Ok(imported) => imported,
        Err(e) => {
            eprintln!("error: {}: {e}", template.display());
            return ExitCode::from(2);
        }
    };
    print!("{}", imported.source);
    for c in &imported.carried {
        eprintln!(
            "carried over as written: {} ({}): {}",
            c.logical_id, c.resource_type, c.reason
        );
    }
    if strict && !imported.carried.is_empty() {
        eprintln!(
            "error: {} resource(s) carried over as written (--strict)",
            imported.carried.len()
        );
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
