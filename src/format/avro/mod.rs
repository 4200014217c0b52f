//! Avro (`.avsc`, and Avro declarations in `.json`): schema resolution between a writer's
//! and a reader's schema, as the specification and Java's reference implementation decide it.
//!
//! [`model`] reads a document with source positions (schemata's own JSON reader) into typed
//! nodes and finds the named types it uses in other registry files; [`resolve`] decides
//! whether a reader can read a writer's data, with every reason it cannot; [`diff`] pairs
//! OLD and NEW and classifies each change by a rule of its catalogue; [`datum`] builds data
//! and runs apache-avro on them (witnesses, samples); [`validate`] and [`lint`] check one
//! document. `.avdl` (Avro IDL) is recognised and refused with a hint: no maintained Rust
//! parser of it exists that keeps positions (docs/formats/avro.md).

pub mod datum;
pub mod diff;
pub mod lint;
pub mod model;
pub mod resolve;
pub mod validate;

use super::{Format, SchemaFormat};
use crate::change::{DiffReport, Options, Rule};
use crate::error::{Error, ErrorKind, Result};
use crate::lint::{Finding, LintConfig, LintRule};
use crate::source::{FileSource, SourceFile};
use crate::validate::SchemaReport;
use model::AvroDoc;

/// The Avro format.
pub struct Avro;

impl SchemaFormat for Avro {
    type Doc = AvroDoc;
    const FORMAT: Format = Format::Avro;

    fn load(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<AvroDoc> {
        if path.to_ascii_lowercase().ends_with(".avdl") {
            return Err(Error::new(
                ErrorKind::Schema,
                format!("{} is Avro IDL (.avdl), which schemata does not read", file.name),
            )
            .in_file(file.name.clone())
            .with_hint(
                "compile it to .avsc files (avro-tools idl2schemata) and commit those, \
                 or leave .avdl files out of the config's globs",
            ));
        }
        model::load(source, path, file)
    }
    fn files(doc: &AvroDoc) -> &[SourceFile] {
        &doc.files
    }
    fn file_paths(doc: &AvroDoc) -> &[String] {
        &doc.file_paths
    }
    fn declared_version(doc: &AvroDoc) -> Option<semver::Version> {
        doc.root_value()
            .get("x-schemata-version")
            .and_then(|v| v.as_str())
            .and_then(|s| semver::Version::parse(s.trim_start_matches('v')).ok())
    }
    fn diff(old: &mut AvroDoc, new: &mut AvroDoc, options: &Options) -> DiffReport {
        diff::diff(old, new, options)
    }
    fn deprecated_at(doc: &AvroDoc, file: &str, pointer: &str) -> bool {
        doc.files
            .iter()
            .find(|f| f.name == file)
            .is_some_and(|f| super::json_schema::deprecated_at(&f.value, pointer))
    }
    fn check(file: &SourceFile, loaded: Result<AvroDoc>) -> SchemaReport {
        validate::check(file, loaded)
    }
    fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
        lint::lint(file, config)
    }
    fn sample(doc: &AvroDoc, seed: u64) -> Result<Option<serde_json::Value>> {
        let Some((json, value)) = datum::Builder::new(doc, seed).datum(&[], &datum::Focus::Reach) else {
            return Ok(None);
        };
        if datum::compiled(doc).is_none() {
            return Err(Error::new(
                ErrorKind::Schema,
                format!(
                    "apache-avro does not read {}: {}",
                    doc.files[0].name,
                    datum::crate_error(doc).unwrap_or_default()
                ),
            )
            .with_hint("`schemata validate` shows what is wrong with the schema"));
        }
        // Printed only once the crate has encoded it with the schema (which validates it).
        Ok(datum::encode(doc, &value).map(|_| json))
    }
    fn rules() -> Vec<&'static Rule> {
        diff::rules::ALL.iter().map(|r| &r.rule).collect()
    }
    fn lint_rules() -> Vec<&'static LintRule> {
        lint::rules::ALL.iter().map(|r| &r.rule).collect()
    }
}
