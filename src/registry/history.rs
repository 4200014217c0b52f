//! History replay: the first-parent history of a branch, read into each schema's version
//! lineage (DESIGN §1, §6).
//!
//! Pass one walks the commits once, with git only: the changed paths of every commit (tree
//! diff against the first parent, with rename detection) and each schema's identity across
//! renames, moves, deletions and re-creations. Pass two replays each schema on its own —
//! schemas are independent, so they are spread over threads — parsing only the blobs that
//! changed and diffing each distinct (old blobs, new blobs) pair once.

use super::config::{Config, SchemaEntry};
use super::repo::{Repo, Rev, git_err};
use super::{apply_overrides, load_at};
use crate::change::{Change, Options};
use crate::error::{Error, Result};
use crate::format::Document;
use crate::version::{Bump, bump_version};
use git2::Oid;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One commit of the replayed history.
#[derive(Debug, Clone, Serialize)]
pub struct CommitInfo {
    #[serde(serialize_with = "ser_oid")]
    pub id: Oid,
    /// Author time, seconds since the epoch.
    pub time: i64,
    /// Author's UTC offset in minutes.
    pub offset_minutes: i32,
    pub author: String,
    pub email: String,
    /// First line of the message.
    pub subject: String,
}

impl CommitInfo {
    /// `YYYY-MM-DD` in the author's time zone.
    pub fn date(&self) -> String {
        let local = self.time + i64::from(self.offset_minutes) * 60;
        super::config::civil_from_days(local.div_euclid(86_400))
    }
}

fn ser_oid<S: serde::Serializer>(oid: &Oid, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&oid.to_string())
}

/// What happened to a schema at a commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    /// A new version.
    Version,
    /// A tag moved the version without a change at that commit.
    Tagged,
    /// The file could not be read as a schema at this commit; the previous version stays current.
    Invalid,
    /// The file was deleted.
    Removed,
}

/// One event of a lineage.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub kind: EntryKind,
    /// Index into [`History::commits`].
    #[serde(skip)]
    pub commit: usize,
    /// The schema's path at this commit.
    pub path: String,
    /// The version current after this event.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "ser_version")]
    pub version: Option<semver::Version>,
    /// The bump the changes require (`none` for the first version).
    pub bump: Bump,
    /// One line: what changed.
    pub summary: String,
    /// Shared with the replay's memo of diffs (a revert reuses the same list).
    #[serde(skip_serializing_if = "is_empty", serialize_with = "ser_changes")]
    pub changes: std::sync::Arc<Vec<Change>>,
    /// Whether a change broke the schema's mode.
    pub breaking: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Problems: a tag or declared version smaller than the changes require, a parse error…
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
    /// Previous path when this event is a rename or move.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
}

fn is_empty(v: &std::sync::Arc<Vec<Change>>) -> bool {
    v.is_empty()
}

fn ser_changes<S: serde::Serializer>(v: &std::sync::Arc<Vec<Change>>, s: S) -> std::result::Result<S::Ok, S::Error> {
    serde::Serialize::serialize(v.as_slice(), s)
}

fn ser_version<S: serde::Serializer>(v: &Option<semver::Version>, s: S) -> std::result::Result<S::Ok, S::Error> {
    match v {
        Some(v) => s.serialize_str(&v.to_string()),
        None => s.serialize_none(),
    }
}

/// A schema's whole history.
#[derive(Debug, Clone, Serialize)]
pub struct Lineage {
    /// The name it has now (or had when it was last present).
    pub name: String,
    /// Its path now; `None` when it is deleted at the tip.
    pub path: Option<String>,
    /// Every name it had, oldest first.
    pub names: Vec<String>,
    pub entries: Vec<Entry>,
}

impl Lineage {
    /// The current version: the last entry that has one.
    pub fn current(&self) -> Option<&Entry> {
        self.entries
            .iter()
            .rev()
            .find(|e| matches!(e.kind, EntryKind::Version | EntryKind::Tagged))
    }
    /// The entry of a version.
    pub fn find_version(&self, v: &semver::Version) -> Option<&Entry> {
        self.entries
            .iter()
            .rev()
            .find(|e| matches!(e.kind, EntryKind::Version | EntryKind::Tagged) && e.version.as_ref() == Some(v))
    }
    /// The last tagged (released) entry.
    pub fn last_release(&self) -> Option<&Entry> {
        self.entries.iter().rev().find(|e| e.tag.is_some())
    }
    pub fn is_removed(&self) -> bool {
        self.path.is_none()
    }
}

/// The replayed history of one branch.
#[derive(Debug, Clone, Serialize)]
pub struct History {
    /// First-parent commits, oldest first.
    pub commits: Vec<CommitInfo>,
    pub lineages: Vec<Lineage>,
    pub warnings: Vec<String>,
}

