//! The registry: a git repository plus `schemata.yaml` (DESIGN §1).
//!
//! [`config`] reads the config, [`repo`] reads files at any revision through git2,
//! [`history`] replays the first-parent history into version lineages, and this module ties
//! them together: which files are schemas at a revision, and what a user means by an address
//! such as `schemas/order@1.2.0`.

pub mod compare;
pub mod config;
pub mod gate;
pub mod history;
pub mod repo;

pub use config::Config;
pub use history::{Entry, EntryKind, History, Lineage};
pub use repo::{Repo, Rev, Snapshot};

use crate::change::DiffReport;
use crate::error::{Error, Result};
use crate::format::Document;
use config::{RuleSetting, SchemaEntry};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A schema file found at a revision.
#[derive(Debug, Clone)]
pub struct SchemaFile {
    pub name: String,
    pub path: String,
    pub entry: SchemaEntry,
}

/// An opened registry.
pub struct Registry {
    pub repo: Repo,
    pub config: Config,
    /// The repository's work tree.
    pub root: PathBuf,
}

impl Registry {
    /// Opens the repository enclosing `start`, with `config_path` or the root's `schemata.yaml`.
    pub fn open(start: &Path, config_path: Option<&Path>) -> Result<Registry> {
        let repo = Repo::discover(start)?;
        let root = repo
            .workdir
            .clone()
            .ok_or_else(|| Error::git("this is a bare repository; run schemata inside a work tree"))?;
        let config = match config_path {
            Some(p) => Config::load(p, true)?,
            None => Config::load(&root.join(config::FILE_NAME), false)?,
        };
        Ok(Registry { repo, config, root })
    }

    /// The schemas at a revision, sorted by name. Warnings go to `warnings`.
    pub fn discover(&self, rev: Rev, warnings: &mut Vec<String>) -> Result<Vec<SchemaFile>> {
        let snapshot = self.repo.snapshot(rev)?;
        discover(&self.config, &snapshot, warnings)
    }

    /// Resolves a revision name; an unborn branch gives a clear error.
    pub fn resolve(&self, rev: &str) -> Result<Rev> {
        self.repo.resolve(rev)
    }

    /// Replays the history ending at `tip` (default HEAD).
    pub fn history(&self, tip: Option<git2::Oid>, progress: history::Progress) -> Result<History> {
        let tip = match tip {
            Some(t) => t,
            None => self.repo.resolve_commit("HEAD")?,
        };
        history::replay(&self.repo, &self.config, tip, progress)
    }
}

