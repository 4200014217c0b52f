//! The gate report: what `schemata check` found, rendered by every output format.
//! (Interim model; the renderers replace the plain text below.)

use crate::diff::Change;
use crate::version::Bump;
use serde::Serialize;
use std::sync::Arc;

pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Breaking,
    Minor,
    Patch,
}

#[derive(Debug, Clone, Serialize)]
pub struct Revision {
    pub rev: String,
    pub commit: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GateReport {
    pub report_version: u32,
    pub base: Revision,
    pub head: Revision,
    pub fail_on: FailOn,
    pub passed: bool,
    pub schemas: Vec<SchemaResult>,
    pub ignored: usize,
    pub stale_acknowledgements: Vec<AckRef>,
    pub problems: Vec<Problem>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum SchemaStatus {
    Added,
    Removed,
    Modified,
    Renamed { from: String },
}

#[derive(Debug, Clone, Serialize)]
pub struct SchemaResult {
    pub name: String,
    pub status: SchemaStatus,
    pub old_path: Option<String>,
    pub new_path: Option<String>,
    pub mode: String,
    pub current_version: Option<String>,
    pub required_bump: Bump,
    pub next_version: Option<String>,
    pub passed: bool,
    pub findings: Vec<Finding>,
    pub problems: Vec<Problem>,
    #[serde(skip)]
    pub old_source: Option<Arc<str>>,
    #[serde(skip)]
    pub new_source: Option<Arc<str>>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum FindingStatus {
    Breaking,
    Acknowledged {
        reason: String,
        approved_by: Option<String>,
        expires: Option<String>,
    },
    Compatible,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    #[serde(flatten)]
    pub change: Change,
    pub fingerprint: String,
    pub status: FindingStatus,
    pub fails_gate: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub kind: String,
    pub message: String,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub fails_gate: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct AckRef {
    pub schema: String,
    pub rule: Option<String>,
    pub fingerprint: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub schemas_checked: usize,
    pub breaking: usize,
    pub acknowledged: usize,
    pub non_breaking: usize,
    pub failed_schemas: usize,
}

/// A finding's identity, stable across unrelated edits: FNV-1a 64 over the schema name,
/// rule id, instance path and both pointers (never line numbers).
pub fn fingerprint(schema: &str, change: &Change) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = [
        schema,
        change.rule,
        change.instance_path.as_str(),
        change.old.as_ref().map_or("", |p| p.pointer.as_str()),
        change.new.as_ref().map_or("", |p| p.pointer.as_str()),
    ];
    for part in parts {
        for b in part.bytes().chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}