impl History {
    /// The lineage a user means by `name`: current name first, then any former name.
    pub fn find(&self, name: &str) -> Option<&Lineage> {
        self.lineages
            .iter()
            .find(|l| l.name == name)
            .or_else(|| self.lineages.iter().rev().find(|l| l.names.iter().any(|n| n == name)))
            .or_else(|| self.lineages.iter().find(|l| l.path.as_deref() == Some(name)))
    }
}

#[derive(Debug, Clone)]
enum StepKind {
    Present { renamed_from: Option<String> },
    Removed,
}

#[derive(Debug, Clone)]
struct Step {
    commit: usize,
    path: String,
    kind: StepKind,
    /// The file's blob after this step (`None` when removed).
    blob: Option<Oid>,
}

#[derive(Debug, Default)]
struct Track {
    steps: Vec<Step>,
    names: Vec<String>,
}

/// How far along a replay is, for progress bars: (schemas done, schemas in all).
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// Replays the first-parent history ending at `tip`.
pub fn replay(repo: &Repo, config: &Config, tip: Oid, progress: Progress) -> Result<History> {
    let mut warnings = Vec::new();
    // Pass one, git only: the first-parent chain and the files each commit changed.
    let (commits, trees, mut raws) = first_parent_changes(repo, config, tip)?;
    if let Some(first) = commits.first()
        && repo.is_shallow()
        && shallow_boundaries(repo).contains(&first.id)
    {
        return Err(cut_off(first.id));
    }
    let mut tracks: Vec<Track> = Vec::new();
    let mut live: HashMap<String, usize> = HashMap::new();
    let mut dead_by_name: HashMap<String, usize> = HashMap::new();
    let mut dead_by_id: HashMap<String, usize> = HashMap::new();
    let mut changes_of: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in commits.iter().enumerate() {
        let raw = std::mem::take(&mut raws[i]);
        let id_of = |blob: Oid| {
            raw.iter()
                .find(|d| d.schema_id.is_some() && d.old.or(d.new) == Some(blob))
                .and_then(|d| d.schema_id.clone())
        };
        let mut added = Vec::new();
        let mut deleted = Vec::new();
        let mut modified = Vec::new();
        let mut renamed = Vec::new();
        for d in &raw {
            let list = changes_of.entry(d.path.clone()).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
            if d.non_utf8 {
                warnings.push(format!(
                    "commit {}: a file with a non-UTF-8 name was skipped",
                    super::repo::short(c.id)
                ));
                continue;
            }
            if !d.tracked {
                continue;
            }
            match (d.old, d.new) {
                (Some(_), Some(n)) => modified.push((d.path.clone(), n)),
                (Some(o), None) => deleted.push((d.path.clone(), o)),
                (None, Some(n)) => added.push((d.path.clone(), n)),
                (None, None) => {}
            }
        }
        // Renames: the same bytes first, then git's similarity detection on what is left.
        if !added.is_empty() && !deleted.is_empty() {
            let mut k = 0;
            while k < added.len() {
                match deleted.iter().position(|(_, o)| *o == added[k].1) {
                    Some(j) => {
                        let (from, _) = deleted.remove(j);
                        let (to, blob) = added.remove(k);
                        renamed.push((from, to, blob));
                    }
                    None => k += 1,
                }
            }
            if !added.is_empty() && !deleted.is_empty() {
                let previous = repo.git.find_tree(trees[i - 1]).map_err(git_err)?;
                let tree = repo.git.find_tree(trees[i]).map_err(git_err)?;
                for (from, to) in similar_renames(repo, Some(&previous), &tree, &deleted, &added)? {
                    let Some(blob) = added.iter().find(|(p, _)| *p == to).map(|(_, b)| *b) else {
                        continue;
                    };
                    deleted.retain(|(p, _)| *p != from);
                    added.retain(|(p, _)| *p != to);
                    renamed.push((from, to, blob));
                }
            }
        }
        for (from, to, blob) in renamed {
            let idx = match live.remove(&from) {
                Some(idx) => idx,
                None => new_track(&mut tracks),
            };
            live.insert(to.clone(), idx);
            let name = config.name_for(&to).unwrap_or_else(|| to.clone());
            push_name(&mut tracks[idx], name);
            tracks[idx].steps.push(Step {
                commit: i,
                path: to,
                kind: StepKind::Present {
                    renamed_from: Some(from),
                },
                blob: Some(blob),
            });
        }
        let mut removed_now: Vec<(usize, Option<String>, String)> = Vec::new();
        for (path, blob) in deleted {
            if let Some(idx) = live.remove(&path) {
                tracks[idx].steps.push(Step {
                    commit: i,
                    path: path.clone(),
                    kind: StepKind::Removed,
                    blob: None,
                });
                let id = id_of(blob);
                if let Some(id) = &id {
                    dead_by_id.insert(id.clone(), idx);
                }
                let name = config.name_for(&path).unwrap_or_else(|| path.clone());
                dead_by_name.insert(name, idx);
                removed_now.push((idx, id, path));
            }
        }
        for (path, blob) in added {
            let name = config.name_for(&path).unwrap_or_else(|| path.clone());
            let id = id_of(blob);
            // A moved file git did not pair (its content changed too much): the same `$id` in
            // the same commit continues the schema. Otherwise the same `$id` or name of a
            // schema deleted earlier re-creates it.
            let same_commit = id
                .as_ref()
                .and_then(|id| removed_now.iter().find(|(_, rid, _)| rid.as_ref() == Some(id)))
                .map(|(idx, _, p)| (*idx, Some(p.clone())));
            let revived = same_commit.or_else(|| {
                id.as_ref()
                    .and_then(|id| dead_by_id.get(id))
                    .or_else(|| dead_by_name.get(&name))
                    .copied()
                    .filter(|idx| !live.values().any(|v| v == idx))
                    .map(|idx| (idx, None))
            });
            let (idx, renamed_from) = match revived {
                Some((idx, from)) => {
                    if let Some(last) = tracks[idx].steps.last()
                        && last.commit == i
                        && matches!(last.kind, StepKind::Removed)
                    {
                        tracks[idx].steps.pop();
                    }
                    (idx, from)
                }
                None => (new_track(&mut tracks), None),
            };
            if let Some(id) = &id {
                dead_by_id.remove(id);
            }
            dead_by_name.retain(|_, v| *v != idx);
            live.insert(path.clone(), idx);
            push_name(&mut tracks[idx], name);
            tracks[idx].steps.push(Step {
                commit: i,
                path,
                kind: StepKind::Present { renamed_from },
                blob: Some(blob),
            });
        }
        for (path, blob) in modified {
            let idx = match live.get(&path) {
                Some(idx) => *idx,
                None => {
                    let idx = new_track(&mut tracks);
                    live.insert(path.clone(), idx);
                    push_name(&mut tracks[idx], config.name_for(&path).unwrap_or_else(|| path.clone()));
                    idx
                }
            };
            tracks[idx].steps.push(Step {
                commit: i,
                path,
                kind: StepKind::Present { renamed_from: None },
                blob: Some(blob),
            });
        }
    }
    // Tags that follow the tag format and point at a commit of this history.
    let index_of: HashMap<Oid, usize> = commits.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let mut tags: HashMap<String, Vec<(usize, semver::Version, String)>> = HashMap::new();
    if let Ok(names) = repo.git.tag_names(None) {
        for tag in names.iter().flatten().flatten() {
            let Some((name, version)) = config.parse_tag(tag) else {
                continue;
            };
            let Ok(obj) = repo.git.revparse_single(&format!("refs/tags/{tag}")) else {
                continue;
            };
            let Ok(commit) = obj.peel_to_commit() else { continue };
            match index_of.get(&commit.id()) {
                Some(i) => tags.entry(name).or_default().push((*i, version, tag.to_string())),
                None => warnings.push(format!(
                    "tag {tag} points at a commit outside this branch's first-parent history"
                )),
            }
        }
    }
    for list in tags.values_mut() {
        list.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    }
    // Pass two: each schema on its own, spread over threads.
    let shared = Shared {
        config,
        commits: &commits,
        trees: &trees,
        changes_of: &changes_of,
        tags: &tags,
    };
    let mut order: Vec<usize> = (0..tracks.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(tracks[i].steps.len()));
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(order.len().max(1));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let total = tracks.len();
    let mut results: Vec<Option<Result<Lineage>>> = (0..tracks.len()).map(|_| None).collect();
    let handle = repo.handle();
    // This thread works too (its allocator heap is warm from pass one), beside one more
    // thread per further core.
    let work = |local: &Repo| -> Vec<(usize, Result<Lineage>)> {
        let mut out = Vec::new();
        let mut memo = Memo::default();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(&t) = order.get(k) else { break };
            out.push((t, replay_one(local, &shared, &tracks[t], &mut memo)));
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
        }
        out
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = (1..threads)
            .map(|_| {
                scope.spawn(|| match Repo::reopen(&handle) {
                    Ok(local) => work(&local),
                    Err(e) => vec![(usize::MAX, Err(e))],
                })
            })
            .collect();
        let mine = work(repo);
        let joined = handles.into_iter().map(|h| h.join().map_err(|_| ()));
        for list in std::iter::once(Ok(mine)).chain(joined) {
            match list {
                Ok(list) => {
                    for (t, r) in list {
                        if t == usize::MAX {
                            if let Err(e) = r {
                                warnings.push(e.to_string());
                            }
                            continue;
                        }
                        results[t] = Some(r);
                    }
                }
                Err(()) => warnings.push("a replay thread stopped unexpectedly".into()),
            }
        }
    });
    let mut lineages = Vec::new();
    for r in results {
        match r {
            Some(Ok(l)) => lineages.push(l),
            Some(Err(e)) => return Err(e),
            None => return Err(Error::git("the history replay did not finish")),
        }
    }
    // Two live schemas with one `$id`: kept apart by path, but worth a warning.
    lineages.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(History {
        commits,
        lineages,
        warnings,
    })
}

