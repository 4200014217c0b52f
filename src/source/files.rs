//! Where a document and the files it references are read from: the work tree, a git
//! revision (`crate::registry::Snapshot`), or memory. Paths are relative to the registry
//! root and use `/`; every implementation refuses anything outside it.

use crate::error::{Error, ErrorKind, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where a document's files are read from. Paths are relative to the registry root and use
/// `/`; implementations refuse anything outside it.
pub trait FileSource {
    /// `Ok(None)` when the file does not exist.
    fn read(&self, path: &str) -> Result<Option<String>>;
    /// The name to show users for a path.
    fn display(&self, path: &str) -> String {
        path.to_string()
    }
}

/// Files on disk below a root directory.
pub struct DirSource {
    pub root: PathBuf,
}

impl FileSource for DirSource {
    fn read(&self, path: &str) -> Result<Option<String>> {
        let full = self.root.join(path);
        match std::fs::read(&full) {
            Ok(bytes) => String::from_utf8(bytes)
                .map(Some)
                .map_err(|_| Error::new(ErrorKind::Parse, format!("{} is not valid UTF-8", full.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(full.display().to_string(), &e)),
        }
    }
    fn display(&self, path: &str) -> String {
        let full = self.root.join(path);
        full.strip_prefix(std::env::current_dir().unwrap_or_default())
            .map(Path::to_path_buf)
            .unwrap_or(full)
            .display()
            .to_string()
    }
}

/// Files held in memory (tests, fixtures, blobs read from git).
#[derive(Default)]
pub struct MemorySource {
    pub files: HashMap<String, String>,
}

impl FileSource for MemorySource {
    fn read(&self, path: &str) -> Result<Option<String>> {
        Ok(self.files.get(path).cloned())
    }
}
