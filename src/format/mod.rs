//! Schema formats behind one face (DESIGN §3, §7).
//!
//! Every format answers the same questions, through [`SchemaFormat`]: which files are mine
//! (detect), what do they mean (load: parse with source positions, follow references inside
//! the registry at the same revision, canonicalise), what changed (diff into the core's
//! [`Change`](crate::change::Change)s), and the per-format extras (meta-validation, lint,
//! sample). The rest of schemata — registry, history, gate, reports — holds a [`Document`]
//! and never asks which format it is except through the functions here.

pub mod json_schema;

use crate::change::{DiffReport, Options, Rule};
use crate::error::Result;
use crate::lint::{Finding, LintConfig, LintRule};
use crate::source::{FileSource, SourceFile};
use crate::validate::SchemaReport;
use serde::Serialize;

/// A schema format schemata reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Format {
    #[serde(rename = "jsonschema")]
    JsonSchema,
}

impl Format {
    /// Every format, in catalogue order.
    pub const ALL: &'static [Format] = &[Format::JsonSchema];

    /// The name used in the config (`format:`), on the command line and in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Format::JsonSchema => "jsonschema",
        }
    }
    /// The name people write in prose.
    pub fn title(self) -> &'static str {
        match self {
            Format::JsonSchema => "JSON Schema",
        }
    }
    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name() == s)
    }
    /// The format's change rules, in catalogue order.
    pub fn rules(self) -> Vec<&'static Rule> {
        match self {
            Format::JsonSchema => json_schema::JsonSchema::rules(),
        }
    }
    /// The format's lint rules, in catalogue order.
    pub fn lint_rules(self) -> Vec<&'static LintRule> {
        match self {
            Format::JsonSchema => json_schema::JsonSchema::lint_rules(),
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What a format module provides. Implemented once per format on a unit type; the
/// [`Document`] enum dispatches to the implementations.
pub trait SchemaFormat {
    /// One loaded schema: its root file and every file it references, canonicalised.
    type Doc;
    const FORMAT: Format;

    /// Loads the schema whose root file, at `path` of `source`, is already parsed; the files
    /// it references are read from `source` (never outside the registry).
    fn load(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<Self::Doc>;
    /// The parsed files of a document, root first (for snippets and reports).
    fn files(doc: &Self::Doc) -> &[SourceFile];
    /// Registry-relative paths of [`SchemaFormat::files`], root first.
    fn file_paths(doc: &Self::Doc) -> &[String];
    /// The version the document declares about itself (`x-schemata-version`, OpenAPI's
    /// `info.version`, …).
    fn declared_version(doc: &Self::Doc) -> Option<semver::Version>;
    /// Compares two versions of one schema.
    fn diff(old: &mut Self::Doc, new: &mut Self::Doc, options: &Options) -> DiffReport;
    /// Whether the document, at a JSON Pointer of one of its files, marks that element (or
    /// the element holding it) deprecated.
    fn deprecated_at(doc: &Self::Doc, file: &str, pointer: &str) -> bool;
    /// Checks a schema file against its format's specification (meta-schema), and what
    /// loading it found (references that do not resolve, remote ones reported).
    fn check(file: &SourceFile, loaded: Result<Self::Doc>) -> SchemaReport;
    /// Lints the root file.
    fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding>;
    /// The findings of one LLM-provider profile's rules only (what `check` uses for
    /// `targets:`); formats without provider limits have none.
    fn profile_findings(_file: &SourceFile, _profile: crate::lint::Profile) -> Vec<Finding> {
        Vec::new()
    }
    /// A valid example document.
    fn sample(doc: &Self::Doc, seed: u64) -> Result<Option<serde_json::Value>>;
    /// The change-rule catalogue.
    fn rules() -> Vec<&'static Rule>;
    /// The lint-rule catalogue.
    fn lint_rules() -> Vec<&'static LintRule>;
}

/// A loaded schema of any format.
#[derive(Debug)]
pub enum Document {
    JsonSchema(json_schema::schema::Graph),
}

/// Calls the same [`SchemaFormat`] function for whichever format a document holds.
macro_rules! dispatch {
    ($doc:expr, $d:ident => $call:expr) => {
        match $doc {
            Document::JsonSchema($d) => {
                #[allow(unused_imports)]
                use json_schema::JsonSchema as F;
                $call
            }
        }
    };
}

impl Document {
    pub fn format(&self) -> Format {
        match self {
            Document::JsonSchema(_) => Format::JsonSchema,
        }
    }
    pub fn files(&self) -> &[SourceFile] {
        dispatch!(self, d => F::files(d))
    }
    pub fn file_paths(&self) -> &[String] {
        dispatch!(self, d => F::file_paths(d))
    }
    /// The root file.
    pub fn root_file(&self) -> &SourceFile {
        &self.files()[0]
    }
    pub fn declared_version(&self) -> Option<semver::Version> {
        dispatch!(self, d => F::declared_version(d))
    }
    pub fn deprecated_at(&self, file: &str, pointer: &str) -> bool {
        dispatch!(self, d => F::deprecated_at(d, file, pointer))
    }
    pub fn sample(&self, seed: u64) -> Result<Option<serde_json::Value>> {
        dispatch!(self, d => F::sample(d, seed))
    }
    pub fn lint(&self, config: &LintConfig) -> Vec<Finding> {
        dispatch!(self, d => F::lint(F::files(d).first().unwrap_or_else(|| unreachable!()), config))
    }
    /// The parsed files, taken out of the document (which is left without them).
    pub fn take_files(&mut self) -> Vec<SourceFile> {
        match self {
            Document::JsonSchema(g) => std::mem::take(&mut g.files),
        }
    }
    /// The JSON Schema graph, when the document is one.
    pub fn as_json_schema(&self) -> Option<&json_schema::schema::Graph> {
        match self {
            Document::JsonSchema(g) => Some(g),
        }
    }
}

/// Which format a parsed file is. Formats are told apart by what defines them (an extension,
/// a top-level key), never guessed.
pub fn detect(_path: &str, _file: &SourceFile) -> Result<Format> {
    Ok(Format::JsonSchema)
}

/// Loads a parsed root file as `format` (detected when `None`).
pub fn load_parsed(source: &dyn FileSource, path: &str, file: SourceFile, format: Option<Format>) -> Result<Document> {
    let format = match format {
        Some(f) => f,
        None => detect(path, &file)?,
    };
    Ok(match format {
        Format::JsonSchema => Document::JsonSchema(json_schema::JsonSchema::load(source, path, file)?),
    })
}

/// Reads, parses and loads the schema at `path` of `source`.
pub fn load(source: &dyn FileSource, path: &str, format: Option<Format>) -> Result<Document> {
    let file = read(source, path)?;
    load_parsed(source, path, file, format)
}

/// Reads and parses one file of `source`; a missing file is an error naming it.
pub fn read(source: &dyn FileSource, path: &str) -> Result<SourceFile> {
    let text = source.read(path)?.ok_or_else(|| {
        crate::Error::new(crate::ErrorKind::Io, format!("{} does not exist", source.display(path)))
            .in_file(source.display(path))
    })?;
    SourceFile::parse(source.display(path), text)
}

/// Checks a schema file (see [`SchemaFormat::check`]); `loaded` is the file loaded with its
/// references, or why that failed.
pub fn check_schema(path: &str, file: &SourceFile, loaded: Result<Document>) -> SchemaReport {
    match loaded {
        Ok(Document::JsonSchema(g)) => json_schema::JsonSchema::check(file, Ok(g)),
        Err(e) => match detect(path, file) {
            Ok(Format::JsonSchema) | Err(_) => json_schema::JsonSchema::check(file, Err(e)),
        },
    }
}

/// Lints a parsed root file, as the format it is.
pub fn lint(path: &str, file: &SourceFile, config: &LintConfig) -> Result<Vec<Finding>> {
    Ok(match detect(path, file)? {
        Format::JsonSchema => json_schema::JsonSchema::lint(file, config),
    })
}

/// The findings of one LLM-provider profile on a parsed root file (none when the file is not
/// of a format such profiles apply to).
pub fn profile_findings(path: &str, file: &SourceFile, profile: crate::lint::Profile) -> Vec<Finding> {
    match detect(path, file) {
        Ok(Format::JsonSchema) => json_schema::JsonSchema::profile_findings(file, profile),
        Err(_) => Vec::new(),
    }
}

/// Compares two versions of one schema.
pub fn diff(old: &mut Document, new: &mut Document, options: &Options) -> DiffReport {
    match (old, new) {
        (Document::JsonSchema(a), Document::JsonSchema(b)) => json_schema::JsonSchema::diff(a, b, options),
    }
}

/// Every change rule of every format, in catalogue order.
pub fn all_rules() -> Vec<&'static Rule> {
    static ALL: std::sync::OnceLock<Vec<&'static Rule>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| Format::ALL.iter().flat_map(|f| f.rules()).collect())
        .clone()
}

/// A change rule by id, whatever its format.
pub fn find_rule(id: &str) -> Option<&'static Rule> {
    Format::ALL
        .iter()
        .find_map(|f| f.rules().into_iter().find(|r| r.id == id))
}

/// Every lint rule of every format.
pub fn all_lint_rules() -> Vec<&'static LintRule> {
    Format::ALL.iter().flat_map(|f| f.lint_rules()).collect()
}

/// A lint rule by id, whatever its format.
pub fn find_lint_rule(id: &str) -> Option<&'static LintRule> {
    Format::ALL
        .iter()
        .find_map(|f| f.lint_rules().into_iter().find(|r| r.id == id))
}
