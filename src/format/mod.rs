//! Schema formats behind one face (DESIGN §3, §7).
//!
//! Every format answers the same questions, through [`SchemaFormat`]: which files are mine
//! (detect), what do they mean (load: parse with source positions, follow references inside
//! the registry at the same revision, canonicalise), what changed (diff into the core's
//! [`Change`](crate::change::Change)s), and the per-format extras (meta-validation, lint,
//! sample). The rest of schemata — registry, history, gate, reports — holds a [`Document`]
//! and never asks which format it is except through the functions here.

pub mod api;
pub mod avro;
pub mod graphql;
pub mod json_schema;
pub mod openapi;
pub mod protobuf;

use crate::change::{DiffReport, Options, Rule};
use crate::error::Result;
use crate::lint::{Finding, LintConfig, LintRule};
use crate::source::{FileSource, SourceFile};
use crate::validate::SchemaReport;
use serde::Serialize;

/// A schema format: the ones schemata reads, and the ones it recognises so that a file of
/// that kind is never mistaken for another (DESIGN §7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[serde(rename = "jsonschema")]
    JsonSchema,
    OpenApi,
    AsyncApi,
    Avro,
    Protobuf,
    GraphQl,
}

impl Format {
    /// Every format, in catalogue order.
    pub const ALL: &'static [Format] = &[
        Format::JsonSchema,
        Format::OpenApi,
        Format::AsyncApi,
        Format::Avro,
        Format::Protobuf,
        Format::GraphQl,
    ];

    /// The name used in the config (`format:`), on the command line and in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Format::JsonSchema => "jsonschema",
            Format::OpenApi => "openapi",
            Format::AsyncApi => "asyncapi",
            Format::Avro => "avro",
            Format::Protobuf => "protobuf",
            Format::GraphQl => "graphql",
        }
    }
    /// The name people write in prose.
    pub fn title(self) -> &'static str {
        match self {
            Format::JsonSchema => "JSON Schema",
            Format::OpenApi => "OpenAPI",
            Format::AsyncApi => "AsyncAPI",
            Format::Avro => "Avro",
            Format::Protobuf => "Protobuf",
            Format::GraphQl => "GraphQL",
        }
    }
    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name() == s)
    }
    /// Whether schemata reads documents of this format (the others are recognised, and
    /// refused with a clear error).
    pub fn is_supported(self) -> bool {
        matches!(
            self,
            Format::JsonSchema | Format::OpenApi | Format::Avro | Format::Protobuf | Format::GraphQl
        )
    }
    /// The formats schemata reads.
    pub fn supported() -> impl Iterator<Item = Format> {
        Format::ALL.iter().copied().filter(|f| f.is_supported())
    }
    /// The format's change rules, in catalogue order.
    pub fn rules(self) -> Vec<&'static Rule> {
        match self {
            Format::JsonSchema => json_schema::JsonSchema::rules(),
            Format::OpenApi => openapi::OpenApi::rules(),
            Format::Protobuf => protobuf::Protobuf::rules(),
            Format::GraphQl => graphql::GraphQl::rules(),
            Format::Avro => avro::Avro::rules(),
            _ => Vec::new(),
        }
    }
    /// The format's lint rules, in catalogue order.
    pub fn lint_rules(self) -> Vec<&'static LintRule> {
        match self {
            Format::JsonSchema => json_schema::JsonSchema::lint_rules(),
            Format::OpenApi => openapi::OpenApi::lint_rules(),
            Format::Protobuf => protobuf::Protobuf::lint_rules(),
            Format::GraphQl => graphql::GraphQl::lint_rules(),
            Format::Avro => avro::Avro::lint_rules(),
            _ => Vec::new(),
        }
    }
    /// The format a file's extension alone decides, for formats with their own grammar or
    /// file extension. JSON and YAML files are told apart by their content ([`detect`]).
    pub fn from_extension(path: &str) -> Option<Format> {
        let lower = path.to_ascii_lowercase();
        let ext = lower.rsplit_once('.').map(|(_, e)| e)?;
        Some(match ext {
            "avsc" | "avdl" => Format::Avro,
            "proto" => Format::Protobuf,
            "graphql" | "graphqls" | "gql" => Format::GraphQl,
            _ => return None,
        })
    }
    /// Whether the format's files are JSON or YAML (parsed with positions by
    /// [`SourceFile::parse`]); the others have their own grammar.
    pub fn is_json_or_yaml(self) -> bool {
        !matches!(self, Format::Protobuf | Format::GraphQl)
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
    OpenApi(Box<openapi::model::Api>),
    Protobuf(protobuf::ProtoDoc),
    GraphQl(graphql::Sdl),
    Avro(avro::model::AvroDoc),
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
            Document::OpenApi($d) => {
                #[allow(unused_imports)]
                use openapi::OpenApi as F;
                $call
            }
            Document::Protobuf($d) => {
                #[allow(unused_imports)]
                use protobuf::Protobuf as F;
                $call
            }
            Document::GraphQl($d) => {
                #[allow(unused_imports)]
                use graphql::GraphQl as F;
                $call
            }
            Document::Avro($d) => {
                #[allow(unused_imports)]
                use avro::Avro as F;
                $call
            }
        }
    };
}

