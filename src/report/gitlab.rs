//! The gate report as a GitLab Code Quality report: a JSON array of issues (the Code Climate
//! subset GitLab reads: `description`, `check_name`, `fingerprint`, `severity`, `location`),
//! shown in the merge request widget and the changes view.

use super::gate::{FindingStatus, GateReport};
use serde_json::{Value, json};
use std::io::Write;

/// One Code Quality issue.
pub struct Issue {
    pub check_name: String,
    pub description: String,
    pub fingerprint: String,
    pub severity: &'static str,
    pub path: String,
    pub line: u32,
    pub category: &'static str,
}

impl Issue {
    pub fn to_value(&self) -> Value {
        json!({
            "type": "issue",
            "check_name": self.check_name,
            "description": self.description,
            "categories": [self.category],
            "fingerprint": self.fingerprint,
            "severity": self.severity,
            "location": { "path": self.path, "lines": { "begin": self.line.max(1) } },
        })
    }
}

/// Renders issues as the report GitLab expects (an array, `[]` when there is nothing).
pub fn render_issues(issues: &[Issue], out: &mut dyn Write) -> std::io::Result<()> {
    let list: Vec<Value> = issues.iter().map(Issue::to_value).collect();
    let text = serde_json::to_string_pretty(&Value::Array(list)).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")
}

/// A stable fingerprint from parts (FNV-1a 64, hex): GitLab compares issues between the
/// source and target branches by it.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

pub fn render(report: &GateReport, out: &mut dyn Write) -> std::io::Result<()> {
    let mut issues = Vec::new();
    // A file with no line (a deleted schema, a registry problem) is reported on the config.
    let config = "schemata.yaml".to_string();
    for group in super::github::group_findings(report) {
        let f = group.finding;
        let severity = match (&f.status, f.fails_gate) {
            (_, true) => "critical",
            (FindingStatus::Breaking | FindingStatus::Acknowledged { .. }, false) => "minor",
            (FindingStatus::Compatible, false) => "info",
        };
        let mut description = format!("{} ({})", f.change.message, group.schemas.join(", "));
        if let FindingStatus::Acknowledged { reason, .. } = &f.status {
            description.push_str(&format!(" Acknowledged: {reason}."));
        }
        if let Some(h) = super::hint_for(&f.change) {
            description.push_str(&format!(" To ship it safely: {h}"));
        }
        let place = f.change.new.as_ref().or(f.change.old.as_ref());
        issues.push(Issue {
            check_name: f.change.rule.to_string(),
            description,
            fingerprint: f.fingerprint.clone(),
            severity,
            path: place.map_or_else(|| config.clone(), |p| p.file.clone()),
            line: place.map_or(1, |p| p.line),
            category: "Compatibility",
        });
    }
    for s in &report.schemas {
        for p in &s.problems {
            issues.push(Issue {
                check_name: p.kind.clone(),
                description: format!("{} ({})", p.message, s.name),
                fingerprint: fingerprint(&[&s.name, &p.kind, &p.message]),
                severity: if p.fails_gate { "critical" } else { "minor" },
                path: p.file.clone().unwrap_or_else(|| config.clone()),
                line: p.line.unwrap_or(1),
                category: "Compatibility",
            });
        }
    }
    for p in &report.problems {
        issues.push(Issue {
            check_name: p.kind.clone(),
            description: p.message.clone(),
            fingerprint: fingerprint(&[&p.kind, &p.message]),
            severity: if p.fails_gate { "critical" } else { "minor" },
            path: p.file.clone().unwrap_or_else(|| config.clone()),
            line: p.line.unwrap_or(1),
            category: "Compatibility",
        });
    }
    for a in &report.stale_acknowledgements {
        let id = a.rule.as_deref().or(a.fingerprint.as_deref()).unwrap_or("*");
        issues.push(Issue {
            check_name: "stale-acknowledgement".into(),
            description: format!(
                "The acknowledgement for {} ({id}) matches nothing; remove it.",
                a.schema
            ),
            fingerprint: fingerprint(&["stale-acknowledgement", &a.schema, id]),
            severity: "minor",
            path: config.clone(),
            line: 1,
            category: "Compatibility",
        });
    }
    render_issues(&issues, out)
}
