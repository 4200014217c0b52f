use super::{Context, Outcome};
use schemata::Error;

/// Print a small valid example document of a schema (for tests, docs and prompts).
///
/// Deterministic: the same schema and `--seed` give the same document. Every document is
/// checked against the schema before it is printed; when none can be built, exit 2.
#[derive(clap::Args)]
pub struct SampleArgs {
    /// The schema: a file or NAME[@VERSION|@REV].
    schema: String,
    /// Seed for the choices (enum values, optional properties, lengths…).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Output format.
    #[arg(long, value_parser = ["json", "yaml"], default_value = "json")]
    format: String,
}

pub fn run(args: SampleArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let loaded = super::validate::load_schema(&args.schema, ctx)?;
    let graph = loaded.graph?;
    let doc = graph.sample(args.seed)?.ok_or_else(|| {
        Error::new(
            schemata::ErrorKind::Schema,
            format!("could not build a valid example of {}", args.schema),
        )
        .with_hint("the schema may accept nothing (`schemata lint` and `schemata validate` can tell why)")
    })?;
    let text = if args.format == "yaml" {
        serde_yaml::to_string(&doc).map_err(|e| Error::usage(format!("cannot write YAML: {e}")))?
    } else {
        serde_json::to_string_pretty(&doc).map_err(|e| Error::usage(format!("cannot write JSON: {e}")))? + "\n"
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}
