//! OpenAPI 3.0 and 3.1, in JSON or YAML (DESIGN §7): the second format, and the first that
//! embeds JSON Schemas with a direction.
//!
//! [`model`] loads a description (its files and `$ref`s inside the registry) into operations,
//! parameters, bodies, responses, security and servers, with every Schema Object a node of one
//! JSON Schema graph; [`diff`] pairs two versions and classifies every change by a rule of its
//! catalogue, handing the embedded schemas to the JSON Schema engine with their direction
//! (`crate::format::api`); [`validate`] checks a description against the OpenAPI
//! specification's own schema (bundled, offline); [`lint`] holds the house rules; [`sample`]
//! writes an example request and response per operation.

pub mod diff;
pub mod lint;
pub mod model;
pub mod sample;
pub mod validate;

use super::{Format, SchemaFormat};
use crate::change::{DiffReport, Options, Rule};
use crate::error::Result;
use crate::lint::{Finding, LintConfig, LintRule};
use crate::source::{FileSource, SourceFile};
use crate::validate::SchemaReport;
use model::Api;

/// The OpenAPI format.
pub struct OpenApi;

impl SchemaFormat for OpenApi {
    type Doc = Api;
    const FORMAT: Format = Format::OpenApi;

    fn load(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<Api> {
        model::load(source, path, file)
    }
    fn files(doc: &Api) -> &[SourceFile] {
        &doc.graph.files
    }
    fn file_paths(doc: &Api) -> &[String] {
        &doc.graph.file_paths
    }
    /// `info.version`, when it is a semantic version (a leading `v` is allowed).
    fn declared_version(doc: &Api) -> Option<semver::Version> {
        doc.info_version
            .as_deref()
            .and_then(|s| semver::Version::parse(s.trim().trim_start_matches('v')).ok())
    }
    fn diff(old: &mut Api, new: &mut Api, options: &Options) -> DiffReport {
        diff::diff(old, new, options)
    }
    fn deprecated_at(doc: &Api, file: &str, pointer: &str) -> bool {
        doc.graph
            .files
            .iter()
            .find(|f| f.name == file)
            .is_some_and(|f| super::json_schema::deprecated_at(&f.value, pointer))
    }
    fn check(file: &SourceFile, loaded: Result<Api>) -> SchemaReport {
        validate::check(file, loaded)
    }
    fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
        lint::lint(file, config)
    }
    fn sample(doc: &Api, seed: u64) -> Result<Option<serde_json::Value>> {
        sample::sample(doc, seed)
    }
    fn rules() -> Vec<&'static Rule> {
        diff::rules::ALL.iter().map(|r| &r.rule).collect()
    }
    fn lint_rules() -> Vec<&'static LintRule> {
        lint::rules::ALL.iter().map(|r| &r.rule).collect()
    }
}
