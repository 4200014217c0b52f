//! Moving between a Confluent (or compatible) Schema Registry and a git registry, through
//! files only (never the network): what such a registry exports, read into registered
//! versions in registration order ([`read_export`]); the mapping of subjects to schema files
//! and names ([`subject_path`], [`subject_of_name`]); references turned into relative
//! `$ref`s and imports and back ([`rewrite_references`], [`references_of`]); and the export
//! layout written back ([`write_export`]). docs/import.md documents all of it.
//!
//! [`git`] writes an export into a repository as history; [`export`] plans an export from
//! a registry's history.

pub mod export;
pub mod git;

use crate::error::{Error, ErrorKind, Result};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// A schema type as the registry names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SchemaType {
    Avro,
    Json,
    Protobuf,
}

impl SchemaType {
    /// Confluent's `schemaType`; absent means AVRO.
    pub fn parse(s: Option<&str>) -> Option<SchemaType> {
        match s {
            None | Some("AVRO") => Some(SchemaType::Avro),
            Some("JSON") => Some(SchemaType::Json),
            Some("PROTOBUF") => Some(SchemaType::Protobuf),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            SchemaType::Avro => "AVRO",
            SchemaType::Json => "JSON",
            SchemaType::Protobuf => "PROTOBUF",
        }
    }
    /// The file extension schemata's formats detect the type by.
    pub fn extension(self) -> &'static str {
        match self {
            SchemaType::Avro => "avsc",
            SchemaType::Json => "json",
            SchemaType::Protobuf => "proto",
        }
    }
    /// The type of a registry file, by its extension.
    pub fn of_path(path: &str) -> Option<SchemaType> {
        let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "json" | "yaml" | "yml" => Some(SchemaType::Json),
            "avsc" => Some(SchemaType::Avro),
            "proto" => Some(SchemaType::Protobuf),
            _ => None,
        }
    }
}

/// A reference from one schema to a version of another subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// How the referring schema names it: a `$ref` URL or path (JSON), an import path
    /// (Protobuf), a full type name (Avro).
    pub name: String,
    pub subject: String,
    pub version: u32,
}

/// One registered version of a subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Registered {
    pub subject: String,
    pub version: u32,
    /// The registry's global schema id.
    pub id: u64,
    pub schema_type: SchemaType,
    /// The schema text as registered.
    pub schema: String,
    pub references: Vec<Reference>,
}

/// What an export holds: the versions in registration order and the compatibility levels.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Export {
    pub versions: Vec<Registered>,
    /// The global level (`GET /config`), lowercased: `backward`, `full_transitive`, …
    pub global_level: Option<String>,
    /// Per-subject levels (`GET /config/{subject}`), lowercased.
    pub subject_levels: BTreeMap<String, String>,
    /// Where it was read from (for messages).
    pub source: PathBuf,
}

impl Export {
    /// A subject's level: its own, else the global one, else Confluent's default (backward).
    pub fn level_of(&self, subject: &str) -> String {
        self.subject_levels
            .get(subject)
            .or(self.global_level.as_ref())
            .cloned()
            .unwrap_or_else(|| "backward".into())
    }
}

fn bad(file: &Path, message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Schema, message.into())
        .in_file(file.display().to_string())
        .with_hint("see docs/import.md for the files `schemata import confluent` reads")
}

/// A Confluent compatibility level (`BACKWARD`, `FULL_TRANSITIVE`, …) as a schemata mode name.
pub fn level_name(level: &str, file: &Path) -> Result<String> {
    let lower = level.to_ascii_lowercase();
    match crate::registry::config::Compatibility::parse(&lower) {
        Some(c) => Ok(c.name()),
        None => Err(bad(
            file,
            format!(
                "unknown compatibilityLevel \"{level}\" (expected BACKWARD, FORWARD, FULL, NONE or one of their _TRANSITIVE forms)"
            ),
        )),
    }
}

/// The level in a `/config` body: `{"compatibilityLevel": "FULL"}` (or `compatibility`).
fn config_level(value: &Value, file: &Path) -> Result<Option<String>> {
    let level = value
        .get("compatibilityLevel")
        .or_else(|| value.get("compatibility"))
        .and_then(Value::as_str);
    level.map(|l| level_name(l, file)).transpose()
}