/// The schemas of a snapshot under a config.
pub fn discover(config: &Config, snapshot: &Snapshot, warnings: &mut Vec<String>) -> Result<Vec<SchemaFile>> {
    let mut skipped = repo::Skipped::default();
    let files = snapshot.files(&|p| config.entry_for(p).is_some(), &mut skipped)?;
    if skipped.non_utf8_names > 0 {
        warnings.push(format!(
            "{} file(s) with non-UTF-8 names were skipped at {}",
            skipped.non_utf8_names,
            snapshot.rev.label()
        ));
    }
    let mut out: Vec<SchemaFile> = Vec::new();
    for f in files {
        let Some(entry) = config.entry_for(&f.path) else {
            continue;
        };
        let name = entry.name.clone().unwrap_or_else(|| config::default_name(&f.path));
        out.push(SchemaFile {
            name,
            path: f.path,
            entry: entry.clone(),
        });
    }
    // Two files with one name (order.json and order.yaml): both keep their extension.
    let mut count: HashMap<String, usize> = HashMap::new();
    for s in &out {
        *count.entry(s.name.clone()).or_default() += 1;
    }
    for s in &mut out {
        if count[&s.name] > 1 {
            warnings.push(format!(
                "{} shares the name \"{}\" with another file; it is named by its full path",
                s.path, s.name
            ));
            s.name = s.path.clone();
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Loads a schema file of a snapshot (its references read from the same snapshot), as the
/// entry's format (detected when the entry says `auto`).
pub fn load_at(snapshot: &Snapshot, path: &str, entry: &SchemaEntry) -> Result<Document> {
    crate::format::load_with_parts(snapshot, path, entry.format, &entry.parts)
}

/// Applies a schema entry's rule overrides (`rules:` in the config) to a diff report.
/// Returns how many findings were switched off.
pub fn apply_overrides(report: &mut DiffReport, entry: &SchemaEntry) -> usize {
    if entry.rules.is_empty() {
        return 0;
    }
    let before = report.changes.len();
    report
        .changes
        .retain(|c| entry.rules.get(c.rule) != Some(&RuleSetting::Off));
    for c in &mut report.changes {
        match entry.rules.get(c.rule) {
            Some(RuleSetting::Breaking) => c.breaking = true,
            Some(RuleSetting::Compatible) => c.breaking = false,
            _ => {}
        }
    }
    report.compatible = !report.changes.iter().any(|c| c.breaking);
    report.required_bump = crate::version::required_bump(report.changes.iter().map(|c| (c.effect, c.breaking)));
    before - report.changes.len()
}

/// What a user wrote to name a schema version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// `NAME`: the schema at HEAD (or the revision given elsewhere).
    Name(String),
    /// `NAME@1.2.0`
    Version(String, semver::Version),
    /// `NAME@latest`
    Latest(String),
    /// `NAME@REV` (a branch, tag, commit, `WORKTREE`, `STAGED`).
    Rev(String, String),
}

impl Address {
    /// Splits at the last `@`; what follows is a version when it parses as one, else a revision.
    pub fn parse(s: &str) -> Address {
        match s.rfind('@') {
            Some(i) if i > 0 => {
                let (name, at) = (&s[..i], &s[i + 1..]);
                if at == "latest" {
                    Address::Latest(name.to_string())
                } else if let Ok(v) = semver::Version::parse(at.trim_start_matches('v')) {
                    Address::Version(name.to_string(), v)
                } else {
                    Address::Rev(name.to_string(), at.to_string())
                }
            }
            _ => Address::Name(s.to_string()),
        }
    }
    pub fn name(&self) -> &str {
        match self {
            Address::Name(n) | Address::Version(n, _) | Address::Latest(n) | Address::Rev(n, _) => n,
        }
    }
}

/// A schema located at a revision: where to read it.
#[derive(Debug, Clone)]
pub struct Located {
    pub name: String,
    pub path: String,
    pub rev: Rev,
    /// The version this is, when known.
    pub version: Option<semver::Version>,
    pub entry: SchemaEntry,
}

impl Registry {
    /// Finds what an address points at. `history` is replayed on demand for versions.
    pub fn locate(&self, address: &Address, history: &mut Option<History>) -> Result<Located> {
        let name = address.name();
        let at_rev = |rev: Rev| -> Result<Located> {
            let mut warnings = Vec::new();
            let schemas = self.discover(rev, &mut warnings)?;
            let found = schemas
                .into_iter()
                .find(|s| s.name == name || s.path == name)
                .ok_or_else(|| self.unknown(name, rev))?;
            Ok(Located {
                name: found.name,
                path: found.path,
                rev,
                version: None,
                entry: found.entry,
            })
        };
        match address {
            Address::Name(_) => {
                let head = self.repo.resolve("HEAD").unwrap_or(Rev::Worktree);
                at_rev(head)
            }
            Address::Rev(_, rev) => at_rev(self.resolve(rev)?),
            Address::Version(_, _) | Address::Latest(_) => {
                if history.is_none() {
                    *history = Some(self.history(None, &|_, _| {})?);
                }
                let h = history.as_ref().ok_or_else(|| Error::git("no history"))?;
                let lineage = h.find(name).ok_or_else(|| {
                    Error::usage(format!("no schema named \"{name}\" in the history of HEAD"))
                        .with_hint("`schemata list` shows every schema and its name")
                })?;
                let entry = match address {
                    Address::Version(_, v) => lineage.find_version(v).ok_or_else(|| {
                        let known: Vec<String> = lineage
                            .entries
                            .iter()
                            .filter_map(|e| e.version.as_ref().map(|v| v.to_string()))
                            .collect::<std::collections::BTreeSet<_>>()
                            .into_iter()
                            .collect();
                        let hint = if known.is_empty() {
                            format!(
                                "no version of {name} could be read: every commit that touched it failed to load; \
                                 `schemata log {name}` shows why"
                            )
                        } else {
                            format!("known versions: {}", known.join(", "))
                        };
                        Error::usage(format!("{name} has no version {v}")).with_hint(hint)
                    })?,
                    _ => lineage.current().ok_or_else(|| {
                        Error::usage(format!("{name} has no readable version"))
                            .with_hint(format!("`schemata log {name}` shows why each version failed to load"))
                    })?,
                };
                let cfg = self
                    .config
                    .entry_for(&entry.path)
                    .cloned()
                    .ok_or_else(|| Error::config(format!("{} is no longer matched by the config", entry.path)))?;
                Ok(Located {
                    name: lineage.name.clone(),
                    path: entry.path.clone(),
                    rev: Rev::Commit(h.commits[entry.commit].id),
                    version: entry.version.clone(),
                    entry: cfg,
                })
            }
        }
    }

    fn unknown(&self, name: &str, rev: Rev) -> Error {
        Error::usage(format!("no schema named \"{name}\" at {}", rev.label()))
            .with_hint("`schemata list` shows the schemas and their names (a name is the path without its extension)")
    }

    /// Loads a located schema.
    pub fn load(&self, located: &Located) -> Result<Document> {
        let snapshot = self.repo.snapshot(located.rev)?;
        load_at(&snapshot, &located.path, &located.entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_split_at_the_last_at_sign() {
        assert_eq!(Address::parse("order"), Address::Name("order".into()));
        assert_eq!(
            Address::parse("schemas/order@1.2.0"),
            Address::Version("schemas/order".into(), semver::Version::new(1, 2, 0))
        );
        assert_eq!(Address::parse("a@latest"), Address::Latest("a".into()));
        assert_eq!(Address::parse("a@HEAD~2"), Address::Rev("a".into(), "HEAD~2".into()));
        assert_eq!(Address::parse("@scope/x"), Address::Name("@scope/x".into()));
    }
}
