use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use std::fmt::Write;

/// Print the release tags for every schema with an unreleased version; `--apply` creates them.
///
/// Tags are annotated, named by `versioning.tag_format` (default `<name>@<version>`), and put
/// on the commit that made each version. With `--apply` they are created all or none; without
/// it nothing is written.
#[derive(clap::Args)]
pub struct ReleaseArgs {
    /// Only these schemas.
    names: Vec<String>,
    /// Create the tags (default: only print them).
    #[arg(long)]
    apply: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

pub fn run(args: ReleaseArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let registry = common::open(ctx)?;
    let history = common::history(&registry, None)?;
    let lineages = super::log::select(&history, &args.names)?;
    let list = super::version::pending(&registry, &history, &lineages);
    if args.apply && !list.is_empty() {
        let tags: Vec<(String, git2::Oid, String)> = list
            .iter()
            .map(|p| {
                let oid = git2::Oid::from_str(&p.commit).map_err(|e| Error::git(e.message().to_string()))?;
                Ok((p.tag.clone(), oid, format!("{} {}\n\n{}\n", p.name, p.next, p.summary)))
            })
            .collect::<Result<_, Error>>()?;
        registry.repo.create_tags(&tags)?;
    }
    let text = match args.format {
        TextOrJson::Json => common::json(&serde_json::json!({ "applied": args.apply, "tags": list }))?,
        TextOrJson::Text => {
            let mut s = String::new();
            if list.is_empty() {
                s.push_str("nothing to release: every schema's current version is tagged\n");
            }
            for p in &list {
                let verb = if args.apply { "created" } else { "would create" };
                let _ = writeln!(
                    s,
                    "{verb} {}  ({}, {})",
                    p.tag,
                    &p.commit[..7.min(p.commit.len())],
                    p.bump
                );
            }
            if !args.apply && !list.is_empty() {
                s.push_str("run with --apply to create these tags (then `git push --tags`)\n");
            }
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}