impl Document {
    pub fn format(&self) -> Format {
        match self {
            Document::JsonSchema(_) => Format::JsonSchema,
            Document::OpenApi(_) => Format::OpenApi,
            Document::Protobuf(_) => Format::Protobuf,
            Document::GraphQl(_) => Format::GraphQl,
            Document::Avro(_) => Format::Avro,
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
            Document::OpenApi(a) => std::mem::take(&mut a.graph.files),
            Document::Protobuf(d) => std::mem::take(&mut d.files),
            Document::GraphQl(g) => std::mem::take(&mut g.files),
            Document::Avro(d) => std::mem::take(&mut d.files),
        }
    }
    /// Whether the file at `index` of [`Document::file_paths`] is referenced by the root file
    /// itself (rather than through another file), for formats that record it.
    pub fn referenced_by_root(&self, index: usize) -> Option<bool> {
        match self {
            Document::Avro(d) => Some(d.loaded_from.get(index).copied().flatten() == Some(0)),
            _ => None,
        }
    }
    /// Registry paths of the files the root file names itself, for formats whose references
    /// are declared apart from the document's value (Protobuf imports); `None` for the others.
    pub fn direct_file_paths(&self) -> Option<Vec<String>> {
        match self {
            Document::Protobuf(d) => Some(d.direct_imports()),
            _ => None,
        }
    }
    /// The JSON Schema graph, when the document is one.
    pub fn as_json_schema(&self) -> Option<&json_schema::schema::Graph> {
        match self {
            Document::JsonSchema(g) => Some(g),
            _ => None,
        }
    }
}

/// Which format a file is. Formats are told apart by what defines them, never guessed: the
/// extension for formats with their own grammar (`.proto`, `.graphql`, `.avsc`), else the
/// parsed document's top-level shape (an `openapi:` or `asyncapi:` key, an Avro named type or
/// union, a JSON Schema object or boolean). A document of no known kind is an error.
pub fn detect(path: &str, file: &SourceFile) -> Result<Format> {
    if let Some(f) = Format::from_extension(path) {
        return Ok(f);
    }
    detect_value(&file.name, &file.value)
}

