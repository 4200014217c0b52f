//! Comparing every schema between two revisions: the work behind `diff --from --to` and `check`.
//!
//! Schemas are paired by path, then (for moves) by `$id`, then by identical content. Each
//! pair is diffed under its config entry (mode, open content, rule overrides).

use super::config::SchemaEntry;
use super::{Registry, Rev, SchemaFile, apply_overrides, load_at};
use crate::change::{DiffReport, Options};
use crate::error::Result;
use crate::source::SourceFile;
use serde::Serialize;

/// How a schema differs between the two revisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Added,
    Removed,
    Modified,
    Renamed,
    Unchanged,
}

/// One schema compared.
#[derive(Debug)]
pub struct SchemaDiff {
    pub name: String,
    pub status: Status,
    pub old_path: Option<String>,
    pub new_path: Option<String>,
    pub entry: SchemaEntry,
    /// The diff, when both sides were read.
    pub report: Option<DiffReport>,
    /// Findings switched off by `rules: {id: off}`.
    pub switched_off: usize,
    /// A side that could not be read: the error.
    pub error: Option<crate::Error>,
    pub old_files: Vec<SourceFile>,
    pub new_files: Vec<SourceFile>,
}

/// Compares every schema (or those named) between two revisions.
pub fn compare(
    registry: &Registry,
    from: Rev,
    to: Rev,
    names: &[String],
    witnesses: bool,
    warnings: &mut Vec<String>,
) -> Result<Vec<SchemaDiff>> {
    let old_list = registry.discover(from, warnings)?;
    let new_list = registry.discover(to, warnings)?;
    let old_snap = registry.repo.snapshot(from)?;
    let new_snap = registry.repo.snapshot(to)?;
    let mut pairs: Vec<(Option<SchemaFile>, Option<SchemaFile>)> = Vec::new();
    let mut old_left: Vec<Option<SchemaFile>> = old_list.into_iter().map(Some).collect();
    let mut new_left: Vec<SchemaFile> = Vec::new();
    for n in new_list {
        match old_left
            .iter_mut()
            .find(|o| o.as_ref().is_some_and(|o| o.path == n.path))
        {
            Some(slot) => pairs.push((slot.take(), Some(n))),
            None => new_left.push(n),
        }
    }
    // Moves: the same `$id`, else the same bytes.
    let id_of = |snap: &super::Snapshot, path: &str| -> Option<String> {
        let text = snap.read(path).ok()??;
        let v: serde_json::Value = serde_yaml::from_str(&text).ok()?;
        v.get("$id").or_else(|| v.get("id"))?.as_str().map(str::to_string)
    };
    use crate::source::FileSource;
    for n in new_left {
        let nid = id_of(&new_snap, &n.path);
        let nbytes = new_snap.read_bytes(&n.path).ok().flatten();
        let found = old_left.iter_mut().find(|o| {
            o.as_ref().is_some_and(|o| {
                (nid.is_some() && id_of(&old_snap, &o.path) == nid)
                    || (nbytes.is_some() && old_snap.read_bytes(&o.path).ok().flatten() == nbytes)
            })
        });
        match found {
            Some(slot) => pairs.push((slot.take(), Some(n))),
            None => pairs.push((None, Some(n))),
        }
    }
    for o in old_left.into_iter().flatten() {
        pairs.push((Some(o), None));
    }
    let wanted = |s: &Option<SchemaFile>| {
        s.as_ref()
            .is_some_and(|s| names.iter().any(|n| *n == s.name || *n == s.path))
    };
    if !names.is_empty() {
        pairs.retain(|(o, n)| wanted(o) || wanted(n));
    }
    let mut out = Vec::new();
    for (old, new) in pairs {
        let (name, entry) = match (&old, &new) {
            (_, Some(n)) => (n.name.clone(), n.entry.clone()),
            (Some(o), None) => (o.name.clone(), o.entry.clone()),
            (None, None) => continue,
        };
        let mut d = SchemaDiff {
            name,
            status: Status::Unchanged,
            old_path: old.as_ref().map(|o| o.path.clone()),
            new_path: new.as_ref().map(|n| n.path.clone()),
            entry: entry.clone(),
            report: None,
            switched_off: 0,
            error: None,
            old_files: vec![],
            new_files: vec![],
        };
        match (&old, &new) {
            (None, Some(_)) => d.status = Status::Added,
            (Some(_), None) => d.status = Status::Removed,
            (Some(o), Some(n)) if o.path == n.path && same_files(&old_snap, &new_snap, &o.path, &entry) => {
                d.status = Status::Unchanged;
            }
            (Some(o), Some(n)) => {
                d.status = if o.path != n.path {
                    Status::Renamed
                } else {
                    Status::Modified
                };
                let loaded =
                    load_at(&old_snap, &o.path, &entry).and_then(|a| Ok((a, load_at(&new_snap, &n.path, &entry)?)));
                match loaded {
                    Ok((mut a, mut b)) => {
                        let options = Options {
                            mode: entry.compatibility.mode,
                            open_content: entry.open_content,
                            witnesses,
                            protobuf_level: entry.protobuf_level,
                        };
                        let mut report = crate::format::diff(&mut a, &mut b, &options);
                        d.switched_off = apply_overrides(&mut report, &entry);
                        if report.changes.is_empty() && d.status == Status::Modified {
                            d.status = Status::Unchanged;
                        }
                        d.report = Some(report);
                        d.old_files = a.take_files();
                        d.new_files = b.take_files();
                    }
                    Err(e) => d.error = Some(e),
                }
            }
            (None, None) => {}
        }
        if d.status == Status::Added
            && let Some(n) = &new
            && let Err(e) = load_at(&new_snap, &n.path, &d.entry)
        {
            d.error = Some(e);
        }
        out.push(d);
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Whether a schema and every file it references are byte-identical in both snapshots
/// (then there is nothing to diff).
fn same_files(old: &super::Snapshot, new: &super::Snapshot, path: &str, entry: &super::SchemaEntry) -> bool {
    let same = |p: &str| match (old.blob_id(p), new.blob_id(p)) {
        (Some(a), Some(b)) => a == b,
        _ => matches!((old.read_bytes(p), new.read_bytes(p)), (Ok(a), Ok(b)) if a == b),
    };
    if !same(path) {
        return false;
    }
    match load_at(old, path, entry) {
        Ok(g) => g.file_paths().iter().skip(1).all(|p| same(p)),
        Err(_) => true,
    }
}
