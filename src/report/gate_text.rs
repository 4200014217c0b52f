//! The gate report for people: per schema its verdict, version step and findings with
//! source snippets (old and new), then problems and a one-line summary.

use super::Sources;
use super::gate::{FindingStatus, GateReport, SchemaResult, SchemaStatus};
use std::io::Write;

/// The texts of one schema's two sides, for snippets.
pub struct SchemaSources<'a>(pub &'a SchemaResult);

impl Sources for SchemaSources<'_> {
    fn text_of(&self, file: &str) -> Option<&str> {
        self.text_of_side(file, true)
    }
    fn text_of_side(&self, file: &str, new: bool) -> Option<&str> {
        let s = self.0;
        let (path, text) = if new {
            (&s.new_path, &s.new_source)
        } else {
            (&s.old_path, &s.old_source)
        };
        (path.as_deref() == Some(file)).then_some(text.as_deref()).flatten()
    }
}

fn paint(color: bool, code: &str, text: &str) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

pub fn render(report: &GateReport, out: &mut dyn Write, color: bool) -> std::io::Result<()> {
    for s in &report.schemas {
        let status = match &s.status {
            SchemaStatus::Added => "added".to_string(),
            SchemaStatus::Removed => "removed".to_string(),
            SchemaStatus::Modified => "modified".to_string(),
            SchemaStatus::Renamed { from } => format!("moved from {from}"),
        };
        let verdict = if s.passed {
            paint(color, "32", "passed")
        } else {
            paint(color, "1;31", "FAILED")
        };
        let versions = s.version_change();
        writeln!(
            out,
            "── {} ({status}, {}) ── {verdict}: required bump {}{versions}",
            paint(color, "1", &s.name),
            s.mode,
            s.required_bump.as_str()
        )?;
        let sources = SchemaSources(s);
        for f in &s.findings {
            write!(out, "{}", super::text::change_block(&f.change, &sources, color))?;
            match &f.status {
                FindingStatus::Acknowledged {
                    reason,
                    approved_by,
                    expires,
                } => {
                    let mut line = format!("  acknowledged: {reason}");
                    if let Some(a) = approved_by {
                        line.push_str(&format!(" (approved by {a})"));
                    }
                    if let Some(e) = expires {
                        line.push_str(&format!(", until {e}"));
                    }
                    writeln!(out, "{}", paint(color, "36", &line))?;
                }
                _ if f.fails_gate => writeln!(out, "  {}", paint(color, "31", "fails the gate"))?,
                _ => {}
            }
            writeln!(out, "  fingerprint: {}\n", f.fingerprint)?;
        }
        for p in &s.problems {
            let at = match (&p.file, p.line) {
                (Some(f), Some(l)) => format!(" ({f}:{l})"),
                (Some(f), None) => format!(" ({f})"),
                _ => String::new(),
            };
            let label = if p.fails_gate {
                paint(color, "31", "error")
            } else {
                paint(color, "33", "warning")
            };
            writeln!(out, "  {label}[{}]: {}{at}", p.kind, p.message)?;
        }
        if s.findings.is_empty() && s.problems.is_empty() {
            let note = match s.status {
                SchemaStatus::Added => "a new schema",
                _ => "no semantic change",
            };
            writeln!(out, "  {note}")?;
        }
        writeln!(out)?;
    }
    for p in &report.problems {
        let label = if p.fails_gate {
            paint(color, "31", "error")
        } else {
            paint(color, "33", "warning")
        };
        writeln!(out, "{label}[{}]: {}", p.kind, p.message)?;
    }
    for a in &report.stale_acknowledgements {
        writeln!(
            out,
            "{}: the acknowledgement for {} ({}) matches nothing; remove it from the config",
            paint(color, "33", "warning"),
            a.schema,
            a.rule.as_deref().or(a.fingerprint.as_deref()).unwrap_or("*")
        )?;
    }
    let sm = &report.summary;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut parts = vec![
        plural(sm.schemas_checked, "schema") + " checked",
        plural(sm.breaking, "breaking change"),
    ];
    if sm.acknowledged > 0 {
        parts.push(format!("{} acknowledged", sm.acknowledged));
    }
    parts.push(format!("{} compatible", sm.non_breaking));
    if report.ignored > 0 {
        parts.push(format!("{} ignored", report.ignored));
    }
    // problems that fail the gate by themselves (an unreadable schema, a version tag
    // smaller than the changes need…) are counted here too, so the verdict has its reason
    let failing = report
        .problems
        .iter()
        .chain(report.schemas.iter().flat_map(|r| &r.problems))
        .filter(|p| p.fails_gate)
        .count();
    if failing > 0 {
        parts.push(plural(failing, "failing problem") + " (see above)");
    }
    let verdict = if report.passed {
        paint(color, "1;32", "gate passed")
    } else {
        paint(color, "1;31", "gate FAILED")
    };
    writeln!(
        out,
        "{} ({} → {}): {verdict}",
        parts.join(", "),
        report.base.rev,
        report.head.rev
    )
}