/// Marks the files the config tracks, and reads the `$id` of each tracked schema that was
/// added or deleted, which pairs moves git does not see. Files moved unchanged (a blob
/// deleted as often as it is added) are paired by their blob, so they are not read.
fn classify(repo: &Repo, config: &Config, raw: &mut [RawDelta]) {
    for d in raw.iter_mut() {
        d.tracked = !d.non_utf8 && config.entry_for(&d.path).is_some();
    }
    let moved = |raw: &[RawDelta], blob: Oid| {
        let count = |old: Option<Oid>, new: Option<Oid>| {
            raw.iter().filter(|e| e.tracked && e.old == old && e.new == new).count()
        };
        count(Some(blob), None) == count(None, Some(blob))
    };
    for i in 0..raw.len() {
        let d = &raw[i];
        let blob = match (d.old, d.new) {
            (Some(b), None) | (None, Some(b)) if d.tracked => b,
            _ => continue,
        };
        if !moved(raw, blob) {
            raw[i].schema_id = schema_id_of_blob(repo, blob);
        }
    }
}

/// The error for a history that ends before its root (a shallow clone).
fn cut_off(at: Oid) -> Error {
    Error::git(format!(
        "the history is cut off at commit {} (a shallow clone)",
        super::repo::short(at)
    ))
    .with_hint(
        "versions are computed from the whole history: run `git fetch --unshallow` \
         (in GitHub Actions: actions/checkout with `fetch-depth: 0`)",
    )
}

