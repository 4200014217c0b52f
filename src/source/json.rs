//! A hand-written JSON reader (RFC 8259) that records where every value sits.
//!
//! It works on bytes, keeps its own stack instead of recursing (so no input can overflow
//! the call stack), and stops at `limits.max_depth` levels of nesting. Strings are built
//! with one allocation each; numbers are handed to `serde_json::Number` so they behave
//! exactly as serde_json's own parser would make them.

use super::{Limits, SpanNode, location_at};
use crate::error::{Error, Result};
use serde_json::{Map, Number, Value};

/// `key_start` of a value that is not an object member.
const NO_KEY: u32 = u32::MAX;

pub(super) fn parse(name: &str, text: &str, limits: &Limits) -> Result<(Value, SpanNode)> {
    let mut reader = Reader {
        name,
        text,
        bytes: text.as_bytes(),
        pos: 0,
        max_depth: limits.max_depth,
    };
    reader.document()
}

struct Reader<'a> {
    name: &'a str,
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    max_depth: usize,
}

/// An array or object still being read.
enum Frame {
    Array {
        items: Vec<Value>,
        spans: Vec<SpanNode>,
        start: usize,
    },
    Object {
        map: Map<String, Value>,
        spans: Vec<SpanNode>,
        start: usize,
        /// The member whose value is being read.
        key: String,
        key_start: usize,
    },
}

fn leaf(start: usize, end: usize) -> SpanNode {
    SpanNode {
        key_start: NO_KEY,
        start: start as u32,
        end: end as u32,
        children: Vec::new(),
    }
}

