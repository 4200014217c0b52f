//! The gate report as SARIF 2.1.0 (GitHub code scanning and other viewers). The driver's
//! rules come from the rule catalogue, so each result links to its rule's documentation.

use super::gate::{FindingStatus, GateReport};
use crate::format::{all_lint_rules, all_rules};
use serde_json::{Value, json};
use std::io::Write;

const DOCS: &str = "https://github.com/schemata-dev/schemata/blob/main/docs/rules.md";

/// Gate problems that are not changes, as SARIF rules of their own.
const PROBLEM_RULES: [(&str, &str); 7] = [
    (
        "target-unusable",
        "A change makes the schema unusable for an LLM provider it targets.",
    ),
    (
        "version-too-small",
        "A declared version or release tag is smaller than the changes require.",
    ),
    (
        "deprecation-required",
        "Something was removed without first being marked deprecated.",
    ),
    (
        "acknowledgement-expired",
        "An acknowledged break is past its expiry date.",
    ),
    (
        "unreadable-schema",
        "A schema could not be read at one of the revisions.",
    ),
    ("schema-removed", "A schema file was deleted."),
    (
        "stale-acknowledgement",
        "An acknowledgement in the config matches no finding.",
    ),
];

fn rules() -> Vec<Value> {
    let mut out: Vec<Value> = all_rules()
        .into_iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.doc_text() },
                "help": {
                    "text": match r.hint {
                        Some(h) => format!("{}\n\nHow to ship it safely: {h}", r.doc_text()),
                        None => r.doc_text(),
                    },
                    "markdown": match r.hint {
                        Some(h) => format!("{}\n\n## How to ship it safely\n\n{h}", r.docs),
                        None => r.docs.to_string(),
                    },
                },
                "helpUri": format!("{DOCS}#{}", r.id),
                "properties": { "effect": r.effect.as_str(), "tags": ["schema", r.effect.as_str()] },
            })
        })
        .collect();
    for (id, text) in PROBLEM_RULES {
        out.push(json!({
            "id": id,
            "shortDescription": { "text": text },
            "fullDescription": { "text": text },
            "helpUri": format!("{DOCS}#{id}"),
        }));
    }
    for r in all_lint_rules() {
        out.push(json!({
            "id": r.id,
            "shortDescription": { "text": r.summary },
            "fullDescription": { "text": r.doc_text() },
            "help": { "text": r.doc_text(), "markdown": r.docs },
            "helpUri": format!("{LINT_DOCS}#{}", r.id),
            "properties": { "kind": "lint" },
        }));
    }
    out
}

const LINT_DOCS: &str = "https://github.com/schemata-dev/schemata/blob/main/docs/lint-rules.md";

fn rule_index(id: &str) -> Option<usize> {
    let all = all_rules();
    all.iter()
        .position(|r| r.id == id)
        .or_else(|| PROBLEM_RULES.iter().position(|(p, _)| *p == id).map(|i| all.len() + i))
        .or_else(|| {
            all_lint_rules()
                .iter()
                .position(|r| r.id == id)
                .map(|i| all.len() + PROBLEM_RULES.len() + i)
        })
}

fn location(file: &str, line: u32, column: u32) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": file },
            "region": { "startLine": line.max(1), "startColumn": column.max(1) },
        }
    })
}

pub fn to_value(report: &GateReport) -> Value {
    to_value_for(report, "check")
}

/// [`to_value`] for the command that ran (`check`, `diff`): it names the run's
/// `automationDetails.id` (`schemata/diff/…`), which code scanning uses to keep runs apart.
pub fn to_value_for(report: &GateReport, command: &str) -> Value {
    let mut results = Vec::new();
    for s in &report.schemas {
        for f in &s.findings {
            let level = match (&f.status, f.fails_gate) {
                (_, true) => "error",
                (FindingStatus::Breaking | FindingStatus::Acknowledged { .. }, _) => "warning",
                (FindingStatus::Compatible, false) => "note",
            };
            let mut r = json!({
                "ruleId": f.change.rule,
                "level": level,
                "message": { "text": format!("{} ({})", f.change.message, s.name) },
                "partialFingerprints": { "schemataFinding/v1": f.fingerprint },
                "properties": {
                    "schema": s.name,
                    "effect": f.change.effect.as_str(),
                    "breaking": f.change.breaking,
                    "instancePath": f.change.instance_path,
                },
            });
            if let Some(i) = rule_index(f.change.rule) {
                r["ruleIndex"] = json!(i);
            }
            if let Some(h) = super::hint_for(&f.change) {
                r["properties"]["hint"] = json!(h);
            }
            if let Some(p) = f.change.new.as_ref().or(f.change.old.as_ref()) {
                r["locations"] = json!([location(&p.file, p.line, p.column)]);
            }
            if let FindingStatus::Acknowledged { reason, .. } = &f.status {
                r["suppressions"] = json!([{ "kind": "external", "justification": reason }]);
            }
            if let Some(w) = &f.change.witness {
                let mut witness = json!({ "acceptedBy": w.accepted_by, "document": w.document });
                for (key, value) in [
                    ("description", &w.description),
                    ("text", &w.text),
                    ("encoded", &w.encoded),
                ] {
                    if let Some(v) = value {
                        witness[key] = json!(v);
                    }
                }
                r["properties"]["witness"] = witness;
            }
            results.push(r);
        }
        for p in &s.problems {
            let mut r = json!({
                "ruleId": p.kind,
                "level": if p.fails_gate { "error" } else { "warning" },
                "message": { "text": format!("{} ({})", p.message, s.name) },
            });
            if let Some(i) = rule_index(&p.kind) {
                r["ruleIndex"] = json!(i);
            }
            if let Some(file) = &p.file {
                r["locations"] = json!([location(file, p.line.unwrap_or(1), 1)]);
            }
            results.push(r);
        }
    }
    for p in &report.problems {
        let mut r = json!({
            "ruleId": p.kind,
            "level": if p.fails_gate { "error" } else { "warning" },
            "message": { "text": p.message },
        });
        if let Some(i) = rule_index(&p.kind) {
            r["ruleIndex"] = json!(i);
        }
        results.push(r);
    }
    for a in &report.stale_acknowledgements {
        results.push(json!({
            "ruleId": "stale-acknowledgement",
            "ruleIndex": rule_index("stale-acknowledgement"),
            "level": "warning",
            "message": { "text": format!(
                "the acknowledgement for {} ({}) matches nothing",
                a.schema,
                a.rule.as_deref().or(a.fingerprint.as_deref()).unwrap_or("*")
            ) },
        }));
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "schemata",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/schemata-dev/schemata",
                "rules": rules(),
            } },
            "automationDetails": { "id": format!("schemata/{command}/{}", report.head.rev) },
            "invocations": [{ "executionSuccessful": true, "exitCode": if report.passed { 0 } else { 1 } }],
            "properties": { "ignored": report.ignored, "passed": report.passed },
            "results": results,
        }],
    })
}

pub fn render(report: &GateReport, out: &mut dyn Write) -> std::io::Result<()> {
    render_for(report, "check", out)
}

/// [`render`] for the command that ran (see [`to_value_for`]).
pub fn render_for(report: &GateReport, command: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(&to_value_for(report, command)).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")
}
