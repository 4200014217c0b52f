//! Schema files as text: parsing JSON and YAML into `serde_json::Value` while keeping
//! where every value came from, so that any JSON Pointer maps back to file:line:column.
//!
//! Both parsers are our own thin layers (a hand-written JSON reader, and YAML events from
//! `yaml-rust2`) because no serde-based parser reports positions per node. Both enforce the
//! same safety limits: nesting depth, YAML alias expansion, input size.

mod files;
mod json;
mod yaml;

pub use files::{DirSource, FileSource, MemorySource};

use crate::error::{Error, ErrorKind, Location, Result};
use serde_json::Value;

/// Safety limits applied while parsing untrusted files.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Deepest nesting of arrays/objects accepted.
    pub max_depth: usize,
    /// Largest input accepted, in bytes.
    pub max_bytes: usize,
    /// Most JSON values a YAML document may expand to through aliases.
    pub max_yaml_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 512,
            max_bytes: 256 * 1024 * 1024,
            max_yaml_nodes: 5_000_000,
        }
    }
}

/// Where one value sits in the text. `children` follow the value's own order: array
/// elements, or object members in document order (serde_json keeps insertion order).
#[derive(Debug, Clone, Default)]
pub struct SpanNode {
    /// Byte offset of the member's key when this value is an object member, else `u32::MAX`.
    pub key_start: u32,
    /// Byte offset where the value starts.
    pub start: u32,
    /// Byte offset just past the value.
    pub end: u32,
    pub children: Vec<SpanNode>,
}

/// The text syntax of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Json,
    Yaml,
    /// A format with its own grammar (Protobuf, GraphQL SDL): the text is kept for snippets
    /// and positions, and the format's own parser reads it; `value` is `null`.
    Text,
}

/// A resolved position: 1-based line and column, plus the byte range it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub column: u32,
    pub offset: usize,
    pub len: usize,
}

/// One parsed file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown to users (a path relative to where the user works, or `rev:path`).
    pub name: String,
    pub text: String,
    pub syntax: Syntax,
    pub value: Value,
    spans: SpanNode,
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// Parses `text`, choosing the syntax from the name's extension (`.json` → JSON,
    /// `.yaml`/`.yml` → YAML) or, failing that, from the first non-blank character.
    pub fn parse(name: impl Into<String>, text: String) -> Result<SourceFile> {
        Self::parse_with(name, text, &Limits::default())
    }

    pub fn parse_with(name: impl Into<String>, text: String, limits: &Limits) -> Result<SourceFile> {
        let name = name.into();
        if text.len() > limits.max_bytes {
            return Err(Error::new(
                ErrorKind::Parse,
                format!(
                    "{name} is {} bytes, more than the {} bytes schemata reads",
                    text.len(),
                    limits.max_bytes
                ),
            )
            .in_file(name.clone())
            .with_hint("split the schema into several files joined with $ref"));
        }
        let syntax = detect_syntax(&name, &text);
        let (value, spans) = match syntax {
            Syntax::Json => json::parse(&name, &text, limits)?,
            Syntax::Yaml => yaml::parse(&name, &text, limits)?,
            Syntax::Text => (Value::Null, SpanNode::default()),
        };
        let line_starts = line_starts(&text);
        Ok(SourceFile {
            name,
            text,
            syntax,
            value,
            spans,
            line_starts,
        })
    }

    /// A file of a format with its own grammar (see [`Syntax::Text`]): kept as text, with
    /// line positions; the format's parser reads [`SourceFile::text`].
    pub fn plain(name: impl Into<String>, text: String) -> SourceFile {
        let line_starts = line_starts(&text);
        SourceFile {
            name: name.into(),
            text,
            syntax: Syntax::Text,
            value: Value::Null,
            spans: SpanNode::default(),
            line_starts,
        }
    }

    /// Reads and parses a file from disk.
    pub fn read(path: &std::path::Path) -> Result<SourceFile> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::io(&name, &e))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes());
            Error::parse(location_at(&name, &text, offset), "the file is not valid UTF-8")
                .with_hint("save the schema as UTF-8")
        })?;
        SourceFile::parse(name, text)
    }

    /// Where the value at `pointer` (a JSON Pointer such as `/properties/a~1b`) starts.
    /// For an object member this is its key, which is where a reader looks.
    pub fn position(&self, pointer: &str) -> Option<Position> {
        self.position_in(&self.value, pointer)
    }

    /// [`SourceFile::position`] over `root`, which must be this file's value (the loader
    /// holds it elsewhere while it builds a graph).
    pub fn position_in(&self, root: &Value, pointer: &str) -> Option<Position> {
        let mut value = root;
        let mut span = &self.spans;
        if !pointer.is_empty() {
            let rest = pointer.strip_prefix('/')?;
            for raw in rest.split('/') {
                let token = unescape_token(raw);
                let index = match value {
                    Value::Object(map) => map.keys().position(|k| *k == token)?,
                    Value::Array(items) => {
                        let i: usize = token.parse().ok()?;
                        (i < items.len()).then_some(i)?
                    }
                    _ => return None,
                };
                value = match value {
                    Value::Object(map) => map.values().nth(index)?,
                    Value::Array(items) => &items[index],
                    _ => unreachable!("checked above"),
                };
                span = span.children.get(index)?;
            }
        }
        let offset = if span.key_start != u32::MAX {
            span.key_start
        } else {
            span.start
        } as usize;
        let (line, column) = line_col(&self.text, &self.line_starts, offset);
        // An empty span (an implicit YAML null) covers the character at its offset, if any,
        // so that it can be shown; it never reaches past the text or splits a character.
        let end = (span.end as usize).min(self.text.len());
        let len = if end > offset {
            end - offset
        } else {
            self.text
                .get(offset..)
                .and_then(|rest| rest.chars().next())
                .map_or(0, char::len_utf8)
        };
        Some(Position {
            line,
            column,
            offset,
            len,
        })
    }

    /// The position of `pointer`, or of its nearest ancestor that exists in the file.
    pub fn nearest_position(&self, pointer: &str) -> Position {
        self.nearest_position_in(&self.value, pointer)
    }

    /// [`SourceFile::nearest_position`] over `root` (see [`SourceFile::position_in`]).
    pub fn nearest_position_in(&self, root: &Value, pointer: &str) -> Position {
        let mut p = pointer;
        loop {
            if let Some(pos) = self.position_in(root, p) {
                return pos;
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => {
                    return self.position_in(root, "").unwrap_or(Position {
                        line: 1,
                        column: 1,
                        offset: 0,
                        len: 0,
                    });
                }
            }
        }
    }

    pub fn location(&self, pointer: &str) -> Location {
        self.location_in(&self.value, pointer)
    }

    /// [`SourceFile::location`] over `root` (see [`SourceFile::position_in`]).
    pub fn location_in(&self, root: &Value, pointer: &str) -> Location {
        let pos = self.nearest_position_in(root, pointer);
        Location {
            file: self.name.clone(),
            line: pos.line,
            column: pos.column,
        }
    }

    /// Line and column (1-based) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        line_col(&self.text, &self.line_starts, offset)
    }
}