/// [`detect`] for a JSON or YAML document's value.
fn detect_value(name: &str, value: &serde_json::Value) -> Result<Format> {
    use serde_json::Value;
    let not_a_schema = |what: &str| {
        crate::Error::new(
            crate::ErrorKind::Schema,
            format!("{name} is not a schema: the document is {what}"),
        )
        .in_file(name.to_string())
        .with_hint(
            "schemata reads JSON Schema (an object or a boolean), OpenAPI, AsyncAPI, Avro, Protobuf and GraphQL; \
             leave this file out of the config's globs (`exclude:` in schemata.yaml)",
        )
    };
    match value {
        Value::Object(map) => {
            if map.get("openapi").is_some_and(Value::is_string) {
                return Ok(Format::OpenApi);
            }
            if map.get("asyncapi").is_some_and(Value::is_string) {
                return Ok(Format::AsyncApi);
            }
            if map.contains_key("swagger") && !map.contains_key("$schema") {
                return Err(crate::Error::new(
                    crate::ErrorKind::Schema,
                    format!("{name} is a Swagger 2.0 document, which schemata does not read"),
                )
                .in_file(name.to_string())
                .with_hint("convert it to OpenAPI 3 (e.g. with swagger2openapi) and commit that"));
            }
            if is_avro_named_type(map) || is_avro_only_object(map) {
                return Ok(Format::Avro);
            }
            Ok(Format::JsonSchema)
        }
        Value::Bool(_) => Ok(Format::JsonSchema),
        Value::Array(items) if !items.is_empty() && items.iter().all(is_avro_type) => Ok(Format::Avro),
        Value::Array(_) => Err(not_a_schema("an array")),
        Value::String(s) if AVRO_PRIMITIVES.contains(&s.as_str()) => Ok(Format::Avro),
        Value::String(_) => Err(not_a_schema("a string")),
        Value::Number(_) => Err(not_a_schema("a number")),
        Value::Null => Err(not_a_schema("empty (null)")),
    }
}

const AVRO_PRIMITIVES: [&str; 8] = ["null", "boolean", "int", "long", "float", "double", "bytes", "string"];

/// An Avro record, enum or fixed declaration: `type` names the kind and `name` the type, with
/// the member that kind requires. (`type: record` and friends are not JSON Schema types.)
fn is_avro_named_type(map: &serde_json::Map<String, serde_json::Value>) -> bool {
    let kind = map.get("type").and_then(serde_json::Value::as_str);
    let needs = match kind {
        Some("record" | "error") => "fields",
        Some("enum") => "symbols",
        Some("fixed") => "size",
        _ => return false,
    };
    map.get("name").is_some_and(serde_json::Value::is_string) && map.contains_key(needs)
}

/// An Avro type object no JSON Schema can be: an Avro-only type name (`int`, `long`, `float`,
/// `double`, `bytes`), a map with `values`, or an array whose `items` names a type (a string)
/// or is a union holding one (JSON Schema's `items` holds schemas, never strings).
fn is_avro_only_object(map: &serde_json::Map<String, serde_json::Value>) -> bool {
    use serde_json::Value;
    match map.get("type").and_then(Value::as_str) {
        Some("int" | "long" | "float" | "double" | "bytes") => true,
        Some("map") => map.contains_key("values"),
        Some("array") => match map.get("items") {
            Some(Value::String(_)) => true,
            Some(Value::Array(items)) => items.iter().any(Value::is_string),
            _ => false,
        },
        _ => false,
    }
}

fn is_avro_type(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => AVRO_PRIMITIVES.contains(&s.as_str()) || s.contains('.'),
        serde_json::Value::Object(m) => {
            is_avro_named_type(m)
                || matches!(
                    m.get("type").and_then(serde_json::Value::as_str),
                    Some("array" | "map") if m.contains_key("items") || m.contains_key("values")
                )
        }
        _ => false,
    }
}

/// The error for a file of a format schemata recognises but does not read yet.
fn unsupported(format: Format, name: &str) -> crate::Error {
    let supported: Vec<&str> = Format::supported().map(Format::title).collect();
    crate::Error::new(
        crate::ErrorKind::Schema,
        format!(
            "{name} is {} document, which schemata does not read yet",
            article(format)
        ),
    )
    .in_file(name.to_string())
    .with_hint(format!(
        "schemata reads {}; leave this file out of the config's globs (`exclude:` in schemata.yaml)",
        supported.join(", ")
    ))
}

fn article(format: Format) -> String {
    let title = format.title();
    let vowel = matches!(title.chars().next(), Some('A' | 'E' | 'I' | 'O' | 'U'));
    format!("{} {title}", if vowel { "an" } else { "a" })
}

/// Loads a root file, read and parsed by [`read`], as `format` (detected when `None`).
pub fn load_parsed(source: &dyn FileSource, path: &str, file: SourceFile, format: Option<Format>) -> Result<Document> {
    load_parsed_with_parts(source, path, file, format, &[])
}

