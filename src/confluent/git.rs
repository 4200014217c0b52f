//! Writing an [`Export`] into a git repository as history: one commit per registered
//! version, in registration order, the compatibility levels in `schemata.yaml`, and a
//! release tag per version. Re-running on a newer export adds only the versions no commit
//! records yet (each commit names its subject and version in trailers).
//!
//! Nothing is written until everything is built: the blobs, trees and commits go to the
//! object database first (unreferenced, they change nothing), then the work tree is checked
//! out to the new tip (only files the import owns change; the tree was clean), then the
//! branch moves with a compare-and-swap, then the tags are created. A dirty work tree is
//! refused before anything happens.

use super::{Export, Reference, Registered};
use crate::error::{Error, Result};
use crate::registry::config::{Config, FILE_NAME};
use git2::{Oid, Repository, Signature};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Trailer keys recorded in each import commit.
const SUBJECT: &str = "Confluent-Subject";
const VERSION: &str = "Confluent-Version";
const ID: &str = "Confluent-Id";
const TYPE: &str = "Confluent-Schema-Type";
const REFERENCE: &str = "Confluent-Reference";

/// The markers around the part of `schemata.yaml` that the import owns.
pub const BEGIN: &str = "# BEGIN schemata import confluent (rewritten by each import; edit levels in the registry)";
pub const END: &str = "# END schemata import confluent";

/// What an import did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub branch: String,
    /// Versions imported (one commit each).
    pub versions: usize,
    /// Commits added: one per new version, plus one when only the levels changed.
    pub commits: usize,
    /// Versions found in the history already, skipped.
    pub already_imported: usize,
    pub tags: Vec<String>,
    pub config_changed: bool,
    pub warnings: Vec<String>,
}

fn git_err(e: git2::Error) -> Error {
    Error::git(e.message().to_string())
}

