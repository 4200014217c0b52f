//! YAML read through `yaml-rust2`'s event parser and turned into JSON values with positions.
//!
//! Two passes over the events. The first pulls them from the parser, converts every marker
//! to a byte offset, and checks the limits (nesting depth, and how many values aliases
//! expand to) by arithmetic alone, so an alias bomb is refused before anything is copied.
//! The second builds the `serde_json::Value` and the `SpanNode` tree. Neither recurses.
//!
//! Plain scalars are resolved with the YAML 1.2 core schema; quoted and block scalars are
//! always strings. Keys become strings (`200:` gives the key "200").

use super::{Limits, SpanNode, line_starts, location_at};
use crate::error::{Error, Result};
use serde_json::{Map, Number, Value};
use std::collections::{HashMap, HashSet};
use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::{Marker, ScanError, TScalarStyle};

/// `key_start` of a value that is not a mapping member.
const NO_KEY: u32 = u32::MAX;

/// The tag handle `!!` expands to.
const CORE_TAG: &str = "tag:yaml.org,2002:";

pub(super) fn parse(name: &str, text: &str, limits: &Limits) -> Result<(Value, SpanNode)> {
    let cx = Cx { name, text, limits };
    if text.len() > u32::MAX as usize {
        return Err(cx.error(0, "the file is larger than 4 GiB"));
    }
    // The scanner takes NUL for the end of the input, so it would silently drop the rest.
    if let Some(at) = text.find('\0') {
        return Err(cx
            .error(at, "the file contains a NUL character, which YAML does not allow")
            .with_hint("is this a binary file? a schema file is UTF-8 text"));
    }
    let events = cx.read_events()?;
    cx.build(events)
}

struct Cx<'a> {
    name: &'a str,
    text: &'a str,
    limits: &'a Limits,
}

/// One event, with byte offsets instead of markers.
enum Ev {
    Scalar {
        value: String,
        style: TScalarStyle,
        tag: Option<Tag>,
        anchor: usize,
        start: u32,
        end: u32,
    },
    Alias {
        id: usize,
        start: u32,
        end: u32,
    },
    Start {
        mapping: bool,
        anchor: usize,
        start: u32,
    },
    /// The end of the innermost open collection; `end` is set when it closed with a
    /// bracket, else the collection ends where its last child does.
    End {
        end: Option<u32>,
    },
}

/// A collection open during the first pass.
struct Open {
    /// Values produced before this collection.
    produced_before: u64,
    /// Height of the tallest child (a scalar has height 1).
    child_height: u32,
    anchor: usize,
    start: usize,
}

/// A collection open during the second pass.
enum Frame {
    Seq {
        items: Vec<Value>,
        spans: Vec<SpanNode>,
        start: u32,
        anchor: usize,
    },
    Map {
        map: Map<String, Value>,
        spans: Vec<SpanNode>,
        start: u32,
        anchor: usize,
        /// The key whose value comes next, with its offset.
        key: Option<(String, u32)>,
    },
}

/// What the first pass learned besides the events.
struct Events {
    list: Vec<Ev>,
    /// Anchors that some alias refers to: only these are kept for copying.
    referenced: HashSet<usize>,
}

