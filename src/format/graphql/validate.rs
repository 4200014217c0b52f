//! `schemata validate` for GraphQL: the file must parse and build into a schema, and the
//! schema must pass the specification's type-system validation (every referenced type
//! defined, interfaces fully implemented, directives defined and used where allowed, a query
//! root type, …), as apollo-compiler implements it. Operations (`.graphql` documents of
//! queries) are validated against a schema with `schemata validate --schema S FILES…`.

use super::load::Sdl;
use crate::error::Result;
use crate::source::SourceFile;
use crate::validate::{Diagnostic, SchemaReport, from_error};

/// Checks a loaded schema (or reports why it could not be loaded).
pub fn check(file: &SourceFile, loaded: Result<Sdl>) -> SchemaReport {
    match loaded {
        Ok(sdl) => {
            let diagnostics: Vec<Diagnostic> = sdl
                .validation()
                .into_iter()
                .map(|p| Diagnostic {
                    file: p.location.file,
                    line: p.location.line,
                    column: p.location.column,
                    pointer: String::new(),
                    message: p.message,
                    schema_location: None,
                    severity: "error",
                })
                .collect();
            SchemaReport {
                file: file.name.clone(),
                valid: diagnostics.is_empty(),
                diagnostics,
            }
        }
        Err(e) => SchemaReport {
            file: file.name.clone(),
            valid: false,
            diagnostics: vec![from_error(&e, &file.name)],
        },
    }
}

/// Validates an executable document (queries, mutations, subscriptions, fragments) against
/// a schema: every error, with its place in the document's file.
pub fn operations(sdl: &Sdl, file: &SourceFile) -> Vec<Diagnostic> {
    use apollo_compiler::diagnostic::ToCliReport;
    let valid = apollo_compiler::validation::Valid::assume_valid_ref(&sdl.schema);
    match apollo_compiler::ExecutableDocument::parse_and_validate(valid, file.text.as_str(), &file.name) {
        Ok(_) => Vec::new(),
        Err(with) => with
            .errors
            .iter()
            .map(|d| {
                let offset = d
                    .error
                    .location()
                    .filter(|s| with.errors.iter().next().is_some() && !sdl_owns(sdl, s))
                    .map_or(0, |s| s.offset());
                let (line, column) = file.line_col(offset);
                Diagnostic {
                    file: file.name.clone(),
                    line,
                    column,
                    pointer: String::new(),
                    message: d.error.to_string(),
                    schema_location: None,
                    severity: "error",
                }
            })
            .collect(),
    }
}

/// Whether a span lies in one of the schema's own files (not the operation document).
fn sdl_owns(sdl: &Sdl, span: &apollo_compiler::parser::SourceSpan) -> bool {
    sdl.file_of(Some(*span)).is_some()
}
