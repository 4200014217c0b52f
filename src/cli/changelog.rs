use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use schemata::registry::EntryKind;
use std::fmt::Write;

/// Write a Markdown changelog from the version lineage of one schema or of all of them.
#[derive(clap::Args)]
pub struct ChangelogArgs {
    /// A schema name; none means every schema.
    name: Option<String>,
    /// Output format: Markdown (text) or the lineage as JSON.
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

pub fn run(args: ChangelogArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let registry = common::open(ctx)?;
    let history = common::history(&registry, None)?;
    let names: Vec<String> = args.name.iter().cloned().collect();
    let lineages = super::log::select(&history, &names)?;
    let text = match args.format {
        TextOrJson::Json => {
            let schemas: Vec<_> = lineages.iter().map(|l| super::log::lineage_json(&history, l)).collect();
            common::json(&std::collections::BTreeMap::from([("schemas", schemas)]))?
        }
        TextOrJson::Text => {
            let mut s = String::from("# Changelog\n");
            for l in &lineages {
                let _ = write!(s, "\n## {}\n", l.name);
                for e in l.entries.iter().rev() {
                    let c = &history.commits[e.commit];
                    let short = schemata::registry::repo::short(c.id);
                    match e.kind {
                        EntryKind::Version | EntryKind::Tagged => {
                            // Only a tag marks a version as released; the others are what
                            // the history computes, and say so.
                            let released = match &e.tag {
                                Some(_) => c.date(),
                                None => format!("{}, not released: no tag", c.date()),
                            };
                            let _ = write!(s, "\n### {} ({released})\n\n", common::v(e.version.as_ref()));
                            if e.breaking {
                                s.push_str("**Breaking.** ");
                            }
                            let bump = if e.summary == "first version" {
                                "initial version"
                            } else {
                                e.bump.as_str()
                            };
                            let bump = if bump == "initial version" {
                                bump.to_string()
                            } else {
                                format!("{bump} bump")
                            };
                            let _ = writeln!(s, "{} (`{short}`, {bump})", escape(&e.summary));
                            if e.changes.len() > 1 || (e.changes.len() == 1 && e.changes[0].message != e.summary) {
                                s.push('\n');
                                for ch in e.changes.iter() {
                                    let _ = writeln!(
                                        s,
                                        "- {}{} (`{}`)",
                                        if ch.breaking { "**breaking**: " } else { "" },
                                        escape(&ch.message),
                                        ch.rule
                                    );
                                }
                            }
                        }
                        EntryKind::Removed => {
                            let _ = write!(
                                s,
                                "\n### Removed ({})\n\nThe schema file was deleted (`{short}`).\n",
                                c.date()
                            );
                        }
                        EntryKind::Invalid => {}
                    }
                }
            }
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}

/// Keeps schema text from turning into Markdown markup or HTML: outside code spans, `<`
/// (which could open a tag), `*` and `[` (emphasis, links) and `\` are
/// backslash-escaped, which CommonMark renders as the character itself; `>` inside a line
/// (`>=`) is plain text and stays as written. Code spans are left alone, since a backslash
/// there would show.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_code = false;
    for c in s.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            '<' | '*' | '[' | '\\' if !in_code => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn comparisons_stay_readable_and_html_cannot_open() {
        assert_eq!(escape("`minimum` went from 0 to >= 1"), "`minimum` went from 0 to >= 1");
        assert_eq!(escape("a <b> tag"), "a \\<b> tag");
        assert_eq!(escape("property `a_b<c` removed"), "property `a_b<c` removed");
        assert_eq!(escape("snake_case *bold* [link]"), "snake_case \\*bold\\* \\[link]");
    }
}