impl Cx<'_> {
    fn error(&self, offset: usize, message: impl Into<String>) -> Error {
        Error::parse(location_at(self.name, self.text, offset), message)
    }

    fn too_deep(&self, at: usize) -> Error {
        self.error(at, format!("nesting deeper than {} levels", self.limits.max_depth))
            .with_hint("flatten the schema, or move deeply nested parts into separate files joined with $ref")
    }

    /// First pass: events from the parser, with limits checked.
    fn read_events(&self) -> Result<Events> {
        let base = if self.text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut marks = Marks::new(self.text, base);
        let mut parser = Parser::new_from_str(&self.text[base..]);

        let mut list = Vec::new();
        let mut referenced = HashSet::new();
        let mut open: Vec<Open> = Vec::new();
        // Size (values) and height of each anchored value, once complete.
        let mut anchors: HashMap<usize, (u64, u32)> = HashMap::new();
        let mut produced: u64 = 0;
        let mut documents = 0usize;
        // Where the last scalar, alias or collection start ended: an empty value sits there.
        let mut last_end = base;
        let max_nodes = self.limits.max_yaml_nodes as u64;

        loop {
            let next = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parser.next_token()));
            let (event, mark) = match next {
                Ok(Ok(pair)) => pair,
                Ok(Err(e)) => return Err(self.scan_error(&mut marks, &e)),
                Err(_) => {
                    return Err(self
                        .error(last_end, "the YAML reader failed on this file")
                        .with_hint("simplify the YAML near this spot, or convert the file to JSON"));
                }
            };
            // (size, height, anchor) of a value completed by this event.
            let done: (u64, u32, usize) = match event {
                Event::StreamStart | Event::DocumentEnd | Event::Nothing => continue,
                Event::StreamEnd => break,
                Event::DocumentStart => {
                    documents += 1;
                    if documents > 1 {
                        let at = marks.offset(&mark);
                        return Err(self
                            .error(at, "the file holds several YAML documents; a schema file holds one")
                            .with_hint("split the documents into separate files, or remove the extra '---'"));
                    }
                    continue;
                }
                Event::Scalar(value, style, anchor, tag) => {
                    let mut start = marks.offset(&mark);
                    let block = matches!(style, TScalarStyle::Literal | TScalarStyle::Folded);
                    let end = if value.is_empty() && (block || matches!(style, TScalarStyle::Plain)) {
                        // An empty value: the parser marks the token after it.
                        start = start.min(last_end);
                        start
                    } else {
                        let end = scalar_end(self.text, start, &value, style);
                        if block {
                            // Start the span at the `|` or `>` rather than the content.
                            start = block_header(self.text.as_bytes(), start, last_end).unwrap_or(start);
                        }
                        end
                    };
                    last_end = end;
                    produced += 1;
                    list.push(Ev::Scalar {
                        value,
                        style,
                        tag,
                        anchor,
                        start: start as u32,
                        end: end as u32,
                    });
                    (1, 1, anchor)
                }
                Event::Alias(id) => {
                    let start = marks.offset(&mark);
                    let end = alias_end(self.text, start);
                    last_end = end;
                    let alias = &self.text[start..end];
                    let Some(&(size, height)) = anchors.get(&id) else {
                        return Err(self
                            .error(start, format!("the alias {alias} refers to a value that contains it"))
                            .with_hint("a recursive alias has no JSON form; copy the part you need instead"));
                    };
                    if produced + size > max_nodes {
                        return Err(self
                            .error(
                                start,
                                format!("YAML aliases expand to more than {max_nodes} values (an alias bomb?)"),
                            )
                            .with_hint("use fewer aliases, or write the schema with $ref instead of YAML aliases"));
                    }
                    if open.len() + height as usize > self.limits.max_depth {
                        return Err(self.too_deep(start));
                    }
                    produced += size;
                    referenced.insert(id);
                    list.push(Ev::Alias {
                        id,
                        start: start as u32,
                        end: end as u32,
                    });
                    (size, height, 0)
                }
                Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                    let mapping = matches!(event, Event::MappingStart(..));
                    let start = marks.offset(&mark);
                    if open.len() >= self.limits.max_depth {
                        return Err(self.too_deep(start));
                    }
                    open.push(Open {
                        produced_before: produced,
                        child_height: 0,
                        anchor,
                        start,
                    });
                    produced += 1;
                    last_end = start;
                    list.push(Ev::Start {
                        mapping,
                        anchor,
                        start: start as u32,
                    });
                    continue;
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let Some(o) = open.pop() else {
                        return Err(self.error(last_end, "invalid YAML: a collection ends that never started"));
                    };
                    let closer = match self.text.as_bytes().get(o.start) {
                        Some(b'[') => Some(b']'),
                        Some(b'{') => Some(b'}'),
                        _ => None,
                    };
                    let mut end = None;
                    if let Some(closer) = closer {
                        let at = marks.offset(&mark);
                        if self.text.as_bytes().get(at) == Some(&closer) {
                            end = Some(at as u32 + 1);
                            last_end = at + 1;
                        }
                    }
                    list.push(Ev::End { end });
                    (produced - o.produced_before, o.child_height + 1, o.anchor)
                }
            };
            let (size, height, anchor) = done;
            if anchor != 0 {
                anchors.insert(anchor, (size, height));
            }
            if let Some(parent) = open.last_mut() {
                parent.child_height = parent.child_height.max(height);
            }
        }
        if documents == 0 {
            return Err(self
                .error(0, "the file is empty")
                .with_hint("a YAML schema file holds one document, such as `type: object`"));
        }
        Ok(Events { list, referenced })
    }

    fn scan_error(&self, marks: &mut Marks, e: &ScanError) -> Error {
        let at = marks.offset(e.marker());
        let info = e.info();
        if info == "recursion limit exceeded" {
            return self
                .error(at, "nesting deeper than 255 levels of YAML flow collections ([...] or {...})")
                .with_hint("the YAML reader accepts at most 255 nested brackets; use block style, or split the schema with $ref");
        }
        let hint = if info.contains("unknown anchor") {
            "define the anchor with &name before using it as *name"
        } else if info.contains("tab") {
            "indent YAML with spaces, not tabs"
        } else {
            "check the indentation and quoting near this spot"
        };
        self.error(at, format!("invalid YAML: {info}")).with_hint(hint)
    }

    /// Second pass: the value and span trees.
    fn build(&self, events: Events) -> Result<(Value, SpanNode)> {
        let Events { list, referenced } = events;
        let mut stack: Vec<Frame> = Vec::new();
        let mut saved: HashMap<usize, Value> = HashMap::new();

        for ev in list {
            let expects_key = matches!(stack.last(), Some(Frame::Map { key: None, .. }));
            let (value, mut span, anchor) = match ev {
                Ev::Start { mapping, anchor, start } => {
                    if expects_key {
                        let what = if mapping { "a mapping" } else { "a sequence" };
                        return Err(self.complex_key(start as usize, what));
                    }
                    stack.push(if mapping {
                        Frame::Map {
                            map: Map::new(),
                            spans: Vec::new(),
                            start,
                            anchor,
                            key: None,
                        }
                    } else {
                        Frame::Seq {
                            items: Vec::new(),
                            spans: Vec::new(),
                            start,
                            anchor,
                        }
                    });
                    continue;
                }
                Ev::Scalar {
                    value,
                    style,
                    tag,
                    anchor,
                    start,
                    end,
                } => {
                    let resolved = if expects_key {
                        Value::String(key_of_scalar(value, style, tag.as_ref()))
                    } else {
                        self.resolve(value, style, tag.as_ref(), start as usize)?
                    };
                    (resolved, leaf(start, end), anchor)
                }
                Ev::Alias { id, start, end } => {
                    let Some(v) = saved.get(&id) else {
                        return Err(self.error(start as usize, "invalid YAML: alias to an unknown anchor"));
                    };
                    (v.clone(), leaf(start, end), 0)
                }
                Ev::End { end } => match stack.pop() {
                    Some(Frame::Seq {
                        items,
                        spans,
                        start,
                        anchor,
                    }) => {
                        let end = end.unwrap_or_else(|| spans.last().map_or(start, |s| s.end));
                        (Value::Array(items), node(start, end, spans), anchor)
                    }
                    Some(Frame::Map {
                        map,
                        spans,
                        start,
                        anchor,
                        key,
                    }) => {
                        if let Some((k, at)) = key {
                            // Cannot happen: the parser gives every key a value.
                            return Err(self.error(
                                at as usize,
                                format!("invalid YAML: the key {} has no value", quoted(&k)),
                            ));
                        }
                        let end = end.unwrap_or_else(|| spans.last().map_or(start, |s| s.end));
                        (Value::Object(map), node(start, end, spans), anchor)
                    }
                    None => return Err(self.error(0, "invalid YAML: unbalanced collections")),
                },
            };
            if anchor != 0 && referenced.contains(&anchor) {
                saved.insert(anchor, value.clone());
            }
            match stack.last_mut() {
                None => return Ok((value, span)),
                Some(Frame::Seq { items, spans, .. }) => {
                    items.push(value);
                    spans.push(span);
                }
                Some(Frame::Map {
                    map, spans, key, start, ..
                }) => match key.take() {
                    Some((k, key_start)) => {
                        span.key_start = key_start;
                        map.insert(k, value);
                        spans.push(span);
                    }
                    None => {
                        let k = match value {
                            Value::String(s) => s,
                            Value::Array(_) => {
                                return Err(self.complex_key(span.start as usize, "a sequence"));
                            }
                            Value::Object(_) => {
                                return Err(self.complex_key(span.start as usize, "a mapping"));
                            }
                            scalar => scalar.to_string(),
                        };
                        if map.contains_key(&k) {
                            return Err(self
                                .error(span.start as usize, format!("duplicate key {}", quoted(&k)))
                                .with_hint("a key may appear only once in a mapping; remove or rename one of them"));
                        }
                        if spans.is_empty() {
                            // The parser marks a block mapping at its first ':'; start
                            // it at its first key instead.
                            *start = (*start).min(span.start);
                        }
                        *key = Some((k, span.start));
                    }
                },
            }
        }
        // The first pass saw exactly one document, so the loop returned its root.
        Err(self.error(0, "the file is empty"))
    }

    fn complex_key(&self, at: usize, what: &str) -> Error {
        self.error(at, format!("a mapping key must be a scalar, not {what}"))
            .with_hint("JSON object keys are strings; write the key as plain text")
    }

    /// The JSON value of a scalar.
    fn resolve(&self, value: String, style: TScalarStyle, tag: Option<&Tag>, at: usize) -> Result<Value> {
        let plain = matches!(style, TScalarStyle::Plain);
        let wanted = tag.and_then(core_tag);
        if wanted == Some("str") {
            return Ok(Value::String(value));
        }
        // Quoted and block scalars are strings unless a core tag says otherwise; tags we
        // do not know change nothing.
        let typed = matches!(wanted, Some("null" | "bool" | "int" | "float"));
        if !plain && !typed {
            return Ok(Value::String(value));
        }
        let resolved = resolve_plain(&value);
        let resolved = match resolved {
            Ok(v) => v,
            Err(Unrepresentable::Infinity) => {
                return Err(self
                    .error(
                        at,
                        format!("the YAML value {value} (infinity) cannot be represented in JSON"),
                    )
                    .with_hint("quote it to make it a string, or use a large number"));
            }
            Err(Unrepresentable::NaN) => {
                return Err(self
                    .error(
                        at,
                        format!("the YAML value {value} (not a number) cannot be represented in JSON"),
                    )
                    .with_hint("quote it to make it a string"));
            }
            Err(Unrepresentable::OutOfRange) => {
                return Err(self
                    .error(at, format!("the number {value} is out of range"))
                    .with_hint("JSON numbers must fit in a 64-bit float; quote it if it is meant as text"));
            }
        };
        let fits = match wanted {
            Some("null") => resolved.is_null(),
            Some("bool") => resolved.is_boolean(),
            Some("int") => resolved.is_number() && parse_int(&value).is_some(),
            Some("float") => resolved.is_number(),
            _ => true,
        };
        if !fits {
            let tag = wanted.unwrap_or_default();
            return Err(self
                .error(at, format!("the value {} is not a valid !!{tag}", quoted(&value)))
                .with_hint(format!("remove the !!{tag} tag, or write a {tag} value")));
        }
        if wanted == Some("float")
            && let Some(n) = resolved.as_f64().and_then(Number::from_f64)
        {
            return Ok(Value::Number(n));
        }
        Ok(resolved)
    }
}

