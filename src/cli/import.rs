use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use std::io::Write;
use std::path::PathBuf;

/// Move a schema registry's history into this git repository.
#[derive(clap::Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    from: ImportFrom,
}

#[derive(clap::Subcommand)]
enum ImportFrom {
    Confluent(ConfluentImport),
}

/// Import a Confluent (or compatible) Schema Registry export as git history.
///
/// SOURCE is either a folder of saved REST responses (subjects.json, config.json,
/// config/<subject>.json, subjects/<subject>/versions/<v>.json) or a JSON Lines dump of the
/// registry's _schemas topic. Files only: the registry is never contacted.
///
/// Writes one commit per registered version in registration order (subject, version and id
/// in its trailers), the compatibility levels into schemata.yaml, references as relative
/// $refs and imports, and a tag <name>@<version> per version. Run it again on a newer
/// export and it adds only what is new. Refuses a work tree with uncommitted changes.
/// docs/import.md maps subjects to files and names.
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
struct ConfluentImport {
    /// The export: a folder in the REST layout, or a _schemas topic dump (.jsonl).
    #[arg(value_name = "SOURCE")]
    source: PathBuf,
    /// The folder the schemas go to, relative to the repository root.
    #[arg(long, default_value = "schemas", value_name = "DIR")]
    prefix: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

pub fn run(args: ImportArgs, _ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let ImportFrom::Confluent(args) = args.from;
    check_prefix(&args.prefix)?;
    let export = schemata::confluent::read_export(&args.source)?;
    let cwd = std::env::current_dir().map_err(|e| Error::io(".", &e))?;
    let summary = schemata::confluent::git::import(&cwd, &export, &args.prefix)?;
    common::warn_all(&summary.warnings);
    match args.format {
        TextOrJson::Json => out.extend_from_slice(
            common::json(&serde_json::json!({
                "branch": summary.branch,
                "versions": summary.versions,
                "commits": summary.commits,
                "already_imported": summary.already_imported,
                "config_changed": summary.config_changed,
                "tags": summary.tags,
                "warnings": summary.warnings,
            }))?
            .as_bytes(),
        ),
        TextOrJson::Text => {
            let _ = writeln!(
                out,
                "imported {} version{} into {} ({} commit{}, {} tag{}); {} already imported{}",
                summary.versions,
                if summary.versions == 1 { "" } else { "s" },
                summary.branch,
                summary.commits,
                if summary.commits == 1 { "" } else { "s" },
                summary.tags.len(),
                if summary.tags.len() == 1 { "" } else { "s" },
                summary.already_imported,
                if summary.config_changed {
                    "; schemata.yaml updated"
                } else {
                    ""
                }
            );
        }
    }
    Ok(Outcome::Success)
}

/// The prefix is a relative folder inside the repository.
pub fn check_prefix(prefix: &str) -> Result<(), Error> {
    let bad = prefix.starts_with('/')
        || prefix.contains('\\')
        || prefix.split('/').any(|s| s == ".." || s == ".")
        || prefix.contains(':');
    if bad {
        return Err(
            Error::usage(format!("--prefix {prefix}: not a folder inside the repository"))
                .with_hint("give a relative folder such as `schemas` or `registry/schemas`"),
        );
    }
    Ok(())
}