fn read_json(file: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file.display().to_string(), &e))?;
    parse_json(&text, file, None)
}

fn parse_json(text: &str, file: &Path, line: Option<usize>) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| {
        let at = match line {
            Some(l) => format!("line {l}: "),
            None => format!("line {}, column {}: ", e.line(), e.column()),
        };
        bad(file, format!("{at}not valid JSON: {e}"))
    })
}

/// A version body (`GET /subjects/{s}/versions/{v}`, or a `_schemas` record value).
fn registered(value: &Value, file: &Path, at: &str) -> Result<Registered> {
    let field = |name: &str| value.get(name);
    let subject = field("subject")
        .and_then(Value::as_str)
        .ok_or_else(|| bad(file, format!("{at}no \"subject\" string")))?
        .to_string();
    let version = field("version")
        .and_then(Value::as_u64)
        .filter(|v| *v > 0 && *v <= u64::from(u32::MAX))
        .ok_or_else(|| bad(file, format!("{at}no positive integer \"version\"")))? as u32;
    let id = field("id")
        .and_then(Value::as_u64)
        .ok_or_else(|| bad(file, format!("{at}no integer \"id\"")))?;
    let type_name = field("schemaType").and_then(Value::as_str);
    let schema_type = SchemaType::parse(type_name).ok_or_else(|| {
        bad(
            file,
            format!(
                "{at}schemaType \"{}\" is not AVRO, JSON or PROTOBUF",
                type_name.unwrap_or_default()
            ),
        )
    })?;
    let schema = field("schema")
        .and_then(Value::as_str)
        .ok_or_else(|| bad(file, format!("{at}no \"schema\" string")))?
        .to_string();
    let mut references = Vec::new();
    if let Some(list) = field("references").filter(|v| !v.is_null()) {
        let list = list
            .as_array()
            .ok_or_else(|| bad(file, format!("{at}\"references\" is not an array")))?;
        for r in list {
            let name = r.get("name").and_then(Value::as_str);
            let subject = r.get("subject").and_then(Value::as_str);
            let version = r.get("version").and_then(Value::as_u64);
            match (name, subject, version) {
                (Some(n), Some(s), Some(v)) if v > 0 && v <= u64::from(u32::MAX) => references.push(Reference {
                    name: n.to_string(),
                    subject: s.to_string(),
                    version: v as u32,
                }),
                _ => {
                    return Err(bad(
                        file,
                        format!("{at}a reference needs \"name\", \"subject\" and a positive \"version\": {r}"),
                    ));
                }
            }
        }
    }
    Ok(Registered {
        subject,
        version,
        id,
        schema_type,
        schema,
        references,
    })
}

/// Reads an export: a folder in the REST layout, or a `_schemas` topic dump (JSON Lines).
pub fn read_export(source: &Path) -> Result<Export> {
    let meta = std::fs::metadata(source).map_err(|e| {
        Error::io(source.display().to_string(), &e)
            .with_hint("pass the folder of saved REST responses, or a JSON Lines dump of the _schemas topic")
    })?;
    let mut export = if meta.is_dir() {
        read_folder(source)?
    } else {
        read_topic_dump(source)?
    };
    check_references(&mut export, source)?;
    export.source = source.to_path_buf();
    Ok(export)
}