fn detect_syntax(name: &str, text: &str) -> Syntax {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".json") {
        Syntax::Json
    } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
        Syntax::Yaml
    } else {
        match text.trim_start_matches('\u{feff}').trim_start().chars().next() {
            Some('{') | Some('[') => Syntax::Json,
            _ => Syntax::Yaml,
        }
    }
}

/// Byte offsets where lines start. A line ends at `\n`, `\r\n` or a lone `\r` (the same
/// breaks the YAML reader counts).
pub(crate) fn line_starts(text: &str) -> Vec<u32> {
    let bytes = text.as_bytes();
    let mut starts = vec![0u32];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i as u32 + 1);
        }
    }
    starts
}

/// 1-based line and column (in characters) of a byte offset. A byte-order mark at the
/// start of the file is not counted as a column.
pub(crate) fn line_col(text: &str, line_starts: &[u32], offset: usize) -> (u32, u32) {
    let offset = offset.min(text.len());
    let line = match line_starts.binary_search(&(offset as u32)) {
        Ok(i) => i,
        Err(i) => i.saturating_sub(1),
    };
    let start = (line_starts[line] as usize).min(offset);
    // Count characters, not bytes: every byte that does not continue a UTF-8 sequence.
    let mut chars = text.as_bytes()[start..offset]
        .iter()
        .filter(|&&b| b & 0xC0 != 0x80)
        .count();
    if start == 0 && offset > 0 && text.starts_with('\u{feff}') {
        chars -= 1;
    }
    (line as u32 + 1, chars as u32 + 1)
}

/// The location of a byte offset in `text`, for error messages.
pub(crate) fn location_at(file: &str, text: &str, offset: usize) -> Location {
    let (line, column) = line_col(text, &line_starts(text), offset);
    Location {
        file: file.to_string(),
        line,
        column,
    }
}

/// Decodes one JSON Pointer reference token (`~1` → `/`, `~0` → `~`).
pub fn unescape_token(token: &str) -> String {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~")
    } else {
        token.to_string()
    }
}

/// Encodes one JSON Pointer reference token.
pub fn escape_token(token: &str) -> String {
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1")
    } else {
        token.to_string()
    }
}