fn leaf(start: u32, end: u32) -> SpanNode {
    node(start, end, Vec::new())
}

fn node(start: u32, end: u32, children: Vec<SpanNode>) -> SpanNode {
    SpanNode {
        key_start: NO_KEY,
        start,
        end,
        children,
    }
}

/// The suffix of a core-schema tag (`!!int` → `int`); the non-specific tag `!` means `str`.
fn core_tag(tag: &Tag) -> Option<&str> {
    if tag.handle == CORE_TAG {
        Some(tag.suffix.as_str())
    } else if tag.handle.is_empty() && tag.suffix == "!" {
        Some("str")
    } else {
        None
    }
}

/// The string a scalar key stands for: quoted keys as written, plain ones through the
/// core schema (`200` → "200", `~` → "null", `0x10` → "16"), or as written if they have
/// no JSON form (`.inf`).
fn key_of_scalar(value: String, style: TScalarStyle, tag: Option<&Tag>) -> String {
    if !matches!(style, TScalarStyle::Plain) || tag.and_then(core_tag) == Some("str") {
        return value;
    }
    match resolve_plain(&value) {
        Ok(Value::String(_)) | Err(_) => value,
        Ok(other) => other.to_string(),
    }
}

enum Unrepresentable {
    Infinity,
    NaN,
    OutOfRange,
}