/// The REST layout (docs/import.md):
///
/// ```text
/// subjects.json                          GET /subjects             (optional)
/// config.json                            GET /config               (optional)
/// config/<subject>.json                  GET /config/{subject}     (optional)
/// subjects/<subject>/versions/<v>.json   GET /subjects/{subject}/versions/{v}
/// ```
///
/// `<subject>` is URL-encoded as in the request path (`%2F` for `/`).
fn read_folder(dir: &Path) -> Result<Export> {
    let mut export = Export::default();
    let global = dir.join("config.json");
    if global.is_file() {
        export.global_level = config_level(&read_json(&global)?, &global)?;
    }
    let config_dir = dir.join("config");
    if config_dir.is_dir() {
        for entry in sorted_entries(&config_dir)? {
            let Some(stem) = entry
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".json"))
            else {
                continue;
            };
            let subject =
                url_decode(stem).ok_or_else(|| bad(&entry, "the file name is not a valid URL-encoded subject"))?;
            if let Some(level) = config_level(&read_json(&entry)?, &entry)? {
                export.subject_levels.insert(subject, level);
            }
        }
    }
    let subjects_dir = dir.join("subjects");
    if !subjects_dir.is_dir() {
        return Err(bad(
            dir,
            "no subjects/ folder: expected subjects/<subject>/versions/<version>.json",
        ));
    }
    let mut listed: Option<Vec<String>> = None;
    let listing = dir.join("subjects.json");
    if listing.is_file() {
        let v = read_json(&listing)?;
        let names = v
            .as_array()
            .and_then(|a| {
                a.iter()
                    .map(|s| s.as_str().map(str::to_string))
                    .collect::<Option<Vec<_>>>()
            })
            .ok_or_else(|| bad(&listing, "expected an array of subject names (GET /subjects)"))?;
        listed = Some(names);
    }
    let mut found: Vec<String> = Vec::new();
    for subject_dir in sorted_entries(&subjects_dir)? {
        if !subject_dir.is_dir() {
            continue;
        }
        let folder = subject_dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let subject = url_decode(&folder)
            .ok_or_else(|| bad(&subject_dir, "the folder name is not a valid URL-encoded subject"))?;
        let versions_dir = subject_dir.join("versions");
        if !versions_dir.is_dir() {
            return Err(bad(&subject_dir, "no versions/ folder inside"));
        }
        for file in sorted_entries(&versions_dir)? {
            let Some(stem) = file
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".json"))
            else {
                continue;
            };
            let r = registered(&read_json(&file)?, &file, "")?;
            if r.subject != subject {
                return Err(bad(
                    &file,
                    format!("the body names subject \"{}\", its folder \"{subject}\"", r.subject),
                ));
            }
            if stem != "latest" && stem.parse::<u32>().ok() != Some(r.version) {
                return Err(bad(
                    &file,
                    format!("the body is version {}, the file name says {stem}", r.version),
                ));
            }
            if stem == "latest" {
                // `latest` repeats a numbered version; it adds nothing when that one is saved.
                if export
                    .versions
                    .iter()
                    .any(|v| v.subject == r.subject && v.version == r.version)
                {
                    continue;
                }
            }
            if let Some(prev) = export
                .versions
                .iter()
                .find(|v| v.subject == r.subject && v.version == r.version)
            {
                if prev != &r {
                    return Err(bad(
                        &file,
                        format!("a second, different body for {subject} version {}", r.version),
                    ));
                }
                continue;
            }
            export.versions.push(r);
        }
        found.push(subject);
    }
    if let Some(listed) = listed {
        for s in &listed {
            if !found.contains(s) {
                return Err(bad(
                    &listing,
                    format!(
                        "subject \"{s}\" is listed but has no saved versions (expected subjects/{}/versions/<v>.json)",
                        url_encode(s)
                    ),
                ));
            }
        }
    }
    // Registration order: the registry hands out ids in order.
    export
        .versions
        .sort_by(|a, b| (a.id, &a.subject, a.version).cmp(&(b.id, &b.subject, b.version)));
    Ok(export)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir.display().to_string(), &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    out.sort();
    Ok(out)
}

/// A JSON value given as itself or as a JSON string holding it (kcat and Kafka consumers
/// print keys and values as strings).
fn unwrap_string(v: &Value, file: &Path, line: usize) -> Result<Value> {
    match v {
        Value::String(s) => parse_json(s, file, Some(line)),
        other => Ok(other.clone()),
    }
}

