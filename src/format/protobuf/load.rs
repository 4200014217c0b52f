//! Loading a `.proto` schema: the root file and every file it imports, read from the same
//! [`FileSource`] (the registry at one revision, never outside it), compiled by protox into
//! one descriptor pool whose source info gives every element a line.
//!
//! Imports name files relative to an include root, as with `protoc -I`. The roots tried, in
//! order: the module roots a `buf.yaml` (v1 or v2) or `buf.work.yaml` declares, the root
//! that the importing file's package implies (`proto/acme/v1/x.proto` with `package
//! acme.v1` → `proto/`), then every folder above the importing file, from the registry
//! root down. `google/protobuf/*.proto` (the well-known types) are bundled and never read
//! from the registry.

use crate::error::{Error, ErrorKind, Location, Result};
use crate::source::{FileSource, SourceFile};
use prost_reflect::{DescriptorPool, FileDescriptor};
use protox::file::{ChainFileResolver, File, FileResolver, GoogleFileResolver};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Most files one schema may import (directly and through other files).
const MAX_FILES: usize = 20_000;

/// A loaded Protobuf schema: its root file and its imports, compiled.
pub struct ProtoDoc {
    /// The registry files read, root first (bundled well-known types are not among them).
    pub files: Vec<SourceFile>,
    /// Registry-relative paths of [`ProtoDoc::files`].
    pub file_paths: Vec<String>,
    /// The name each of [`ProtoDoc::files`] has in the pool (its import path).
    pub names: Vec<String>,
    pub pool: DescriptorPool,
    /// The root file.
    pub root: FileDescriptor,
    spans: Vec<OnceLock<SpanIndex>>,
}

/// Source-info path → 1-based (line, column) of one file.
type SpanIndex = HashMap<Vec<i32>, (u32, u32)>;

impl std::fmt::Debug for ProtoDoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProtoDoc")
            .field("root", &self.root.name())
            .field("files", &self.file_paths)
            .finish_non_exhaustive()
    }
}

/// A place in one of a document's files: the shown file name, 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    pub file: String,
    pub line: u32,
    pub column: u32,
}

impl ProtoDoc {
    /// Whether a file of the pool is one of the schema's own (registry) files.
    pub fn index_of(&self, proto_name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == proto_name)
    }
    /// Where the element at a source-info `path` of a file starts.
    pub fn spot(&self, proto_name: &str, path: &[i32]) -> Option<Spot> {
        let i = self.index_of(proto_name)?;
        let spans = self.spans[i].get_or_init(|| {
            let mut map = HashMap::new();
            if let Some(file) = self.pool.get_file_by_name(proto_name)
                && let Some(info) = &file.file_descriptor_proto().source_code_info
            {
                for loc in &info.location {
                    if loc.span.len() >= 3 {
                        map.entry(loc.path.clone())
                            .or_insert((loc.span[0].max(0) as u32 + 1, loc.span[1].max(0) as u32 + 1));
                    }
                }
            }
            map
        });
        // The element itself, else the nearest enclosing element that has a span.
        let mut p = path;
        loop {
            if let Some(&(line, column)) = spans.get(p) {
                return Some(Spot {
                    file: self.files[i].name.clone(),
                    line,
                    column,
                });
            }
            if p.is_empty() {
                return Some(Spot {
                    file: self.files[i].name.clone(),
                    line: 1,
                    column: 1,
                });
            }
            p = &p[..p.len() - 1];
        }
    }

    /// Registry paths of the files the root file imports itself (not through others).
    pub fn direct_imports(&self) -> Vec<String> {
        self.root
            .file_descriptor_proto()
            .dependency
            .iter()
            .filter_map(|d| self.index_of(d).map(|i| self.file_paths[i].clone()))
            .collect()
    }

    /// Whether the element a pointer names (`/pkg.Message/field`, `/pkg.Enum/VALUE`,
    /// `/pkg.Service/Method`), or the type holding it, is marked `deprecated`.
    pub fn deprecated_at(&self, pointer: &str) -> bool {
        let mut parts = pointer.trim_start_matches('/').splitn(2, '/');
        let (Some(owner), member) = (parts.next(), parts.next()) else {
            return false;
        };
        let member = member.map(|m| m.split('/').next().unwrap_or(m));
        if let Some(m) = self.pool.get_message_by_name(owner) {
            let own = m.descriptor_proto().options.as_ref().and_then(|o| o.deprecated) == Some(true);
            let field = member
                .and_then(|n| m.get_field_by_name(n))
                .is_some_and(|f| f.field_descriptor_proto().options.as_ref().and_then(|o| o.deprecated) == Some(true));
            return own || field;
        }
        if let Some(e) = self.pool.get_enum_by_name(owner) {
            let own = e.enum_descriptor_proto().options.as_ref().and_then(|o| o.deprecated) == Some(true);
            let value = member.and_then(|n| e.get_value_by_name(n)).is_some_and(|v| {
                v.enum_value_descriptor_proto()
                    .options
                    .as_ref()
                    .and_then(|o| o.deprecated)
                    == Some(true)
            });
            return own || value;
        }
        if let Some(s) = self.pool.get_service_by_name(owner) {
            let own = s.service_descriptor_proto().options.as_ref().and_then(|o| o.deprecated) == Some(true);
            let method = member
                .and_then(|n| s.methods().find(|m| m.name() == n))
                .is_some_and(|m| m.method_descriptor_proto().options.as_ref().and_then(|o| o.deprecated) == Some(true));
            return own || method;
        }
        false
    }
}

