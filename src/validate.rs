//! Validation results shared by every format: a diagnostic with its place, and the report
//! of checking one schema file. Each format checks its own documents
//! (`crate::format::*::validate`); `schemata validate` renders these.

use crate::error::Error;
use serde::Serialize;

/// One finding about a schema or an instance.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub column: u32,
    /// Where in the document (JSON Pointer).
    pub pointer: String,
    pub message: String,
    /// For instances: where in the schema the failing keyword is (`file:line:column #pointer`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_location: Option<String>,
    /// `error` or `warning`.
    pub severity: &'static str,
}

/// What checking one schema found.
#[derive(Debug, Clone, Serialize)]
pub struct SchemaReport {
    pub file: String,
    pub valid: bool,
    pub diagnostics: Vec<Diagnostic>,
}

/// A library error as a diagnostic.
pub fn from_error(e: &Error, fallback_file: &str) -> Diagnostic {
    let (file, line, column) = match &e.location {
        Some(l) => (l.file.clone(), l.line, l.column),
        None => (e.file.clone().unwrap_or_else(|| fallback_file.to_string()), 1, 1),
    };
    Diagnostic {
        file,
        line,
        column,
        pointer: String::new(),
        message: match &e.hint {
            Some(h) => format!("{} ({h})", e.message),
            None => e.message.clone(),
        },
        schema_location: None,
        severity: "error",
    }
}
