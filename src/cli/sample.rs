use super::{Context, Outcome};
use schemata::Error;

/// Print a small valid example document of a schema (for tests, docs and prompts).
///
/// Deterministic: the same schema and `--seed` give the same document. Every document is
/// checked against the schema before it is printed; when none can be built, exit 2. For a
/// GraphQL schema the example is an operation, as the JSON body a client POSTs
/// (`{"query": …, "variables": …}`), or as GraphQL text with `--format graphql`.
#[derive(clap::Args)]
pub struct SampleArgs {
    /// The schema: a file or NAME[@VERSION|@REV].
    schema: String,
    /// Seed for the choices (enum values, optional properties, lengths…).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Output format.
    #[arg(long, value_parser = ["json", "yaml", "graphql"], default_value = "json")]
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
    let text = if args.format == "graphql" {
        let query = doc.get("query").and_then(|q| q.as_str()).ok_or_else(|| {
            Error::usage(format!(
                "{} is not a GraphQL schema: --format graphql prints operations",
                args.schema
            ))
            .with_hint("use --format json or yaml")
        })?;
        let variables = doc.get("variables").cloned().unwrap_or_default();
        let mut t = query.to_string();
        if variables.as_object().is_some_and(|m| !m.is_empty()) {
            t.push_str(&format!(
                "# variables: {}\n",
                serde_json::to_string(&variables).unwrap_or_default()
            ));
        }
        t
    } else if args.format == "yaml" {
        serde_yaml::to_string(&doc).map_err(|e| Error::usage(format!("cannot write YAML: {e}")))?
    } else {
        serde_json::to_string_pretty(&doc).map_err(|e| Error::usage(format!("cannot write JSON: {e}")))? + "\n"
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}
