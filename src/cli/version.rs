use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use schemata::registry::{History, Lineage};
use serde::Serialize;
use std::fmt::Write;

/// Show the next version of every schema that changed since its last release.
///
/// A release is a tag `<name>@<version>` (see `versioning.tag_format`). The next version is
/// the one the history computed for the schema's latest change; a schema never released
/// shows its whole computed version.
#[derive(clap::Args)]
pub struct VersionArgs {
    /// Only these schemas.
    names: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

/// A schema whose latest version is not released yet.
#[derive(Serialize)]
pub struct Pending {
    pub name: String,
    pub released: Option<String>,
    pub next: String,
    /// The bump from the last release to the next version.
    pub bump: &'static str,
    /// The commit that made the next version (where `release` puts the tag).
    pub commit: String,
    pub tag: String,
    pub summary: String,
}

/// Every schema whose current version has no tag yet.
pub fn pending(registry: &schemata::registry::Registry, history: &History, lineages: &[&Lineage]) -> Vec<Pending> {
    let mut out = Vec::new();
    for l in lineages {
        if l.is_removed() {
            continue;
        }
        let Some(current) = l.current() else { continue };
        let Some(next) = &current.version else { continue };
        if current.tag.is_some() {
            continue;
        }
        let released = l.last_release().and_then(|e| e.version.clone());
        if released.as_ref() == Some(next) {
            continue;
        }
        let bump = match &released {
            Some(r) => schemata::version::bump_between(r, next).as_str(),
            None => "initial",
        };
        out.push(Pending {
            name: l.name.clone(),
            released: released.map(|v| v.to_string()),
            next: next.to_string(),
            bump,
            commit: history.commits[current.commit].id.to_string(),
            tag: registry.config.tag_name(&l.name, next),
            summary: current.summary.clone(),
        });
    }
    out
}

pub fn run(args: VersionArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let registry = common::open(ctx)?;
    let history = common::history(&registry, None)?;
    let lineages = super::log::select(&history, &args.names)?;
    let list = pending(&registry, &history, &lineages);
    let text = match args.format {
        TextOrJson::Json => common::json(&serde_json::json!({ "schemas": list }))?,
        TextOrJson::Text => {
            let mut s = String::new();
            if list.is_empty() {
                s.push_str("every schema's current version is released\n");
            }
            let w = list.iter().map(|p| p.name.len()).max().unwrap_or(4).max(4);
            if !list.is_empty() {
                let _ = writeln!(
                    s,
                    "{:w$}  {:10}  {:10}  {:7}  SUMMARY",
                    "NAME", "RELEASED", "NEXT", "BUMP"
                );
            }
            for p in &list {
                let _ = writeln!(
                    s,
                    "{:w$}  {:10}  {:10}  {:7}  {}",
                    p.name,
                    p.released.as_deref().unwrap_or("-"),
                    p.next,
                    p.bump,
                    p.summary
                );
            }
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}
