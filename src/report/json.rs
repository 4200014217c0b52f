//! The JSON report of `schemata diff` (documented in docs/diff-json.md).

use super::gate::GateReport;
use crate::DiffReport;
use serde_json::json;

/// Version of the JSON layout; bumped on any incompatible change to it.
pub const DIFF_JSON_VERSION: u32 = 1;

pub fn render_diff(report: &DiffReport, old: &str, new: &str) -> String {
    let mut value = json!({
        "report_version": DIFF_JSON_VERSION,
        "old": old,
        "new": new,
    });
    let body = diff_value(report);
    if let (Some(v), serde_json::Value::Object(b)) = (value.as_object_mut(), body) {
        v.extend(b);
    }
    serde_json::to_string_pretty(&value).expect("values serialize") + "\n"
}

/// A diff report as JSON, each breaking change with its rule's `hint` (how to ship it safely).
pub fn diff_value(report: &DiffReport) -> serde_json::Value {
    let mut body = serde_json::to_value(report).expect("reports serialize");
    if let Some(list) = body.get_mut("changes").and_then(serde_json::Value::as_array_mut) {
        add_hints(list, report.changes.iter());
    }
    body
}

/// The gate report as JSON (docs/report-json.md): its serde form, each breaking finding
/// with its rule's `hint`.
pub fn gate_value(report: &GateReport) -> serde_json::Value {
    let mut body = serde_json::to_value(report).expect("reports serialize");
    if let Some(schemas) = body.get_mut("schemas").and_then(serde_json::Value::as_array_mut) {
        for (value, schema) in schemas.iter_mut().zip(&report.schemas) {
            if let Some(list) = value.get_mut("findings").and_then(serde_json::Value::as_array_mut) {
                add_hints(list, schema.findings.iter().map(|f| &f.change));
            }
        }
    }
    body
}

fn add_hints<'a>(values: &mut [serde_json::Value], changes: impl Iterator<Item = &'a crate::change::Change>) {
    for (value, change) in values.iter_mut().zip(changes) {
        if let (Some(h), Some(map)) = (super::hint_for(change), value.as_object_mut()) {
            map.insert("hint".into(), serde_json::json!(h));
        }
    }
}
