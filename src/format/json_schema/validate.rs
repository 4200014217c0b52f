//! Validation, offline: schemas against their draft's meta-schema (plus references that
//! resolve and patterns that compile), and instance documents against a schema.
//!
//! Instances come as JSON, YAML or JSON Lines (one document per line, e.g. recorded LLM
//! responses). The schema is compiled once (the jsonschema crate, with every referenced file
//! of the registry given up front and nothing fetched), and JSON Lines are streamed in
//! batches validated on every core, reported in input order.

use crate::error::{Error, ErrorKind, Result};
use crate::format::json_schema::schema::Graph;
use crate::source::SourceFile;
pub use crate::validate::{Diagnostic, SchemaReport, from_error};
use serde::Serialize;
use serde_json::Value;

/// Checks a schema document: well-formed, valid against its draft's meta-schema, `$ref`s that
/// resolve (remote ones are reported as warnings, never fetched), patterns that compile.
/// `load` loads the document with its references (from disk or from a git revision).
pub fn check_schema(file: &SourceFile, load: impl FnOnce() -> Result<Graph>) -> SchemaReport {
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
    match jsonschema::meta::validator_for(&file.value) {
        Ok(meta) => {
            for e in meta.iter_errors(&file.value) {
                let pointer = e.instance_path().to_string();
                let d = at(&pointer, format!("not a valid schema: {e}"), "error");
                // The meta-schemas reach one mistake through several branches.
                if !diagnostics.contains(&d) {
                    diagnostics.push(d);
                }
            }
        }
        Err(e) => {
            let declared = file.value.get("$schema").and_then(Value::as_str).unwrap_or("");
            let message = if declared.is_empty() {
                format!("cannot read this document's meta-schema: {e}")
            } else {
                format!(
                    "unknown $schema \"{declared}\": schemata validates drafts 4, 6, 7, 2019-09 and 2020-12 \
                     offline, and fetches nothing"
                )
            };
            diagnostics.push(at("/$schema", message, "error"));
        }
    }
    if diagnostics.is_empty() {
        match load() {
            Ok(graph) => {
                for (origin, url) in &graph.external_refs {
                    let f = graph.file_of(origin);
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
                for w in &graph.warnings {
                    diagnostics.push(at("", w.clone(), "warning"));
                }
                let remote = !graph.external_refs.is_empty();
                // The graph is not needed after this: its documents move into the check.
                let docs = crate::format::json_schema::diff::engine::into_docs(graph);
                if !remote && let Err((message, pointer)) = crate::format::json_schema::witness::validator(&docs) {
                    diagnostics.push(at(pointer.as_deref().unwrap_or(""), message, "error"));
                }
            }
            Err(e) => diagnostics.push(from_error(&e, &file.name)),
        }
    }
    SchemaReport {
        file: file.name.clone(),
        valid: !diagnostics.iter().any(|d| d.severity == "error"),
        diagnostics,
    }
}

/// A schema compiled for validating instances.
pub struct InstanceValidator {
    validator: jsonschema::Validator,
    /// The root schema file, to point at the failing keyword.
    schema: SourceFile,
}

impl InstanceValidator {
    /// Compiles a loaded schema (offline).
    pub fn new(graph: &Graph) -> Result<InstanceValidator> {
        if let Some((origin, url)) = graph.external_refs.first() {
            let f = graph.file_of(origin);
            return Err(Error::new(
                ErrorKind::Reference,
                format!("$ref \"{url}\" is remote or outside the registry; schemata never fetches it"),
            )
            .at(f.location(&origin.pointer))
            .with_hint("vendor the referenced schema into the registry and reference it by a relative path"));
        }
        let docs = crate::format::json_schema::diff::engine::docs_of(graph);
        let validator = crate::format::json_schema::witness::validator(&docs).map_err(|(message, pointer)| {
            let f = &graph.files[0];
            Error::new(ErrorKind::Schema, format!("the schema does not compile: {message}"))
                .at(f.location(pointer.as_deref().unwrap_or("")))
                .with_hint("`schemata validate SCHEMA` checks the schema itself")
        })?;
        Ok(InstanceValidator {
            validator,
            schema: graph.files[0].clone(),
        })
    }

    /// Whether an instance is valid.
    pub fn is_valid(&self, instance: &Value) -> bool {
        self.validator.is_valid(instance)
    }

    /// The errors of one instance; `line_of` maps an instance pointer to (line, column).
    fn errors(&self, file: &str, instance: &Value, line_of: &dyn Fn(&str) -> (u32, u32)) -> Vec<Diagnostic> {
        if self.validator.is_valid(instance) {
            return Vec::new();
        }
        self.validator
            .iter_errors(instance)
            .map(|e| {
                let pointer = e.instance_path().to_string();
                let (line, column) = line_of(&pointer);
                let keyword = e.schema_path().to_string();
                let pos = self.schema.nearest_position(&keyword);
                Diagnostic {
                    file: file.to_string(),
                    line,
                    column,
                    pointer,
                    message: e.to_string(),
                    schema_location: Some(format!("{}:{}:{} #{keyword}", self.schema.name, pos.line, pos.column)),
                    severity: "error",
                }
            })
            .collect()
    }
}

/// The outcome of validating one instance file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub file: String,
    pub instances: u64,
    pub invalid: u64,
    pub errors: Vec<Diagnostic>,
}