/// A `_schemas` topic dump, one record a line, in topic order (which is registration order):
/// `{"key": …, "value": …}` (`payload` for `value`, as kcat -J prints), keys and values as
/// objects or as JSON strings, or a bare version body. Records: SCHEMA (a version; a
/// `deleted: true` one, or a null value, removes it), CONFIG (a level; `subject: null` is the
/// global one), DELETE_SUBJECT (removes the versions up to the one it names); others (NOOP,
/// MODE, CLEAR_SUBJECT, CONTEXT) change no schema and are skipped.
fn read_topic_dump(file: &Path) -> Result<Export> {
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file.display().to_string(), &e))?;
    let mut export = Export::default();
    let mut order: Vec<Registered> = Vec::new();
    let mut deleted: std::collections::HashSet<(String, u32)> = std::collections::HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let record = parse_json(line, file, Some(n))?;
        let at = format!("line {n}: ");
        let (key, value) = match (record.get("key"), record.get("value").or_else(|| record.get("payload"))) {
            (Some(k), v) => (
                unwrap_string(k, file, n)?,
                v.map(|v| unwrap_string(v, file, n)).transpose()?.unwrap_or(Value::Null),
            ),
            (None, _) if record.get("schema").is_some() => (json!({"keytype": "SCHEMA"}), record.clone()),
            _ => {
                return Err(bad(
                    file,
                    format!("{at}expected {{\"key\": …, \"value\": …}} or a version body with \"schema\""),
                ));
            }
        };
        let keytype = key.get("keytype").and_then(Value::as_str).unwrap_or("SCHEMA");
        match keytype {
            "SCHEMA" => {
                let key_subject = key.get("subject").and_then(Value::as_str).map(str::to_string);
                let key_version = key.get("version").and_then(Value::as_u64).map(|v| v as u32);
                if value.is_null() {
                    // A tombstone: the version was deleted for good.
                    if let (Some(s), Some(v)) = (key_subject, key_version) {
                        deleted.insert((s, v));
                    }
                    continue;
                }
                let r = registered(&value, file, &at)?;
                if value.get("deleted").and_then(Value::as_bool) == Some(true) {
                    deleted.insert((r.subject.clone(), r.version));
                    continue;
                }
                deleted.remove(&(r.subject.clone(), r.version));
                match order
                    .iter_mut()
                    .find(|v| v.subject == r.subject && v.version == r.version)
                {
                    // A repeated record (compaction, a re-registration): keep the first place.
                    Some(existing) => *existing = r,
                    None => order.push(r),
                }
            }
            "CONFIG" => {
                if let Some(level) = config_level(&value, file)? {
                    match key.get("subject").and_then(Value::as_str) {
                        Some(s) => {
                            export.subject_levels.insert(s.to_string(), level);
                        }
                        None => export.global_level = Some(level),
                    }
                } else if value.is_null()
                    && let Some(s) = key.get("subject").and_then(Value::as_str)
                {
                    export.subject_levels.remove(s);
                }
            }
            "DELETE_SUBJECT" => {
                let subject = value.get("subject").and_then(Value::as_str).map(str::to_string);
                let upto = value.get("version").and_then(Value::as_u64).map(|v| v as u32);
                if let Some(s) = subject {
                    for v in order
                        .iter()
                        .filter(|v| v.subject == s && upto.is_none_or(|u| v.version <= u))
                    {
                        deleted.insert((s.clone(), v.version));
                    }
                }
            }
            _ => {}
        }
    }
    export.versions = order
        .into_iter()
        .filter(|v| !deleted.contains(&(v.subject.clone(), v.version)))
        .collect();
    if export.versions.is_empty() {
        return Err(bad(file, "no schema version in this dump"));
    }
    Ok(export)
}

/// Every reference names a subject version of the export registered before its referrer.
fn check_references(export: &mut Export, source: &Path) -> Result<()> {
    let mut seen: std::collections::HashSet<(&str, u32)> = std::collections::HashSet::new();
    for v in &export.versions {
        for r in &v.references {
            if !seen.contains(&(r.subject.as_str(), r.version)) {
                return Err(bad(
                    source,
                    format!(
                        "{} version {} references {} version {}, which the export does not hold (before it)",
                        v.subject, v.version, r.subject, r.version
                    ),
                ));
            }
        }
        seen.insert((v.subject.as_str(), v.version));
    }
    Ok(())
}

