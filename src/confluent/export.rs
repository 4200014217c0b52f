//! A git registry as a Confluent export: every version of every schema the history
//! computes, in commit order, as the subject versions a registry would hold, with their
//! references and compatibility levels (written by [`super::write_export`]).

use super::{Exported, Reference, SchemaType};
use crate::error::Result;
use crate::registry::{EntryKind, History, Registry, Rev};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// An export's content, ready for [`super::write_export`].
pub struct Plan {
    pub versions: Vec<Exported>,
    pub global_level: String,
    pub subject_levels: BTreeMap<String, String>,
    pub warnings: Vec<String>,
}

/// One version found in the history, before references are worked out.
struct Found {
    commit: usize,
    name: String,
    path: String,
    subject: String,
    schema_type: SchemaType,
    /// The compact JSON (JSON Schema, Avro) or the text (Protobuf).
    schema: String,
    value: Option<Value>,
    version: u32,
}

/// Every version of the registry's schemas, as subject versions.
pub fn plan(registry: &Registry, history: &History, prefix: &str) -> Result<Plan> {
    let mut warnings = Vec::new();
    let mut events: Vec<(usize, &str, &crate::registry::Entry)> = Vec::new();
    for l in &history.lineages {
        let mut unread = false;
        for e in &l.entries {
            if matches!(e.kind, EntryKind::Version | EntryKind::Tagged) && e.version.is_some() {
                events.push((e.commit, &l.name, e));
            } else if e.kind == EntryKind::Invalid
                && matches!(
                    SchemaType::of_path(&e.path),
                    Some(SchemaType::Avro | SchemaType::Protobuf)
                )
                && !other_failure(e)
            {
                // A format this build of schemata does not read: every committed change of
                // the file is a version (a build that reads it skips formatting-only edits).
                events.push((e.commit, &l.name, e));
                unread = true;
            }
        }
        if unread {
            warnings.push(format!(
                "{}: this build of schemata does not read its format; every commit that changed it is exported as a version",
                l.name
            ));
        }
    }
    events.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    let mut found: Vec<Found> = Vec::new();
    let mut next_version: HashMap<String, u32> = HashMap::new();
    let mut subject_names: HashMap<String, String> = HashMap::new();
    let mut levels: BTreeMap<String, String> = BTreeMap::new();
    for (commit, name, entry) in events {
        if entry.kind == EntryKind::Tagged {
            // A tag on an unchanged schema: the registry already holds this content.
            continue;
        }
        let Some(schema_type) = SchemaType::of_path(&entry.path) else {
            warnings.push(format!(
                "{}: {} has no Confluent schema type; not exported",
                name, entry.path
            ));
            continue;
        };
        let snapshot = registry.repo.snapshot(Rev::Commit(history.commits[commit].id))?;
        let Some(bytes) = snapshot.read_bytes(&entry.path)? else {
            continue;
        };
        let text = crate::registry::repo::decode(bytes, &entry.path)?;
        let (schema_type, schema, value) = match schema_type {
            SchemaType::Protobuf => (schema_type, text, None),
            _ => {
                let file = crate::source::SourceFile::parse(entry.path.clone(), text)?;
                let detected = crate::format::detect(&entry.path, &file).ok();
                let schema_type = match detected {
                    Some(crate::Format::JsonSchema) => SchemaType::Json,
                    Some(crate::Format::Avro) => SchemaType::Avro,
                    _ => {
                        warnings.push(format!(
                            "{name}: {} is not a JSON Schema or Avro document; not exported",
                            entry.path
                        ));
                        continue;
                    }
                };
                let compact = serde_json::to_string(&file.value).unwrap_or_default();
                (schema_type, compact, Some(file.value))
            }
        };
        let subject = super::subject_of_name(prefix, name);
        if let Some(other) = subject_names.insert(subject.clone(), name.to_string())
            && other != name
        {
            warnings.push(format!(
                "{other} and {name} both map to subject \"{subject}\"; their versions are exported as one subject"
            ));
        }
        let n = next_version.entry(subject.clone()).or_insert(0);
        *n += 1;
        if let Some(e) = registry.config.entry_for(&entry.path) {
            levels.insert(subject.clone(), e.compatibility.name());
        }
        found.push(Found {
            commit,
            name: name.to_string(),
            path: entry.path.clone(),
            subject,
            schema_type,
            schema,
            value,
            version: *n,
        });
    }
    // References: the version of the referenced schema current at the referrer's commit.
    let current_at = |path: &str, commit: usize| -> Option<&Found> {
        found.iter().rev().find(|f| f.path == path && f.commit <= commit)
    };
    let mut versions = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let mut references = Vec::new();
        match f.schema_type {
            SchemaType::Json => {
                for r in super::file_refs(f.value.as_ref().unwrap_or(&Value::Null)) {
                    let target = super::resolve_relative(&f.path, &r);
                    match target.as_deref().and_then(|t| current_at(t, f.commit)) {
                        Some(t) if t.subject != f.subject => references.push(Reference {
                            name: r.clone(),
                            subject: t.subject.clone(),
                            version: t.version,
                        }),
                        Some(_) => {}
                        None => warnings.push(format!(
                            "{} ({}): $ref {r} is not a schema of the registry; exported as written",
                            f.name, f.path
                        )),
                    }
                }
            }
            SchemaType::Protobuf => {
                for import in super::proto_imports(&f.schema) {
                    let candidates = [super::resolve_relative(&f.path, &import), Some(import.clone())];
                    if let Some(t) = candidates.iter().flatten().find_map(|c| current_at(c, f.commit))
                        && t.subject != f.subject
                    {
                        references.push(Reference {
                            name: import.clone(),
                            subject: t.subject.clone(),
                            version: t.version,
                        });
                    }
                }
            }
            SchemaType::Avro => {
                let value = f.value.as_ref().unwrap_or(&Value::Null);
                let own = super::avro_declared_names(value);
                for type_name in super::avro_type_names(value) {
                    if own.contains(&type_name) {
                        continue;
                    }
                    let definer = found[..=i].iter().rev().find(|o| {
                        o.schema_type == SchemaType::Avro
                            && o.subject != f.subject
                            && o.commit <= f.commit
                            && o.value
                                .as_ref()
                                .is_some_and(|v| super::avro_declared_names(v).contains(&type_name))
                    });
                    if let Some(d) = definer
                        && !references.iter().any(|r: &Reference| r.name == type_name)
                    {
                        references.push(Reference {
                            name: type_name,
                            subject: d.subject.clone(),
                            version: d.version,
                        });
                    }
                }
            }
        }
        versions.push(Exported {
            subject: f.subject.clone(),
            version: f.version,
            id: i as u64 + 1,
            schema_type: f.schema_type,
            schema: f.schema.clone(),
            references,
        });
    }
    // The global level: the one most subjects have (backward on a tie or none).
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for l in levels.values() {
        *counts.entry(l.as_str()).or_default() += 1;
    }
    let most = counts.values().copied().max().unwrap_or(0);
    let global = if counts.get("backward").copied().unwrap_or(0) == most {
        "backward".to_string()
    } else {
        counts
            .iter()
            .find(|(_, c)| **c == most)
            .map_or_else(|| "backward".to_string(), |(l, _)| l.to_string())
    };
    let subject_levels = levels.into_iter().filter(|(_, l)| *l != global).collect();
    Ok(Plan {
        versions,
        global_level: global,
        subject_levels,
        warnings,
    })
}

/// Whether an invalid entry failed for another reason than its format being unread (a file
/// that does not parse is not a version to hand a registry).
fn other_failure(e: &crate::registry::Entry) -> bool {
    !e.problems
        .iter()
        .chain(std::iter::once(&e.summary))
        .any(|p| p.contains("does not read"))
}