/// Resolves a plain scalar with the YAML 1.2 core schema.
fn resolve_plain(s: &str) -> Result<Value, Unrepresentable> {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Ok(Value::Null),
        "true" | "True" | "TRUE" => return Ok(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Ok(Value::Bool(false)),
        _ => {}
    }
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") {
        return Err(Unrepresentable::Infinity);
    }
    if matches!(s, ".nan" | ".NaN" | ".NAN") {
        return Err(Unrepresentable::NaN);
    }
    if let Some(n) = parse_int(s) {
        return n.map(Value::Number);
    }
    if let Some(n) = parse_float(s) {
        return n.map(Value::Number);
    }
    Ok(Value::String(s.to_string()))
}

/// A core-schema integer (`[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`), or `None` if `s`
/// is not one. Integers beyond 64 bits become floats, as in serde_json.
fn parse_int(s: &str) -> Option<Result<Number, Unrepresentable>> {
    for (prefix, radix) in [("0o", 8), ("0x", 16)] {
        if let Some(digits) = s.strip_prefix(prefix) {
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            return Some(match u64::from_str_radix(digits, radix) {
                Ok(v) => Ok(Number::from(v)),
                Err(_) => {
                    let f = digits.chars().fold(0f64, |acc, c| {
                        acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0))
                    });
                    Number::from_f64(f).ok_or(Unrepresentable::OutOfRange)
                }
            });
        }
    }
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_start_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    if let Ok(v) = digits.parse::<u64>() {
        if !negative {
            return Some(Ok(Number::from(v)));
        }
        if v <= 1 << 63 {
            return Some(Ok(Number::from((v as i64).wrapping_neg())));
        }
    }
    let text = if negative {
        format!("-{digits}")
    } else {
        digits.to_string()
    };
    Some(serde_json::from_str::<Number>(&text).map_err(|_| Unrepresentable::OutOfRange))
}

/// A core-schema float (`[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`), read by
/// serde_json after rewriting it in JSON syntax, or `None` if `s` is not one.
fn parse_float(s: &str) -> Option<Result<Number, Unrepresentable>> {
    let b = s.as_bytes();
    let mut i = 0;
    let negative = b.first() == Some(&b'-');
    if matches!(b.first(), Some(b'-' | b'+')) {
        i = 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = &s[int_start..i];
    let mut frac_digits = "";
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let f = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = &s[f..i];
    }
    if int_digits.is_empty() && frac_digits.is_empty() {
        return None;
    }
    let mut exponent = "";
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let e = i;
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let d = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == d {
            return None;
        }
        exponent = &s[e..i];
    }
    if i != b.len() {
        return None;
    }
    let int_digits = int_digits.trim_start_matches('0');
    let mut json = String::with_capacity(s.len() + 3);
    if negative {
        json.push('-');
    }
    json.push_str(if int_digits.is_empty() { "0" } else { int_digits });
    json.push('.');
    json.push_str(if frac_digits.is_empty() { "0" } else { frac_digits });
    json.push_str(exponent);
    Some(serde_json::from_str::<Number>(&json).map_err(|_| Unrepresentable::OutOfRange))
}

