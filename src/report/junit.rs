//! The gate report as JUnit XML: one test case per schema, a failure per finding or
//! problem that fails the gate.

use super::gate::{GateReport, Problem};
use std::io::Write;

/// A `<failure>` for each problem that fails the gate.
fn problem_failures(out: &mut dyn Write, problems: &[Problem]) -> std::io::Result<()> {
    for p in problems.iter().filter(|p| p.fails_gate) {
        writeln!(
            out,
            r#"      <failure type="{}" message="{}"/>"#,
            xml(&p.kind),
            xml(&p.message)
        )?;
    }
    Ok(())
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

pub fn render(report: &GateReport, out: &mut dyn Write) -> std::io::Result<()> {
    render_titled(report, "schemata check", out)
}

/// [`render`] with the suite named for the command that ran (`schemata diff`).
pub fn render_titled(report: &GateReport, suite: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let tests = report.schemas.len().max(1);
    let failures =
        report.schemas.iter().filter(|s| !s.passed).count() + usize::from(report.problems.iter().any(|p| p.fails_gate));
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="{}" tests="{tests}" failures="{failures}">"#,
        xml(suite)
    )?;
    writeln!(
        out,
        r#"  <testsuite name="{}: {} → {}" tests="{tests}" failures="{failures}" errors="0">"#,
        xml(suite),
        xml(&report.base.rev),
        xml(&report.head.rev)
    )?;
    writeln!(out, "    <properties>")?;
    writeln!(out, r#"      <property name="ignored" value="{}"/>"#, report.ignored)?;
    writeln!(
        out,
        r#"      <property name="acknowledged" value="{}"/>"#,
        report.summary.acknowledged
    )?;
    writeln!(out, "    </properties>")?;
    for s in &report.schemas {
        writeln!(out, r#"    <testcase classname="schemata" name="{}">"#, xml(&s.name))?;
        for f in s.findings.iter().filter(|f| f.fails_gate) {
            let place = f.change.new.as_ref().or(f.change.old.as_ref());
            let at = place.map_or_else(String::new, |p| format!("{}:{}:{}\n", p.file, p.line, p.column));
            let hint = super::hint_for(&f.change).map_or_else(String::new, |h| format!("\nTo ship it safely: {h}"));
            writeln!(
                out,
                r#"      <failure type="{}" message="{}">{}{}{}
fingerprint {}</failure>"#,
                xml(f.change.rule),
                xml(&f.change.message),
                xml(&at),
                xml(&f.change.message),
                xml(&hint),
                f.fingerprint
            )?;
        }
        problem_failures(out, &s.problems)?;
        let notes: Vec<String> = s
            .findings
            .iter()
            .filter(|f| !f.fails_gate)
            .map(|f| format!("{} ({}): {}", f.change.rule, f.change.effect.as_str(), f.change.message))
            .collect();
        if !notes.is_empty() {
            writeln!(out, "      <system-out>{}</system-out>", xml(&notes.join("\n")))?;
        }
        writeln!(out, "    </testcase>")?;
    }
    if report.schemas.is_empty() || report.problems.iter().any(|p| p.fails_gate) {
        writeln!(out, r#"    <testcase classname="schemata" name="registry">"#)?;
        problem_failures(out, &report.problems)?;
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}