/// Characters kept as they are in a subject's file path segment; the rest is `%XX`.
fn keep(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// Percent-encodes one path segment of a subject (see [`subject_path`]).
fn encode_segment(segment: &str) -> String {
    let mut out = String::new();
    for (i, c) in segment.chars().enumerate() {
        // A segment may not be hidden (`.x`), nor `.`/`..`, nor end in a dot (Windows).
        let dot_at_edge = c == '.' && (i == 0 || i + 1 == segment.chars().count());
        if keep(c) && !dot_at_edge {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    if out.is_empty() { "%".to_string() + "00" } else { out }
}

/// URL-encoding as in a REST path (everything but unreserved characters).
pub fn url_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes; `None` for a broken escape or bytes that are not UTF-8.
pub fn url_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Where a subject's schema lives in the repository: `PREFIX/<segments>.<ext>`, the subject
/// split at `/` into folders and each segment percent-encoded except letters, digits, `-`,
/// `_` and inner dots (`orders-value` → `schemas/orders-value.avsc`, `com.acme.Order` →
/// `schemas/com.acme.Order.avsc`, `:.staging:orders` → `schemas/%3A.staging%3Aorders.avsc`).
/// The schema's name is that path without the extension.
pub fn subject_path(prefix: &str, subject: &str, schema_type: SchemaType) -> String {
    let segments: Vec<String> = subject.split('/').map(encode_segment).collect();
    let prefix = prefix.trim_matches('/');
    let body = segments.join("/");
    if prefix.is_empty() {
        format!("{body}.{}", schema_type.extension())
    } else {
        format!("{prefix}/{body}.{}", schema_type.extension())
    }
}

/// The subject of a schema name (the inverse of [`subject_path`] without the extension):
/// the prefix removed and the segments decoded. A name outside the prefix is its own subject.
pub fn subject_of_name(prefix: &str, name: &str) -> String {
    let prefix = prefix.trim_matches('/');
    let rest = if prefix.is_empty() {
        name
    } else {
        name.strip_prefix(prefix)
            .and_then(|r| r.strip_prefix('/'))
            .unwrap_or(name)
    };
    rest.split('/')
        .map(|seg| {
            if seg == "%00" {
                String::new()
            } else {
                url_decode(seg).unwrap_or_else(|| seg.to_string())
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The path of `to` relative to the folder of `from` (both repository-relative, `/`-separated).
pub fn relative_path(from: &str, to: &str) -> String {
    let from_dir: Vec<&str> = match from.rsplit_once('/') {
        Some((dir, _)) => dir.split('/').collect(),
        None => Vec::new(),
    };
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dir.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = vec![".."; from_dir.len() - common];
    parts.extend(&to_parts[common..]);
    parts.join("/")
}

/// The path of `to` from the deepest folder it shares with `from` (`schemas/a/x.proto`,
/// `schemas/b/y.proto` → `b/y.proto`).
pub fn ancestor_relative(from: &str, to: &str) -> String {
    let from_dir: Vec<&str> = from
        .rsplit_once('/')
        .map_or(Vec::new(), |(d, _)| d.split('/').collect());
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dir
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count()
        .min(to_parts.len().saturating_sub(1));
    to_parts[common..].join("/")
}

/// Resolves a relative reference against the folder of `from`; `None` when it leaves the
/// repository or is not relative (a URL, an absolute path).
pub fn resolve_relative(from: &str, reference: &str) -> Option<String> {
    if reference.contains("://") || reference.starts_with('/') || reference.is_empty() {
        return None;
    }
    let mut parts: Vec<&str> = match from.rsplit_once('/') {
        Some((dir, _)) => dir.split('/').collect(),
        None => Vec::new(),
    };
    for seg in reference.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// The file text to commit for a registered version at `path`: JSON and Avro pretty-printed
/// (key order kept), references rewritten to the files of the subjects they name
/// (`paths`: subject → file path); Protobuf kept as registered with its imports rewritten.
pub fn file_text(v: &Registered, path: &str, paths: &HashMap<String, String>, source: &Path) -> Result<String> {
    let target = |r: &Reference| -> Option<String> { paths.get(&r.subject).map(|p| relative_path(path, p)) };
    match v.schema_type {
        SchemaType::Json | SchemaType::Avro => {
            let mut value: Value = serde_json::from_str(&v.schema).map_err(|e| {
                bad(
                    source,
                    format!("{} version {}: the schema is not valid JSON: {e}", v.subject, v.version),
                )
            })?;
            if v.schema_type == SchemaType::Json {
                let renames: Vec<(String, String)> = v
                    .references
                    .iter()
                    .filter_map(|r| Some((r.name.clone(), target(r)?)))
                    .collect();
                rewrite_refs(&mut value, &renames);
            }
            Ok(serde_json::to_string_pretty(&value).unwrap_or_default() + "\n")
        }
        SchemaType::Protobuf => {
            let mut text = v.schema.clone();
            for r in &v.references {
                // An import is looked up from the folders above the importing file, so it
                // names the file from the deepest folder the two share (never with `..`).
                if let Some(t) = paths.get(&r.subject).map(|p| ancestor_relative(path, p)) {
                    text = rewrite_import(&text, &r.name, &t);
                }
            }
            if !text.ends_with('\n') {
                text.push('\n');
            }
            Ok(text)
        }
    }
}

/// Rewrites `$ref` strings equal to a reference name (or that name plus a `#fragment`).
fn rewrite_refs(value: &mut Value, renames: &[(String, String)]) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if k == "$ref"
                    && let Value::String(s) = v
                {
                    for (from, to) in renames {
                        if s == from {
                            *s = to.clone();
                        } else if let Some(fragment) = s.strip_prefix(from.as_str()).filter(|f| f.starts_with('#')) {
                            *s = format!("{to}{fragment}");
                        }
                    }
                } else {
                    rewrite_refs(v, renames);
                }
            }
        }
        Value::Array(list) => list.iter_mut().for_each(|v| rewrite_refs(v, renames)),
        _ => {}
    }
}

/// The import paths of a Protobuf file (`import "x.proto";`, `import public "y.proto";`).
pub fn proto_imports(text: &str) -> Vec<String> {
    let re = proto_import_re();
    re.captures_iter(text).map(|c| c[2].to_string()).collect()
}

fn proto_import_re() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r#"(?m)^\s*import\s+(public\s+|weak\s+)?"([^"]+)"\s*;"#).expect("a valid pattern")
    })
}

fn rewrite_import(text: &str, from: &str, to: &str) -> String {
    proto_import_re()
        .replace_all(text, |c: &regex::Captures| {
            if &c[2] == from {
                c[0].replacen(&format!("\"{from}\""), &format!("\"{to}\""), 1)
            } else {
                c[0].to_string()
            }
        })
        .into_owned()
}

/// The `$ref` strings of a JSON document that point at other files (not `#…`, not URLs).
pub fn file_refs(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    if k == "$ref"
                        && let Value::String(s) = v
                    {
                        let file = s.split('#').next().unwrap_or_default();
                        if !file.is_empty() && !file.contains("://") && !out.contains(&file.to_string()) {
                            out.push(file.to_string());
                        }
                    } else {
                        walk(v, out);
                    }
                }
            }
            Value::Array(list) => list.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    walk(value, &mut out);
    out
}

