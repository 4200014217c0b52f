//! schemata: a git repository of schema files, read as a schema registry.
//!
//! The library computes semantic diffs between schema versions, classifies every change
//! by a rule of the catalogue ([`diff::rules`]), decides compatibility under a mode and
//! derives the required version bump. It never touches the terminal: the `schemata`
//! binary (src/main.rs, src/cli/) does.

pub mod diff;
pub mod error;
pub mod lint;
pub mod registry;
pub mod report;
pub mod sample;
pub mod schema;
pub mod source;
pub mod validate;
pub mod version;
pub mod witness;

pub use diff::{Change, DiffReport, Effect, Mode, OpenContent, Options, diff};
pub use error::{Error, ErrorKind, Result};

use std::path::Path;

/// Loads a schema file from disk. Relative `$ref`s are read from files below `root`
/// (and never above it).
pub fn load_path(path: &Path, root: &Path) -> Result<schema::Graph> {
    if let Err(e) = std::fs::metadata(path) {
        return Err(Error::io(path.display().to_string(), &e));
    }
    let root = root
        .canonicalize()
        .map_err(|e| Error::io(root.display().to_string(), &e))?;
    let full = path
        .canonicalize()
        .map_err(|e| Error::io(path.display().to_string(), &e))?;
    let relative = full
        .strip_prefix(&root)
        .map_err(|_| Error::usage(format!("{} is outside {}", path.display(), root.display())))?;
    let relative = relative.to_string_lossy().replace('\\', "/");
    let source = schema::DirSource { root };
    schema::load_file(&source, &relative)
}

/// The folder that confines `$ref`s of a file given on the command line: the enclosing
/// git work tree (or folder holding `schemata.yaml`), else the file's own folder.
pub fn registry_root_for(path: &Path) -> std::path::PathBuf {
    let full = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let start = full.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut dir = Some(start.as_path());
    while let Some(d) = dir {
        if d.join(".git").exists() || d.join("schemata.yaml").exists() {
            return d.to_path_buf();
        }
        dir = d.parent();
    }
    start
}

/// Diffs two schema files on disk.
pub fn diff_files(old: &Path, new: &Path, options: &Options) -> Result<DiffReport> {
    let mut a = load_path(old, &registry_root_for(old))?;
    let mut b = load_path(new, &registry_root_for(new))?;
    Ok(diff(&mut a, &mut b, options))
}
