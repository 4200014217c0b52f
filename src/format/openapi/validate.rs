//! Validation of an OpenAPI description, offline: against the OpenAPI Initiative's schema for
//! its version (bundled in `meta/`, see its README for source and licence), then loading it
//! (references that resolve inside the registry; remote ones are reported as warnings, never
//! fetched; every Schema Object readable as JSON Schema of its dialect).

use super::model::{Api, SpecVersion, spec_version};
use crate::error::Result;
use crate::source::SourceFile;
use crate::validate::{Diagnostic, SchemaReport, from_error};
use std::sync::OnceLock;

const OAS_30: &str = include_str!("meta/oas-3.0.schema.json");
const OAS_31: &str = include_str!("meta/oas-3.1.schema.json");

/// The compiled specification schema of a version (compiled once per process).
fn meta(version: SpecVersion) -> &'static Result<jsonschema::Validator, String> {
    static V30: OnceLock<Result<jsonschema::Validator, String>> = OnceLock::new();
    static V31: OnceLock<Result<jsonschema::Validator, String>> = OnceLock::new();
    let (cell, text, draft) = match version {
        SpecVersion::V30 => (&V30, OAS_30, jsonschema::Draft::Draft4),
        SpecVersion::V31 => (&V31, OAS_31, jsonschema::Draft::Draft202012),
    };
    cell.get_or_init(|| {
        let schema: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        jsonschema::options()
            .with_draft(draft)
            .build(&schema)
            .map_err(|e| e.to_string())
    })
}

/// Checks a description file; `loaded` is the description loaded with its references.
pub fn check(file: &SourceFile, loaded: Result<Api>) -> SchemaReport {
    let mut diagnostics = Vec::new();
    let at = |pointer: &str, message: String, severity: &'static str| {
        let pos = file.nearest_position(pointer);
        Diagnostic {
            file: file.name.clone(),
            line: pos.line,
            column: pos.column,
            pointer: pointer.to_string(),
            message,
            schema_location: None,
            severity,
        }
    };
    match spec_version(file) {
        Ok(version) => match meta(version) {
            Ok(validator) => {
                for e in validator.iter_errors(&file.value) {
                    let pointer = e.instance_path().to_string();
                    let d = at(
                        &pointer,
                        format!("not a valid OpenAPI {} description: {e}", version.name()),
                        "error",
                    );
                    if !diagnostics.contains(&d) {
                        diagnostics.push(d);
                    }
                }
            }
            Err(e) => diagnostics.push(at(
                "",
                format!("the bundled OpenAPI schema does not compile: {e}"),
                "error",
            )),
        },
        Err(e) => diagnostics.push(from_error(&e, &file.name)),
    }
    match loaded {
        Ok(api) => {
            for (origin, url) in &api.graph.external_refs {
                let f = api.graph.file_of(origin);
                let pos = f.nearest_position(&origin.pointer);
                diagnostics.push(Diagnostic {
                    file: f.name.clone(),
                    line: pos.line,
                    column: pos.column,
                    pointer: origin.pointer.to_string(),
                    message: format!("$ref \"{url}\" is remote or outside the registry: reported, not fetched"),
                    schema_location: None,
                    severity: "warning",
                });
            }
            for w in &api.graph.warnings {
                diagnostics.push(at("", w.clone(), "warning"));
            }
        }
        Err(e) => {
            let d = from_error(&e, &file.name);
            if !diagnostics.iter().any(|x| x.line == d.line && x.file == d.file) {
                diagnostics.push(d);
            }
        }
    }
    SchemaReport {
        file: file.name.clone(),
        valid: !diagnostics.iter().any(|d| d.severity == "error"),
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::MemorySource;

    fn report(text: &str) -> SchemaReport {
        let file = SourceFile::parse("api.yaml", text.to_string()).unwrap();
        let loaded = super::super::model::load(&MemorySource::default(), "api.yaml", file.clone());
        check(&file, loaded)
    }

    #[test]
    fn both_bundled_schemas_compile() {
        assert!(
            meta(SpecVersion::V30).is_ok(),
            "{:?}",
            meta(SpecVersion::V30).as_ref().err()
        );
        assert!(
            meta(SpecVersion::V31).is_ok(),
            "{:?}",
            meta(SpecVersion::V31).as_ref().err()
        );
    }

    #[test]
    fn a_valid_description_passes_and_mistakes_are_placed() {
        let good = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n";
        let r = report(good);
        assert!(r.valid, "{:?}", r.diagnostics);
        // a response without its required description, in 3.0 and in 3.1
        for v in ["3.0.3", "3.1.0"] {
            let bad = good.replace("3.0.3", v).replace("{description: ok}", "{}");
            let r = report(&bad);
            assert!(!r.valid, "{v}");
            assert!(r.diagnostics.iter().any(|d| d.line == 7), "{v}: {:?}", r.diagnostics);
        }
    }

    #[test]
    fn a_remote_reference_is_a_warning() {
        let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: 'https://example.com/r.yaml#/ok'}\n";
        let r = report(text);
        assert!(r.valid, "{:?}", r.diagnostics);
        assert!(
            r.diagnostics
                .iter()
                .any(|d| d.severity == "warning" && d.message.contains("not fetched"))
        );
    }
}
