use super::{Context, Format, Outcome, common};
use schemata::Error;
use schemata::registry::Rev;
use schemata::registry::gate::{self, GateOptions};
use schemata::report::gate::FailOn;
use std::path::PathBuf;

/// The gate: compare every schema with a base revision and fail on unacknowledged breaks.
///
/// The base is the merge-base of HEAD with the default branch (origin/HEAD, else main, else
/// master) unless `--against` names one, so a branch behind main does not see main's newer
/// changes as its own. The proposed side is the working tree (in CI: HEAD), `--staged` for
/// pre-commit hooks, or `--head REV`.
///
/// Exit codes: 0 the gate passed, 1 it failed, 2 error (bad arguments, config, git trouble).
#[derive(clap::Args)]
pub struct CheckArgs {
    /// The base revision to compare against (default: merge-base with the default branch).
    #[arg(long, value_name = "REV")]
    against: Option<String>,
    /// Check what is staged for commit (against HEAD unless --against is given).
    #[arg(long, conflicts_with = "head")]
    staged: bool,
    /// The proposed revision (default: WORKTREE, the files on disk).
    #[arg(long, value_name = "REV")]
    head: Option<String>,
    /// The lowest change that fails the gate: breaking changes only, breaking and dangerous
    /// ones (GraphQL: an enum value added to a response, a union member added, a default
    /// changed…), any change to the accepted set (minor), or any change at all (patch).
    #[arg(long, value_enum, default_value = "breaking")]
    fail_on: FailOnArg,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Also write a report to a file, as FORMAT=PATH (repeatable), e.g. `--output json=report.json`.
    #[arg(long, value_name = "FORMAT=PATH")]
    output: Vec<String>,
    /// Skip building witness documents.
    #[arg(long)]
    no_witness: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum FailOnArg {
    Breaking,
    Dangerous,
    Minor,
    Patch,
}

pub fn run(args: CheckArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let outputs = args
        .output
        .iter()
        .map(|o| {
            let (f, p) = o.split_once('=').ok_or_else(|| {
                Error::usage(format!("--output {o}: expected FORMAT=PATH")).with_hint("e.g. --output json=report.json")
            })?;
            let format = <Format as clap::ValueEnum>::from_str(f, true).map_err(|_| {
                Error::usage(format!("--output {o}: unknown format \"{f}\""))
                    .with_hint("formats: text, json, markdown, github, junit, sarif")
            })?;
            Ok((format, PathBuf::from(p)))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let registry = common::open(ctx)?;
    let (head, head_label) = match (&args.head, args.staged) {
        (Some(h), _) => (registry.resolve(h)?, h.clone()),
        (None, true) => (Rev::Staged, "STAGED".to_string()),
        (None, false) => (Rev::Worktree, "WORKTREE".to_string()),
    };
    let (base, base_label) = match &args.against {
        Some(a) => (registry.resolve(a)?, a.clone()),
        // The very first commit: everything staged is new.
        None if registry.repo.head().is_none() => (Rev::Empty, "(no commits yet)".to_string()),
        None if args.staged => (Rev::Commit(registry.repo.resolve_commit("HEAD")?), "HEAD".to_string()),
        None => {
            let (oid, label) = gate::default_base(&registry)?;
            (Rev::Commit(oid), label)
        }
    };
    let options = GateOptions {
        base,
        base_label,
        head,
        head_label,
        fail_on: match args.fail_on {
            FailOnArg::Breaking => FailOn::Breaking,
            FailOnArg::Dangerous => FailOn::Dangerous,
            FailOnArg::Minor => FailOn::Minor,
            FailOnArg::Patch => FailOn::Patch,
        },
        today: std::env::var("SCHEMATA_TODAY")
            .ok()
            .and_then(|d| schemata::registry::config::parse_date(&d))
            .unwrap_or_else(gate::today),
        witnesses: !args.no_witness,
    };
    let mut warnings = Vec::new();
    let report = gate::run(&registry, &options, &mut warnings)?;
    common::warn_all(&warnings);
    for (format, path) in &outputs {
        let mut buf = Vec::new();
        render(&report, *format, false, &mut buf)?;
        write_atomically(path, &buf)?;
    }
    render(&report, args.format, common::color(), out)?;
    Ok(if report.passed {
        Outcome::Success
    } else {
        Outcome::GateFailed
    })
}

pub fn render(
    report: &schemata::report::gate::GateReport,
    format: Format,
    color: bool,
    out: &mut Vec<u8>,
) -> Result<(), Error> {
    use schemata::report;
    let io = |e: std::io::Error| Error::usage(format!("cannot render the report: {e}"));
    match format {
        Format::Text => report::gate_text::render(report, out, color).map_err(io),
        Format::Json => {
            let text = common::json(report)?;
            out.extend_from_slice(text.as_bytes());
            Ok(())
        }
        Format::Markdown => report::markdown::render(report, out).map_err(io),
        Format::Github => report::github::render(report, out).map_err(io),
        Format::Junit => report::junit::render(report, out).map_err(io),
        Format::Sarif => report::sarif::render(report, out).map_err(io),
    }
}

/// Writes a report file through a temporary file and a rename: never half a report.
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let tmp = dir.join(format!(
        ".{}.schemata-tmp",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let io = |e: std::io::Error| Error::io(path.display().to_string(), &e);
    std::fs::write(&tmp, bytes).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(e)
    })
}