/// The full names an Avro schema declares (records, enums, fixed, at any depth).
pub fn avro_declared_names(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(v: &Value, namespace: Option<&str>, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                let kind = map.get("type").and_then(Value::as_str);
                let mut ns = namespace.map(str::to_string);
                if matches!(kind, Some("record" | "error" | "enum" | "fixed"))
                    && let Some(name) = map.get("name").and_then(Value::as_str)
                {
                    let own_ns = map.get("namespace").and_then(Value::as_str).map(str::to_string);
                    let full = if name.contains('.') {
                        name.to_string()
                    } else {
                        match own_ns.as_deref().or(namespace) {
                            Some(n) if !n.is_empty() => format!("{n}.{name}"),
                            _ => name.to_string(),
                        }
                    };
                    ns = full.rsplit_once('.').map(|(n, _)| n.to_string());
                    out.push(full);
                }
                for (k, child) in map {
                    if k != "name" && k != "namespace" {
                        walk(child, ns.as_deref(), out);
                    }
                }
            }
            Value::Array(list) => list.iter().for_each(|c| walk(c, namespace, out)),
            _ => {}
        }
    }
    walk(value, None, &mut out);
    out
}

/// Every string of an Avro schema that could name a type (for finding references).
pub fn avro_type_names(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) if !out.contains(s) => out.push(s.clone()),
            Value::Object(map) => {
                for (k, child) in map {
                    let typed = matches!(k.as_str(), "type" | "items" | "values" | "fields");
                    let nested = matches!(child, Value::Array(_) | Value::Object(_))
                        && !matches!(k.as_str(), "default" | "symbols" | "aliases");
                    if typed || nested {
                        walk(child, out);
                    }
                }
            }
            Value::Array(list) => list.iter().for_each(|c| walk(c, out)),
            _ => {}
        }
    }
    walk(value, &mut out);
    out
}

