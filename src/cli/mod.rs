//! Command-line interface: one file per subcommand, each exporting its args struct
//! (whose doc comment is the help) and its `run` function.

mod changelog;
mod check;
mod common;
mod diff;
mod export;
mod generate;
mod impact;
mod import;
mod init;
mod lint;
mod list;
mod log;
mod release;
mod rules;
mod sample;
mod show;
mod validate;
mod version;

use clap::{Parser, Subcommand};
use std::io::Write;

/// Treat a git repository of schema files as a schema registry: semantic diffs,
/// versions and breaking-change gates for JSON Schema.
#[derive(Parser)]
#[command(name = "schemata", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Read this config file instead of `schemata.yaml` at the repository root.
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<std::path::PathBuf>,
}

/// Settings every command sees.
pub struct Context {
    pub config: Option<std::path::PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    Init(init::InitArgs),
    List(list::ListArgs),
    Log(log::LogArgs),
    Show(show::ShowArgs),
    Diff(diff::DiffArgs),
    Check(check::CheckArgs),
    Changelog(changelog::ChangelogArgs),
    Version(version::VersionArgs),
    Release(release::ReleaseArgs),
    Impact(impact::ImpactArgs),
    Import(import::ImportArgs),
    Export(export::ExportArgs),
    Validate(validate::ValidateArgs),
    Lint(lint::LintArgs),
    Sample(sample::SampleArgs),
    Rules(rules::RulesArgs),
}

/// What a command wants the process to exit with.
pub enum Outcome {
    Success,
    GateFailed,
}

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    schemata::report::set_text_width(schemata::report::text_width(|k| std::env::var_os(k)));
    let mut out = Vec::new();
    let ctx = Context { config: cli.config };
    let result = match cli.command {
        Command::Init(args) => init::run(args, &ctx, &mut out),
        Command::List(args) => list::run(args, &ctx, &mut out),
        Command::Log(args) => log::run(args, &ctx, &mut out),
        Command::Show(args) => show::run(args, &ctx, &mut out),
        Command::Diff(args) => diff::run(args, &ctx, &mut out),
        Command::Check(args) => check::run(args, &ctx, &mut out),
        Command::Changelog(args) => changelog::run(args, &ctx, &mut out),
        Command::Version(args) => version::run(args, &ctx, &mut out),
        Command::Release(args) => release::run(args, &ctx, &mut out),
        Command::Impact(args) => impact::run(args, &ctx, &mut out),
        Command::Import(args) => import::run(args, &ctx, &mut out),
        Command::Export(args) => export::run(args, &ctx, &mut out),
        Command::Validate(args) => validate::run(args, &ctx, &mut out),
        Command::Lint(args) => lint::run(args, &ctx, &mut out),
        Command::Sample(args) => sample::run(args, &ctx, &mut out),
        Command::Rules(args) => rules::run(args, &mut out),
    };
    let written = std::io::stdout()
        .lock()
        .write_all(&out)
        .and_then(|_| std::io::stdout().lock().flush());
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: cannot write output: {e}");
        return 2;
    }
    match result {
        Ok(Outcome::Success) => 0,
        Ok(Outcome::GateFailed) => 1,
        Err(e) => {
            print_error(&e);
            2
        }
    }
}

pub fn print_error(e: &schemata::Error) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "error: {e}");
    if let Some(hint) = &e.hint {
        let _ = writeln!(err, "hint: {hint}");
    }
}

#[allow(dead_code)] // no command restricts its report formats today; kept for the next one
/// A `--format` parser that offers only the formats a command renders, so `--help` and
/// shell completions list exactly those.
pub fn formats(names: &'static [&'static str]) -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::ValueEnum;
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(names.iter().copied())
        .map(|s| Format::from_str(&s, true).unwrap_or(Format::Text))
}

/// Output formats shared by commands.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
    Github,
    Junit,
    Sarif,
    /// GitLab Code Quality report (JSON).
    Gitlab,
}
