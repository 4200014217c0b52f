//! Reading a git repository at any revision, without checking anything out (DESIGN §1).
//!
//! A revision is anything git can resolve, plus `WORKTREE` (files on disk) and `STAGED` (the
//! index). Blobs are read from the object database through git2; nothing is ever written,
//! except by [`Repo::create_tags`] for `release --apply`.

use crate::error::{Error, Result};
use crate::source::FileSource;
use git2::{ObjectType, Oid, Repository};
use std::path::{Path, PathBuf};

/// A revision to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rev {
    Commit(Oid),
    /// The files on disk.
    Worktree,
    /// The index (what `git commit` would record).
    Staged,
    /// Nothing: the base of a branch with no commits yet.
    Empty,
}

impl Rev {
    pub fn label(&self) -> String {
        match self {
            Rev::Commit(oid) => short(*oid),
            Rev::Worktree => "WORKTREE".into(),
            Rev::Staged => "STAGED".into(),
            Rev::Empty => "(no commits)".into(),
        }
    }
}

/// Seven hex digits of a commit id.
pub fn short(oid: Oid) -> String {
    let s = oid.to_string();
    s[..7.min(s.len())].to_string()
}

/// An opened repository.
pub struct Repo {
    pub git: Repository,
    /// The work tree (the repository root for file paths); `None` for a bare repository.
    pub workdir: Option<PathBuf>,
}

/// A file of a snapshot: its path and, when read from git, its blob id.
#[derive(Debug, Clone)]
pub struct FileEntry {
    pub path: String,
    pub blob: Option<Oid>,
}

const LFS_POINTER: &str = "version https://git-lfs.github.com/spec/";

impl Repo {
    /// Finds the repository enclosing `start`.
    pub fn discover(start: &Path) -> Result<Repo> {
        // schemata only reads; git itself does not re-hash objects on read either.
        git2::opts::strict_hash_verification(false);
        // libgit2 keeps every commit and tree it parsed (up to 256 MiB). schemata reads each
        // object about once and holds on to what it reuses, so the cache only costs memory
        // (about a third of a long replay's) and the time to fill it.
        git2::opts::enable_caching(false);
        let git = Repository::discover(start).map_err(|e| {
            if e.code() == git2::ErrorCode::NotFound {
                Error::git(format!("{} is not inside a git repository", start.display())).with_hint(
                    "registry commands read schemas from git history; run `git init` and commit your schemas, \
                     or compare two files with `schemata diff OLD NEW`",
                )
            } else {
                Error::git(format!("cannot open the git repository: {}", e.message()))
            }
        })?;
        let workdir = git.workdir().map(Path::to_path_buf);
        Ok(Repo { git, workdir })
    }

    /// Where to open the same repository again (one handle per thread: handles are not `Sync`).
    pub fn handle(&self) -> (PathBuf, Option<PathBuf>) {
        (self.git.path().to_path_buf(), self.workdir.clone())
    }

    /// Opens a repository from [`Repo::handle`].
    pub fn reopen(handle: &(PathBuf, Option<PathBuf>)) -> Result<Repo> {
        let git = Repository::open(&handle.0).map_err(|e| Error::git(e.message().to_string()))?;
        Ok(Repo {
            git,
            workdir: handle.1.clone(),
        })
    }

    /// Whether this is a shallow clone (history is cut off).
    pub fn is_shallow(&self) -> bool {
        self.git.is_shallow()
    }

    /// Resolves a revision as git would, plus `WORKTREE` and `STAGED`.
    pub fn resolve(&self, rev: &str) -> Result<Rev> {
        match rev {
            "WORKTREE" => {
                if self.workdir.is_none() {
                    return Err(Error::git("WORKTREE: this is a bare repository, it has no work tree"));
                }
                return Ok(Rev::Worktree);
            }
            "STAGED" => return Ok(Rev::Staged),
            _ => {}
        }
        self.resolve_commit(rev).map(Rev::Commit)
    }

    /// Resolves a revision to a commit.
    pub fn resolve_commit(&self, rev: &str) -> Result<Oid> {
        let obj = match self.git.revparse_single(rev) {
            Ok(o) => o,
            Err(e) => {
                if rev.starts_with("HEAD")
                    && let Ok(head) = self.git.find_reference("HEAD")
                    && let Ok(Some(target)) = head.symbolic_target()
                    && self.git.head().is_err()
                {
                    let branch = target.trim_start_matches("refs/heads/");
                    return Err(Error::git(format!("{rev}: the branch {branch} has no commits yet"))
                        .with_hint("commit your schemas first (`git add schemas && git commit`)"));
                }
                let mut err = Error::git(format!("unknown revision \"{rev}\": {}", e.message()));
                err = if self.is_shallow() {
                    err.with_hint(
                        "this is a shallow clone; fetch more history (`git fetch --unshallow`, \
                         or `fetch-depth: 0` in actions/checkout)",
                    )
                } else {
                    err.with_hint("use a branch, tag, commit id, HEAD~N, WORKTREE or STAGED (see `git log --oneline`)")
                };
                return Err(err);
            }
        };
        obj.peel_to_commit()
            .map(|c| c.id())
            .map_err(|_| Error::git(format!("revision \"{rev}\" is not a commit")))
    }