fn commit_info(commit: &git2::Commit) -> CommitInfo {
    let a = commit.author();
    CommitInfo {
        id: commit.id(),
        time: a.when().seconds(),
        offset_minutes: a.when().offset_minutes(),
        author: String::from_utf8_lossy(a.name_bytes()).into_owned(),
        email: String::from_utf8_lossy(a.email_bytes()).into_owned(),
        subject: String::from_utf8_lossy(commit.summary_bytes().unwrap_or_default()).into_owned(),
    }
}

/// What the chain walk has published so far: tree ids, tip first.
struct Walked {
    trees: Vec<Oid>,
    done: bool,
}

/// The first-parent chain, oldest first: commits, their trees, the files each changed.
type Chain = (Vec<CommitInfo>, Vec<Oid>, Vec<Vec<RawDelta>>);

/// Commits in a run of the first-parent chain.
const RUN: usize = 128;

/// The first-parent chain ending at `tip` (oldest first): each commit, its tree, and the
/// files it changed against its first parent.
///
/// This thread walks the chain (each step reads a commit, which cannot be done out of
/// order) while the other cores diff the trees of runs of commits it has passed; then it
/// diffs too. Working out which changed files the config tracks, and the `$id` of added and
/// deleted schemas, happens there as well.
fn first_parent_changes(repo: &Repo, config: &Config, tip: Oid) -> Result<Chain> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let walked = std::sync::Mutex::new(Walked {
        trees: Vec::new(),
        done: false,
    });
    let ready = std::sync::Condvar::new();
    let next = AtomicUsize::new(0);
    let handle = repo.handle();
    let lock = || walked.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    // Run k holds walk positions k*RUN.. (tip first); a commit's parent is the next position.
    let work = |local: &Repo| -> Result<Vec<Run>> {
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let (start, want) = (k * RUN, (k + 1) * RUN + 1);
            let ids: Vec<Oid> = {
                let mut w = lock();
                while w.trees.len() < want && !w.done {
                    w = ready.wait(w).unwrap_or_else(std::sync::PoisonError::into_inner);
                }
                if start >= w.trees.len() {
                    break;
                }
                w.trees[start..want.min(w.trees.len())].to_vec()
            };
            let n = ids.len().min(RUN);
            let mut previous = match ids.get(n) {
                Some(parent) => Some(local.git.find_tree(*parent).map_err(git_err)?),
                None => None,
            };
            // Oldest first, so each tree is read once.
            let mut out = Vec::with_capacity(n);
            for id in ids[..n].iter().rev() {
                let tree = local.git.find_tree(*id).map_err(git_err)?;
                let mut raw = Vec::new();
                diff_trees(local, previous.as_ref(), Some(&tree), "", &mut raw)?;
                classify(local, config, &mut raw);
                out.push(raw);
                previous = Some(tree);
            }
            done.push((k, out));
        }
        Ok(done)
    };
    let walk = || -> Result<Vec<CommitInfo>> {
        let mut infos = Vec::new();
        let mut commit = repo.git.find_commit(tip).map_err(git_err)?;
        loop {
            infos.push(commit_info(&commit));
            {
                let mut w = lock();
                w.trees.push(commit.tree_id());
                if w.trees.len() % RUN == 1 {
                    ready.notify_all();
                }
            }
            if commit.parent_count() == 0 {
                return Ok(infos);
            }
            commit = commit.parent(0).map_err(|_| cut_off(commit.id()))?;
        }
    };
    let (walk_result, parts) = std::thread::scope(|scope| {
        let jobs: Vec<_> = (1..threads)
            .map(|_| scope.spawn(|| Repo::reopen(&handle).and_then(|local| work(&local))))
            .collect();
        let walk_result = walk();
        lock().done = true;
        ready.notify_all();
        let mine = work(repo);
        let parts: Vec<Result<Vec<Run>>> = std::iter::once(mine)
            .chain(jobs.into_iter().map(|j| {
                j.join()
                    .unwrap_or_else(|_| Err(Error::git("a history thread stopped unexpectedly")))
            }))
            .collect();
        (walk_result, parts)
    });
    let mut commits = walk_result?;
    let runs = commits.len().div_ceil(RUN);
    let mut by_run: Vec<Option<Vec<Vec<RawDelta>>>> = (0..runs).map(|_| None).collect();
    for p in parts {
        for (k, out) in p? {
            if let Some(slot) = by_run.get_mut(k) {
                *slot = Some(out);
            }
        }
    }
    // Runs are numbered from the tip and each is oldest first: the last run comes first.
    let mut all = Vec::with_capacity(commits.len());
    for out in by_run.into_iter().rev() {
        all.extend(out.ok_or_else(|| Error::git("the history replay did not finish"))?);
    }
    let mut trees = std::mem::take(&mut lock().trees);
    commits.reverse();
    trees.reverse();
    Ok((commits, trees, all))
}