/// How many JSON Lines are validated per batch (bounded memory on huge files).
const BATCH: usize = 16_384;

/// Validates one instance file. JSON Lines (`.jsonl`, `.ndjson`) are streamed; other files
/// are read whole as JSON or YAML. `max_errors` caps the errors kept per file (the counts
/// stay exact).
pub fn validate_file(v: &InstanceValidator, path: &std::path::Path, max_errors: usize) -> Result<FileReport> {
    let name = path.display().to_string();
    let lines = matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson" | "jsonlines")
    );
    let stdin = name == "-";
    if stdin || !path.is_file() {
        // standard input, a pipe (`<(…)`) or a device: read once, then as one document,
        // or as JSON Lines when that is what it holds
        let mut bytes = Vec::new();
        let read = if stdin {
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
        } else {
            std::fs::File::open(path).and_then(|mut f| std::io::Read::read_to_end(&mut f, &mut bytes))
        };
        read.map_err(|e| Error::io(&name, &e))?;
        let name = if stdin { "<stdin>".to_string() } else { name };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        // several lines that are each a JSON value: JSON Lines (YAML would fold them)
        let values: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let json_lines = values.len() > 1
            && values
                .iter()
                .all(|l| serde_json::from_str::<serde::de::IgnoredAny>(l).is_ok());
        if lines || json_lines {
            return validate_lines(v, name, std::io::Cursor::new(bytes), max_errors);
        }
        let file = SourceFile::parse(name.clone(), text)?;
        return Ok(one_document(v, name, &file));
    }
    if !lines {
        let file = SourceFile::read(path)?;
        return Ok(one_document(v, name, &file));
    }
    let handle = std::fs::File::open(path).map_err(|e| Error::io(&name, &e))?;
    validate_lines(v, name, std::io::BufReader::with_capacity(1 << 20, handle), max_errors)
}

fn one_document(v: &InstanceValidator, name: String, file: &SourceFile) -> FileReport {
    let errors = v.errors(&name, &file.value, &|p| {
        let pos = file.nearest_position(p);
        (pos.line, pos.column)
    });
    FileReport {
        file: name,
        instances: 1,
        invalid: u64::from(!errors.is_empty()),
        errors,
    }
}

/// Validates JSON Lines, streamed in batches validated on every core, in input order.
fn validate_lines(
    v: &InstanceValidator,
    name: String,
    mut reader: impl std::io::BufRead,
    max_errors: usize,
) -> Result<FileReport> {
    let mut report = FileReport {
        file: name.clone(),
        instances: 0,
        invalid: 0,
        errors: Vec::new(),
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
    let mut line_no: u32 = 0;
    let mut batch: Vec<(u32, String)> = Vec::with_capacity(BATCH);
    loop {
        batch.clear();
        let mut eof = false;
        while batch.len() < BATCH {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(_) => {
                    line_no += 1;
                    if !line.trim().is_empty() {
                        batch.push((line_no, line));
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    line_no += 1;
                    report.instances += 1;
                    report.invalid += 1;
                    if report.errors.len() < max_errors {
                        report
                            .errors
                            .push(line_error(&name, line_no, "the line is not valid UTF-8".into()));
                    }
                }
                Err(e) => return Err(Error::io(&name, &e)),
            }
        }
        let chunk = batch.len().div_ceil(threads).max(1);
        let results: Vec<Vec<(u32, Vec<Diagnostic>)>> = std::thread::scope(|scope| {
            let jobs: Vec<_> = batch
                .chunks(chunk)
                .map(|part| {
                    let name = &name;
                    scope.spawn(move || {
                        let mut out = Vec::new();
                        for (n, text) in part {
                            match serde_json::from_str::<Value>(text) {
                                Ok(instance) => {
                                    let errs = v.errors(name, &instance, &|_| (*n, 1));
                                    if !errs.is_empty() {
                                        out.push((*n, errs));
                                    }
                                }
                                Err(e) => out.push((*n, vec![line_error(name, *n, format!("not valid JSON: {e}"))])),
                            }
                        }
                        out
                    })
                })
                .collect();
            jobs.into_iter().map(|j| j.join().unwrap_or_default()).collect()
        });
        report.instances += batch.len() as u64;
        for part in results {
            for (_, errs) in part {
                report.invalid += 1;
                for e in errs {
                    if report.errors.len() < max_errors {
                        report.errors.push(e);
                    }
                }
            }
        }
        if eof {
            break;
        }
    }
    Ok(report)
}

fn line_error(file: &str, line: u32, message: String) -> Diagnostic {
    Diagnostic {
        file: file.to_string(),
        line,
        column: 1,
        pointer: String::new(),
        message,
        schema_location: None,
        severity: "error",
    }
}