/// Imports `export` into the repository around `start`, schemas under `prefix`.
pub fn import(start: &Path, export: &Export, prefix: &str) -> Result<Summary> {
    let repo = Repository::discover(start).map_err(|_| {
        Error::git(format!("{} is not inside a git repository", start.display()))
            .with_hint("run `git init` first: the import writes commits")
    })?;
    let workdir = repo
        .workdir()
        .ok_or_else(|| Error::git("this is a bare repository; the import needs a work tree"))?
        .to_path_buf();
    refuse_dirty(&repo)?;
    let (branch, old_tip) = branch_and_tip(&repo)?;
    let mut summary = Summary {
        branch: branch.trim_start_matches("refs/heads/").to_string(),
        ..Summary::default()
    };
    let imported = imported_versions(&repo, old_tip)?;

    // Every subject's file: its latest type decides the extension.
    let mut paths: HashMap<String, String> = HashMap::new();
    for v in &export.versions {
        paths.insert(
            v.subject.clone(),
            super::subject_path(prefix, &v.subject, v.schema_type),
        );
    }
    check_collisions(&paths)?;

    let old_tree = match old_tip {
        Some(c) => Some(repo.find_commit(c).and_then(|c| c.tree()).map_err(git_err)?),
        None => None,
    };
    let mut index = git2::Index::new().map_err(git_err)?;
    if let Some(t) = &old_tree {
        index.read_tree(t).map_err(git_err)?;
    }
    let old_config = old_tree
        .as_ref()
        .and_then(|t| t.get_path(Path::new(FILE_NAME)).ok())
        .and_then(|e| repo.find_blob(e.id()).ok())
        .map(|b| String::from_utf8_lossy(b.content()).into_owned());
    let new_config = config_text(old_config.as_deref(), export, prefix, &paths)?;
    let config = Config::parse(FILE_NAME, &new_config).map_err(|e| {
        Error::config(format!(
            "the schemata.yaml the import would write does not read back: {}",
            e.message
        ))
        .with_hint("fix schemata.yaml (its `schemas:` must be a block list) and import again")
    })?;
    let config_changed = old_config.as_deref() != Some(new_config.as_str());
    summary.config_changed = config_changed;

    let sig = repo
        .signature()
        .or_else(|_| Signature::now("schemata import", "import@schemata.invalid"))
        .map_err(git_err)?;
    let source = export.source.as_path();
    let mut parent = old_tip;
    let mut config_pending = config_changed;
    // (commit, version) for the tags.
    let mut made: Vec<(Oid, &Registered)> = Vec::new();
    // The path each subject's file has in the tree being built.
    let mut current: HashMap<String, String> = HashMap::new();
    for v in &export.versions {
        if imported.contains(&(v.subject.clone(), v.version)) {
            summary.already_imported += 1;
            current.insert(
                v.subject.clone(),
                super::subject_path(prefix, &v.subject, v.schema_type),
            );
            continue;
        }
        let path = super::subject_path(prefix, &v.subject, v.schema_type);
        if let Some(previous) = current.get(&v.subject)
            && previous != &path
        {
            // The subject changed schema type: its file changes extension.
            index.remove_path(Path::new(previous)).map_err(git_err)?;
        }
        let text = super::file_text(v, &path, &paths, source)?;
        add(&repo, &mut index, &path, text.as_bytes())?;
        if config_pending {
            add(&repo, &mut index, FILE_NAME, new_config.as_bytes())?;
            config_pending = false;
        }
        current.insert(v.subject.clone(), path);
        let tree = repo
            .find_tree(index.write_tree_to(&repo).map_err(git_err)?)
            .map_err(git_err)?;
        let parents: Vec<git2::Commit> = parent
            .map(|p| repo.find_commit(p))
            .transpose()
            .map_err(git_err)?
            .into_iter()
            .collect();
        let refs: Vec<&git2::Commit> = parents.iter().collect();
        let oid = repo
            .commit(None, &sig, &sig, &message(v), &tree, &refs)
            .map_err(git_err)?;
        parent = Some(oid);
        made.push((oid, v));
        summary.commits += 1;
        summary.versions += 1;
    }
    if config_pending {
        add(&repo, &mut index, FILE_NAME, new_config.as_bytes())?;
        let tree = repo
            .find_tree(index.write_tree_to(&repo).map_err(git_err)?)
            .map_err(git_err)?;
        let parents: Vec<git2::Commit> = parent
            .map(|p| repo.find_commit(p))
            .transpose()
            .map_err(git_err)?
            .into_iter()
            .collect();
        let refs: Vec<&git2::Commit> = parents.iter().collect();
        let oid = repo
            .commit(
                None,
                &sig,
                &sig,
                "Import compatibility levels from the schema registry\n",
                &tree,
                &refs,
            )
            .map_err(git_err)?;
        parent = Some(oid);
        summary.commits += 1;
    }
    let Some(new_tip) = parent.filter(|p| Some(*p) != old_tip) else {
        return Ok(summary);
    };

    // Versions for the tags, worked out before anything is visible.
    let tags = tags_for(
        &workdir,
        &config,
        new_tip,
        &made,
        prefix,
        export,
        &repo,
        &mut summary.warnings,
    )?;

    // The work tree, then the branch, then the tags.
    let new_tree = repo.find_commit(new_tip).and_then(|c| c.tree()).map_err(git_err)?;
    checkout(&repo, &new_tree, true)?;
    let moved = match old_tip {
        Some(old) => repo.reference_matching(&branch, new_tip, true, old, "schemata import confluent"),
        None => repo.reference(&branch, new_tip, false, "schemata import confluent"),
    };
    if let Err(e) = moved {
        // Someone moved the branch meanwhile: put the work tree back as it was.
        let empty;
        let back = match &old_tree {
            Some(t) => t,
            None => {
                empty = repo
                    .find_tree(
                        git2::Index::new()
                            .and_then(|mut i| i.write_tree_to(&repo))
                            .map_err(git_err)?,
                    )
                    .map_err(git_err)?;
                &empty
            }
        };
        let _ = checkout(&repo, back, false);
        return Err(Error::git(format!("cannot move {branch}: {}", e.message()))
            .with_hint("the branch changed while importing; nothing was imported, run the import again"));
    }
    for (name, oid, text) in &tags {
        let exists = repo.find_reference(&format!("refs/tags/{name}")).ok();
        if let Some(existing) = exists {
            let target = existing.peel_to_commit().map(|c| c.id()).ok();
            if target != Some(*oid) {
                summary
                    .warnings
                    .push(format!("tag {name} already exists on another commit; left as it is"));
            }
            continue;
        }
        if !git2::Reference::is_valid_name(&format!("refs/tags/{name}")) {
            summary
                .warnings
                .push(format!("\"{name}\" is not a valid tag name; not tagged"));
            continue;
        }
        let obj = repo
            .find_object(*oid, Some(git2::ObjectType::Commit))
            .map_err(git_err)?;
        repo.tag(name, &obj, &sig, text, false).map_err(git_err)?;
        summary.tags.push(name.clone());
    }
    Ok(summary)
}

