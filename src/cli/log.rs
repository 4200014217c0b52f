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
            let mut w = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            let written = write_json(&history, &lineages, &args.rev, &tip.to_string(), &mut w)
                .and_then(|()| std::io::Write::flush(&mut w));
            match written {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(Error::usage(format!("cannot write output: {e}")));
                }
                _ => {}
            }
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
    // The process ends right after this: freeing a long history node by node would only
    // delay the exit (by about 4% of a long replay).
    drop(lineages);
    std::mem::forget(history);
    std::mem::forget(registry);
    Ok(Outcome::Success)
}

/// Writes the `log --format json` document: the bytes `serde_json`'s pretty printer writes
/// for the whole [`LogOut`] (a test checks that). A long history makes a document of many
/// megabytes, so the schemas are rendered in parts on every core; the first part is written
/// as it is rendered, the others are written after it in order.
fn write_json(
    history: &History,
    lineages: &[&Lineage],
    rev: &str,
    commit: &str,
    w: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let head = LogOut {
        report_version: 1,
        rev,
        commit: commit.to_string(),
        schemas: Vec::new(),
    };
    let mut text = serde_json::to_vec_pretty(&head)?;
    if lineages.is_empty() {
        text.push(b'\n');
        return w.write_all(&text);
    }
    // `"schemas": []` ends the head; the schemas go between the brackets, two levels deep.
    let tail = b"[]\n}";
    if !text.ends_with(tail) {
        return Err(std::io::Error::other("unexpected JSON layout"));
    }
    text.truncate(text.len() - tail.len());
    text.push(b'[');
    w.write_all(&text)?;
    let render = |part: &[&Lineage], w: &mut dyn std::io::Write, first: bool| -> std::io::Result<()> {
        for (i, l) in part.iter().enumerate() {
            w.write_all(if first && i == 0 { b"\n    " } else { b",\n    " })?;
            let mut ser = serde_json::Serializer::with_formatter(&mut *w, Nested::new(2));
            serde::Serialize::serialize(&lineage_json(history, l), &mut ser)?;
        }
        Ok(())
    };
    // Parts of about equal size (by entries), one per core.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let total: usize = lineages.iter().map(|l| l.entries.len() + 1).sum();
    let mut parts: Vec<&[&Lineage]> = Vec::new();
    let (mut start, mut acc) = (0, 0);
    for (i, l) in lineages.iter().enumerate() {
        acc += l.entries.len() + 1;
        if acc * threads >= total * (parts.len() + 1) && parts.len() + 1 < threads {
            parts.push(&lineages[start..=i]);
            start = i + 1;
        }
    }
    parts.push(&lineages[start..]);
    std::thread::scope(|scope| -> std::io::Result<()> {
        let rest: Vec<_> = parts[1..]
            .iter()
            .map(|part| {
                scope.spawn(move || -> std::io::Result<Vec<u8>> {
                    let mut buf = Vec::new();
                    render(part, &mut buf, false)?;
                    Ok(buf)
                })
            })
            .collect();
        render(parts[0], w, true)?;
        for job in rest {
            let buf = job
                .join()
                .unwrap_or_else(|_| Err(std::io::Error::other("a rendering thread stopped")))?;
            w.write_all(&buf)?;
        }
        Ok(())
    })?;
    w.write_all(b"\n  ]\n}\n")
}

/// `serde_json`'s pretty layout (two spaces per level) for a value that sits `level`
/// levels deep in a larger document.
struct Nested {
    level: usize,
    has_value: bool,
}

impl Nested {
    fn new(level: usize) -> Nested {
        Nested {
            level,
            has_value: false,
        }
    }
    fn indent<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        const SPACES: &[u8; 64] = &[b' '; 64];
        let mut n = self.level * 2;
        while n > 0 {
            let k = n.min(SPACES.len());
            w.write_all(&SPACES[..k])?;
            n -= k;
        }
        Ok(())
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(b"[")
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.level -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(b"]")
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(b"{")
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.level -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(b"}")
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use schemata::registry::history::CommitInfo;
    use schemata::registry::{Entry, EntryKind};

    fn history(n: usize) -> History {
        let commit = CommitInfo {
            id: git2::Oid::from_str("3f2a9c0d11e4b7a8c2d90e1f5a6b7c8d9e0f1a2b").expect("oid"),
            time: 1_767_225_600,
            offset_minutes: 60,
            author: "Ada \"the\" Author".into(),
            email: "ada@example.com".into(),
            subject: "first\twith a tab\nand a second line".into(),
        };
        let lineages = (0..n)
            .map(|i| Lineage {
                name: format!("schemas/s{i}"),
                path: Some(format!("schemas/s{i}.json")),
                names: vec![format!("schemas/s{i}")],
                entries: (0..=i % 3)
                    .map(|k| Entry {
                        kind: EntryKind::Version,
                        commit: 0,
                        path: format!("schemas/s{i}.json"),
                        version: Some(semver::Version::new(1, k as u64, i as u64)),
                        bump: schemata::version::Bump::None,
                        summary: "first version".into(),
                        changes: Default::default(),
                        breaking: false,
                        tag: (k == 1).then(|| format!("schemas/s{i}@1.1.0")),
                        problems: (0..k).map(|p| format!("problem {p}")).collect(),
                        renamed_from: None,
                    })
                    .collect(),
            })
            .collect();
        History {
            commits: vec![commit],
            lineages,
            warnings: vec![],
        }
    }

    #[test]
    fn the_json_rendered_in_parts_is_what_serde_prints_for_the_whole() {
        for n in [0, 1, 2, 3, 7, 40] {
            let h = history(n);
            let lineages: Vec<&Lineage> = h.lineages.iter().collect();
            let mut ours = Vec::new();
            write_json(&h, &lineages, "HEAD", "abc", &mut ours).expect("renders");
            let mut expected = serde_json::to_vec_pretty(&LogOut {
                report_version: 1,
                rev: "HEAD",
                commit: "abc".into(),
                schemas: lineages.iter().map(|l| lineage_json(&h, l)).collect(),
            })
            .expect("renders");
            expected.push(b'\n');
            assert_eq!(
                String::from_utf8(ours).expect("utf-8"),
                String::from_utf8(expected).expect("utf-8"),
                "{n} schemas"
            );
        }
    }
}