/// Where a scalar that starts at `start` ends. Quoted scalars are scanned to their closing
/// quote; plain and block scalars are matched against their value, whitespace for
/// whitespace, which is exact except where folding dropped characters.
fn scalar_end(text: &str, start: usize, value: &str, style: TScalarStyle) -> usize {
    let b = text.as_bytes();
    match style {
        TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted => {
            let quote = if matches!(style, TScalarStyle::SingleQuoted) {
                b'\''
            } else {
                b'"'
            };
            if b.get(start) != Some(&quote) {
                return match_value(b, start, value.as_bytes());
            }
            let mut i = start + 1;
            while i < b.len() {
                if b[i] == quote {
                    if quote == b'\'' && b.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                if quote == b'"' && b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            b.len()
        }
        TScalarStyle::Plain => match_value(b, start, value.as_bytes()),
        // The parser marks a block scalar's first content line.
        TScalarStyle::Literal | TScalarStyle::Folded => match_value(b, start, value.as_bytes()),
    }
}

/// The `|` or `>` header of a block scalar whose content starts at `content`, looked for
/// on the last non-blank line before it and after `floor` (the end of what came before).
fn block_header(b: &[u8], content: usize, floor: usize) -> Option<usize> {
    let is_break = |c: u8| c == b'\n' || c == b'\r';
    let mut i = content.min(b.len());
    // Back to the start of the content line, then over blank lines.
    loop {
        while i > floor && !is_break(b[i - 1]) {
            i -= 1;
        }
        if i <= floor {
            return None;
        }
        while i > floor && is_break(b[i - 1]) {
            i -= 1;
        }
        let mut line_start = i;
        while line_start > floor && !is_break(b[line_start - 1]) {
            line_start -= 1;
        }
        let line = &b[line_start..i];
        if line.iter().all(|&c| c == b' ' || c == b'\t') && line_start > floor {
            i = line_start;
            continue;
        }
        // The header: an indicator, then digits/chomping, then blanks or a comment.
        let mut found = None;
        for (k, &c) in line.iter().enumerate() {
            if c != b'|' && c != b'>' {
                continue;
            }
            let rest = &line[k + 1..];
            let n = rest
                .iter()
                .take_while(|c| matches!(c, b'-' | b'+' | b'0'..=b'9'))
                .count();
            let tail = &rest[n..];
            let tail = &tail[tail.iter().take_while(|c| matches!(c, b' ' | b'\t')).count()..];
            if tail.is_empty() || tail[0] == b'#' {
                found = Some(line_start + k);
                break;
            }
        }
        return found;
    }
}

/// Walks `text` from `from` along `value`, letting any run of whitespace in either stand
/// for a run in the other; returns the offset after the last character matched.
fn match_value(text: &[u8], from: usize, value: &[u8]) -> usize {
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r');
    let (mut i, mut j) = (from, 0);
    while i < text.len() && ws(text[i]) {
        i += 1;
    }
    while j < value.len() && i < text.len() {
        if ws(value[j]) {
            while j < value.len() && ws(value[j]) {
                j += 1;
            }
            while i < text.len() && ws(text[i]) {
                i += 1;
            }
        } else if text[i] == value[j] {
            i += 1;
            j += 1;
        } else if ws(text[i]) {
            while i < text.len() && ws(text[i]) {
                i += 1;
            }
        } else {
            break;
        }
    }
    trim_back(text, from, i)
}

fn trim_back(text: &[u8], from: usize, mut i: usize) -> usize {
    while i > from && matches!(text[i - 1], b' ' | b'\t' | b'\n' | b'\r') {
        i -= 1;
    }
    i
}

/// Where an alias (`*name`) that starts at `start` ends.
fn alias_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = (start + 1).min(b.len());
    while i < b.len() && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b',' | b'[' | b']' | b'{' | b'}') {
        i += 1;
    }
    // Stay on a character boundary whatever the text holds.
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A key quoted for messages.
fn quoted(key: &str) -> String {
    let mut s = String::with_capacity(key.len() + 2);
    s.push('"');
    for c in key.chars().take(80) {
        s.extend(c.escape_debug());
    }
    if key.chars().count() > 80 {
        s.push('…');
    }
    s.push('"');
    s
}

/// Converts the parser's markers (line, and column in characters) to byte offsets. The
/// marker's own index is not used: yaml-rust2 counts it in characters, but in bytes inside
/// block scalars.
struct Marks<'a> {
    text: &'a str,
    /// Where the scanner's input starts (after a byte-order mark).
    base: usize,
    lines: Vec<u32>,
    ascii: bool,
    /// The last conversion (line index, column, offset), to walk from.
    cursor: (usize, usize, usize),
}

impl<'a> Marks<'a> {
    fn new(text: &'a str, base: usize) -> Self {
        Marks {
            text,
            base,
            lines: line_starts(text),
            ascii: text.is_ascii(),
            cursor: (0, 0, base),
        }
    }