/// A run of commits (by index) and the files each changed.
type Run = (usize, Vec<Vec<RawDelta>>);

/// A file changed between two trees.
struct RawDelta {
    path: String,
    old: Option<Oid>,
    new: Option<Oid>,
    non_utf8: bool,
    /// A schema file under the configuration.
    tracked: bool,
    /// The `$id` of an added or deleted schema.
    schema_id: Option<String>,
}

/// The files that differ between two trees, descending only into subtrees whose ids differ
/// (which is what makes a long history cheap: most of each tree is shared with its parent).
fn diff_trees(
    repo: &Repo,
    old: Option<&git2::Tree>,
    new: Option<&git2::Tree>,
    prefix: &str,
    out: &mut Vec<RawDelta>,
) -> Result<()> {
    use git2::ObjectType;
    use std::cmp::Ordering as O;
    let a: Vec<git2::TreeEntry> = old.map_or_else(Vec::new, |t| t.iter().collect());
    let b: Vec<git2::TreeEntry> = new.map_or_else(Vec::new, |t| t.iter().collect());
    let is_dir = |e: &git2::TreeEntry| e.kind() == Some(ObjectType::Tree);
    let is_file = |e: &git2::TreeEntry| e.kind() == Some(ObjectType::Blob) && e.filemode() != 0o120000;
    // git orders tree entries by name, a folder's name as if it ended in '/'.
    let order =
        |x: &git2::TreeEntry, y: &git2::TreeEntry| git_order(x.name_bytes(), is_dir(x), y.name_bytes(), is_dir(y));
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let (x, y) = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => match order(x, y) {
                O::Less => {
                    i += 1;
                    (Some(x), None)
                }
                O::Greater => {
                    j += 1;
                    (None, Some(y))
                }
                O::Equal => {
                    i += 1;
                    j += 1;
                    if x.id() == y.id() && x.filemode() == y.filemode() {
                        continue;
                    }
                    (Some(x), Some(y))
                }
            },
            (Some(x), None) => {
                i += 1;
                (Some(x), None)
            }
            (None, Some(y)) => {
                j += 1;
                (None, Some(y))
            }
            (None, None) => break,
        };
        let e = x.or(y).unwrap_or_else(|| unreachable!());
        let path = format!("{prefix}{}", String::from_utf8_lossy(e.name_bytes()));
        let non_utf8 = e.name().is_err();
        let sub = |e: Option<&git2::TreeEntry>| -> Result<Option<git2::Tree>> {
            match e {
                Some(e) if is_dir(e) => Ok(Some(repo.git.find_tree(e.id()).map_err(git_err)?)),
                _ => Ok(None),
            }
        };
        let (tx, ty) = (sub(x)?, sub(y)?);
        if tx.is_some() || ty.is_some() {
            diff_trees(repo, tx.as_ref(), ty.as_ref(), &format!("{path}/"), out)?;
        }
        let fx = x.filter(|e| is_file(e)).map(|e| e.id());
        let fy = y.filter(|e| is_file(e)).map(|e| e.id());
        if fx.is_some() || fy.is_some() {
            out.push(RawDelta {
                path,
                old: fx,
                new: fy,
                non_utf8,
                tracked: false,
                schema_id: None,
            });
        }
    }
    Ok(())
}

/// git's tree order: by name bytes, a folder compared as if its name ended in '/'.
fn git_order(a: &[u8], a_dir: bool, b: &[u8], b_dir: bool) -> std::cmp::Ordering {
    let n = a.len().min(b.len());
    match a[..n].cmp(&b[..n]) {
        std::cmp::Ordering::Equal => {}
        o => return o,
    }
    let next = |s: &[u8], dir: bool| s.get(n).copied().or(dir.then_some(b'/'));
    next(a, a_dir).cmp(&next(b, b_dir))
}