/// A clean work tree, or an error naming what is not committed.
fn refuse_dirty(repo: &Repository) -> Result<()> {
    let mut options = git2::StatusOptions::new();
    options
        .include_untracked(true)
        .include_ignored(false)
        .recurse_untracked_dirs(true);
    let statuses = repo.statuses(Some(&mut options)).map_err(git_err)?;
    let dirty: Vec<String> = statuses
        .iter()
        .filter(|s| s.status() != git2::Status::CURRENT && !s.status().contains(git2::Status::IGNORED))
        .filter_map(|s| s.path().ok().map(str::to_string))
        .collect();
    if dirty.is_empty() {
        return Ok(());
    }
    let shown: Vec<&str> = dirty.iter().take(5).map(String::as_str).collect();
    Err(Error::git(format!(
        "the work tree has uncommitted changes ({}{}); the import writes commits and will not mix them in",
        shown.join(", "),
        if dirty.len() > 5 { ", …" } else { "" }
    ))
    .with_hint("commit or stash them (git stash -u), then import again; nothing was written"))
}

/// The branch HEAD is on (`refs/heads/…`) and its commit (none on an unborn branch).
fn branch_and_tip(repo: &Repository) -> Result<(String, Option<Oid>)> {
    let head = repo.find_reference("HEAD").map_err(git_err)?;
    let branch = match head.symbolic_target().ok().flatten() {
        Some(t) if t.starts_with("refs/heads/") => t.to_string(),
        _ => {
            return Err(Error::git("HEAD is detached; the import adds commits to a branch")
                .with_hint("check out a branch (git switch -c import) and import again"));
        }
    };
    let tip = repo.refname_to_id(&branch).ok();
    Ok((branch, tip))
}

/// (subject, version) pairs that commits of the first-parent history already record.
fn imported_versions(repo: &Repository, tip: Option<Oid>) -> Result<HashSet<(String, u32)>> {
    let mut out = HashSet::new();
    let mut next = tip;
    while let Some(oid) = next {
        let commit = repo.find_commit(oid).map_err(git_err)?;
        let message = commit.message().unwrap_or_default();
        let trailer = |key: &str| {
            message
                .lines()
                .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(": ")))
                .map(str::trim)
        };
        if let (Some(s), Some(v)) = (trailer(SUBJECT), trailer(VERSION).and_then(|v| v.parse::<u32>().ok())) {
            out.insert((super::url_decode(s).unwrap_or_else(|| s.to_string()), v));
        }
        next = commit.parent_id(0).ok();
    }
    Ok(out)
}

/// Two subjects must not land on one file, nor on two files a case-insensitive file system
/// (macOS, Windows) would take for one.
fn check_collisions(paths: &HashMap<String, String>) -> Result<()> {
    let mut seen: HashMap<String, &str> = HashMap::new();
    let mut subjects: Vec<(&String, &String)> = paths.iter().collect();
    subjects.sort();
    for (subject, path) in subjects {
        let folded = path.to_lowercase();
        let stem = folded.rsplit_once('.').map_or(folded.clone(), |(s, _)| s.to_string());
        if let Some(other) = seen.insert(stem, subject) {
            return Err(Error::usage(format!(
                "subjects \"{other}\" and \"{subject}\" map to the same schema name ({path}, ignoring case and extension)"
            ))
            .with_hint("rename one subject in the registry, or import them with different --prefix runs"));
        }
    }
    Ok(())
}