/// [`load_parsed`] for a schema whose root file has further parts (`parts:` in the config:
/// the files that form one GraphQL schema with it).
pub fn load_parsed_with_parts(
    source: &dyn FileSource,
    path: &str,
    file: SourceFile,
    format: Option<Format>,
    parts: &[String],
) -> Result<Document> {
    let format = match format {
        Some(f) => f,
        None => detect(path, &file)?,
    };
    if !parts.is_empty() && format != Format::GraphQl {
        return Err(crate::Error::config(format!(
            "{} is {} document: `parts:` only joins GraphQL files into one schema",
            file.name,
            article(format)
        ))
        .with_hint("remove `parts:` from this schema's entry in schemata.yaml (JSON Schemas join files with $ref)"));
    }
    match format {
        Format::JsonSchema => Ok(Document::JsonSchema(json_schema::JsonSchema::load(source, path, file)?)),
        Format::OpenApi => Ok(Document::OpenApi(Box::new(openapi::OpenApi::load(source, path, file)?))),
        Format::Protobuf => Ok(Document::Protobuf(protobuf::Protobuf::load(source, path, file)?)),
        Format::GraphQl => Ok(Document::GraphQl(graphql::Sdl::load(source, path, file, parts)?)),
        Format::Avro => Ok(Document::Avro(avro::Avro::load(source, path, file)?)),
        other => Err(unsupported(other, &file.name)),
    }
}

/// Reads, parses and loads the schema at `path` of `source`.
pub fn load(source: &dyn FileSource, path: &str, format: Option<Format>) -> Result<Document> {
    let file = read(source, path, format)?;
    load_parsed(source, path, file, format)
}

/// [`load`] for a schema whose root file has further parts (see [`load_parsed_with_parts`]).
pub fn load_with_parts(
    source: &dyn FileSource,
    path: &str,
    format: Option<Format>,
    parts: &[String],
) -> Result<Document> {
    let file = read(source, path, format)?;
    load_parsed_with_parts(source, path, file, format, parts)
}

/// Reads one file of `source` and parses it as JSON or YAML, or keeps it as text for formats
/// with their own grammar (by `format`, else by the extension). A missing file is an error
/// naming it.
pub fn read(source: &dyn FileSource, path: &str, format: Option<Format>) -> Result<SourceFile> {
    let text = source.read(path)?.ok_or_else(|| {
        crate::Error::new(crate::ErrorKind::Io, format!("{} does not exist", source.display(path)))
            .in_file(source.display(path))
    })?;
    parse(source.display(path), path, text, format)
}

/// Parses a file's text as its format's syntax (see [`read`]).
pub fn parse(name: String, path: &str, text: String, format: Option<Format>) -> Result<SourceFile> {
    match format.or_else(|| Format::from_extension(path)) {
        Some(f) if !f.is_json_or_yaml() => Ok(SourceFile::plain(name, text)),
        // Avro IDL has its own grammar; loading it says it is not read.
        Some(Format::Avro) if path.to_ascii_lowercase().ends_with(".avdl") => Ok(SourceFile::plain(name, text)),
        _ => SourceFile::parse(name, text),
    }
}

/// Checks a schema file (see [`SchemaFormat::check`]); `loaded` is the file loaded with its
/// references, or why that failed.
pub fn check_schema(path: &str, file: &SourceFile, loaded: Result<Document>) -> SchemaReport {
    match loaded {
        Ok(Document::JsonSchema(g)) => json_schema::JsonSchema::check(file, Ok(g)),
        Ok(Document::OpenApi(a)) => openapi::OpenApi::check(file, Ok(*a)),
        Ok(Document::Protobuf(d)) => protobuf::Protobuf::check(file, Ok(d)),
        Ok(Document::GraphQl(g)) => graphql::GraphQl::check(file, Ok(g)),
        Ok(Document::Avro(d)) => avro::Avro::check(file, Ok(d)),
        Err(e) => match detect(path, file) {
            Ok(Format::JsonSchema) => json_schema::JsonSchema::check(file, Err(e)),
            Ok(Format::OpenApi) => openapi::OpenApi::check(file, Err(e)),
            Ok(Format::GraphQl) => graphql::GraphQl::check(file, Err(e)),
            Ok(Format::Avro) => avro::Avro::check(file, Err(e)),
            // Not a JSON Schema: its meta-schema says nothing; the load error does.
            _ => SchemaReport {
                file: file.name.clone(),
                valid: false,
                diagnostics: vec![crate::validate::from_error(&e, &file.name)],
            },
        },
    }
}