/// git's similarity-based rename detection, on the added and deleted schema files only.
fn similar_renames(
    repo: &Repo,
    old: Option<&git2::Tree>,
    new: &git2::Tree,
    deleted: &[(String, Oid)],
    added: &[(String, Oid)],
) -> Result<Vec<(String, String)>> {
    let mut opts = git2::DiffOptions::new();
    for (p, _) in deleted.iter().chain(added) {
        opts.pathspec(p);
    }
    opts.disable_pathspec_match(true);
    let mut diff = repo
        .git
        .diff_tree_to_tree(old, Some(new), Some(&mut opts))
        .map_err(git_err)?;
    let mut find = git2::DiffFindOptions::new();
    find.renames(true);
    diff.find_similar(Some(&mut find)).map_err(git_err)?;
    Ok(diff
        .deltas()
        .filter(|d| d.status() == git2::Delta::Renamed)
        .filter_map(|d| {
            let from = d.old_file().path()?.to_str()?.to_string();
            let to = d.new_file().path()?.to_str()?.to_string();
            Some((from, to))
        })
        .collect())
}

/// The commits a shallow clone's history stops at (`.git/shallow`).
pub fn shallow_boundaries(repo: &Repo) -> HashSet<Oid> {
    std::fs::read_to_string(repo.git.path().join("shallow"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| Oid::from_str(l.trim()).ok())
        .collect()
}

fn new_track(tracks: &mut Vec<Track>) -> usize {
    tracks.push(Track::default());
    tracks.len() - 1
}

fn push_name(track: &mut Track, name: String) {
    if track.names.last() != Some(&name) {
        track.names.retain(|n| *n != name);
        track.names.push(name);
    }
}

/// The `$id` (or draft-4 `id`) of a blob, read cheaply, for identity across moves.
fn schema_id_of_blob(repo: &Repo, blob: Oid) -> Option<String> {
    let blob = repo.git.find_blob(blob).ok()?;
    let text = std::str::from_utf8(blob.content()).ok()?;
    let value: serde_json::Value = if text.trim_start().starts_with('{') {
        serde_json::from_str(text).ok()?
    } else {
        serde_yaml::from_str(text).ok()?
    };
    let id = value.get("$id").or_else(|| value.get("id"))?.as_str()?;
    (!id.is_empty() && !id.starts_with('#')).then(|| id.to_string())
}

struct Shared<'a> {
    config: &'a Config,
    commits: &'a [CommitInfo],
    trees: &'a [Oid],
    changes_of: &'a HashMap<String, Vec<usize>>,
    tags: &'a HashMap<String, Vec<(usize, semver::Version, String)>>,
}

/// Old blobs, new blobs, compatibility mode.
type MemoKey = (Vec<Oid>, Vec<Oid>, String);
/// Required bump, breaking, changes.
type Verdict = (Bump, bool, std::sync::Arc<Vec<Change>>);

/// Diff results by the blob ids of every file on each side.
#[derive(Default)]
struct Memo {
    diffs: HashMap<MemoKey, Verdict>,
}

struct Current {
    graph: Document,
    blobs: Vec<Oid>,
    commit: usize,
    path: String,
}

/// The files of one commit, for one schema: its own file is read straight from the blob id
/// pass one found (no tree walk); the tree is opened only for files it references.
struct StepSource<'a> {
    repo: &'a Repo,
    tree: Oid,
    main: &'a str,
    blob: Oid,
    opened: std::cell::OnceCell<Option<git2::Tree<'a>>>,
}

impl StepSource<'_> {
    fn blob_id(&self, path: &str) -> Option<Oid> {
        if path == self.main {
            return Some(self.blob);
        }
        let tree = self
            .opened
            .get_or_init(|| self.repo.git.find_tree(self.tree).ok())
            .as_ref()?;
        tree.get_path(std::path::Path::new(path)).ok().map(|e| e.id())
    }
    fn blobs_of(&self, graph: &Document) -> Vec<Oid> {
        graph
            .file_paths()
            .iter()
            .map(|p| self.blob_id(p).unwrap_or(Oid::ZERO_SHA1))
            .collect()
    }
}

impl crate::source::FileSource for StepSource<'_> {
    fn read(&self, path: &str) -> Result<Option<String>> {
        let Some(oid) = self.blob_id(path) else { return Ok(None) };
        let blob = self.repo.git.find_blob(oid).map_err(git_err)?;
        super::repo::decode(blob.content().to_vec(), path).map(Some)
    }
}

/// The next commit after `after` where a file in `paths` changed.
fn next_change(changes_of: &HashMap<String, Vec<usize>>, paths: &[String], after: usize) -> Option<usize> {
    paths
        .iter()
        .filter_map(|p| {
            let list = changes_of.get(p)?;
            let k = list.partition_point(|&c| c <= after);
            list.get(k).copied()
        })
        .min()
}