    /// The commit HEAD points at, or `None` on an unborn branch.
    pub fn head(&self) -> Option<Oid> {
        self.git
            .head()
            .ok()
            .and_then(|h| h.peel_to_commit().ok())
            .map(|c| c.id())
    }

    /// The snapshot of files at a revision.
    pub fn snapshot(&self, rev: Rev) -> Result<Snapshot<'_>> {
        let kind = match rev {
            Rev::Commit(oid) => {
                let commit = self.git.find_commit(oid).map_err(git_err)?;
                Kind::Tree(commit.tree().map_err(git_err)?)
            }
            Rev::Worktree => Kind::Worktree,
            Rev::Staged => Kind::Staged(self.git.index().map_err(git_err)?),
            Rev::Empty => Kind::Empty,
        };
        Ok(Snapshot { repo: self, kind, rev })
    }

    /// The snapshot of a commit whose tree id is already known.
    pub fn snapshot_tree(&self, commit: Oid, tree: Oid) -> Result<Snapshot<'_>> {
        Ok(Snapshot {
            repo: self,
            kind: Kind::Tree(self.git.find_tree(tree).map_err(git_err)?),
            rev: Rev::Commit(commit),
        })
    }

    /// Creates annotated tags, all or none: when one fails, those created are deleted again.
    pub fn create_tags(&self, tags: &[(String, Oid, String)]) -> Result<()> {
        let sig = self
            .git
            .signature()
            .or_else(|_| git2::Signature::now("schemata", "schemata@localhost"))
            .map_err(git_err)?;
        for (name, _, _) in tags {
            if self.git.find_reference(&format!("refs/tags/{name}")).is_ok() {
                return Err(Error::git(format!("tag {name} already exists")).with_hint("nothing was created"));
            }
            if !git2::Reference::is_valid_name(&format!("refs/tags/{name}")) {
                return Err(Error::git(format!("\"{name}\" is not a valid tag name"))
                    .with_hint("change versioning.tag_format or the schema's name; nothing was created"));
            }
        }
        let mut created = Vec::new();
        for (name, oid, message) in tags {
            let result = self
                .git
                .find_object(*oid, Some(ObjectType::Commit))
                .and_then(|obj| self.git.tag(name, &obj, &sig, message, false));
            match result {
                Ok(_) => created.push(name.clone()),
                Err(e) => {
                    for n in &created {
                        let _ = self.git.tag_delete(n);
                    }
                    return Err(Error::git(format!("cannot create tag {name}: {}", e.message()))
                        .with_hint("no tag was created"));
                }
            }
        }
        Ok(())
    }
}

pub(crate) fn git_err(e: git2::Error) -> Error {
    Error::git(e.message().to_string())
}

enum Kind<'r> {
    Tree(git2::Tree<'r>),
    Worktree,
    Staged(git2::Index),
    Empty,
}

/// The files of one revision.
pub struct Snapshot<'r> {
    repo: &'r Repo,
    kind: Kind<'r>,
    pub rev: Rev,
}

/// What a file listing skipped, for warnings.
#[derive(Debug, Default)]
pub struct Skipped {
    pub non_utf8_names: usize,
    pub submodules: Vec<String>,
}

