use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use std::io::Write;
use std::path::PathBuf;

/// Write this registry out in a schema registry's own layout.
#[derive(clap::Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    to: ExportTo,
}

#[derive(clap::Subcommand)]
enum ExportTo {
    Confluent(ConfluentExport),
}

/// Export every version of every schema as Confluent Schema Registry files.
///
/// Writes the layout `schemata import confluent` reads (docs/import.md): subjects.json,
/// config.json, config/<subject>.json and subjects/<subject>/versions/<v>.json, whose bodies
/// are what POST /subjects/<subject>/versions takes (schema, schemaType, references).
/// Versions are numbered per subject in commit order; ids follow registration order.
/// OUT must not exist (or be empty); it is written whole or not at all.
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
struct ConfluentExport {
    /// The folder to write.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The folder whose schemas map to subjects by their path under it (others keep their
    /// whole name as subject).
    #[arg(long, default_value = "schemas", value_name = "DIR")]
    prefix: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

pub fn run(args: ExportArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let ExportTo::Confluent(args) = args.to;
    super::import::check_prefix(&args.prefix)?;
    let registry = common::open(ctx)?;
    let history = common::history(&registry, None)?;
    let plan = schemata::confluent::export::plan(&registry, &history, &args.prefix)?;
    common::warn_all(&plan.warnings);
    if plan.versions.is_empty() {
        return Err(Error::usage("no schema version to export")
            .with_hint("`schemata list` shows the registry's schemas; only committed versions are exported"));
    }
    schemata::confluent::write_export(&args.out, &plan.versions, &plan.global_level, &plan.subject_levels)?;
    let subjects: std::collections::BTreeSet<&str> = plan.versions.iter().map(|v| v.subject.as_str()).collect();
    if args.format == TextOrJson::Json {
        out.extend_from_slice(
            common::json(&serde_json::json!({
                "out": args.out.display().to_string(),
                "versions": plan.versions.len(),
                "subjects": subjects,
                "warnings": plan.warnings,
            }))?
            .as_bytes(),
        );
        return Ok(Outcome::Success);
    }
    let _ = writeln!(
        out,
        "exported {} version{} of {} subject{} to {}",
        plan.versions.len(),
        if plan.versions.len() == 1 { "" } else { "s" },
        subjects.len(),
        if subjects.len() == 1 { "" } else { "s" },
        args.out.display()
    );
    Ok(Outcome::Success)
}
