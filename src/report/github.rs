//! The gate report as GitHub Actions workflow commands: an annotation per finding on the
//! new file's line (the old file's when the new side is gone).

use super::gate::{FindingStatus, GateReport};
use std::io::Write;

/// Escapes the message part of a workflow command.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`) of a workflow command.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(report: &GateReport, out: &mut dyn Write) -> std::io::Result<()> {
    for s in &report.schemas {
        for f in &s.findings {
            let level = match (&f.status, f.fails_gate) {
                (_, true) => "error",
                (FindingStatus::Acknowledged { .. }, _) | (FindingStatus::Breaking, _) => "warning",
                (FindingStatus::Compatible, false) => "notice",
            };
            let place = f.change.new.as_ref().or(f.change.old.as_ref());
            let mut props = Vec::new();
            if let Some(p) = place {
                props.push(format!("file={}", property(&p.file)));
                props.push(format!("line={}", p.line));
                props.push(format!("col={}", p.column));
            }
            let mut title = format!("{} ({})", f.change.rule, s.name);
            if let FindingStatus::Acknowledged { .. } = f.status {
                title.push_str(", acknowledged");
            }
            props.push(format!("title={}", property(&title)));
            writeln!(out, "::{level} {}::{}", props.join(","), data(&f.change.message))?;
        }
        for p in &s.problems {
            let level = if p.fails_gate { "error" } else { "warning" };
            let mut props = Vec::new();
            if let Some(file) = &p.file {
                props.push(format!("file={}", property(file)));
                if let Some(l) = p.line {
                    props.push(format!("line={l}"));
                }
            }
            props.push(format!("title={}", property(&format!("{} ({})", p.kind, s.name))));
            writeln!(out, "::{level} {}::{}", props.join(","), data(&p.message))?;
        }
    }
    for p in &report.problems {
        let level = if p.fails_gate { "error" } else { "warning" };
        writeln!(out, "::{level} title={}::{}", property(&p.kind), data(&p.message))?;
    }
    for a in &report.stale_acknowledgements {
        writeln!(
            out,
            "::warning title=stale acknowledgement::{}",
            data(&format!(
                "the acknowledgement for {} ({}) matches nothing",
                a.schema,
                a.rule.as_deref().or(a.fingerprint.as_deref()).unwrap_or("*")
            ))
        )?;
    }
    let verdict = if report.passed { "passed" } else { "failed" };
    writeln!(
        out,
        "schemata: {} schema(s) checked, {} breaking, {} acknowledged, {} ignored: gate {verdict}",
        report.summary.schemas_checked, report.summary.breaking, report.summary.acknowledged, report.ignored
    )
}