/// A version to export: its subject, type, schema text and references.
pub struct Exported {
    pub subject: String,
    pub version: u32,
    pub id: u64,
    pub schema_type: SchemaType,
    pub schema: String,
    pub references: Vec<Reference>,
}

/// Writes an export in the REST layout that [`read_export`] reads, into `out`, which must
/// not exist yet (or be an empty folder): the files are written to a temporary folder beside
/// it, then renamed into place, so `out` never holds half an export.
pub fn write_export(
    out: &Path,
    versions: &[Exported],
    global_level: &str,
    subject_levels: &BTreeMap<String, String>,
) -> Result<()> {
    if out.exists() {
        let empty = out.is_dir()
            && std::fs::read_dir(out)
                .map_err(|e| Error::io(out.display().to_string(), &e))?
                .next()
                .is_none();
        if !empty {
            return Err(
                Error::usage(format!("{} already exists and is not empty", out.display()))
                    .with_hint("export into a new folder; schemata never writes over files"),
            );
        }
    }
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent.display().to_string(), &e))?;
    let tmp = parent.join(format!(
        ".{}.schemata-export-{}",
        out.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    let result = write_export_into(&tmp, versions, global_level, subject_levels).and_then(|()| {
        if out.exists() {
            std::fs::remove_dir(out).map_err(|e| Error::io(out.display().to_string(), &e))?;
        }
        std::fs::rename(&tmp, out).map_err(|e| Error::io(out.display().to_string(), &e))
    });
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

fn write_export_into(
    dir: &Path,
    versions: &[Exported],
    global_level: &str,
    subject_levels: &BTreeMap<String, String>,
) -> Result<()> {
    let io = |p: &Path, e: std::io::Error| Error::io(p.display().to_string(), &e);
    let write = |p: PathBuf, v: &Value| -> Result<()> {
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        let text = serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
        std::fs::write(&p, text).map_err(|e| io(&p, e))
    };
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    let mut subjects: Vec<&str> = Vec::new();
    for v in versions {
        if !subjects.contains(&v.subject.as_str()) {
            subjects.push(&v.subject);
        }
        let mut body = json!({
            "subject": v.subject,
            "version": v.version,
            "id": v.id,
            "schemaType": v.schema_type.as_str(),
            "schema": v.schema,
        });
        if !v.references.is_empty() {
            body["references"] = Value::Array(
                v.references
                    .iter()
                    .map(|r| json!({ "name": r.name, "subject": r.subject, "version": r.version }))
                    .collect(),
            );
        }
        write(
            dir.join("subjects")
                .join(url_encode(&v.subject))
                .join("versions")
                .join(format!("{}.json", v.version)),
            &body,
        )?;
    }
    write(dir.join("subjects.json"), &json!(subjects))?;
    write(
        dir.join("config.json"),
        &json!({ "compatibilityLevel": global_level.to_ascii_uppercase() }),
    )?;
    for (subject, level) in subject_levels {
        write(
            dir.join("config").join(format!("{}.json", url_encode(subject))),
            &json!({ "compatibilityLevel": level.to_ascii_uppercase() }),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_map_to_paths_and_back() {
        for (subject, path) in [
            ("orders-value", "schemas/orders-value.avsc"),
            ("com.acme.Order", "schemas/com.acme.Order.avsc"),
            (":.staging:orders", "schemas/%3A.staging%3Aorders.avsc"),
            ("payments/refund", "schemas/payments/refund.avsc"),
            ("a b/../c", "schemas/a%20b/%2E%2E/c.avsc"),
            (".hidden.", "schemas/%2Ehidden%2E.avsc"),
            ("x@1~2", "schemas/x%401%7E2.avsc"),
        ] {
            assert_eq!(subject_path("schemas", subject, SchemaType::Avro), path);
            let name = path.strip_suffix(".avsc").unwrap();
            assert_eq!(subject_of_name("schemas", name), subject, "{path}");
        }
        assert_eq!(subject_of_name("schemas", "api/user.schema"), "api/user.schema");
    }

    #[test]
    fn relative_paths_resolve_back() {
        for (from, to) in [
            ("schemas/order.json", "schemas/money.json"),
            ("schemas/a/order.json", "schemas/common/money.json"),
            ("order.json", "schemas/money.json"),
        ] {
            let rel = relative_path(from, to);
            assert_eq!(resolve_relative(from, &rel).as_deref(), Some(to), "{from} → {rel}");
        }
        assert_eq!(
            relative_path("schemas/a/order.json", "schemas/money.json"),
            "../money.json"
        );
        assert_eq!(resolve_relative("order.json", "../x.json"), None);
        assert_eq!(resolve_relative("a/order.json", "https://x/y.json"), None);
    }

    #[test]
    fn references_become_relative_refs_and_imports() {
        let paths = HashMap::from([
            ("money".to_string(), "schemas/common/money.json".to_string()),
            ("types".to_string(), "schemas/acme/types.proto".to_string()),
        ]);
        let json_version = Registered {
            subject: "order".into(),
            version: 1,
            id: 2,
            schema_type: SchemaType::Json,
            schema: r#"{"properties":{"total":{"$ref":"https://acme.com/money.json"},"x":{"$ref":"https://acme.com/money.json#/$defs/a"}}}"#.into(),
            references: vec![Reference { name: "https://acme.com/money.json".into(), subject: "money".into(), version: 1 }],
        };
        let text = file_text(&json_version, "schemas/order.json", &paths, Path::new("x")).unwrap();
        assert!(text.contains(r#""$ref": "common/money.json""#), "{text}");
        assert!(text.contains(r#""$ref": "common/money.json#/$defs/a""#), "{text}");
        let proto = Registered {
            subject: "order-value".into(),
            version: 1,
            id: 3,
            schema_type: SchemaType::Protobuf,
            schema: "syntax = \"proto3\";\nimport \"acme/types.proto\";\nimport \"google/protobuf/timestamp.proto\";\nmessage O {}".into(),
            references: vec![Reference { name: "acme/types.proto".into(), subject: "types".into(), version: 1 }],
        };
        let text = file_text(&proto, "schemas/order-value.proto", &paths, Path::new("x")).unwrap();
        assert!(text.contains("import \"acme/types.proto\";"), "{text}");
        assert!(text.contains("import \"google/protobuf/timestamp.proto\";"), "{text}");
        assert_eq!(
            proto_imports(&text),
            vec!["acme/types.proto", "google/protobuf/timestamp.proto"]
        );
    }

    #[test]
    fn avro_names_are_found_for_references() {
        let money: Value = serde_json::json!({"type": "record", "name": "Money", "namespace": "com.acme",
            "fields": [{"name": "c", "type": {"type": "enum", "name": "Currency", "symbols": ["EUR"]}}]});
        assert_eq!(avro_declared_names(&money), vec!["com.acme.Money", "com.acme.Currency"]);
        let order: Value = serde_json::json!({"type": "record", "name": "Order", "fields": [
            {"name": "total", "type": "com.acme.Money", "doc": "not a type"},
            {"name": "tags", "type": {"type": "array", "items": "string"}}]});
        let names = avro_type_names(&order);
        assert!(names.contains(&"com.acme.Money".to_string()), "{names:?}");
        assert!(!names.contains(&"not a type".to_string()), "{names:?}");
    }
}
