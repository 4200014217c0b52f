use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use schemata::registry::{Address, Rev};

/// Print a schema document as it was at a version or revision.
///
/// `NAME` is the schema at HEAD; `NAME@1.2.0` a version of its lineage; `NAME@latest` its
/// current version; `NAME@REV` the file at any revision (`WORKTREE`, `STAGED`, a branch…).
#[derive(clap::Args)]
pub struct ShowArgs {
    /// NAME, NAME@VERSION, NAME@latest or NAME@REV.
    schema: String,
    /// Output format: the document as stored (text) or an object with its metadata (json).
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

pub fn run(args: ShowArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let registry = common::open(ctx)?;
    let address = Address::parse(&args.schema);
    let mut history = None;
    let located = registry.locate(&address, &mut history)?;
    let snapshot = registry.repo.snapshot(located.rev)?;
    let bytes = snapshot
        .read_bytes(&located.path)?
        .ok_or_else(|| Error::usage(format!("{} does not exist at {}", located.path, located.rev.label())))?;
    let text = schemata::registry::repo::decode(bytes, &located.path)?;
    match args.format {
        TextOrJson::Text => {
            out.extend_from_slice(text.as_bytes());
            if !text.ends_with('\n') {
                out.push(b'\n');
            }
        }
        TextOrJson::Json => {
            let file = schemata::format::parse(located.path.clone(), &located.path, text, located.entry.format)?;
            // Formats with their own grammar (Protobuf, GraphQL) show their text.
            let document = match file.syntax {
                schemata::source::Syntax::Text => serde_json::Value::String(file.text.clone()),
                _ => file.value.clone(),
            };
            let commit = match located.rev {
                Rev::Commit(oid) => Some(oid.to_string()),
                _ => None,
            };
            out.extend_from_slice(
                common::json(&serde_json::json!({
                    "name": located.name,
                    "path": located.path,
                    "revision": located.rev.label(),
                    "commit": commit,
                    "version": located.version.map(|v| v.to_string()),
                    "document": document,
                }))?
                .as_bytes(),
            );
        }
    }
    Ok(Outcome::Success)
}