fn replay_one(repo: &Repo, sh: &Shared, track: &Track, memo: &mut Memo) -> Result<Lineage> {
    let name = track.names.last().cloned().unwrap_or_default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut current: Option<Current> = None;
    let mut present_path: Option<String> = None;
    let mut version: Option<semver::Version> = None;
    let mut declared_prev: Option<semver::Version> = None;
    let mut release: Option<(semver::Version, usize, String)> = None;
    let mut deps: Vec<String> = Vec::new();
    let mut tag_points: Vec<(usize, semver::Version, String)> = track
        .names
        .iter()
        .filter_map(|n| sh.tags.get(n))
        .flatten()
        .cloned()
        .collect();
    tag_points.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let mut steps = track.steps.iter().peekable();
    let mut tags = tag_points.iter().peekable();
    let mut cursor: Option<usize> = None;
    let mut main_blob = Oid::ZERO_SHA1;
    loop {
        let own = steps.peek().map(|s| s.commit);
        let tag = tags.peek().map(|t| t.0);
        let dep = match (&present_path, cursor) {
            (Some(_), Some(c)) => next_change(sh.changes_of, &deps, c),
            _ => None,
        };
        let Some(at) = [own, tag, dep].into_iter().flatten().min() else {
            break;
        };
        cursor = Some(at);
        let mut step_here = None;
        while let Some(s) = steps.peek()
            && s.commit == at
        {
            step_here = steps.next();
        }
        let mut tags_here = Vec::new();
        while let Some(t) = tags.peek()
            && t.0 == at
        {
            tags_here.push(tags.next().cloned().unwrap_or_else(|| unreachable!()));
        }
        let mut renamed_from = None;
        match step_here.map(|s| &s.kind) {
            Some(StepKind::Removed) => {
                let s = step_here.unwrap_or_else(|| unreachable!());
                present_path = None;
                entries.push(Entry {
                    kind: EntryKind::Removed,
                    commit: at,
                    path: s.path.clone(),
                    version: None,
                    bump: Bump::None,
                    summary: "schema file deleted".into(),
                    changes: Default::default(),
                    breaking: false,
                    tag: None,
                    problems: vec![],
                    renamed_from: None,
                });
                continue;
            }
            Some(StepKind::Present { renamed_from: from }) => {
                present_path = step_here.map(|s| s.path.clone());
                renamed_from = from.clone();
            }
            None => {}
        }
        let Some(path) = present_path.clone() else { continue };
        let Some(entry) = sh.config.entry_for(&path) else {
            continue;
        };
        if let Some(b) = step_here.and_then(|s| s.blob) {
            main_blob = b;
        }
        let source = StepSource {
            repo,
            tree: sh.trees[at],
            main: &path,
            blob: main_blob,
            opened: std::cell::OnceCell::new(),
        };
        let loaded = crate::format::load_with_parts(&source, &path, entry.format, &entry.parts);
        let mut graph = match loaded {
            Ok(g) => g,
            Err(e) => {
                entries.push(Entry {
                    kind: EntryKind::Invalid,
                    commit: at,
                    path: path.clone(),
                    version: version.clone(),
                    bump: Bump::None,
                    summary: format!("not a readable schema: {}", e.message),
                    changes: Default::default(),
                    breaking: false,
                    tag: None,
                    problems: vec![e.to_string()],
                    renamed_from,
                });
                continue;
            }
        };
        deps = graph.file_paths().iter().skip(1).cloned().collect();
        let blobs = source.blobs_of(&graph);
        let declared = declared_version(&graph);
        let mut problems = Vec::new();
        let (bump, breaking, changes) = match current.as_mut() {
            None => (Bump::None, false, Default::default()),
            Some(cur) if cur.blobs == blobs && cur.path == path => (Bump::None, false, Default::default()),
            Some(cur) => {
                let key = (cur.blobs.clone(), blobs.clone(), entry.compatibility.name());
                match memo.diffs.get(&key) {
                    Some(r) => r.clone(),
                    None => {
                        let r = diff_for(&mut cur.graph, &mut graph, entry);
                        memo.diffs.insert(key, r.clone());
                        r
                    }
                }
            }
        };
        let first = version.is_none();
        let mut next = match &version {
            None => entry
                .initial_version
                .clone()
                .unwrap_or_else(|| sh.config.versioning.initial.clone()),
            Some(v) => bump_version(v, bump),
        };
        let changed = first || bump != Bump::None;
        if let Some(d) = &declared
            && (changed || declared_prev.as_ref() != Some(d))
        {
            if !first && *d < next {
                problems.push(format!(
                    "x-schemata-version {d} is smaller than the {} bump the changes require ({next})",
                    bump.as_str()
                ));
            }
            next = d.clone();
        }
        declared_prev = declared.clone();
        let mut tag_name = None;
        let mut kind = EntryKind::Version;
        for (_, tv, tname) in &tags_here {
            // The tag is checked against the previous release (or the first version), with the
            // changes between the two documents, not the sum of the steps in between.
            let required = match &release {
                Some((rv, rc, rp)) => {
                    let required = match repo
                        .snapshot(Rev::Commit(sh.commits[*rc].id))
                        .and_then(|s| load_at(&s, rp, entry))
                    {
                        Ok(mut old) => diff_for(&mut old, &mut graph, entry).0,
                        Err(_) => bump,
                    };
                    Some(bump_version(rv, required))
                }
                // Never released before: the tag must not undercut the computed version.
                None if !first => Some(next.clone()),
                None => None,
            };
            if let Some(req) = required
                && *tv < req
            {
                problems.push(format!(
                    "tag {tname} is smaller than the changes since the last release require ({req})"
                ));
            }
            if !changed && version.as_ref() != Some(tv) {
                kind = EntryKind::Tagged;
            }
            next = tv.clone();
            release = Some((tv.clone(), at, path.clone()));
            tag_name = Some(tname.clone());
        }
        let tagged_same = tag_name.is_some() && !changed && version.as_ref() == Some(&next);
        if changed || kind == EntryKind::Tagged || !problems.is_empty() {
            entries.push(Entry {
                kind,
                commit: at,
                path: path.clone(),
                version: Some(next.clone()),
                bump,
                summary: if first {
                    "first version".into()
                } else if kind == EntryKind::Tagged {
                    format!("tagged {}", tag_name.clone().unwrap_or_default())
                } else {
                    summarize(&changes)
                },
                changes,
                breaking,
                tag: tag_name.clone(),
                problems,
                renamed_from,
            });
        } else if tagged_same {
            // A release tag on a commit that did not change the schema marks the current version.
            if let Some(e) = entries
                .iter_mut()
                .rev()
                .find(|e| matches!(e.kind, EntryKind::Version | EntryKind::Tagged))
            {
                e.tag = tag_name.clone();
            }
        } else if let Some(from) = renamed_from
            && let Some(last) = entries.last_mut()
        {
            // A pure rename keeps the version; it shows on the last entry.
            if last.renamed_from.is_none() {
                last.renamed_from = Some(from);
            }
        }
        version = Some(next);
        drop(source);
        current = Some(Current {
            graph,
            blobs,
            commit: at,
            path,
        });
    }
    let _ = current.as_ref().map(|c| c.commit);
    Ok(Lineage {
        name,
        path: present_path,
        names: track.names.clone(),
        entries,
    })
}

