//! schemata: a git repository of schema files, read as a schema registry.
//!
//! The library computes semantic diffs between schema versions, classifies every change
//! by a rule of its format's catalogue, decides compatibility under a mode and derives the
//! required version bump. It never touches the terminal: the `schemata` binary
//! (src/main.rs, src/cli/) does.
//!
//! The core is format-neutral: [`change`] (changes, effects, modes, rule metadata),
//! [`version`], [`report`], [`registry`] and [`lint`] settings. Each schema format lives in
//! its own module under [`format`], behind one trait.

pub mod change;
pub mod confluent;
pub mod error;
pub mod format;
pub mod hash;
pub mod lint;
pub mod registry;
pub mod report;
pub mod rules;
pub mod source;
pub mod tokens;
pub mod validate;
pub mod version;

pub use change::{Change, DiffReport, Effect, Mode, OpenContent, Options};
pub use error::{Error, ErrorKind, Result};
pub use format::{Document, Format};

use std::path::Path;

/// Loads a schema file from disk. Relative `$ref`s are read from files below `root`
/// (and never above it).
pub fn load_path(path: &Path, root: &Path) -> Result<Document> {
    let (source, relative, file) = read_path(path, root)?;
    format::load_parsed(&source, &relative, file, None)
}

/// Two schema files on disk, each under its own root: the files are read and parsed on two
/// threads (graphs are built on this one).
pub fn load_two(a: (&Path, &Path), b: (&Path, &Path)) -> (Result<Document>, Result<Document>) {
    let (ra, rb) = std::thread::scope(|scope| {
        let job = scope.spawn(|| read_path(a.0, a.1));
        let rb = read_path(b.0, b.1);
        let ra = job
            .join()
            .unwrap_or_else(|_| Err(Error::usage(format!("cannot read {}", a.0.display()))));
        (ra, rb)
    });
    let build = |r: Result<(source::DirSource, String, source::SourceFile)>| {
        r.and_then(|(source, relative, file)| format::load_parsed(&source, &relative, file, None))
    };
    (build(ra), build(rb))
}

/// Reads and parses a schema file, with the source its references are read from.
fn read_path(path: &Path, root: &Path) -> Result<(source::DirSource, String, source::SourceFile)> {
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
    let source = source::DirSource { root };
    let text = source::FileSource::read(&source, &relative)?.ok_or_else(|| {
        Error::new(ErrorKind::Io, format!("{} does not exist", path.display())).in_file(path.display().to_string())
    })?;
    let file = format::parse(source::FileSource::display(&source, &relative), &relative, text, None)?;
    Ok((source, relative, file))
}

/// Reads a file from disk, parsed as JSON or YAML, or kept as text for formats with their own
/// grammar (`.proto`, `.graphql`).
pub fn read_file(path: &Path) -> Result<source::SourceFile> {
    match format::Format::from_extension(&path.to_string_lossy()) {
        Some(f) if !f.is_json_or_yaml() => {
            let name = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|e| Error::io(&name, &e))?;
            let text = String::from_utf8(bytes).map_err(|_| {
                Error::new(ErrorKind::Parse, format!("{name} is not valid UTF-8")).in_file(name.clone())
            })?;
            Ok(source::SourceFile::plain(name, text))
        }
        _ => source::SourceFile::read(path),
    }
}

/// The folder that confines `$ref`s of a file given on the command line: the enclosing
/// git work tree (or folder holding `schemata.yaml`), else the file's own folder. Outside a
/// repository, a `.proto` file's imports are read from its buf module (the nearest folder
/// with a `buf.yaml` or `buf.work.yaml`), else from the root its package implies.
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
    if format::Format::from_extension(&full.to_string_lossy()) == Some(format::Format::Protobuf) {
        let mut dir = Some(start.as_path());
        while let Some(d) = dir {
            if d.join("buf.yaml").exists() || d.join("buf.work.yaml").exists() {
                return d.to_path_buf();
            }
            dir = d.parent();
        }
        let package = std::fs::read_to_string(&full)
            .ok()
            .and_then(|t| format::protobuf::load::declared_package(&t));
        if let Some(package) = package {
            let depth = package.split('.').count();
            let parts: Vec<String> = start
                .components()
                .rev()
                .take(depth)
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let matches = parts.len() == depth && parts.iter().rev().map(String::as_str).eq(package.split('.'));
            if matches && let Some(root) = start.ancestors().nth(depth) {
                return root.to_path_buf();
            }
        }
    }
    start
}

/// Diffs two schema files on disk.
pub fn diff_files(old: &Path, new: &Path, options: &Options) -> Result<DiffReport> {
    let mut a = load_path(old, &registry_root_for(old))?;
    let mut b = load_path(new, &registry_root_for(new))?;
    Ok(format::diff(&mut a, &mut b, options))
}