/// Well-known types bundled with schemata (protox's copies of `google/protobuf/*.proto`).
pub fn is_well_known(name: &str) -> bool {
    name.starts_with("google/protobuf/") && GoogleFileResolver::new().open_file(name).is_ok()
}

/// Loads the schema whose root file, at registry path `path`, is `file`.
pub fn load(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<ProtoDoc> {
    let package = declared_package(&file.text);
    let buf_roots = buf_roots(source, path);
    let own_root = package_root(path, package.as_deref());
    let root_name = buf_roots
        .iter()
        .chain(own_root.iter())
        .find_map(|r| path.strip_prefix(r.as_str()).filter(|rest| !rest.is_empty()))
        .unwrap_or(path)
        .to_string();

    let mut files: Vec<SourceFile> = Vec::new();
    let mut file_paths: Vec<String> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut parsed: HashMap<String, File> = HashMap::new();

    let root_parsed = parse_file(&root_name, &file)?;
    let mut queue: Vec<(String, String)> = Vec::new(); // (proto name, registry path) to expand
    names.push(root_name.clone());
    file_paths.push(path.to_string());
    queue.push((root_name.clone(), path.to_string()));
    parsed.insert(root_name.clone(), root_parsed);
    files.push(file);

    let mut next = 0;
    while next < queue.len() {
        let (name, from_path) = queue[next].clone();
        next += 1;
        let deps: Vec<String> = parsed[&name].file_descriptor_proto().dependency.clone();
        for (i, dep) in deps.iter().enumerate() {
            if parsed.contains_key(dep) || is_well_known(dep) {
                continue;
            }
            let importer = &files[names.iter().position(|n| *n == name).unwrap_or(0)];
            let at = import_location(&parsed[&name], i, importer);
            if !is_clean_import(dep) {
                return Err(Error::new(
                    ErrorKind::Reference,
                    format!("import \"{dep}\" leaves the registry or is not a relative path"),
                )
                .at(at)
                .with_hint("imports name files relative to an include root, like `acme/v1/money.proto`"));
            }
            let Some((dep_path, text)) = find_import(source, dep, &from_path, &buf_roots, own_root.as_deref())? else {
                let hint = if dep.starts_with("google/") || dep.starts_with("buf/") || dep.starts_with("validate/") {
                    "schemata reads imports from the registry only (the well-known google/protobuf types are bundled): \
                     vendor this dependency into the repository (e.g. `buf export` of the module into a folder) at the \
                     path it is imported by"
                } else {
                    "imports are resolved relative to the module roots of buf.yaml/buf.work.yaml, the root the file's \
                     package implies, and every folder above the importing file; check the path and that the file \
                     is committed at this revision"
                };
                return Err(Error::new(
                    ErrorKind::Reference,
                    format!("import \"{dep}\" was not found in the registry"),
                )
                .at(at)
                .with_hint(hint));
            };
            if files.len() >= MAX_FILES {
                return Err(Error::new(
                    ErrorKind::Schema,
                    format!("{} imports more than {MAX_FILES} files", files[0].name),
                )
                .in_file(files[0].name.clone()));
            }
            let sf = SourceFile::plain(source.display(&dep_path), text);
            let p = parse_file(dep, &sf)?;
            parsed.insert(dep.clone(), p);
            names.push(dep.clone());
            file_paths.push(dep_path.clone());
            files.push(sf);
            queue.push((dep.clone(), dep_path));
        }
    }

    let texts: HashMap<String, (String, String)> = names
        .iter()
        .zip(&files)
        .map(|(n, f)| (n.clone(), (f.name.clone(), f.text.clone())))
        .collect();
    let mut chain = ChainFileResolver::new();
    chain.add(MemoryResolver { files: parsed });
    chain.add(GoogleFileResolver::new());
    let mut compiler = protox::Compiler::with_file_resolver(chain);
    compiler.include_source_info(true);
    compiler
        .open_file(&root_name)
        .map_err(|e| convert_error(&e, &texts, &files[0].name))?;
    let pool = compiler.descriptor_pool();
    let root = pool.get_file_by_name(&root_name).ok_or_else(|| {
        Error::new(ErrorKind::Schema, format!("{} did not compile", files[0].name)).in_file(files[0].name.clone())
    })?;
    let spans = (0..files.len()).map(|_| OnceLock::new()).collect();
    Ok(ProtoDoc {
        files,
        file_paths,
        names,
        pool,
        root,
        spans,
    })
}

/// Files already parsed in this process, by import name and text: a registry's schemas
/// share their imports, and a history replays the same blobs, so each is parsed once.
static PARSED: std::sync::Mutex<Option<HashMap<(String, String), File>>> = std::sync::Mutex::new(None);

/// Most parsed files kept (the cache is emptied when it grows past this).
const MAX_CACHED: usize = 4096;

/// Parses one file (syntax only; names are resolved when the pool is built).
fn parse_file(name: &str, file: &SourceFile) -> Result<File> {
    let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    let key = (name.to_string(), text.to_string());
    if let Ok(guard) = PARSED.lock()
        && let Some(hit) = guard.as_ref().and_then(|m| m.get(&key))
    {
        return Ok(hit.clone());
    }
    if let Some(line) = edition_line(text) {
        return Err(Error::new(
            ErrorKind::Schema,
            format!("{} uses Protobuf editions, which schemata does not read yet", file.name),
        )
        .at(Location {
            file: file.name.clone(),
            line,
            column: 1,
        })
        .with_hint(
            "schemata reads proto2 and proto3 files; leave editions files out of the config's globs (`exclude:`)",
        ));
    }
    let parsed = File::from_source(name, text).map_err(|e| {
        let mut texts = HashMap::new();
        texts.insert(name.to_string(), (file.name.clone(), text.to_string()));
        convert_error(&e, &texts, &file.name)
    })?;
    if let Ok(mut guard) = PARSED.lock() {
        let map = guard.get_or_insert_with(HashMap::new);
        if map.len() >= MAX_CACHED {
            map.clear();
        }
        map.insert(key, parsed.clone());
    }
    Ok(parsed)
}

/// A protox error as ours: the file and line it points at, its message, and what to do.
fn convert_error(e: &protox::Error, texts: &HashMap<String, (String, String)>, fallback: &str) -> Error {
    use miette::Diagnostic;
    let (shown, text) = e
        .file()
        .and_then(|f| texts.get(f))
        .map(|(shown, text)| (shown.clone(), Some(text.as_str())))
        .unwrap_or_else(|| (e.file().map_or_else(|| fallback.to_string(), str::to_string), None));
    let offset = e.labels().and_then(|mut l| l.next()).map(|l| l.offset());
    let mut message = e.to_string();
    if let Some(help) = e.help() {
        message = format!("{message} ({help})");
    }
    let kind = if e.is_parse() {
        ErrorKind::Parse
    } else if e.is_file_not_found() {
        ErrorKind::Reference
    } else {
        ErrorKind::Schema
    };
    let hint = match kind {
        ErrorKind::Parse => "fix the syntax at this line; `protoc` or `buf build` report the same error",
        ErrorKind::Reference => "commit the imported file, or fix the import path",
        _ => "fix the definition at this line; `protoc` or `buf build` report the same error",
    };
    let mut err = Error::new(kind, message).in_file(shown.clone()).with_hint(hint);
    if let (Some(text), Some(offset)) = (text, offset) {
        err = err.at(crate::source::location_at(&shown, text, offset));
    }
    err
}

/// Where the `i`th import statement of a parsed file is.
fn import_location(file: &File, i: usize, shown: &SourceFile) -> Location {
    let (line, column) = file
        .file_descriptor_proto()
        .source_code_info
        .as_ref()
        .and_then(|info| info.location.iter().find(|l| l.path == [3, i as i32]))
        .filter(|l| l.span.len() >= 3)
        .map_or((1, 1), |l| (l.span[0] as u32 + 1, l.span[1] as u32 + 1));
    Location {
        file: shown.name.clone(),
        line,
        column,
    }
}

/// An import path that stays inside the roots it is looked up in.
fn is_clean_import(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && !name.contains(':')
        && name.split('/').all(|c| !c.is_empty() && c != "." && c != "..")
}

/// Finds an imported file: (registry path, text).
fn find_import(
    source: &dyn FileSource,
    name: &str,
    importer: &str,
    buf_roots: &[String],
    own_root: Option<&str>,
) -> Result<Option<(String, String)>> {
    let mut tried: Vec<String> = Vec::new();
    let mut candidates: Vec<String> = buf_roots.to_vec();
    candidates.extend(own_root.map(str::to_string));
    candidates.extend(ancestors(importer));
    for root in candidates {
        let path = format!("{root}{name}");
        if tried.contains(&path) {
            continue;
        }
        if let Some(text) = source.read(&path)? {
            return Ok(Some((path, text)));
        }
        tried.push(path);
    }
    Ok(None)
}

/// The folders above a registry path, from the registry root down, each ending in `/`
/// (the registry root is ``).
fn ancestors(path: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut acc = String::new();
    let parts: Vec<&str> = path.split('/').collect();
    for p in &parts[..parts.len().saturating_sub(1)] {
        acc.push_str(p);
        acc.push('/');
        out.push(acc.clone());
    }
    out
}

/// The include root a file's package implies: the folder above the package's folders.
fn package_root(path: &str, package: Option<&str>) -> Option<String> {
    let package = package?;
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    let pkg_dir = package.replace('.', "/");
    if dir == pkg_dir {
        return Some(String::new());
    }
    dir.strip_suffix(&pkg_dir)
        .filter(|rest| rest.ends_with('/'))
        .map(str::to_string)
}

/// The line of an `edition = "…";` declaration that starts a file, if any.
fn edition_line(text: &str) -> Option<u32> {
    for (i, line) in text.lines().enumerate() {
        let l = line.trim();
        if l.is_empty() || l.starts_with("//") {
            continue;
        }
        let rest = l.strip_prefix("edition")?;
        return rest.trim_start().starts_with('=').then_some(i as u32 + 1);
    }
    None
}

/// The `package` a file declares, read without a full parse (to name the file before parsing).
pub fn declared_package(text: &str) -> Option<String> {
    let mut in_block = false;
    for line in text.lines() {
        let mut l = line.trim();
        if in_block {
            match l.find("*/") {
                Some(i) => {
                    in_block = false;
                    l = l[i + 2..].trim();
                }
                None => continue,
            }
        }
        if l.starts_with("/*") && !l.contains("*/") {
            in_block = true;
            continue;
        }
        if let Some(rest) = l.strip_prefix("package")
            && rest.starts_with(|c: char| c.is_whitespace())
        {
            let name: String = rest
                .trim()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
                .collect();
            return (!name.is_empty()).then_some(name);
        }
        if l.starts_with("message ") || l.starts_with("service ") || l.starts_with("enum ") {
            return None;
        }
    }
    None
}

/// Module roots declared by buf's configuration: `buf.work.yaml` directories, `buf.yaml` v2
/// module paths, and every folder above the file that holds a v1 `buf.yaml`.
fn buf_roots(source: &dyn FileSource, path: &str) -> Vec<String> {
    let mut roots = Vec::new();
    let as_root = |p: &str| {
        let p = p.trim().trim_start_matches("./").trim_end_matches('/');
        if p.is_empty() || p == "." {
            String::new()
        } else {
            format!("{p}/")
        }
    };
    let yaml = |p: &str| -> Option<serde_yaml::Value> {
        let text = source.read(p).ok().flatten()?;
        serde_yaml::from_str(&text).ok()
    };
    if let Some(work) = yaml("buf.work.yaml")
        && let Some(dirs) = work.get("directories").and_then(|d| d.as_sequence())
    {
        roots.extend(dirs.iter().filter_map(|d| d.as_str()).map(as_root));
    }
    for dir in ancestors(path) {
        let Some(config) = yaml(&format!("{dir}buf.yaml")) else {
            continue;
        };
        let v2 = config.get("version").and_then(|v| v.as_str()) == Some("v2");
        match config.get("modules").and_then(|m| m.as_sequence()) {
            Some(modules) if v2 => roots.extend(
                modules
                    .iter()
                    .filter_map(|m| m.get("path").and_then(|p| p.as_str()))
                    .map(|p| format!("{dir}{}", as_root(p))),
            ),
            _ => roots.push(dir.clone()),
        }
    }
    // The most specific root first: a file under `proto/` is named from there.
    roots.sort_by_key(|r| std::cmp::Reverse(r.len()));
    roots.dedup();
    roots
}

/// The files of one schema, parsed, handed to protox by name.
struct MemoryResolver {
    files: HashMap<String, File>,
}

impl FileResolver for MemoryResolver {
    fn open_file(&self, name: &str) -> std::result::Result<File, protox::Error> {
        self.files
            .get(name)
            .cloned()
            .ok_or_else(|| protox::Error::file_not_found(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::MemorySource;

    fn source(files: &[(&str, &str)]) -> MemorySource {
        MemorySource {
            files: files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect(),
        }
    }

    fn load_path(src: &MemorySource, path: &str) -> Result<ProtoDoc> {
        let text = src.files[path].clone();
        load(src, path, SourceFile::plain(path, text))
    }

    #[test]
    fn imports_resolve_from_the_package_root_and_well_known_types_are_bundled() {
        let src = source(&[
            (
                "proto/acme/v1/order.proto",
                "syntax = \"proto3\";\npackage acme.v1;\nimport \"acme/v1/money.proto\";\nimport \"google/protobuf/timestamp.proto\";\nmessage Order { Money total = 1; google.protobuf.Timestamp at = 2; }\n",
            ),
            (
                "proto/acme/v1/money.proto",
                "syntax = \"proto3\";\npackage acme.v1;\nmessage Money { int64 units = 1; }\n",
            ),
        ]);
        let doc = load_path(&src, "proto/acme/v1/order.proto").unwrap();
        assert_eq!(doc.root.name(), "acme/v1/order.proto");
        assert_eq!(
            doc.file_paths,
            ["proto/acme/v1/order.proto", "proto/acme/v1/money.proto"]
        );
        assert!(doc.pool.get_message_by_name("google.protobuf.Timestamp").is_some());
        let spot = doc
            .spot(
                "acme/v1/money.proto",
                doc.pool.get_message_by_name("acme.v1.Money").unwrap().path(),
            )
            .unwrap();
        assert_eq!((spot.file.as_str(), spot.line), ("proto/acme/v1/money.proto", 3));
    }

    #[test]
    fn a_missing_import_names_the_import_line() {
        let src = source(&[(
            "a.proto",
            "syntax = \"proto3\";\n\nimport \"missing/b.proto\";\nmessage A {}\n",
        )]);
        let e = load_path(&src, "a.proto").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Reference);
        let loc = e.location.unwrap();
        assert_eq!((loc.file.as_str(), loc.line), ("a.proto", 3));
        assert!(e.message.contains("missing/b.proto"), "{}", e.message);
    }

    #[test]
    fn syntax_and_resolution_errors_carry_file_and_line() {
        let src = source(&[("a.proto", "syntax = \"proto3\";\nmessage A {\n  int32 x = ;\n}\n")]);
        let e = load_path(&src, "a.proto").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Parse);
        assert_eq!(e.location.unwrap().line, 3);
        let src = source(&[("a.proto", "syntax = \"proto3\";\nmessage A {\n  Nope x = 1;\n}\n")]);
        let e = load_path(&src, "a.proto").unwrap_err();
        assert_eq!(e.location.unwrap().line, 3, "{}", e.message);
    }

    #[test]
    fn imports_cannot_climb_out_of_the_registry() {
        let src = source(&[("a.proto", "syntax = \"proto3\";\nimport \"../etc/b.proto\";\n")]);
        let e = load_path(&src, "a.proto").unwrap_err();
        assert!(e.message.contains(".."), "{}", e.message);
        assert_eq!(e.location.unwrap().line, 2);
        assert!(!is_clean_import("../etc/b.proto") && !is_clean_import("/etc/b.proto") && is_clean_import("a/b.proto"));
    }

    #[test]
    fn editions_are_refused_with_a_clear_error() {
        let src = source(&[("a.proto", "// c\nedition = \"2023\";\npackage a;\n")]);
        let e = load_path(&src, "a.proto").unwrap_err();
        assert!(e.message.contains("editions"), "{}", e.message);
        assert_eq!(e.location.unwrap().line, 2);
        assert_eq!(edition_line("syntax = \"proto3\";\n"), None);
    }

    #[test]
    fn the_package_is_read_past_comments() {
        assert_eq!(
            declared_package("// package x;\n/* package y;\n*/\nsyntax = \"proto3\";\npackage acme.v1;\n").as_deref(),
            Some("acme.v1")
        );
        assert_eq!(
            package_root("proto/acme/v1/x.proto", Some("acme.v1")).as_deref(),
            Some("proto/")
        );
        assert_eq!(package_root("acme/v1/x.proto", Some("acme.v1")).as_deref(), Some(""));
        assert_eq!(package_root("x/y.proto", Some("acme.v1")), None);
    }
}