impl<'r> Snapshot<'r> {
    /// Every regular file (no symlinks, no submodules), sorted by path.
    pub fn files(&self, keep: &dyn Fn(&str) -> bool, skipped: &mut Skipped) -> Result<Vec<FileEntry>> {
        let mut out = Vec::new();
        match &self.kind {
            Kind::Empty => {}
            Kind::Tree(tree) => {
                tree.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
                    match entry.kind() {
                        Some(ObjectType::Blob) if entry.filemode() != 0o120000 => {
                            let Ok(name) = entry.name() else {
                                skipped.non_utf8_names += 1;
                                return git2::TreeWalkResult::Ok;
                            };
                            let path = format!("{dir}{name}");
                            if keep(&path) {
                                out.push(FileEntry {
                                    path,
                                    blob: Some(entry.id()),
                                });
                            }
                        }
                        Some(ObjectType::Commit) => {
                            skipped.submodules.push(format!("{dir}{}", entry.name().unwrap_or("?")));
                        }
                        _ => {}
                    }
                    git2::TreeWalkResult::Ok
                })
                .map_err(git_err)?;
            }
            Kind::Staged(index) => {
                for e in index.iter() {
                    if e.mode == 0o160000 {
                        skipped.submodules.push(String::from_utf8_lossy(&e.path).into_owned());
                        continue;
                    }
                    if e.mode == 0o120000 {
                        continue;
                    }
                    let Ok(path) = String::from_utf8(e.path.clone()) else {
                        skipped.non_utf8_names += 1;
                        continue;
                    };
                    if keep(&path) {
                        out.push(FileEntry { path, blob: Some(e.id) });
                    }
                }
            }
            Kind::Worktree => {
                let root = self.workdir()?;
                let git = &self.repo.git;
                let walker = walkdir::WalkDir::new(&root)
                    .sort_by_file_name()
                    .into_iter()
                    .filter_entry(|e| {
                        if e.depth() == 0 {
                            return true;
                        }
                        let Ok(rel) = e.path().strip_prefix(&root) else {
                            return false;
                        };
                        if e.file_type().is_dir() {
                            if e.file_name() == ".git" {
                                return false;
                            }
                            // A nested repository (submodule checkout) is not part of this registry.
                            if e.path().join(".git").exists() {
                                return false;
                            }
                            return !git.is_path_ignored(rel).unwrap_or(false);
                        }
                        true
                    });
                for entry in walker.filter_map(|e| e.ok()) {
                    if !entry.file_type().is_file() {
                        continue;
                    }
                    let Ok(rel) = entry.path().strip_prefix(&root) else {
                        continue;
                    };
                    let Some(rel) = rel.to_str() else {
                        skipped.non_utf8_names += 1;
                        continue;
                    };
                    let path = rel.replace('\\', "/");
                    if keep(&path) && !git.is_path_ignored(rel).unwrap_or(false) {
                        out.push(FileEntry { path, blob: None });
                    }
                }
            }
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    fn workdir(&self) -> Result<PathBuf> {
        self.repo
            .workdir
            .clone()
            .ok_or_else(|| Error::git("this is a bare repository, it has no work tree"))
    }

    /// The tree of a commit snapshot.
    pub fn tree(&self) -> Option<&git2::Tree<'r>> {
        match &self.kind {
            Kind::Tree(t) => Some(t),
            _ => None,
        }
    }

    /// The blob id of a path, when the snapshot is read from git.
    pub fn blob_id(&self, path: &str) -> Option<Oid> {
        match &self.kind {
            Kind::Tree(tree) => tree.get_path(Path::new(path)).ok().map(|e| e.id()),
            Kind::Staged(index) => index.get_path(Path::new(path), 0).map(|e| e.id),
            Kind::Worktree | Kind::Empty => None,
        }
    }

    /// The bytes of a file, or `None` when it does not exist at this revision.
    pub fn read_bytes(&self, path: &str) -> Result<Option<Vec<u8>>> {
        if !safe_relative(path) {
            return Ok(None);
        }
        let oid = match &self.kind {
            Kind::Worktree => {
                let full = self.workdir()?.join(path);
                return match std::fs::read(&full) {
                    Ok(b) => Ok(Some(b)),
                    Err(e)
                        if matches!(
                            e.kind(),
                            std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                        ) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(Error::io(path, &e)),
                };
            }
            Kind::Empty => return Ok(None),
            _ => match self.blob_id(path) {
                Some(oid) => oid,
                None => return Ok(None),
            },
        };
        self.read_blob(oid, path).map(Some)
    }

    fn read_blob(&self, oid: Oid, path: &str) -> Result<Vec<u8>> {
        let blob = self.repo.git.find_blob(oid).map_err(|e| {
            Error::git(format!("{path} at {}: {}", self.rev.label(), e.message()))
                .with_hint("the object is missing from the repository; a partial or shallow clone may need `git fetch`")
        })?;
        Ok(blob.content().to_vec())
    }
}

/// Decodes file bytes as schema text, with clear errors for LFS pointers and binary files.
pub fn decode(bytes: Vec<u8>, display: &str) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::new(crate::ErrorKind::Parse, format!("{display} is not valid UTF-8 text"))
            .in_file(display)
            .with_hint("schemas must be UTF-8 JSON or YAML")
    })?;
    if text.starts_with(LFS_POINTER) {
        return Err(Error::new(
            crate::ErrorKind::Parse,
            format!("{display} is a Git LFS pointer, not the schema itself"),
        )
        .in_file(display)
        .with_hint("schemata reads git objects only; keep schema files out of Git LFS (`git lfs untrack`)"));
    }
    Ok(text)
}

/// Relative, no `..`, no absolute paths: the loader already confines `$ref`s, this is a second fence.
fn safe_relative(path: &str) -> bool {
    !path.is_empty() && !path.starts_with('/') && !path.split('/').any(|c| c == "..")
}

impl FileSource for Snapshot<'_> {
    fn read(&self, path: &str) -> Result<Option<String>> {
        let display = self.display(path);
        match self.read_bytes(path)? {
            Some(bytes) => decode(bytes, &display).map(Some),
            None => Ok(None),
        }
    }
    fn display(&self, path: &str) -> String {
        path.to_string()
    }
}
