use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use schemata::registry::{History, Rev};
use serde::Serialize;
use std::fmt::Write;

/// List the schemas at a revision: name, path, format, mode and current version.
#[derive(clap::Args)]
pub struct ListArgs {
    /// The revision to read: a branch, tag, commit, `WORKTREE` or `STAGED`.
    #[arg(long, default_value = "HEAD", value_name = "REV")]
    at: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

#[derive(Serialize)]
struct Row {
    name: String,
    path: String,
    format: &'static str,
    compatibility: String,
    open_content: &'static str,
    /// The version at the revision (for `WORKTREE`/`STAGED`: at HEAD).
    version: Option<String>,
    /// Whether the file differs from that version (`WORKTREE`/`STAGED` only).
    modified: bool,
    owners: Vec<String>,
}

pub fn run(args: ListArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let registry = common::open(ctx)?;
    let rev = registry.resolve(&args.at)?;
    let mut warnings = Vec::new();
    let schemas = registry.discover(rev, &mut warnings)?;
    common::warn_all(&warnings);
    let tip = match rev {
        Rev::Commit(oid) => Some(oid),
        _ => registry.repo.head(),
    };
    let history: Option<History> = match tip {
        Some(t) => Some(common::history(&registry, Some(t))?),
        None => None,
    };
    let head_snapshot = match (rev, tip) {
        (Rev::Worktree | Rev::Staged, Some(t)) => Some(registry.repo.snapshot(Rev::Commit(t))?),
        _ => None,
    };
    let this = registry.repo.snapshot(rev)?;
    // Two files with one `$id` are kept apart by path, but that is almost always a mistake.
    let mut ids: std::collections::HashMap<String, Vec<&str>> = std::collections::HashMap::new();
    // The format of each file: the config's, else detected (`unknown` when it cannot be read).
    let mut formats: Vec<&'static str> = Vec::with_capacity(schemas.len());
    for s in &schemas {
        let file = schemata::format::read(&this, &s.path, s.entry.format).ok();
        let detected = file.as_ref().and_then(|f| schemata::format::detect(&s.path, f).ok());
        formats.push(s.entry.format.or(detected).map_or("unknown", |f| f.name()));
        if let Some(id) = file.as_ref().and_then(|f| f.value.get("$id")).and_then(|i| i.as_str()) {
            ids.entry(id.to_string()).or_default().push(&s.path);
        }
    }
    let mut dupes: Vec<String> = ids
        .iter()
        .filter(|(_, paths)| paths.len() > 1)
        .map(|(id, paths)| {
            format!(
                "{} share the $id {id}; they are kept apart by path",
                paths.join(" and ")
            )
        })
        .collect();
    dupes.sort();
    common::warn_all(&dupes);
    let mut rows = Vec::new();
    for (s, format) in schemas.into_iter().zip(formats) {
        let lineage = history.as_ref().and_then(|h| {
            h.lineages
                .iter()
                .find(|l| l.path.as_deref() == Some(s.path.as_str()))
                .or_else(|| h.find(&s.name))
        });
        let version = lineage.and_then(|l| l.current()).and_then(|e| e.version.as_ref());
        let modified = match &head_snapshot {
            Some(head) => head.read_bytes(&s.path)? != this.read_bytes(&s.path)?,
            None => false,
        };
        rows.push(Row {
            name: s.name,
            path: s.path,
            format,
            compatibility: s.entry.compatibility.name(),
            open_content: s.entry.open_content.as_str(),
            version: version.map(ToString::to_string),
            modified,
            owners: s.entry.owners.clone(),
        });
    }
    let text = match args.format {
        TextOrJson::Json => common::json(&serde_json::json!({ "at": args.at, "schemas": rows }))?,
        TextOrJson::Text => {
            let mut s = String::new();
            if rows.is_empty() {
                let _ = writeln!(
                    s,
                    "no schemas at {} (globs: {})",
                    args.at,
                    registry
                        .config
                        .schemas
                        .iter()
                        .map(|e| e.path.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            } else {
                let w = |f: &dyn Fn(&Row) -> usize| rows.iter().map(f).max().unwrap_or(0);
                let (wn, wp, wm) = (
                    w(&|r| r.name.len()).max(4),
                    w(&|r| r.path.len()).max(4),
                    w(&|r| r.compatibility.len()).max(4),
                );
                let _ = writeln!(
                    s,
                    "{:wn$}  {:wp$}  {:10}  {:wm$}  VERSION",
                    "NAME", "PATH", "FORMAT", "MODE"
                );
                for r in &rows {
                    let version = match (&r.version, r.modified) {
                        (Some(v), true) => format!("{v} (modified)"),
                        (Some(v), false) => v.clone(),
                        (None, _) => "unversioned".into(),
                    };
                    let _ = writeln!(
                        s,
                        "{:wn$}  {:wp$}  {:10}  {:wm$}  {version}",
                        r.name, r.path, r.format, r.compatibility
                    );
                }
            }
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}