fn add(repo: &Repository, index: &mut git2::Index, path: &str, bytes: &[u8]) -> Result<()> {
    let blob = repo.blob(bytes).map_err(git_err)?;
    let entry = git2::IndexEntry {
        ctime: git2::IndexTime::new(0, 0),
        mtime: git2::IndexTime::new(0, 0),
        dev: 0,
        ino: 0,
        mode: 0o100644,
        uid: 0,
        gid: 0,
        file_size: bytes.len() as u32,
        id: blob,
        flags: 0,
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    };
    index.add(&entry).map_err(git_err)
}

fn message(v: &Registered) -> String {
    let mut m = format!(
        "Register {} version {} (schema id {})\n\nImported from a Confluent Schema Registry export by `schemata import confluent`.\n\n",
        v.subject, v.version, v.id
    );
    // Trailers carry the subject URL-encoded, so any subject fits on one line.
    m.push_str(&format!("{SUBJECT}: {}\n", super::url_encode(&v.subject)));
    m.push_str(&format!("{VERSION}: {}\n", v.version));
    m.push_str(&format!("{ID}: {}\n", v.id));
    m.push_str(&format!("{TYPE}: {}\n", v.schema_type.as_str()));
    for Reference { name, subject, version } in &v.references {
        m.push_str(&format!(
            "{REFERENCE}: {} {}@{version}\n",
            super::url_encode(name),
            super::url_encode(subject)
        ));
    }
    m
}

/// `schemata.yaml` with the import's block: an entry per subject whose level differs from
/// the global one, then one for every imported file at the global level. An existing
/// config keeps everything outside the markers; the block goes first under `schemas:`, so it
/// decides for the imported files.
fn config_text(old: Option<&str>, export: &Export, prefix: &str, paths: &HashMap<String, String>) -> Result<String> {
    let global = export.global_level.clone().unwrap_or_else(|| "backward".into());
    let mut block = format!("  {BEGIN}\n");
    let mut subjects: Vec<&String> = paths.keys().collect();
    subjects.sort();
    for s in subjects {
        let level = export.level_of(s);
        if level != global {
            block.push_str(&format!(
                "  - path: {}\n    compatibility: {level}\n",
                yaml_string(&paths[s])
            ));
        }
    }
    let prefix = prefix.trim_matches('/');
    let glob = if prefix.is_empty() {
        "**/*.{json,avsc,proto}".to_string()
    } else {
        format!("{prefix}/**/*.{{json,avsc,proto}}")
    };
    block.push_str(&format!(
        "  - path: {}\n    compatibility: {global}\n  {END}\n",
        yaml_string(&glob)
    ));
    let Some(old) = old else {
        return Ok(format!(
            "# schemata.yaml: which files are schemas, and how they are versioned and gated.\n\
             # Every key is documented in docs/config.md.\n\nschemas:\n{block}"
        ));
    };
    // Replace an earlier block, or insert one first under `schemas:`.
    if let (Some(b), Some(e)) = (old.find(BEGIN), old.find(END)) {
        let start = old[..b].rfind('\n').map_or(0, |i| i + 1);
        let end = old[e..].find('\n').map_or(old.len(), |i| e + i + 1);
        return Ok(format!("{}{block}{}", &old[..start], &old[end..]));
    }
    let lines: Vec<&str> = old.split_inclusive('\n').collect();
    match lines.iter().position(|l| l.trim_end() == "schemas:") {
        Some(i) => {
            let mut out: String = lines[..=i].concat();
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&block);
            out.push_str(&lines[i + 1..].concat());
            Ok(out)
        }
        None if !lines.iter().any(|l| l.starts_with("schemas:")) => {
            let mut out = old.to_string();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str("schemas:\n");
            out.push_str(&block);
            Ok(out)
        }
        None => Err(Error::config(format!(
            "{FILE_NAME}: `schemas:` is not a block list the import can add its entries to"
        ))
        .with_hint("write `schemas:` on its own line followed by `  - path: …` entries, then import again")),
    }
}