/// Lints a parsed root file, as the format it is.
pub fn lint(path: &str, file: &SourceFile, config: &LintConfig) -> Result<Vec<Finding>> {
    match detect(path, file)? {
        Format::JsonSchema => Ok(json_schema::JsonSchema::lint(file, config)),
        Format::OpenApi => Ok(openapi::OpenApi::lint(file, config)),
        Format::Protobuf => protobuf::lint::lint_path(file, path, config),
        Format::GraphQl => Ok(graphql::GraphQl::lint(file, config)),
        Format::Avro => Ok(avro::Avro::lint(file, config)),
        other => Err(unsupported(other, &file.name)),
    }
}

/// The findings of one LLM-provider profile on a parsed root file (none when the file is not
/// of a format such profiles apply to).
pub fn profile_findings(path: &str, file: &SourceFile, profile: crate::lint::Profile) -> Vec<Finding> {
    match detect(path, file) {
        Ok(Format::JsonSchema) => json_schema::JsonSchema::profile_findings(file, profile),
        _ => Vec::new(),
    }
}

/// Compares two versions of one schema. Versions of different formats are not compared:
/// the report holds one `schema-format-changed` change.
pub fn diff(old: &mut Document, new: &mut Document, options: &Options) -> DiffReport {
    match (old, new) {
        (Document::JsonSchema(a), Document::JsonSchema(b)) => json_schema::JsonSchema::diff(a, b, options),
        (Document::OpenApi(a), Document::OpenApi(b)) => openapi::OpenApi::diff(a, b, options),
        (Document::Protobuf(a), Document::Protobuf(b)) => protobuf::Protobuf::diff(a, b, options),
        (Document::GraphQl(a), Document::GraphQl(b)) => graphql::GraphQl::diff(a, b, options),
        (Document::Avro(a), Document::Avro(b)) => avro::Avro::diff(a, b, options),
        (a, b) => format_changed(a, b, options),
    }
}

/// The report of two versions of different formats.
fn format_changed(old: &Document, new: &Document, options: &Options) -> DiffReport {
    let root = |d: &Document| {
        let f = d.root_file();
        let pos = f.nearest_position("");
        crate::change::Place {
            file: f.name.clone(),
            pointer: String::new(),
            line: pos.line,
            column: pos.column,
        }
    };
    let rule = &crate::rules::SCHEMA_FORMAT_CHANGED;
    let change = crate::change::Change {
        rule: rule.id,
        effect: rule.effect,
        breaking: false,
        instance_path: String::new(),
        old: Some(root(old)),
        new: Some(root(new)),
        message: format!(
            "The schema changed format, from {} to {}: the two versions are not compared element by element.",
            old.format().title(),
            new.format().title()
        ),
        witness: None,
        content_model: false,
    };
    DiffReport::from_changes(vec![change], options, Vec::new(), Vec::new())
}

/// Whether findings of a rule are, in their format's own levels, "dangerous": not breaking
/// under the schema's mode, but worth failing the gate on with `--fail-on dangerous`
/// (GraphQL's dangerous changes: an enum value added to a response, a union member added, a
/// default changed).
pub fn is_dangerous(rule: &str) -> bool {
    graphql::level_of(rule) == Some(graphql::Level::Dangerous)
}

/// Every change rule of every format, in catalogue order.
pub fn all_rules() -> Vec<&'static Rule> {
    static ALL: std::sync::OnceLock<Vec<&'static Rule>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        Format::ALL
            .iter()
            .flat_map(|f| f.rules())
            .chain(crate::rules::ALL.iter().copied())
            .collect()
    })
    .clone()
}

/// A change rule by id, whatever its format.
pub fn find_rule(id: &str) -> Option<&'static Rule> {
    Format::ALL
        .iter()
        .find_map(|f| f.rules().into_iter().find(|r| r.id == id))
        .or_else(|| crate::rules::ALL.iter().copied().find(|r| r.id == id))
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
