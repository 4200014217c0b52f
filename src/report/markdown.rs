//! The gate report as Markdown: a pull-request comment or a job summary. Failing schemas
//! first, one table per schema, witnesses and fingerprints folded away.

use super::gate::{FindingStatus, GateReport, SchemaStatus};
use std::io::Write;

/// The hidden marker a CI script uses to find and update its own comment.
pub const MARKER: &str = "<!-- schemata-report -->";

/// Text safe inside a table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn render(report: &GateReport, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{MARKER}")?;
    let head = if report.passed {
        "✅ schemata: the gate passed"
    } else {
        "❌ schemata: the gate failed"
    };
    writeln!(out, "## {head}\n")?;
    let sm = &report.summary;
    let rev = |r: &super::gate::Revision| match &r.commit {
        Some(c) => format!("`{}` ({})", cell(&r.rev), &c[..7.min(c.len())]),
        None => format!("`{}`", cell(&r.rev)),
    };
    writeln!(
        out,
        "{} → {} · {} schema(s) checked · **{} breaking** · {} acknowledged · {} compatible · {} ignored\n",
        rev(&report.base),
        rev(&report.head),
        sm.schemas_checked,
        sm.breaking,
        sm.acknowledged,
        sm.non_breaking,
        report.ignored
    )?;
    for s in &report.schemas {
        let icon = if s.passed { "✅" } else { "❌" };
        let status = match &s.status {
            SchemaStatus::Added => "added".to_string(),
            SchemaStatus::Removed => "removed".to_string(),
            SchemaStatus::Modified => "modified".to_string(),
            SchemaStatus::Renamed { from } => format!("moved from `{}`", cell(from)),
        };
        let versions = s.version_change();
        writeln!(
            out,
            "### {icon} `{}` — {}, {} bump{versions}\n",
            cell(&s.name),
            status,
            s.required_bump.as_str()
        )?;
        if !s.findings.is_empty() {
            writeln!(out, "| | rule | where | change |\n|---|---|---|---|")?;
            for f in &s.findings {
                let verdict = match &f.status {
                    FindingStatus::Breaking if f.fails_gate => "❌ breaking",
                    FindingStatus::Breaking => "⚠️ breaking",
                    FindingStatus::Acknowledged { .. } => "☑️ acknowledged",
                    FindingStatus::Compatible if f.fails_gate => "❌ above --fail-on",
                    FindingStatus::Compatible => "➖ compatible",
                };
                let place = f.change.new.as_ref().or(f.change.old.as_ref());
                let at = place.map_or_else(String::new, |p| format!("`{}:{}`", cell(&p.file), p.line));
                writeln!(
                    out,
                    "| {verdict} | `{}` | {at} | {} |",
                    f.change.rule,
                    cell(&f.change.message)
                )?;
            }
            writeln!(out)?;
            let mut hints: Vec<(&str, &str)> = Vec::new();
            for f in &s.findings {
                if let Some(h) = super::hint_for(&f.change)
                    && !hints.iter().any(|(r, _)| *r == f.change.rule)
                {
                    hints.push((f.change.rule, h));
                }
            }
            if !hints.is_empty() {
                writeln!(out, "**To ship it safely:**\n")?;
                for (rule, h) in hints {
                    writeln!(out, "- `{rule}`: {}", cell(h))?;
                }
                writeln!(out)?;
            }
            writeln!(
                out,
                "<details><summary>Details: witnesses, acknowledgements, fingerprints</summary>\n"
            )?;
            for f in &s.findings {
                let at = if f.change.instance_path.is_empty() {
                    "the root"
                } else {
                    &f.change.instance_path
                };
                write!(
                    out,
                    "- `{}` at `{}` · fingerprint `{}`",
                    f.change.rule,
                    cell(at),
                    f.fingerprint
                )?;
                if let FindingStatus::Acknowledged {
                    reason,
                    approved_by,
                    expires,
                } = &f.status
                {
                    write!(out, " · acknowledged: {}", cell(reason))?;
                    if let Some(a) = approved_by {
                        write!(out, " (approved by {})", cell(a))?;
                    }
                    if let Some(e) = expires {
                        write!(out, ", until {e}")?;
                    }
                }
                writeln!(out)?;
                if let Some(w) = &f.change.witness {
                    let side = match w.accepted_by {
                        crate::change::Side::Old => "accepted by the old version, rejected by the new",
                        crate::change::Side::New => "accepted by the new version, rejected by the old",
                    };
                    let doc = serde_json::to_string(&w.document).unwrap_or_default();
                    writeln!(out, "\n  Witness ({side}):\n")?;
                    if let Some(d) = &w.description {
                        writeln!(out, "  {}\n", cell(d))?;
                    }
                    writeln!(out, "  ```json\n  {doc}\n  ```\n")?;
                    if let Some(t) = &w.text {
                        writeln!(
                            out,
                            "  ```\n{}\n  ```\n",
                            t.lines().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n")
                        )?;
                    }
                    if let Some(hex) = &w.encoded {
                        writeln!(out, "  Bytes: `{hex}`\n")?;
                    }
                }
            }
            writeln!(out, "\n</details>\n")?;
        }
        for p in &s.problems {
            let icon = if p.fails_gate { "❌" } else { "⚠️" };
            writeln!(out, "- {icon} **{}**: {}", p.kind, cell(&p.message))?;
        }
        if !s.problems.is_empty() {
            writeln!(out)?;
        }
    }
    for p in &report.problems {
        let icon = if p.fails_gate { "❌" } else { "⚠️" };
        writeln!(out, "- {icon} **{}**: {}", p.kind, cell(&p.message))?;
    }
    for a in &report.stale_acknowledgements {
        writeln!(
            out,
            "- ⚠️ stale acknowledgement for `{}` ({}): it matches nothing",
            cell(&a.schema),
            cell(a.rule.as_deref().or(a.fingerprint.as_deref()).unwrap_or("*"))
        )?;
    }
    Ok(())
}
