//! Protobuf (`.proto`, proto2 and proto3): one file with its imports is one schema.
//!
//! [`load`] compiles a root file with `protox` (imports read from the registry at the same
//! revision; the well-known types are bundled), [`diff`] pairs two descriptor pools element
//! by element and classifies every change by a rule of its catalogue under a strictness
//! [`Level`], [`witness`] builds messages that OLD writes and NEW misreads (checked by
//! encoding and decoding with `prost-reflect`), [`sample`] makes a valid message, and
//! [`lint`] holds buf-style naming and comment rules.

pub mod diff;
pub mod lint;
pub mod load;
pub mod sample;
pub mod witness;

use super::{Format, SchemaFormat};
use crate::change::{DiffReport, Options, Rule};
use crate::error::Result;
use crate::lint::{Finding, LintConfig, LintRule};
use crate::source::{FileSource, SourceFile};
use crate::validate::SchemaReport;
pub use load::ProtoDoc;
use serde::Serialize;

/// How strictly two versions of a Protobuf schema are compared. The first four are buf's
/// breaking categories, from strictest to most lenient; `confluent` is Confluent Schema
/// Registry's reading, which sits between `wire` and `wire_json` (docs/formats/protobuf.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Generated code keeps compiling, file by file (buf's default, and ours).
    #[default]
    File,
    /// Generated code keeps compiling, package by package (types may move between files).
    Package,
    /// The binary and the JSON encodings keep their meaning.
    WireJson,
    /// The binary encoding keeps its meaning.
    Wire,
    /// Confluent Schema Registry's compatibility rules for Protobuf.
    Confluent,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::File,
        Level::Package,
        Level::WireJson,
        Level::Wire,
        Level::Confluent,
    ];
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Level::File => "file",
            Level::Package => "package",
            Level::WireJson => "wire_json",
            Level::Wire => "wire",
            Level::Confluent => "confluent",
        }
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The Protobuf format.
pub struct Protobuf;

impl SchemaFormat for Protobuf {
    type Doc = ProtoDoc;
    const FORMAT: Format = Format::Protobuf;

    fn load(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<ProtoDoc> {
        load::load(source, path, file)
    }
    fn files(doc: &ProtoDoc) -> &[SourceFile] {
        &doc.files
    }
    fn file_paths(doc: &ProtoDoc) -> &[String] {
        &doc.file_paths
    }
    fn declared_version(_doc: &ProtoDoc) -> Option<semver::Version> {
        None
    }
    fn diff(old: &mut ProtoDoc, new: &mut ProtoDoc, options: &Options) -> DiffReport {
        diff::diff(old, new, options)
    }
    fn deprecated_at(doc: &ProtoDoc, _file: &str, pointer: &str) -> bool {
        doc.deprecated_at(pointer)
    }
    fn check(file: &SourceFile, loaded: Result<ProtoDoc>) -> SchemaReport {
        match loaded {
            Ok(_) => SchemaReport {
                file: file.name.clone(),
                valid: true,
                diagnostics: Vec::new(),
            },
            Err(e) => SchemaReport {
                file: file.name.clone(),
                valid: false,
                diagnostics: vec![crate::validate::from_error(&e, &file.name)],
            },
        }
    }
    fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
        lint::lint(file, config)
    }
    fn sample(doc: &ProtoDoc, seed: u64) -> Result<Option<serde_json::Value>> {
        Ok(sample::sample(doc, seed))
    }
    fn rules() -> Vec<&'static Rule> {
        diff::rules::ALL.iter().map(|r| &r.rule).collect()
    }
    fn lint_rules() -> Vec<&'static LintRule> {
        lint::rules::ALL.iter().map(|r| &r.rule).collect()
    }
}