impl Reader<'_> {
    fn document(&mut self) -> Result<(Value, SpanNode)> {
        if self.bytes.len() > u32::MAX as usize {
            return Err(self.error(0, "the file is larger than 4 GiB"));
        }
        if self.bytes.starts_with(b"\xEF\xBB\xBF") {
            self.pos = 3;
        }
        self.skip_ws();
        if self.pos == self.bytes.len() {
            return Err(self
                .error(self.pos, "the file is empty")
                .with_hint("a JSON schema file holds one JSON value, such as {}"));
        }
        let result = self.value()?;
        self.skip_ws();
        if self.pos < self.bytes.len() {
            return Err(self
                .error(self.pos, "trailing characters after the JSON document")
                .with_hint(
                    "a JSON file holds exactly one value; remove what follows it, \
                     or wrap several values in an array",
                ));
        }
        Ok(result)
    }

    /// Reads one value, with everything nested in it.
    fn value(&mut self) -> Result<(Value, SpanNode)> {
        let mut stack: Vec<Frame> = Vec::new();
        'value: loop {
            self.skip_ws();
            let start = self.pos;
            let Some(&byte) = self.bytes.get(start) else {
                return Err(self.unexpected_end(&stack, "expected a value"));
            };
            let (mut value, mut span) = match byte {
                b'{' | b'[' => {
                    if stack.len() >= self.max_depth {
                        return Err(self.too_deep(start));
                    }
                    self.pos += 1;
                    self.skip_ws();
                    if byte == b'{' {
                        if self.peek() == Some(b'}') {
                            self.pos += 1;
                            (Value::Object(Map::new()), leaf(start, self.pos))
                        } else {
                            let map = Map::new();
                            let (key, key_start) = self.key(&map, start)?;
                            stack.push(Frame::Object {
                                map,
                                spans: Vec::new(),
                                start,
                                key,
                                key_start,
                            });
                            continue 'value;
                        }
                    } else if self.peek() == Some(b']') {
                        self.pos += 1;
                        (Value::Array(Vec::new()), leaf(start, self.pos))
                    } else {
                        stack.push(Frame::Array {
                            items: Vec::new(),
                            spans: Vec::new(),
                            start,
                        });
                        continue 'value;
                    }
                }
                b'"' => {
                    let s = self.string()?;
                    (Value::String(s), leaf(start, self.pos))
                }
                b'-' | b'0'..=b'9' => {
                    let n = self.number()?;
                    (Value::Number(n), leaf(start, self.pos))
                }
                b't' if self.bytes[start..].starts_with(b"true") => {
                    self.pos += 4;
                    (Value::Bool(true), leaf(start, self.pos))
                }
                b'f' if self.bytes[start..].starts_with(b"false") => {
                    self.pos += 5;
                    (Value::Bool(false), leaf(start, self.pos))
                }
                b'n' if self.bytes[start..].starts_with(b"null") => {
                    self.pos += 4;
                    (Value::Null, leaf(start, self.pos))
                }
                _ => return Err(self.not_a_value(start)),
            };

            // A value is complete: hand it to the enclosing array or object, closing as
            // many of them as end here.
            loop {
                let Some(frame) = stack.last_mut() else {
                    return Ok((value, span));
                };
                let closed = match frame {
                    Frame::Array { items, spans, .. } => {
                        items.push(value);
                        spans.push(span);
                        self.skip_ws();
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                self.skip_ws();
                                if self.peek() == Some(b']') {
                                    return Err(self.trailing_comma(self.pos));
                                }
                                continue 'value;
                            }
                            Some(b']') => b']',
                            _ => {
                                return Err(self.expected_after(&stack, "',' or ']' after an array element"));
                            }
                        }
                    }
                    Frame::Object {
                        map,
                        spans,
                        key,
                        key_start,
                        start,
                        ..
                    } => {
                        span.key_start = *key_start as u32;
                        map.insert(std::mem::take(key), value);
                        spans.push(span);
                        self.skip_ws();
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                self.skip_ws();
                                if self.peek() == Some(b'}') {
                                    return Err(self.trailing_comma(self.pos));
                                }
                                let object_start = *start;
                                let (k, ks) = self.key(map, object_start)?;
                                *key = k;
                                *key_start = ks;
                                continue 'value;
                            }
                            Some(b'}') => b'}',
                            _ => {
                                return Err(self.expected_after(&stack, "',' or '}' after an object member"));
                            }
                        }
                    }
                };
                debug_assert!(closed == b']' || closed == b'}');
                self.pos += 1;
                (value, span) = match stack.pop() {
                    Some(Frame::Array { items, spans, start }) => (
                        Value::Array(items),
                        SpanNode {
                            key_start: NO_KEY,
                            start: start as u32,
                            end: self.pos as u32,
                            children: spans,
                        },
                    ),
                    Some(Frame::Object { map, spans, start, .. }) => (
                        Value::Object(map),
                        SpanNode {
                            key_start: NO_KEY,
                            start: start as u32,
                            end: self.pos as u32,
                            children: spans,
                        },
                    ),
                    None => unreachable!("a frame was on the stack"),
                };
            }
        }
    }

    /// Reads an object key and the `:` after it, with the reader on the key's first byte.
    fn key(&mut self, map: &Map<String, Value>, object_start: usize) -> Result<(String, usize)> {
        let key_start = self.pos;
        match self.peek() {
            Some(b'"') => {}
            Some(b'\'') => {
                return Err(self
                    .error(key_start, "strings must be in double quotes, not single quotes")
                    .with_hint("write \"key\" instead of 'key'"));
            }
            Some(b'/') => return Err(self.comment(key_start)),
            None => {
                let (line, column) = self.line_col(object_start);
                return Err(self
                    .error(key_start, "unexpected end of file: expected a key in double quotes")
                    .with_hint(format!(
                        "the object opened at line {line}, column {column} is never closed"
                    )));
            }
            Some(_) => {
                return Err(self
                    .error(
                        key_start,
                        format!("expected a key in double quotes, found {}", self.describe(key_start)),
                    )
                    .with_hint("object keys are strings: write \"key\": value"));
            }
        }
        let key = self.string()?;
        // Most objects have a few keys: comparing them is cheaper than hashing.
        let duplicate = if map.len() <= 8 {
            map.keys().any(|k| *k == key)
        } else {
            map.contains_key(&key)
        };
        if duplicate {
            return Err(self
                .error(key_start, format!("duplicate key {}", quoted(&key)))
                .with_hint("a key may appear only once in an object; remove or rename one of them"));
        }
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Err(self
                .error(
                    self.pos,
                    format!(
                        "expected ':' after the key {}, found {}",
                        quoted(&key),
                        self.describe(self.pos)
                    ),
                )
                .with_hint("write object members as \"key\": value"));
        }
        self.pos += 1;
        Ok((key, key_start))
    }

    /// Reads a string, with the reader on its opening quote.
    fn string(&mut self) -> Result<String> {
        let open = self.pos;
        let begin = open + 1;
        let mut i = begin;
        // Fast path: no escapes, so the string is a slice of the text.
        loop {
            match self.bytes.get(i) {
                None => return Err(self.unterminated(open)),
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(self.text[begin..i].to_owned());
                }
                Some(b'\\') => break,
                Some(&b) if b < 0x20 => return Err(self.control_char(i)),
                Some(_) => i += 1,
            }
        }
        let mut out = String::with_capacity(i - begin + 16);
        out.push_str(&self.text[begin..i]);
        loop {
            match self.bytes.get(i) {
                None => return Err(self.unterminated(open)),
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    i = self.escape(open, i, &mut out)?;
                }
                Some(&b) if b < 0x20 => return Err(self.control_char(i)),
                Some(_) => {
                    let from = i;
                    while let Some(&b) = self.bytes.get(i) {
                        if b == b'"' || b == b'\\' || b < 0x20 {
                            break;
                        }
                        i += 1;
                    }
                    out.push_str(&self.text[from..i]);
                }
            }
        }
    }

    /// Decodes the escape at `at` (a backslash) of the string opened at `open` into `out`;
    /// returns the offset after it.
    fn escape(&self, open: usize, at: usize, out: &mut String) -> Result<usize> {
        let c = match self.bytes.get(at + 1) {
            None => return Err(self.unterminated(open)),
            Some(&c) => c,
        };
        let simple = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4(at)?;
                let (ch, next) = match first {
                    0xD800..=0xDBFF => {
                        let low_at = at + 6;
                        if self.bytes.get(low_at) == Some(&b'\\') && self.bytes.get(low_at + 1) == Some(&b'u') {
                            let low = self.hex4(low_at)?;
                            if !(0xDC00..=0xDFFF).contains(&low) {
                                return Err(self.lone_surrogate(at, first));
                            }
                            let code = 0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                            (char::from_u32(code), low_at + 6)
                        } else {
                            return Err(self.lone_surrogate(at, first));
                        }
                    }
                    0xDC00..=0xDFFF => return Err(self.lone_surrogate(at, first)),
                    _ => (char::from_u32(u32::from(first)), at + 6),
                };
                match ch {
                    Some(ch) => out.push(ch),
                    None => return Err(self.lone_surrogate(at, first)),
                }
                return Ok(next);
            }
            _ => {
                let found = self.text[at + 1..].chars().next().unwrap_or('?');
                return Err(self
                    .error(at, format!("invalid escape \\{} in a string", found.escape_debug()))
                    .with_hint(
                        r#"the escapes JSON allows are \" \\ \/ \b \f \n \r \t and \uXXXX; write a backslash as \\"#,
                    ));
            }
        };
        out.push(simple);
        Ok(at + 2)
    }

    /// The four hex digits of the `\u` escape whose backslash is at `at`.
    fn hex4(&self, at: usize) -> Result<u16> {
        let mut v: u16 = 0;
        for k in 0..4 {
            let d = match self.bytes.get(at + 2 + k) {
                Some(&b @ b'0'..=b'9') => b - b'0',
                Some(&b @ b'a'..=b'f') => b - b'a' + 10,
                Some(&b @ b'A'..=b'F') => b - b'A' + 10,
                _ => {
                    return Err(self
                        .error(at, "invalid \\u escape: expected four hex digits")
                        .with_hint("write a character as \\u followed by exactly four hex digits, e.g. \\u00e9"));
                }
            };
            v = (v << 4) | u16::from(d);
        }
        Ok(v)
    }

    /// Reads a number, with the reader on its first byte (`-` or a digit).
    fn number(&mut self) -> Result<Number> {
        let start = self.pos;
        let b = self.bytes;
        let mut i = start;
        let negative = b[i] == b'-';
        if negative {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => {
                i += 1;
                if matches!(b.get(i), Some(b'0'..=b'9')) {
                    return Err(self
                        .error(start, "leading zeros are not allowed in JSON numbers")
                        .with_hint("write the number without leading zeros, or quote it as a string"));
                }
            }
            Some(b'1'..=b'9') => {
                while matches!(b.get(i), Some(b'0'..=b'9')) {
                    i += 1;
                }
            }
            _ => {
                let hint = if self.bytes[i..].starts_with(b"Infinity") {
                    "JSON has no infinity; use a large number or a string"
                } else {
                    "a JSON number starts with '-' or a digit, e.g. -1.5"
                };
                return Err(self
                    .error(i, format!("expected a digit after '-', found {}", self.describe(i)))
                    .with_hint(hint));
            }
        }
        let int_end = i;
        if b.get(i) == Some(&b'.') {
            i += 1;
            if !matches!(b.get(i), Some(b'0'..=b'9')) {
                return Err(self
                    .error(
                        i,
                        format!("expected a digit after the decimal point, found {}", self.describe(i)),
                    )
                    .with_hint("write fractions with digits on both sides of the point, e.g. 1.0"));
            }
            while matches!(b.get(i), Some(b'0'..=b'9')) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !matches!(b.get(i), Some(b'0'..=b'9')) {
                return Err(self
                    .error(
                        i,
                        format!("expected a digit in the exponent, found {}", self.describe(i)),
                    )
                    .with_hint("write exponents as e.g. 1e10 or 2.5E-3"));
            }
            while matches!(b.get(i), Some(b'0'..=b'9')) {
                i += 1;
            }
        }
        self.pos = i;
        let digits = &b[start + usize::from(negative)..int_end];
        // Fast path: integers that surely fit in 64 bits. "-0" goes to serde_json, which
        // reads it as the float -0.0.
        if i == int_end && digits.len() <= 18 && !(negative && digits == b"0") {
            let mut v: i64 = 0;
            for &d in digits {
                v = v * 10 + i64::from(d - b'0');
            }
            return Ok(if negative {
                Number::from(-v)
            } else {
                Number::from(v as u64)
            });
        }
        let slice = &self.text[start..i];
        serde_json::from_str::<Number>(slice).map_err(|_| {
            self.error(start, format!("the number {slice} is out of range"))
                .with_hint("JSON numbers must fit in a 64-bit float; quote it if it is meant as text")
        })
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn line_col(&self, offset: usize) -> (u32, u32) {
        let l = location_at(self.name, self.text, offset);
        (l.line, l.column)
    }

    fn error(&self, offset: usize, message: impl Into<String>) -> Error {
        Error::parse(location_at(self.name, self.text, offset), message)
    }

    /// What sits at `offset`, for messages: `'x'`, `a line break`, `the end of the file`.
    fn describe(&self, offset: usize) -> String {
        match self.text.get(offset..).and_then(|rest| rest.chars().next()) {
            None => "the end of the file".to_string(),
            Some('\n' | '\r') => "a line break".to_string(),
            Some(c) if c.is_control() => format!("the control character U+{:04X}", c as u32),
            Some(c) => format!("'{c}'"),
        }
    }

    fn too_deep(&self, at: usize) -> Error {
        self.error(at, format!("nesting deeper than {} levels", self.max_depth))
            .with_hint("flatten the schema, or move deeply nested parts into separate files joined with $ref")
    }

    fn trailing_comma(&self, at: usize) -> Error {
        self.error(at, format!("trailing comma before {}", self.describe(at)))
            .with_hint("JSON allows no comma after the last element; remove it")
    }

    fn comment(&self, at: usize) -> Error {
        self.error(at, "comments are not allowed in JSON")
            .with_hint("remove the comment, or write the schema in YAML, which allows # comments")
    }

    fn unterminated(&self, open: usize) -> Error {
        self.error(open, "unterminated string")
            .with_hint("the string that starts here has no closing double quote")
    }

    fn control_char(&self, at: usize) -> Error {
        let b = self.bytes[at];
        let (message, hint) = if b == b'\n' || b == b'\r' {
            (
                "line break inside a string (or a string missing its closing quote)".to_string(),
                "close the string on the line where it starts; write a line break inside it as \\n",
            )
        } else if b == b'\t' {
            (
                "tab character inside a string".to_string(),
                "write a tab inside a string as \\t",
            )
        } else {
            (
                format!("control character U+{b:04X} inside a string"),
                "write control characters inside strings as \\u escapes",
            )
        };
        self.error(at, message).with_hint(hint)
    }

    fn lone_surrogate(&self, at: usize, code: u16) -> Error {
        let what = if (0xD800..=0xDBFF).contains(&code) {
            "is not followed by a low surrogate (\\uDC00-\\uDFFF)"
        } else {
            "is a low surrogate without a high surrogate before it"
        };
        self.error(at, format!("invalid \\u{code:04X} escape: it {what}"))
            .with_hint("characters outside the Basic Multilingual Plane are written as a pair, e.g. \\uD83D\\uDE00")
    }

    /// The error for a byte that cannot start a value.
    fn not_a_value(&self, at: usize) -> Error {
        let rest = &self.bytes[at..];
        let b = rest[0];
        if b == b'\'' {
            return self
                .error(at, "strings must be in double quotes, not single quotes")
                .with_hint("write \"text\" instead of 'text'");
        }
        if b == b'/' {
            return self.comment(at);
        }
        if b.is_ascii_alphabetic() || b == b'_' {
            let word_len = rest
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                .count()
                .min(40);
            let word = &self.text[at..at + word_len];
            let hint = match word {
                "NaN" | "Infinity" => "JSON has no NaN or infinity; use a number or a string",
                "True" | "False" | "None" | "Null" | "NULL" | "TRUE" | "FALSE" => {
                    "JSON literals are lowercase: true, false, null"
                }
                _ => "strings must be in double quotes",
            };
            return self
                .error(at, format!("unexpected word '{word}': expected a value"))
                .with_hint(hint);
        }
        self.error(
            at,
            format!(
                "expected a value (object, array, string, number, true, false or null), found {}",
                self.describe(at)
            ),
        )
    }

    /// End of file where a value was due.
    fn unexpected_end(&self, stack: &[Frame], what: &str) -> Error {
        let err = self.error(self.pos, format!("unexpected end of file: {what}"));
        match self.open_hint(stack) {
            Some(hint) => err.with_hint(hint),
            None => err,
        }
    }

    /// `expected <what>` after a member or element, naming what was found instead.
    fn expected_after(&self, stack: &[Frame], what: &str) -> Error {
        if self.pos >= self.bytes.len() {
            return self.unexpected_end(stack, &format!("expected {what}"));
        }
        if self.bytes[self.pos] == b'/' {
            return self.comment(self.pos);
        }
        let err = self.error(self.pos, format!("expected {what}, found {}", self.describe(self.pos)));
        let closer = match stack.last() {
            Some(Frame::Object { .. }) => "}",
            _ => "]",
        };
        err.with_hint(format!("separate members with commas and close with '{closer}'"))
    }

    fn open_hint(&self, stack: &[Frame]) -> Option<String> {
        let (what, start) = match stack.last()? {
            Frame::Array { start, .. } => ("array", *start),
            Frame::Object { start, .. } => ("object", *start),
        };
        let (line, column) = self.line_col(start);
        Some(format!(
            "the {what} opened at line {line}, column {column} is never closed"
        ))
    }
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

#[cfg(test)]
mod tests {
    use super::super::{Limits, SourceFile};
    use serde_json::json;

    fn parse(text: &str) -> SourceFile {
        SourceFile::parse("t.json", text.to_string()).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Parses, expecting an error; returns "line:column message".
    fn fail(text: &str) -> String {
        match SourceFile::parse("t.json", text.to_string()) {
            Ok(_) => panic!("parsed: {text:?}"),
            Err(e) => {
                let loc = e.location.clone().expect("a location");
                assert_eq!(loc.file, "t.json");
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

    #[test]
    fn values_and_order() {
        let f = parse(r#" {"b": 1, "a": [true, false, null, -2, 3.5, "x"], "c": {}, "d": []} "#);
        assert_eq!(
            f.value,
            json!({"b": 1, "a": [true, false, null, -2, 3.5, "x"], "c": {}, "d": []})
        );
        let keys: Vec<_> = f.value.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["b", "a", "c", "d"]);
    }

    #[test]
    fn positions_of_nested_pointers() {
        let text = "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"a\": {\"type\": \"string\"},\n    \"b~/c\": [1, {\"x\": 2}]\n  }\n}\n";
        let f = parse(text);
        assert_eq!(at(&f, ""), (1, 1));
        assert_eq!(at(&f, "/type"), (2, 3));
        assert_eq!(at(&f, "/properties"), (3, 3));
        assert_eq!(at(&f, "/properties/a"), (4, 5));
        assert_eq!(at(&f, "/properties/a/type"), (4, 11));
        assert_eq!(at(&f, "/properties/b~0~1c"), (5, 5));
        assert_eq!(at(&f, "/properties/b~0~1c/0"), (5, 14));
        assert_eq!(at(&f, "/properties/b~0~1c/1"), (5, 17));
        assert_eq!(at(&f, "/properties/b~0~1c/1/x"), (5, 18));
        assert!(f.position("/properties/zz").is_none());
        assert!(f.position("/properties/b~0~1c/2").is_none());
        assert_eq!(f.nearest_position("/properties/a/zz").line, 4);
        // The span of a value covers it whole.
        let p = f.position("/properties/a").unwrap();
        assert_eq!(&f.text[p.offset..p.offset + p.len], "\"a\": {\"type\": \"string\"}");
        let p = f.position("/properties/b~0~1c/1").unwrap();
        assert_eq!(&f.text[p.offset..p.offset + p.len], "{\"x\": 2}");
    }

    #[test]
    fn columns_count_characters() {
        let f = parse("{\"é€😀\": {\"k\": 1}, \"ü\": 2}");
        assert_eq!(at(&f, "/é€😀/k"), (1, 10));
        assert_eq!(at(&f, "/ü"), (1, 19));
        assert_eq!(fail("[\"é€\", x]"), "1:8 unexpected word 'x': expected a value");
    }

    #[test]
    fn bom_is_skipped() {
        let f = parse("\u{feff}{\"a\": 1}");
        assert_eq!(f.value, json!({"a": 1}));
        assert_eq!(at(&f, ""), (1, 1));
        assert_eq!(at(&f, "/a"), (1, 2));
        assert_eq!(fail("\u{feff}"), "1:1 the file is empty");
        assert_eq!(fail("\u{feff}{,}"), "1:2 expected a key in double quotes, found ','");
    }

    #[test]
    fn duplicate_keys_are_errors() {
        assert_eq!(fail("{\"a\": 1,\n \"b\": 2,\n   \"a\": 3}"), "3:4 duplicate key \"a\"");
        assert_eq!(fail(r#"{"x": {"y": 1, "y": 1}}"#), "1:16 duplicate key \"y\"");
        // Keys equal after decoding escapes are duplicates too.
        assert_eq!(fail(r#"{"a": 1, "\u0061": 2}"#), "1:10 duplicate key \"a\"");
    }

    #[test]
    fn syntax_errors_have_positions() {
        assert_eq!(fail(""), "1:1 the file is empty");
        assert_eq!(fail(" \n\t\r\n "), "3:2 the file is empty");
        assert_eq!(
            fail("{\"a\": 1 \"b\": 2}"),
            "1:9 expected ',' or '}' after an object member, found '\"'"
        );
        assert_eq!(
            fail("[1 2]"),
            "1:4 expected ',' or ']' after an array element, found '2'"
        );
        assert_eq!(fail("{\"a\" 1}"), "1:6 expected ':' after the key \"a\", found '1'");
        assert_eq!(fail("{\"a\": \"xy"), "1:7 unterminated string");
        assert_eq!(
            fail("{\"a\": \"x\ny\"}"),
            "1:9 line break inside a string (or a string missing its closing quote)"
        );
        assert_eq!(fail("{} {}"), "1:4 trailing characters after the JSON document");
        assert_eq!(fail("1 2"), "1:3 trailing characters after the JSON document");
        assert_eq!(fail("[1,]"), "1:4 trailing comma before ']'");
        assert_eq!(fail("{\"a\":1,\n}"), "2:1 trailing comma before '}'");
        assert_eq!(fail("[1,\n  // c\n 2]"), "2:3 comments are not allowed in JSON");
        assert_eq!(
            fail("{'a': 1}"),
            "1:2 strings must be in double quotes, not single quotes"
        );
        assert_eq!(fail("[NaN]"), "1:2 unexpected word 'NaN': expected a value");
        assert_eq!(fail("[tru]"), "1:2 unexpected word 'tru': expected a value");
        assert_eq!(fail("[01]"), "1:2 leading zeros are not allowed in JSON numbers");
        assert_eq!(fail("[-]"), "1:3 expected a digit after '-', found ']'");
        assert_eq!(fail("[1.]"), "1:4 expected a digit after the decimal point, found ']'");
        assert_eq!(fail("[1e+]"), "1:5 expected a digit in the exponent, found ']'");
        assert_eq!(fail("[1e400]"), "1:2 the number 1e400 is out of range");
        assert_eq!(fail("[\"\\x\"]"), "1:3 invalid escape \\x in a string");
        assert_eq!(
            fail("[\"\\u12g4\"]"),
            "1:3 invalid \\u escape: expected four hex digits"
        );
        assert_eq!(fail("[\"a\\"), "1:2 unterminated string");
        assert_eq!(fail("[\"\t\"]"), "1:3 tab character inside a string");
        assert_eq!(fail("[\"\u{1}\"]"), "1:3 control character U+0001 inside a string");
        assert_eq!(fail("[1,\n"), "2:1 unexpected end of file: expected a value");
        assert_eq!(
            fail("{\"a\": [1"),
            "1:9 unexpected end of file: expected ',' or ']' after an array element"
        );
        assert_eq!(
            fail("{\"a\": 1"),
            "1:8 unexpected end of file: expected ',' or '}' after an object member"
        );
        assert_eq!(fail("{"), "1:2 unexpected end of file: expected a key in double quotes");
        assert_eq!(
            fail("]"),
            "1:1 expected a value (object, array, string, number, true, false or null), found ']'"
        );
        let e = SourceFile::parse("t.json", "{\n \"a\": [1, 2".to_string()).unwrap_err();
        assert_eq!(
            e.hint.as_deref(),
            Some("the array opened at line 2, column 7 is never closed")
        );
        assert_eq!(
            e.to_string(),
            "t.json:2:12: unexpected end of file: expected ',' or ']' after an array element"
        );
    }

    #[test]
    fn unicode_escapes_and_surrogates() {
        let f = parse(r#"["\u00e9\u20AC", "\ud83d\ude00", "a\"\\\/\b\f\n\r\tz", "\u0000"]"#);
        assert_eq!(f.value, json!(["é€", "😀", "a\"\\/\u{8}\u{c}\n\r\tz", "\u{0}"]));
        assert_eq!(
            fail(r#"["\ud83d"]"#),
            "1:3 invalid \\uD83D escape: it is not followed by a low surrogate (\\uDC00-\\uDFFF)"
        );
        assert_eq!(
            fail(r#"["x\ud83d\u0041"]"#),
            "1:4 invalid \\uD83D escape: it is not followed by a low surrogate (\\uDC00-\\uDFFF)"
        );
        assert_eq!(
            fail(r#"["\ude00"]"#),
            "1:3 invalid \\uDE00 escape: it is a low surrogate without a high surrogate before it"
        );
        // Raw non-ASCII text passes through untouched.
        assert_eq!(parse("[\"日本語 😀\"]").value, json!(["日本語 😀"]));
    }

    #[test]
    fn numbers_behave_like_serde_json() {
        let cases = [
            "0",
            "-0",
            "1",
            "-1",
            "123456789012345678",
            "-123456789012345678",
            "9223372036854775807",
            "-9223372036854775808",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775809",
            "123456789012345678901234567890",
            "1.5",
            "-0.0",
            "1e3",
            "1E-3",
            "2.5e+10",
            "0.1",
            "1.7976931348623157e308",
            "5e-324",
            "1e-400",
        ];
        for c in cases {
            let ours = parse(&format!("[{c}]")).value;
            let theirs: serde_json::Value = serde_json::from_str(&format!("[{c}]")).unwrap();
            assert_eq!(ours, theirs, "{c}");
            assert_eq!(ours.to_string(), theirs.to_string(), "{c}");
        }
        let f = parse("[18446744073709551615, -9223372036854775808, 1e3]");
        assert_eq!(f.value[0].as_u64(), Some(u64::MAX));
        assert_eq!(f.value[1].as_i64(), Some(i64::MIN));
        assert!(f.value[2].is_f64());
    }

    #[test]
    fn nesting_limit() {
        let ok = format!("{}{}", "[".repeat(512), "]".repeat(512));
        assert!(SourceFile::parse("t.json", ok).is_ok());
        let deep = format!("{}{}", "[".repeat(513), "]".repeat(513));
        assert_eq!(fail(&deep), "1:513 nesting deeper than 512 levels");
        let limits = Limits {
            max_depth: 3,
            ..Limits::default()
        };
        let e = SourceFile::parse_with("t.json", r#"{"a": {"b": [{}]}}"#.to_string(), &limits).unwrap_err();
        assert_eq!(e.message, "nesting deeper than 3 levels");
        assert!(e.hint.is_some());
    }

    #[test]
    fn hundred_thousand_levels_fail_fast() {
        let t = std::time::Instant::now();
        for text in [
            "[".repeat(100_000),
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
            "{\"a\":".repeat(100_000),
            format!("{}1{}", "{\"a\":".repeat(100_000), "}".repeat(100_000)),
        ] {
            let e = SourceFile::parse("t.json", text).unwrap_err();
            assert_eq!(e.message, "nesting deeper than 512 levels");
        }
        assert!(t.elapsed().as_secs() < 2, "{:?}", t.elapsed());
    }

    #[test]
    fn garbage_never_panics() {
        // Every prefix of a document, and some odd bytes, give Ok or Err, never a panic.
        let doc = "\u{feff}{\"a\": [1, -2.5e3, \"\\ud83d\\ude00é\", {\"b\": null}], \"c\": true}";
        for (i, _) in doc.char_indices() {
            let _ = SourceFile::parse("t.json", doc[..i].to_string());
            let _ = SourceFile::parse("t.json", doc[i..].to_string());
        }
        for odd in [
            "\"\\u",
            "\"\\ud800\\",
            "\"\\ud800\\u",
            "-",
            "1e",
            "{\"a\"",
            "{\"a\":",
            "[,",
            "[\u{0}]",
            "\"é",
        ] {
            assert!(SourceFile::parse("t.json", odd.to_string()).is_err(), "{odd:?}");
        }
    }
}