/// The version a document declares (`x-schemata-version`, an API's `info.version`).
pub fn declared_version(doc: &Document) -> Option<semver::Version> {
    doc.declared_version()
}

/// Diffs two versions under an entry's settings, without witnesses (history needs verdicts).
fn diff_for(old: &mut Document, new: &mut Document, entry: &SchemaEntry) -> Verdict {
    let options = Options {
        mode: entry.compatibility.mode,
        open_content: entry.open_content,
        witnesses: false,
        protobuf_level: entry.protobuf_level,
    };
    let mut report = crate::format::diff(old, new, &options);
    apply_overrides(&mut report, entry);
    (
        report.required_bump,
        !report.compatible,
        std::sync::Arc::new(report.changes),
    )
}

/// One line about a set of changes: the most severe first.
pub fn summarize(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "no semantic change".into();
    }
    let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for c in changes {
        *by_rule.entry(c.rule).or_default() += 1;
    }
    let mut sorted: Vec<&Change> = changes.iter().collect();
    sorted.sort_by_key(|c| (!c.breaking, effect_rank(c.effect)));
    let lead = &sorted[0].message;
    if changes.len() == 1 {
        lead.clone()
    } else {
        let rules: HashSet<&str> = changes.iter().map(|c| c.rule).collect();
        format!(
            "{lead} (+{} more change{} across {} rule{})",
            changes.len() - 1,
            if changes.len() == 2 { "" } else { "s" },
            rules.len(),
            if rules.len() == 1 { "" } else { "s" }
        )
    }
}

fn effect_rank(e: crate::Effect) -> u8 {
    match e {
        crate::Effect::Reshapes => 0,
        crate::Effect::Narrows => 1,
        crate::Effect::Widens => 2,
        crate::Effect::Annotation => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::git_order;
    use std::cmp::Ordering::*;

    #[test]
    fn tree_order_puts_a_folder_where_its_name_with_a_slash_goes() {
        assert_eq!(git_order(b"a", false, b"a.json", false), Less);
        // "a/" sorts after "a.json" ('/' > '.') but before "a0".
        assert_eq!(git_order(b"a", true, b"a.json", false), Greater);
        assert_eq!(git_order(b"a", true, b"a0", false), Less);
        assert_eq!(git_order(b"x", true, b"x", true), Equal);
        assert_eq!(git_order(b"x", false, b"x", true), Less);
    }
}