    fn offset(&mut self, mark: &Marker) -> usize {
        let line = mark.line().saturating_sub(1);
        let Some(&line_start) = self.lines.get(line) else {
            return self.text.len();
        };
        let line_start = if line == 0 { self.base } else { line_start as usize };
        let line_end = self.lines.get(line + 1).map_or(self.text.len(), |&n| n as usize);
        let col = mark.col();
        if self.ascii {
            return (line_start + col).min(line_end);
        }
        let b = self.text.as_bytes();
        let (cursor_line, cursor_col, cursor_at) = self.cursor;
        let (mut c, mut i) = (0, line_start);
        if cursor_line == line {
            if cursor_col <= col {
                (c, i) = (cursor_col, cursor_at);
            } else if cursor_col - col < col {
                // Walk back from the cursor.
                (c, i) = (cursor_col, cursor_at);
                while c > col && i > line_start {
                    i -= 1;
                    while i > line_start && b[i] & 0xC0 == 0x80 {
                        i -= 1;
                    }
                    c -= 1;
                }
            }
        }
        while c < col && i < line_end {
            i += match b[i] {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            c += 1;
        }
        let i = i.min(line_end);
        self.cursor = (line, c, i);
        i
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Limits, SourceFile};
    use serde_json::json;
    use std::time::{Duration, Instant};

    fn parse(text: &str) -> SourceFile {
        SourceFile::parse("t.yaml", text.to_string()).unwrap_or_else(|e| panic!("{e}"))
    }

    fn fail(text: &str) -> String {
        fail_with(text, &Limits::default())
    }

    /// Parses, expecting an error; returns "line:column message".
    fn fail_with(text: &str, limits: &Limits) -> String {
        match SourceFile::parse_with("t.yaml", text.to_string(), limits) {
            Ok(f) => panic!("parsed {text:?} as {}", f.value),
            Err(e) => {
                let loc = e.location.clone().expect("a location");
                assert_eq!(loc.file, "t.yaml");
                format!("{}:{} {}", loc.line, loc.column, e.message)
            }
        }
    }

    fn at(f: &SourceFile, pointer: &str) -> (u32, u32) {
        let p = f
            .position(pointer)
            .unwrap_or_else(|| panic!("no position for {pointer}"));
        (p.line, p.column)
    }

    fn span(f: &SourceFile, pointer: &str) -> String {
        let p = f.position(pointer).unwrap();
        f.text[p.offset..p.offset + p.len].to_string()
    }

    #[test]
    fn core_schema() {
        let f = parse(
            "a: ~\nb: null\nc:\nd: True\ne: FALSE\nf: 42\ng: -17\nh: 0x1F\ni: 0o17\nj: 1.5\nk: -.5e3\n\
             l: +12\nm: 007\nn: 1.\no: '42'\np: \"true\"\nq: yes\nr: 1_000\ns: 12:30\nt: !!str 12\n\
             u: !!float 3\nv: 18446744073709551616\nw: [1, 'a', {x: null}]\n",
        );
        assert_eq!(
            f.value,
            json!({
                "a": null, "b": null, "c": null, "d": true, "e": false, "f": 42, "g": -17,
                "h": 31, "i": 15, "j": 1.5, "k": -500.0, "l": 12, "m": 7, "n": 1.0, "o": "42",
                "p": "true", "q": "yes", "r": "1_000", "s": "12:30", "t": "12", "u": 3.0,
                "v": 18446744073709551616.0, "w": [1, "a", {"x": null}]
            })
        );
        let keys: Vec<_> = f.value.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys.join(""), "abcdefghijklmnopqrstuvw");
        assert!(f.value["k"].is_f64());
        assert!(f.value["f"].is_u64());
    }

    #[test]
    fn numbers_match_the_json_reader() {
        for (yaml, json) in [
            ("1e3", "1e3"),
            ("0.1", "0.1"),
            ("-0.0", "-0.0"),
            ("123456789012345678901234567890", "123456789012345678901234567890"),
            ("-9223372036854775808", "-9223372036854775808"),
            ("-9223372036854775809", "-9223372036854775809"),
            ("2.5E-3", "2.5E-3"),
            (".5", "0.5"),
        ] {
            let y = parse(&format!("- {yaml}\n")).value;
            let j = SourceFile::parse("t.json", format!("[{json}]")).unwrap().value;
            assert_eq!(y, j, "{yaml}");
        }
    }

    #[test]
    fn blocks_and_quotes() {
        let f = parse(
            "lit: |\n  one\n  two\nfold: >-\n  a\n  b\nsq: 'it''s'\ndq: \"tab\\there \\u00e9\"\nmulti: plain\n  continued\n",
        );
        assert_eq!(
            f.value,
            json!({"lit": "one\ntwo\n", "fold": "a b", "sq": "it's", "dq": "tab\there é", "multi": "plain continued"})
        );
        assert_eq!(span(&f, "/lit"), "lit: |\n  one\n  two");
        assert_eq!(span(&f, "/fold"), "fold: >-\n  a\n  b");
        assert_eq!(span(&f, "/sq"), "sq: 'it''s'");
        assert_eq!(span(&f, "/dq"), "dq: \"tab\\there \\u00e9\"");
        assert_eq!(span(&f, "/multi"), "multi: plain\n  continued");
    }

