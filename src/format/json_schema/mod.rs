//! JSON Schema (drafts 4, 6, 7, 2019-09, 2020-12, in JSON or YAML): the first format, and the
//! engine the API formats use for the schemas they embed.
//!
//! [`schema`] loads a document into a normalized graph, [`diff`] pairs two graphs and
//! classifies every change by a rule of its catalogue, [`sampler`] generates instances and
//! builds and verifies witnesses (separating documents; [`witness`] and [`sample`] are its
//! faces for the diff and for `schemata sample`), [`validate`] checks schemas and instances,
//! and [`lint`] holds the house and LLM-provider rules.

pub mod diff;
pub mod lint;
pub mod sample;
pub mod sampler;
pub mod schema;
pub mod validate;
pub mod witness;

use super::{Format, SchemaFormat};
use crate::change::{DiffReport, Options, Rule};
use crate::error::Result;
use crate::lint::{Finding, LintConfig, LintRule};
use crate::source::{FileSource, SourceFile};
use crate::validate::SchemaReport;
use schema::Graph;

/// The JSON Schema format.
pub struct JsonSchema;

impl SchemaFormat for JsonSchema {
    type Doc = Graph;
    const FORMAT: Format = Format::JsonSchema;

    fn load(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<Graph> {
        schema::load_parsed(source, path, file)
    }
    fn files(doc: &Graph) -> &[SourceFile] {
        &doc.files
    }
    fn file_paths(doc: &Graph) -> &[String] {
        &doc.file_paths
    }
    fn declared_version(doc: &Graph) -> Option<semver::Version> {
        doc.root_value()
            .get("x-schemata-version")
            .and_then(|v| v.as_str())
            .and_then(|s| semver::Version::parse(s.trim_start_matches('v')).ok())
    }
    fn diff(old: &mut Graph, new: &mut Graph, options: &Options) -> DiffReport {
        diff::diff(old, new, options)
    }
    fn deprecated_at(doc: &Graph, file: &str, pointer: &str) -> bool {
        doc.files
            .iter()
            .find(|f| f.name == file)
            .is_some_and(|f| deprecated_at(&f.value, pointer))
    }
    fn check(file: &SourceFile, loaded: Result<Graph>) -> SchemaReport {
        validate::check_schema(file, move || loaded)
    }
    fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
        lint::lint(file, config)
    }
    fn profile_findings(file: &SourceFile, profile: crate::lint::Profile) -> Vec<Finding> {
        lint::profile_findings(file, profile)
    }
    fn sample(doc: &Graph, seed: u64) -> Result<Option<serde_json::Value>> {
        sample::sample(doc, seed)
    }
    fn rules() -> Vec<&'static Rule> {
        diff::rules::ALL.iter().map(|r| &r.rule).collect()
    }
    fn lint_rules() -> Vec<&'static LintRule> {
        lint::rules::ALL.iter().map(|r| &r.rule).collect()
    }
}

/// Whether the schema at `pointer`, or the schema object that holds it, says `deprecated: true`.
pub fn deprecated_at(doc: &serde_json::Value, pointer: &str) -> bool {
    let mut p = pointer.to_string();
    for _ in 0..3 {
        if schema::load::pointer_get(doc, &p)
            .and_then(|v| v.get("deprecated"))
            .and_then(|v| v.as_bool())
            == Some(true)
        {
            return true;
        }
        match p.rfind('/') {
            Some(i) => p.truncate(i),
            None => break,
        }
    }
    false
}
