//! The JSON report of `schemata diff` (documented in docs/diff-json.md).

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
    let body = serde_json::to_value(report).expect("reports serialize");
    if let (Some(v), serde_json::Value::Object(b)) = (value.as_object_mut(), body) {
        v.extend(b);
    }
    serde_json::to_string_pretty(&value).expect("values serialize") + "\n"
}