/// A YAML double-quoted string.
fn yaml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// The release tag of each new version: the version schemata's history computes for that
/// commit, where schemata reads the format. Where it does not (yet), or the history cannot
/// be replayed, the registry's own guarantee stands in: under any level but `none` it only
/// accepted compatible versions, so each is a minor step; under `none`, a major one.
#[allow(clippy::too_many_arguments)]
fn tags_for(
    workdir: &Path,
    config: &Config,
    tip: Oid,
    made: &[(Oid, &Registered)],
    prefix: &str,
    export: &Export,
    repo: &Repository,
    warnings: &mut Vec<String>,
) -> Result<Vec<(String, Oid, String)>> {
    let history = crate::registry::Repo::discover(workdir)
        .and_then(|r| crate::registry::history::replay(&r, config, tip, &|_, _| {}));
    let history = match history {
        Ok(h) => Some(h),
        Err(e) => {
            warnings.push(format!(
                "the new history could not be replayed ({e}); tags follow the registry's levels"
            ));
            None
        }
    };
    // The last version tagged per schema name, from existing tags and those made here.
    let mut last: HashMap<String, semver::Version> = HashMap::new();
    if let Ok(names) = repo.tag_names(None) {
        for t in names.iter().flatten().flatten() {
            if let Some((name, v)) = config.parse_tag(t)
                && last.get(&name).is_none_or(|l| &v > l)
            {
                last.insert(name, v);
            }
        }
    }
    let mut out = Vec::new();
    for (oid, v) in made {
        let path = super::subject_path(prefix, &v.subject, v.schema_type);
        let name = crate::registry::config::default_name(&path);
        let entry = history.as_ref().and_then(|h| {
            let lineage = h.find(&name)?;
            lineage.entries.iter().find(|e| h.commits[e.commit].id == *oid)
        });
        let computed = match entry {
            Some(e)
                if matches!(
                    e.kind,
                    crate::registry::EntryKind::Version | crate::registry::EntryKind::Tagged
                ) =>
            {
                e.version.clone()
            }
            // Read, but the same schema as before (a formatting-only registration).
            None if history.as_ref().is_some_and(|h| {
                h.find(&name)
                    .is_some_and(|l| l.entries.iter().any(|e| e.version.is_some()))
            }) =>
            {
                warnings.push(format!(
                    "{} version {} makes no new schemata version (the same schema, reformatted or with new reference versions only); not tagged",
                    v.subject, v.version
                ));
                continue;
            }
            _ => None,
        };
        let version = match computed {
            Some(c) => c,
            None => {
                let level = export.level_of(&v.subject);
                match last.get(&name) {
                    None => config.versioning.initial.clone(),
                    Some(prev) if level == "none" => semver::Version::new(prev.major + 1, 0, 0),
                    Some(prev) => semver::Version::new(prev.major, prev.minor + 1, 0),
                }
            }
        };
        if last.get(&name).is_some_and(|prev| prev >= &version) {
            warnings.push(format!(
                "{} version {} would be tagged {version}, not above the last tag of {name}; not tagged",
                v.subject, v.version
            ));
            continue;
        }
        last.insert(name.clone(), version.clone());
        let tag = config.tag_name(&name, &version);
        out.push((
            tag,
            *oid,
            format!(
                "{} version {} (schema id {}) from the schema registry\n",
                v.subject, v.version, v.id
            ),
        ));
    }
    Ok(out)
}

/// Checks `tree` out over the work tree and index. `safe` (the import's own step, while
/// HEAD still names the old tip) only touches files that match HEAD, so nothing of the
/// user's can be lost; `force` puts back what the import itself just wrote.
fn checkout(repo: &Repository, tree: &git2::Tree, safe: bool) -> Result<()> {
    let mut builder = git2::build::CheckoutBuilder::new();
    if safe {
        builder.safe();
    } else {
        builder.force();
    }
    repo.checkout_tree(tree.as_object(), Some(&mut builder))
        .map_err(|e| Error::git(format!("cannot update the work tree: {}", e.message())))?;
    let mut index = repo.index().map_err(git_err)?;
    index.read_tree(tree).map_err(git_err)?;
    index.write().map_err(git_err)
}
