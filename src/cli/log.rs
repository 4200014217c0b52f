use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use schemata::registry::{EntryKind, History, Lineage};
use serde::Serialize;
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
        TextOrJson::Json => {
            // A whole history is large (megabytes): it goes straight to stdout rather than
            // through a buffer the size of the output.
            common::json_to_stdout(&LogOut {
                report_version: 1,
                rev: &args.rev,
                commit: tip.to_string(),
                schemas: lineages.iter().map(|l| lineage_json(&history, l)).collect(),
            })?;
            String::new()
        }
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

#[derive(Serialize)]
struct LogOut<'a> {
    report_version: u32,
    rev: &'a str,
    commit: String,
    schemas: Vec<LineageOut<'a>>,
}

/// One lineage as the JSON output has it (docs/registry-json.md).
#[derive(Serialize)]
pub struct LineageOut<'a> {
    name: &'a str,
    path: Option<&'a str>,
    names: &'a [String],
    current_version: Option<String>,
    removed: bool,
    entries: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    kind: EntryKind,
    version: Option<String>,
    bump: &'static str,
    commit: String,
    date: String,
    time: i64,
    author: &'a str,
    subject: &'a str,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    renamed_from: Option<&'a str>,
    summary: &'a str,
    breaking: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    tag: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    problems: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    changes: &'a [schemata::Change],
}

pub fn lineage_json<'a>(history: &'a History, l: &'a Lineage) -> LineageOut<'a> {
    LineageOut {
        name: &l.name,
        path: l.path.as_deref(),
        names: &l.names,
        current_version: l.current().and_then(|e| e.version.as_ref()).map(ToString::to_string),
        removed: l.is_removed(),
        entries: l
            .entries
            .iter()
            .map(|e| {
                let c = &history.commits[e.commit];
                EntryOut {
                    kind: e.kind,
                    version: e.version.as_ref().map(ToString::to_string),
                    bump: e.bump.as_str(),
                    commit: c.id.to_string(),
                    date: c.date(),
                    time: c.time,
                    author: &c.author,
                    subject: &c.subject,
                    path: &e.path,
                    renamed_from: e.renamed_from.as_deref(),
                    summary: &e.summary,
                    breaking: e.breaking,
                    tag: e.tag.as_deref(),
                    problems: &e.problems,
                    changes: &e.changes,
                }
            })
            .collect(),
    }
}

fn render_text(s: &mut String, history: &History, l: &Lineage, changes: bool) {
    let current = l.current().and_then(|e| e.version.as_ref());
    let _ = writeln!(
        s,
        "{}  {}  current {}",
        l.name,
        l.path
            .as_deref()
            .map_or_else(|| "(removed)".to_string(), |p| format!("({p})")),
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
            for ch in e.changes.iter() {
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
