//! The gate report: what `schemata check` found. Every output format renders this one type
//! (gate_text, JSON via serde, markdown, github, junit, sarif); docs/report-json.md and
//! docs/report.schema.json describe its JSON form.

use crate::change::Change;
use crate::version::Bump;
use serde::Serialize;
use std::sync::Arc;

pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Breaking,
    /// Breaking changes, and those a format calls dangerous (GraphQL).
    Dangerous,
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

impl SchemaResult {
    /// `, 1.4.0 → 2.0.0` (or `, next 1.0.0` for a first version), for headings.
    pub fn version_change(&self) -> String {
        match (&self.current_version, &self.next_version) {
            (Some(c), Some(n)) if c != n => format!(", {c} → {n}"),
            (_, Some(n)) => format!(", next {n}"),
            _ => String::new(),
        }
    }
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

impl GateReport {
    /// One report with a bit of everything, shared by the renderers' snapshot tests and docs.
    #[doc(hidden)]
    pub fn sample() -> GateReport {
        use crate::change::{Effect, Place, Witness};
        let place = |file: &str, pointer: &str, line: u32, column: u32| Place {
            file: file.into(),
            pointer: pointer.into(),
            line,
            column,
        };
        let old_text: Arc<str> = Arc::from(
            "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"status\": {\"enum\": [\"new\", \"paid\", \"void\"]},\n    \
             \"note\": {\"type\": \"string\"}\n  },\n  \"required\": [\"status\"]\n}\n",
        );
        let new_text: Arc<str> = Arc::from(
            "{\n  \"type\": \"object\",\n  \"description\": \"An order\",\n  \"properties\": {\n    \
             \"status\": {\"enum\": [\"new\", \"void\"]},\n    \"note\": {\"type\": \"string\", \"maxLength\": 200}\n  },\n  \
             \"required\": [\"status\", \"note\"]\n}\n",
        );
        let f = "schemas/order.json";
        let removed = Change {
            rule: "enum-value-removed",
            effect: Effect::Narrows,
            breaking: true,
            instance_path: "/status".into(),
            old: Some(place(f, "/properties/status/enum", 4, 16)),
            new: Some(place(f, "/properties/status/enum", 5, 16)),
            message: "Previously allowed value \"paid\" at `/status` was removed.".into(),
            witness: Some(Witness::document(
                crate::change::Side::Old,
                serde_json::json!({"status": "paid"}),
            )),
            content_model: false,
        };
        let required = Change {
            rule: "required-added",
            effect: Effect::Narrows,
            breaking: true,
            instance_path: String::new(),
            old: Some(place(f, "/required", 7, 3)),
            new: Some(place(f, "/required", 8, 3)),
            message: "Property `note` became required at the document root: documents without it are now rejected."
                .into(),
            witness: Some(Witness::document(
                crate::change::Side::Old,
                serde_json::json!({"status": "new"}),
            )),
            content_model: false,
        };
        let described = Change {
            rule: "description-changed",
            effect: Effect::Annotation,
            breaking: false,
            instance_path: String::new(),
            old: Some(place(f, "", 1, 1)),
            new: Some(place(f, "/description", 3, 3)),
            message: "The description at the document root was added.".into(),
            witness: None,
            content_model: false,
        };
        let finding = |change: Change, status: FindingStatus, fails_gate: bool| Finding {
            fingerprint: fingerprint("schemas/order", &change),
            change,
            status,
            fails_gate,
        };
        let order = SchemaResult {
            name: "schemas/order".into(),
            status: SchemaStatus::Modified,
            old_path: Some(f.into()),
            new_path: Some(f.into()),
            mode: "backward".into(),
            current_version: Some("1.4.0".into()),
            required_bump: Bump::Major,
            next_version: Some("2.0.0".into()),
            passed: false,
            findings: vec![
                finding(removed, FindingStatus::Breaking, true),
                finding(
                    required,
                    FindingStatus::Acknowledged {
                        reason: "every producer sends a note since March".into(),
                        approved_by: Some("@lead".into()),
                        expires: Some("2027-01-31".into()),
                    },
                    false,
                ),
                finding(described, FindingStatus::Compatible, false),
            ],
            problems: vec![Problem {
                kind: "version-too-small".into(),
                message: "x-schemata-version 1.5.0 is smaller than the major bump the changes require: at least 2.0.0"
                    .into(),
                file: Some(f.into()),
                line: None,
                fails_gate: true,
            }],
            old_source: Some(old_text),
            new_source: Some(new_text),
        };
        let user = SchemaResult {
            name: "schemas/user".into(),
            status: SchemaStatus::Added,
            old_path: None,
            new_path: Some("schemas/user.yaml".into()),
            mode: "full".into(),
            current_version: None,
            required_bump: Bump::None,
            next_version: Some("1.0.0".into()),
            passed: true,
            findings: vec![],
            problems: vec![],
            old_source: None,
            new_source: None,
        };
        GateReport {
            report_version: REPORT_VERSION,
            base: Revision {
                rev: "merge-base of HEAD and origin/main".into(),
                commit: Some("3f2a9c0d11e4b7a8c2d90e1f5a6b7c8d9e0f1a2b".into()),
            },
            head: Revision {
                rev: "WORKTREE".into(),
                commit: None,
            },
            fail_on: FailOn::Breaking,
            passed: false,
            schemas: vec![order, user],
            ignored: 2,
            stale_acknowledgements: vec![AckRef {
                schema: "schemas/legacy/*".into(),
                rule: Some("type-changed".into()),
                fingerprint: None,
                reason: "migration finished".into(),
            }],
            problems: vec![],
            summary: Summary {
                schemas_checked: 2,
                breaking: 1,
                acknowledged: 1,
                non_breaking: 1,
                failed_schemas: 1,
            },
        }
    }
}