    #[test]
    fn keys_become_strings() {
        let f = parse("200: ok\n~: n\ntrue: t\n0x10: h\n1.5: f\n'007': q\n.inf: i\n");
        let keys: Vec<_> = f.value.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["200", "null", "true", "16", "1.5", "007", ".inf"]);
        assert_eq!(at(&f, "/200"), (1, 1));
        assert_eq!(at(&f, "/007"), (6, 1));
        assert_eq!(
            fail("? [a, b]\n: c\n"),
            "1:3 a mapping key must be a scalar, not a sequence"
        );
        assert_eq!(fail("{a: 1}: c\n"), "1:1 a mapping key must be a scalar, not a mapping");
        assert_eq!(
            fail("x: &s [1]\n*s : c\n"),
            "2:1 a mapping key must be a scalar, not a sequence"
        );
    }

    #[test]
    fn positions_of_nested_pointers() {
        let text = "# a schema\ntype: object\nproperties:\n  a:\n    type: string\n  b~/c:\n    - 1\n    - {x: 2, y: [3]}\n  d: [10, 20]\n";
        let f = parse(text);
        assert_eq!(at(&f, ""), (2, 1));
        assert_eq!(at(&f, "/type"), (2, 1));
        assert_eq!(at(&f, "/properties"), (3, 1));
        assert_eq!(at(&f, "/properties/a"), (4, 3));
        assert_eq!(at(&f, "/properties/a/type"), (5, 5));
        assert_eq!(at(&f, "/properties/b~0~1c"), (6, 3));
        assert_eq!(at(&f, "/properties/b~0~1c/0"), (7, 7));
        assert_eq!(at(&f, "/properties/b~0~1c/1"), (8, 7));
        assert_eq!(at(&f, "/properties/b~0~1c/1/y"), (8, 14));
        assert_eq!(at(&f, "/properties/b~0~1c/1/y/0"), (8, 18));
        assert_eq!(at(&f, "/properties/d/1"), (9, 11));
        assert!(f.position("/properties/zz").is_none());
        assert_eq!(span(&f, "/properties/a"), "a:\n    type: string");
        assert_eq!(span(&f, "/properties/b~0~1c/1"), "{x: 2, y: [3]}");
        assert_eq!(span(&f, "/properties/d"), "d: [10, 20]");
        assert_eq!(span(&f, "/properties/d/0"), "10");
    }

    #[test]
    fn positions_with_unicode_bom_and_crlf() {
        let f = parse("\u{feff}é: 1\r\n\"ü€\": {k: [x, ok]}\r\nlit: |\r\n  日本\r\nz: \"😀\"\r\n");
        assert_eq!(
            f.value,
            json!({"é": 1, "ü€": {"k": ["x", "ok"]}, "lit": "日本\n", "z": "😀"})
        );
        assert_eq!(at(&f, "/é"), (1, 1));
        assert_eq!(at(&f, "/ü€/k"), (2, 8));
        assert_eq!(at(&f, "/ü€/k/1"), (2, 15));
        assert_eq!(span(&f, "/ü€/k/1"), "ok");
        assert_eq!(at(&f, "/z"), (5, 1));
        assert_eq!(span(&f, "/z"), "z: \"😀\"");
        // A lone CR ends a line too.
        let f = parse("a: 1\rb:\r  c: 2\r");
        assert_eq!(at(&f, "/b/c"), (3, 3));
    }

    #[test]
    fn duplicate_keys_are_errors() {
        assert_eq!(fail("a: 1\nb: 2\na: 3\n"), "3:1 duplicate key \"a\"");
        assert_eq!(fail("x:\n  y: 1\n  'y': 2\n"), "3:3 duplicate key \"y\"");
        assert_eq!(fail("{p: 1, q: 2, p: 3}"), "1:14 duplicate key \"p\"");
        assert_eq!(fail("1: a\n'1': b\n"), "2:1 duplicate key \"1\"");
    }

    #[test]
    fn errors_have_positions() {
        assert_eq!(fail(""), "1:1 the file is empty");
        assert_eq!(fail("# only a comment\n\n"), "1:1 the file is empty");
        assert_eq!(
            fail("a: 1\n---\nb: 2\n"),
            "2:1 the file holds several YAML documents; a schema file holds one"
        );
        assert_eq!(
            fail("a: .inf\n"),
            "1:4 the YAML value .inf (infinity) cannot be represented in JSON"
        );
        assert_eq!(
            fail("- -.Inf\n"),
            "1:3 the YAML value -.Inf (infinity) cannot be represented in JSON"
        );
        assert_eq!(
            fail("a: [.nan]\n"),
            "1:5 the YAML value .nan (not a number) cannot be represented in JSON"
        );
        assert_eq!(fail("a: 1e400\n"), "1:4 the number 1e400 is out of range");
        assert_eq!(fail("a: !!int x\n"), "1:10 the value \"x\" is not a valid !!int");
        assert_eq!(
            fail("a: *nope\n"),
            "1:4 invalid YAML: while parsing node, found unknown anchor"
        );
        assert_eq!(
            fail("a: 'open\n"),
            "1:4 invalid YAML: while scanning a quoted scalar, found unexpected end of stream"
        );
        assert_eq!(
            fail("a: b: c\n"),
            "1:5 invalid YAML: mapping values are not allowed in this context"
        );
        assert_eq!(
            fail("a: [1, 2\n"),
            "2:1 invalid YAML: while parsing a flow sequence, expected ',' or ']'"
        );
        assert_eq!(
            fail("a: x\0y\n"),
            "1:5 the file contains a NUL character, which YAML does not allow"
        );
        assert_eq!(
            fail("a: &r [*r]\n"),
            "1:8 the alias *r refers to a value that contains it"
        );
        let e = SourceFile::parse("t.yaml", "a: .inf".to_string()).unwrap_err();
        assert!(e.hint.unwrap().contains("quote"));
    }

    #[test]
    fn anchors_and_aliases() {
        let f = parse("defs:\n  s: &s {type: string, minLength: 1}\n  n: &n 5\nuse:\n  - *s\n  - *n\n  - {k: *s}\n");
        assert_eq!(
            f.value["use"],
            json!([{"type": "string", "minLength": 1}, 5, {"k": {"type": "string", "minLength": 1}}])
        );
        // Spans of aliased values point at the alias, also for pointers into them.
        assert_eq!(at(&f, "/use/0"), (5, 5));
        assert_eq!(span(&f, "/use/0"), "*s");
        assert!(f.position("/use/0/type").is_none());
        assert_eq!(f.nearest_position("/use/0/type").line, 5);
        assert_eq!(at(&f, "/use/2/k"), (7, 6));
        assert_eq!(at(&f, "/defs/s/minLength"), (2, 24));
    }

    #[test]
    fn alias_bomb_is_refused_quickly() {
        let mut text =
            String::from("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            let list = vec![format!("*{prev}"); 9].join(",");
            text.push_str(&format!("{name}: &{name} [{list}]\n"));
        }
        let t = Instant::now();
        let e = fail(&text);
        assert!(t.elapsed() < Duration::from_millis(500), "{:?}", t.elapsed());
        assert!(
            e.ends_with("YAML aliases expand to more than 5000000 values (an alias bomb?)"),
            "{e}"
        );
        assert!(e.starts_with("7:"), "{e}");
        // A small limit is honoured exactly: 4 values, then 3 more for the alias.
        let limits = Limits {
            max_yaml_nodes: 6,
            ..Limits::default()
        };
        assert_eq!(
            fail_with("- &x [1, 2]\n- *x\n", &limits),
            "2:3 YAML aliases expand to more than 6 values (an alias bomb?)"
        );
        let limits = Limits {
            max_yaml_nodes: 7,
            ..Limits::default()
        };
        assert!(SourceFile::parse_with("t.yaml", "- &x [1, 2]\n- *x\n".to_string(), &limits).is_ok());
    }

    #[test]
    fn nesting_limit() {
        let limits = Limits {
            max_depth: 3,
            ..Limits::default()
        };
        assert!(SourceFile::parse_with("t.yaml", "a:\n  b:\n    - 1\n".to_string(), &limits).is_ok());
        assert_eq!(
            fail_with("a:\n  b:\n    - [1]\n", &limits),
            "3:7 nesting deeper than 3 levels"
        );
        // Aliases cannot build a value deeper than the limit either.
        assert_eq!(
            fail_with("a: &a [[1]]\nb: [*a]\n", &limits),
            "2:5 nesting deeper than 3 levels"
        );
        // 512 levels of block sequences are fine, 513 are not.
        let ok = format!("{}x\n", "- ".repeat(512));
        assert!(SourceFile::parse("t.yaml", ok).is_ok());
        assert_eq!(
            fail(&format!("{}x\n", "- ".repeat(513))),
            "1:1025 nesting deeper than 512 levels"
        );
        let deep_map: String = (0..600).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
        assert_eq!(fail(&deep_map), "513:514 nesting deeper than 512 levels");
    }

    #[test]
    fn hundred_thousand_levels_fail_fast() {
        let n = 100_000;
        let cases = [
            ("[".repeat(n), "nesting deeper than 255"),
            (format!("{}{}", "[".repeat(n), "]".repeat(n)), "nesting deeper than 255"),
            ("{\"a\":".repeat(n), "nesting deeper than 255"),
            ("{a: ".repeat(n), "nesting deeper than 255"),
            (format!("{}x\n", "- ".repeat(n)), "nesting deeper than 512 levels"),
            ("- ".repeat(n), "nesting deeper than 512 levels"),
        ];
        for (text, want) in cases {
            let t = Instant::now();
            let e = SourceFile::parse("t.yaml", text).unwrap_err();
            assert!(e.message.starts_with(want), "{}", e.message);
            assert!(e.hint.is_some());
            assert!(t.elapsed() < Duration::from_millis(500), "{:?}", t.elapsed());
        }
    }

    #[test]
    fn garbage_never_panics() {
        let doc = "\u{feff}a: &x [1, \"é\\u00e9\", {b: 'c'}]\n? k\n: |\n  lit\nd: *x\ne: >-\n  f\n- g\n";
        for (i, _) in doc.char_indices() {
            let _ = SourceFile::parse("t.yaml", doc[..i].to_string());
            let _ = SourceFile::parse("t.yaml", doc[i..].to_string());
        }
        for odd in [
            "&",
            "*",
            "!",
            "!!int",
            "[",
            "{",
            "? ",
            ": ",
            "- - -",
            "%YAML 1.2\n",
            "---\n...\n---",
            "\t- a",
            "a:\n\t- b",
            "|",
            "\"\\",
            "'",
        ] {
            let _ = SourceFile::parse("t.yaml", odd.to_string());
        }
    }
}
