//! The lint report: what `schemata lint` found, in lint's own words (errors and warnings,
//! not breaks and bumps), rendered as text, JSON, Markdown, GitHub annotations, JUnit, SARIF
//! and GitLab Code Quality.

use crate::lint::{Finding, Level, Profile};
use crate::tokens::TokenCount;
use serde_json::{Value, json};
use std::io::Write;

/// Version of the lint JSON layout.
pub const LINT_JSON_VERSION: u32 = 1;

/// Every schema linted in one run.
pub struct LintReport {
    pub profiles: Vec<Profile>,
    /// Whether warnings fail the run too (`--deny-warnings`).
    pub deny_warnings: bool,
    pub schemas: Vec<LintedSchema>,
}

/// One schema's findings.
pub struct LintedSchema {
    /// The name the user knows it by (registry name or the argument given).
    pub name: String,
    /// Its file, as findings name it.
    pub file: String,
    pub findings: Vec<Finding>,
    /// Its size per provider profile (only for the profiles linted for).
    pub tokens: Vec<TokenCount>,
}

impl LintReport {
    /// Whether a finding fails the run.
    pub fn fails(&self, f: &Finding) -> bool {
        f.level == Level::Error || (self.deny_warnings && f.level == Level::Warn)
    }
    fn all(&self) -> impl Iterator<Item = (&LintedSchema, &Finding)> {
        self.schemas.iter().flat_map(|s| s.findings.iter().map(move |f| (s, f)))
    }
    pub fn errors(&self) -> usize {
        self.all().filter(|(_, f)| f.level == Level::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.all().filter(|(_, f)| f.level == Level::Warn).count()
    }
    pub fn passed(&self) -> bool {
        !self.all().any(|(_, f)| self.fails(f))
    }
    fn schema_passed(&self, s: &LintedSchema) -> bool {
        !s.findings.iter().any(|f| self.fails(f))
    }
    fn profile_names(&self) -> String {
        self.profiles.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")
    }
    /// `3 schemas linted: 1 error, 2 warnings (profiles: openai-strict)`.
    pub fn summary(&self) -> String {
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let mut s = format!(
            "{} linted: {}, {}",
            plural(self.schemas.len(), "schema"),
            plural(self.errors(), "error"),
            plural(self.warnings(), "warning")
        );
        if !self.profiles.is_empty() {
            s.push_str(&format!(" (profiles: {})", self.profile_names()));
        }
        s
    }
}

fn paint(color: bool, code: &str, text: &str) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// `file:line:col: level[rule]: message`, hints and token counts indented below.
pub fn render_text(report: &LintReport, out: &mut dyn Write, color: bool) -> std::io::Result<()> {
    for s in &report.schemas {
        for f in &s.findings {
            let level = match f.level {
                Level::Error => paint(color, "1;31", f.level.as_str()),
                _ => paint(color, "33", f.level.as_str()),
            };
            writeln!(
                out,
                "{}:{}:{}: {level}[{}]: {}",
                f.file, f.line, f.column, f.rule, f.message
            )?;
            if let Some(h) = &f.hint {
                writeln!(out, "  hint: {h}")?;
            }
        }
        if !s.tokens.is_empty() {
            let counts: Vec<String> = s.tokens.iter().map(TokenCount::describe).collect();
            writeln!(out, "{}: tokens: {}", s.file, counts.join("; "))?;
        }
    }
    let verdict = if report.passed() {
        paint(color, "1;32", "lint passed")
    } else {
        paint(color, "1;31", "lint FAILED")
    };
    writeln!(out, "{}: {verdict}", report.summary())
}

/// The stable JSON form (docs/lint.md).
pub fn to_json(report: &LintReport) -> Value {
    let schemas: Vec<Value> = report
        .schemas
        .iter()
        .map(|s| {
            let mut v = json!({
                "name": s.name,
                "file": s.file,
                "valid": report.schema_passed(s),
                "findings": s.findings,
            });
            if !s.tokens.is_empty() {
                v["tokens"] = json!(s.tokens);
            }
            v
        })
        .collect();
    json!({
        "report_version": LINT_JSON_VERSION,
        "valid": report.passed(),
        "errors": report.errors(),
        "warnings": report.warnings(),
        "profiles": report.profiles,
        "schemas": schemas,
    })
}

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn render_markdown(report: &LintReport, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "<!-- schemata-lint -->")?;
    let head = if report.passed() {
        "✅ schemata lint: passed"
    } else {
        "❌ schemata lint: failed"
    };
    writeln!(out, "## {head}\n\n{}\n", cell(&report.summary()))?;
    for s in &report.schemas {
        if s.findings.is_empty() && s.tokens.is_empty() {
            continue;
        }
        let icon = if report.schema_passed(s) { "✅" } else { "❌" };
        writeln!(out, "### {icon} `{}`\n", cell(&s.name))?;
        if !s.findings.is_empty() {
            writeln!(out, "| level | rule | where | finding |\n|---|---|---|---|")?;
            for f in &s.findings {
                let level = match f.level {
                    Level::Error => "❌ error",
                    _ => "⚠️ warning",
                };
                let mut text = cell(&f.message);
                if let Some(h) = &f.hint {
                    text.push_str(&format!(" Hint: {}", cell(h)));
                }
                writeln!(
                    out,
                    "| {level} | `{}` | `{}:{}` | {text} |",
                    f.rule,
                    cell(&f.file),
                    f.line
                )?;
            }
            writeln!(out)?;
        }
        if !s.tokens.is_empty() {
            let counts: Vec<String> = s.tokens.iter().map(|t| cell(&t.describe())).collect();
            writeln!(out, "Tokens: {}\n", counts.join(" · "))?;
        }
    }
    Ok(())
}

