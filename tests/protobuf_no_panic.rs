//! Fuzz-style, for Protobuf: arbitrary bytes through load, lint and sample, and mutations of
//! real `.proto` files (the rule fixtures) through load → diff (every level, witnesses on)
//! against their originals, must never panic; errors are fine.

use proptest::prelude::*;
use schemata::format::protobuf::Level;
use schemata::format::{self, Format};
use schemata::source::{MemorySource, SourceFile};
use schemata::{Mode, Options};
use std::path::PathBuf;

fn corpus() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/rules");
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for d in entries {
        for f in ["old.proto", "new.proto"] {
            if let Ok(t) = std::fs::read_to_string(d.join(f)) {
                out.push(t);
            }
        }
    }
    assert!(out.len() > 50, "the fixture corpus is missing");
    out
}

const TOKENS: &[&str] = &[
    "int32",
    "int64",
    "uint32",
    "sint64",
    "fixed32",
    "sfixed64",
    "bool",
    "string",
    "bytes",
    "double",
    "repeated",
    "optional",
    "required",
    "oneof o {",
    "}",
    "{",
    ";",
    "= 1",
    "= 536870911",
    "= 0",
    "reserved 1 to max;",
    "reserved \"x\";",
    "map<string, int32>",
    "message M { M m = 1; }",
    "enum E { E_0 = 0; }",
    "stream",
    "Order",
    "syntax = \"proto2\";",
    "package p.q;",
    "import \"x.proto\";",
    "extensions 100 to 200;",
    "option allow_alias = true;",
    "[default = 7]",
    "[json_name = \"j\"]",
    "group G = 9 {}",
    "\u{0}",
    "é",
    "/*",
    "//",
    "\"",
];

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, usize),
    Replace(usize, usize),
    DuplicateLine(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0usize..12).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, t)| Edit::Insert(a, t)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, t)| Edit::Replace(a, t)),
        any::<usize>().prop_map(Edit::DuplicateLine),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut s: Vec<char> = text.chars().collect();
    for e in edits {
        let len = s.len().max(1);
        match e {
            Edit::Delete(at, n) => {
                let at = at % len;
                let end = (at + n).min(s.len());
                if at < end {
                    s.drain(at..end);
                }
            }
            Edit::Insert(at, t) => {
                let at = (at % len).min(s.len());
                let tok: Vec<char> = format!(" {} ", TOKENS[t % TOKENS.len()]).chars().collect();
                s.splice(at..at, tok);
            }
            Edit::Replace(at, t) => {
                // Replace the word under `at` with a token: type swaps keep many files valid.
                let at = (at % len).min(s.len().saturating_sub(1));
                let start = (0..=at)
                    .rev()
                    .find(|&i| !s.get(i).is_some_and(|c| c.is_alphanumeric() || *c == '_'));
                let start = start.map_or(0, |i| i + 1);
                let end = (at..s.len())
                    .find(|&i| !(s[i].is_alphanumeric() || s[i] == '_'))
                    .unwrap_or(s.len());
                if start < end {
                    s.splice(start..end, TOKENS[t % TOKENS.len()].chars());
                }
            }
            Edit::DuplicateLine(n) => {
                let text: String = s.iter().collect();
                let lines: Vec<&str> = text.lines().collect();
                if !lines.is_empty() {
                    let i = n % lines.len();
                    let mut out: Vec<&str> = lines.clone();
                    out.insert(i, lines[i]);
                    s = out.join("\n").chars().collect();
                }
            }
        }
    }
    s.into_iter().collect()
}

fn load(text: &str) -> schemata::Result<schemata::Document> {
    let mut src = MemorySource::default();
    src.files.insert("acme/v1/a.proto".into(), text.to_string());
    src.files.insert(
        "acme/v1/x.proto".into(),
        "syntax = \"proto3\";\npackage acme.v1;\nmessage X { int32 a = 1; }\n".into(),
    );
    format::load(&src, "acme/v1/a.proto", Some(Format::Protobuf))
}

fn exercise(original: &str, mutated: &str) {
    let lint_file = SourceFile::plain("acme/v1/a.proto", mutated.to_string());
    let _ = schemata::format::lint("acme/v1/a.proto", &lint_file, &schemata::lint::LintConfig::default());
    let Ok(b) = load(mutated) else { return };
    let _ = b.sample(7);
    let Ok(a) = load(original) else { return };
    let (mut a, mut b) = (a, b);
    for level in Level::ALL {
        let r = format::diff(
            &mut a,
            &mut b,
            &Options {
                mode: Mode::Full,
                protobuf_level: level,
                witnesses: true,
                ..Default::default()
            },
        );
        assert!(r.changes.iter().all(|c| !c.rule.is_empty()));
        let r = format::diff(
            &mut b,
            &mut a,
            &Options {
                protobuf_level: level,
                ..Default::default()
            },
        );
        let _ = r.compatible;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        exercise(&text, &text);
    }

    #[test]
    fn mutated_real_files_never_panic(pick in any::<usize>(), edits in prop::collection::vec(edit(), 1..5)) {
        let corpus = corpus();
        let original = &corpus[pick % corpus.len()];
        let mutated = apply(original, &edits);
        exercise(original, &mutated);
    }
}

/// The mutations do reach the diff: many mutated files still compile.
#[test]
fn mutations_keep_enough_files_valid_to_reach_the_diff() {
    let corpus = corpus();
    let mut valid = 0;
    for (i, text) in corpus.iter().enumerate() {
        let mutated = apply(text, &[Edit::Replace(text.find("string").unwrap_or(0) + 1, i)]);
        if load(&mutated).is_ok() {
            valid += 1;
        }
    }
    assert!(
        valid * 4 > corpus.len(),
        "only {valid} of {} mutated files compile",
        corpus.len()
    );
}
