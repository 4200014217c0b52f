//! `schemata validate` for Avro: a well-formed schema by the specification — names,
//! namespaces and aliases, fields, symbols, sizes (checked while loading, where a problem
//! stops the document), plus defaults that match their types, sort orders, logical types
//! that apply to their type, and whether apache-avro reads the document.

use super::model::{AvroDoc, Kind};
use crate::error::Result;
use crate::source::SourceFile;
use crate::validate::{Diagnostic, SchemaReport, from_error};

/// Checks one Avro schema file; `loaded` is the file loaded with the types it uses.
pub fn check(file: &SourceFile, loaded: Result<AvroDoc>) -> SchemaReport {
    let doc = match loaded {
        Ok(doc) => doc,
        Err(e) => {
            return SchemaReport {
                file: file.name.clone(),
                valid: false,
                diagnostics: vec![from_error(&e, &file.name)],
            };
        }
    };
    let mut diagnostics = Vec::new();
    let push = |diagnostics: &mut Vec<Diagnostic>,
                doc: &AvroDoc,
                file: usize,
                pointer: &str,
                message: String,
                severity: &'static str| {
        let f = &doc.files[file];
        let pos = f.nearest_position(pointer);
        diagnostics.push(Diagnostic {
            file: f.name.clone(),
            line: pos.line,
            column: pos.column,
            pointer: pointer.to_string(),
            message,
            schema_location: None,
            severity,
        });
    };
    for issue in &doc.issues {
        push(
            &mut diagnostics,
            &doc,
            issue.file,
            &issue.pointer,
            issue.message.clone(),
            issue.severity,
        );
    }
    for node in &doc.nodes {
        if let Some(raw) = &node.logical_raw
            && node.logical.is_none()
        {
            push(
                &mut diagnostics,
                &doc,
                node.file,
                &format!("{}/logicalType", node.pointer),
                format!(
                    "logicalType \"{raw}\" does not apply to {} (or its parameters are invalid) and is ignored",
                    node.kind.type_name()
                ),
                "warning",
            );
        }
        if let Kind::Record(r) = &node.kind {
            for f in &r.fields {
                if let Some(order) = &f.order
                    && !["ascending", "descending", "ignore"].contains(&order.as_str())
                {
                    push(
                        &mut diagnostics,
                        &doc,
                        node.file,
                        &format!("{}/order", f.pointer),
                        format!(
                            "field \"{}\" has order \"{order}\"; it must be ascending, descending or ignore",
                            f.name
                        ),
                        "error",
                    );
                }
            }
        }
    }
    let has_errors = diagnostics.iter().any(|d| d.severity == "error");
    if !has_errors && let Some(reason) = super::datum::crate_error(&doc) {
        push(
            &mut diagnostics,
            &doc,
            0,
            "",
            format!("apache-avro does not read this schema ({reason}); samples and witnesses are not available for it"),
            "warning",
        );
    }
    SchemaReport {
        file: file.name.clone(),
        valid: !diagnostics.iter().any(|d| d.severity == "error"),
        diagnostics,
    }
}