/// GitHub workflow commands, one per finding on its line.
pub fn render_github(report: &LintReport, out: &mut dyn Write) -> std::io::Result<()> {
    let data = |s: &str| s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let property = |s: &str| data(s).replace(':', "%3A").replace(',', "%2C");
    for (_, f) in report.all() {
        let level = match (f.level, report.fails(f)) {
            (_, true) => "error",
            _ => "warning",
        };
        let mut message = f.message.clone();
        if let Some(h) = &f.hint {
            message.push_str(&format!("\nHint: {h}"));
        }
        writeln!(
            out,
            "::{level} file={},line={},col={},title={}::{}",
            property(&f.file),
            f.line,
            f.column,
            property(&format!("{} (lint)", f.rule)),
            data(&message)
        )?;
    }
    writeln!(out, "schemata lint: {}", report.summary())
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
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// JUnit: suite `schemata lint`, one test case per schema, a failure per failing finding.
pub fn render_junit(report: &LintReport, out: &mut dyn Write) -> std::io::Result<()> {
    let tests = report.schemas.len();
    let failures = report.schemas.iter().filter(|s| !report.schema_passed(s)).count();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="schemata lint" tests="{tests}" failures="{failures}">"#
    )?;
    let suite = if report.profiles.is_empty() {
        "schemata lint".to_string()
    } else {
        format!("schemata lint ({})", report.profile_names())
    };
    writeln!(
        out,
        r#"  <testsuite name="{}" tests="{tests}" failures="{failures}" errors="0">"#,
        xml(&suite)
    )?;
    for s in &report.schemas {
        writeln!(
            out,
            r#"    <testcase classname="schemata.lint" name="{}">"#,
            xml(&s.name)
        )?;
        for f in s.findings.iter().filter(|f| report.fails(f)) {
            let hint = f.hint.as_ref().map_or_else(String::new, |h| format!("\nhint: {h}"));
            writeln!(
                out,
                r#"      <failure type="{}" message="{}">{}:{}:{}: {}{}</failure>"#,
                xml(f.rule),
                xml(&f.message),
                xml(&f.file),
                f.line,
                f.column,
                xml(&f.message),
                xml(&hint)
            )?;
        }
        let notes: Vec<String> = s
            .findings
            .iter()
            .filter(|f| !report.fails(f))
            .map(|f| format!("warning[{}] {}:{}: {}", f.rule, f.file, f.line, f.message))
            .chain(s.tokens.iter().map(TokenCount::describe))
            .collect();
        if !notes.is_empty() {
            writeln!(out, "      <system-out>{}</system-out>", xml(&notes.join("\n")))?;
        }
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

const LINT_DOCS: &str = "https://github.com/schemata-dev/schemata/blob/main/docs/lint-rules.md";

/// SARIF 2.1.0: the lint rules as the driver's rules, a result per finding, and an
/// `automationDetails.id` of `schemata/lint/…` so code scanning keeps lint runs apart from
/// the gate's.
pub fn to_sarif(report: &LintReport) -> Value {
    let rules = crate::format::all_lint_rules();
    let rule_values: Vec<Value> = rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.doc_text() },
                "help": { "text": r.doc_text(), "markdown": r.docs },
                "helpUri": format!("{LINT_DOCS}#{}", r.id),
                "defaultConfiguration": { "level": match r.level {
                    Level::Error => "error",
                    Level::Warn => "warning",
                    Level::Off => "none",
                } },
                "properties": { "kind": "lint", "profile": r.profile.map(|p| p.as_str()) },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .all()
        .map(|(s, f)| {
            let mut r = json!({
                "ruleId": f.rule,
                "level": if report.fails(f) { "error" } else { "warning" },
                "message": { "text": match &f.hint {
                    Some(h) => format!("{} Hint: {h}", f.message),
                    None => f.message.clone(),
                } },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": f.file },
                    "region": { "startLine": f.line.max(1), "startColumn": f.column.max(1) },
                } }],
                "properties": { "schema": s.name, "pointer": f.pointer },
            });
            if let Some(i) = rules.iter().position(|x| x.id == f.rule) {
                r["ruleIndex"] = json!(i);
            }
            r
        })
        .collect();
    let profiles = if report.profiles.is_empty() {
        "house".to_string()
    } else {
        report.profiles.iter().map(|p| p.as_str()).collect::<Vec<_>>().join("+")
    };
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "schemata",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/schemata-dev/schemata",
                "rules": rule_values,
            } },
            "automationDetails": { "id": format!("schemata/lint/{profiles}/") },
            "invocations": [{ "executionSuccessful": true, "exitCode": if report.passed() { 0 } else { 1 } }],
            "properties": { "errors": report.errors(), "warnings": report.warnings() },
            "results": results,
        }],
    })
}

/// GitLab Code Quality: an issue per finding (errors `major`, warnings `minor`).
pub fn render_gitlab(report: &LintReport, out: &mut dyn Write) -> std::io::Result<()> {
    let issues: Vec<super::gitlab::Issue> = report
        .all()
        .map(|(s, f)| {
            let mut description = format!("{} ({})", f.message, s.name);
            if let Some(h) = &f.hint {
                description.push_str(&format!(" Hint: {h}"));
            }
            super::gitlab::Issue {
                check_name: f.rule.to_string(),
                description,
                fingerprint: super::gitlab::fingerprint(&["lint", f.rule, &s.name, &f.pointer, &f.message]),
                severity: if report.fails(f) { "major" } else { "minor" },
                path: f.file.clone(),
                line: f.line,
                category: "Style",
            }
        })
        .collect();
    super::gitlab::render_issues(&issues, out)
}
