use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use schemata::registry::{EntryKind, History, Lineage};
use serde_json::{Value, json};
use std::fmt::Write;

/// Show the version lineage of schemas, computed from the first-parent history.
///
/// Each version shows its number, commit, date, author, the bump its changes required and a
/// one-line summary. A commit where a schema could not be read shows as an event; the
/// previous version stays current. Without NAME, every schema is shown.
#[derive(clap::Args)]
pub struct LogArgs {
    /// Schema names (or paths); none means every schema.
    names: Vec<String>,
    /// The branch or commit whose first-parent history is replayed.
    #[arg(long, default_value = "HEAD", value_name = "REV")]
    rev: String,
    /// List every change of each version, not only the summary.
    #[arg(long)]
    changes: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

pub fn run(args: LogArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let registry = common::open(ctx)?;
    let tip = registry.repo.resolve_commit(&args.rev)?;
    let history = common::history(&registry, Some(tip))?;
    let lineages = select(&history, &args.names)?;
    let text = match args.format {
        TextOrJson::Json => common::json(&json!({
            "report_version": 1,
            "rev": args.rev,
            "commit": tip.to_string(),
            "schemas": lineages.iter().map(|l| lineage_json(&history, l)).collect::<Vec<_>>(),
        }))?,
        TextOrJson::Text => {
            let mut s = String::new();
            for (i, l) in lineages.iter().enumerate() {
                if i > 0 {
                    s.push('\n');
                }
                render_text(&mut s, &history, l, args.changes);
            }
            if lineages.is_empty() {
                s.push_str("no schemas in this history\n");
            }
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}

/// The lineages a list of names asks for (all when empty), with a clear error for unknown names.
pub fn select<'h>(history: &'h History, names: &[String]) -> Result<Vec<&'h Lineage>, Error> {
    if names.is_empty() {
        return Ok(history.lineages.iter().collect());
    }
    names
        .iter()
        .map(|n| {
            history.find(n).ok_or_else(|| {
                let known: Vec<&str> = history.lineages.iter().map(|l| l.name.as_str()).take(10).collect();
                Error::usage(format!("no schema named \"{n}\" in this history"))
                    .with_hint(format!("known names include: {}", known.join(", ")))
            })
        })
        .collect()
}

pub fn lineage_json(history: &History, l: &Lineage) -> Value {
    let entries: Vec<Value> = l
        .entries
        .iter()
        .map(|e| {
            let c = &history.commits[e.commit];
            let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert("commit".into(), json!(c.id.to_string()));
                m.insert("date".into(), json!(c.date()));
                m.insert("time".into(), json!(c.time));
                m.insert("author".into(), json!(c.author));
                m.insert("subject".into(), json!(c.subject));
            }
            v
        })
        .collect();
    json!({
        "name": l.name,
        "path": l.path,
        "names": l.names,
        "current_version": l.current().and_then(|e| e.version.as_ref()).map(ToString::to_string),
        "removed": l.is_removed(),
        "entries": entries,
    })
}

fn render_text(s: &mut String, history: &History, l: &Lineage, changes: bool) {
    let current = l.current().and_then(|e| e.version.as_ref());
    let _ = writeln!(
        s,
        "{}  {}  current {}",
        l.name,
        l.path.as_deref().map_or_else(|| "(removed)".to_string(), |p| format!("({p})")),
        common::v(current)
    );
    for e in l.entries.iter().rev() {
        let c = &history.commits[e.commit];
        let version = match e.kind {
            EntryKind::Removed => "removed".to_string(),
            EntryKind::Invalid => "invalid".to_string(),
            _ => common::v(e.version.as_ref()),
        };
        let bump = match e.kind {
            EntryKind::Version if e.summary == "first version" => "initial",
            EntryKind::Version => e.bump.as_str(),
            EntryKind::Tagged => "tag",
            _ => "-",
        };
        let mut summary = e.summary.clone();
        if e.breaking {
            summary = format!("BREAKING: {summary}");
        }
        if let Some(t) = &e.tag {
            summary.push_str(&format!(" [tag {t}]"));
        }
        if let Some(from) = &e.renamed_from {
            summary.push_str(&format!(" (moved from {from})"));
        }
        let _ = writeln!(
            s,
            "  {version:<10} {}  {}  {:<16} {bump:<7} {summary}",
            schemata::registry::repo::short(c.id),
            c.date(),
            truncate(&c.author, 16)
        );
        for p in &e.problems {
            let _ = writeln!(s, "      problem: {p}");
        }
        if changes {
            for ch in &e.changes {
                let _ = writeln!(
                    s,
                    "      {} {} ({}): {}",
                    if ch.breaking { "!" } else { "-" },
                    ch.rule,
                    ch.effect.as_str(),
                    ch.message
                );
            }
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}
