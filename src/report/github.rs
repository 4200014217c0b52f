//! The gate report as GitHub Actions workflow commands: an annotation per finding on the
//! new file's line (the old file's when the new side is gone).

use super::gate::{Finding, FindingStatus, GateReport};
use std::io::Write;

/// Findings that land on the same line with the same rule, once. A break in a file that
/// several schemas `$ref` is found once per schema; an annotation (or a Code Quality issue)
/// per schema would stack identical messages on that line.
pub struct Group<'a> {
    /// The finding that decides the level: one that fails the gate, if any does.
    pub finding: &'a Finding,
    /// The schemas the finding was reported for, in report order.
    pub schemas: Vec<&'a str>,
    /// The distinct messages, in report order (one unless the same rule fired twice there).
    pub messages: Vec<&'a str>,
}

pub fn group_findings(report: &GateReport) -> Vec<Group<'_>> {
    let mut groups: Vec<Group> = Vec::new();
    let mut index: std::collections::HashMap<(String, u32, &str), usize> = std::collections::HashMap::new();
    for s in &report.schemas {
        for f in &s.findings {
            let place = f.change.new.as_ref().or(f.change.old.as_ref());
            let Some(place) = place else {
                groups.push(Group {
                    finding: f,
                    schemas: vec![&s.name],
                    messages: vec![&f.change.message],
                });
                continue;
            };
            let key = (place.file.clone(), place.line, f.change.rule);
            match index.get(&key) {
                Some(&i) => {
                    let g = &mut groups[i];
                    if !g.schemas.contains(&s.name.as_str()) {
                        g.schemas.push(&s.name);
                    }
                    if !g.messages.contains(&f.change.message.as_str()) {
                        g.messages.push(&f.change.message);
                    }
                    if f.fails_gate && !g.finding.fails_gate {
                        g.finding = f;
                    }
                }
                None => {
                    index.insert(key, groups.len());
                    groups.push(Group {
                        finding: f,
                        schemas: vec![&s.name],
                        messages: vec![&f.change.message],
                    });
                }
            }
        }
    }
    groups
}

/// Escapes the message part of a workflow command.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`) of a workflow command.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(report: &GateReport, out: &mut dyn Write) -> std::io::Result<()> {
    for g in group_findings(report) {
        let f = g.finding;
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
        let mut title = format!("{} ({})", f.change.rule, g.schemas.join(", "));
        if let FindingStatus::Acknowledged { .. } = f.status {
            title.push_str(", acknowledged");
        }
        props.push(format!("title={}", property(&title)));
        let mut message = g.messages.join("\n");
        if let Some(h) = super::hint_for(&f.change) {
            message.push_str(&format!("\nTo ship it safely: {h}"));
        }
        writeln!(out, "::{level} {}::{}", props.join(","), data(&message))?;
    }
    for s in &report.schemas {
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
