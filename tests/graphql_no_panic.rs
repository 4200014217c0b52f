//! Fuzz-style, for GraphQL: arbitrary bytes, and mutations of a real schema
//! (schemas-example/graphql), through loading, diffing with witnesses, validation, lint and
//! sample must never panic or overflow the stack; errors are fine.

use proptest::prelude::*;
use schemata::change::{Mode, Options};
use schemata::format::graphql::Sdl;
use schemata::source::{MemorySource, SourceFile};

fn real() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schemas-example/graphql/shop.v2.graphql"
    ))
    .unwrap()
}

fn load(text: &str) -> schemata::Result<Sdl> {
    let file = SourceFile::plain("fuzz.graphql", text.to_string());
    Sdl::load(&MemorySource::default(), "fuzz.graphql", file, &[])
}

/// Everything a loaded schema goes through.
fn exercise(text: &str, against: &Sdl) {
    let Ok(sdl) = load(text) else { return };
    let _ = sdl.validation();
    let file = SourceFile::plain("fuzz.graphql", text.to_string());
    let _ = schemata::format::graphql::lint::lint(&file, &Default::default());
    let _ = schemata::format::graphql::sample::sample(&sdl, 3);
    for mode in [Mode::Backward, Mode::Full] {
        let options = Options {
            mode,
            ..Default::default()
        };
        let _ = schemata::format::graphql::diff::diff(against, &sdl, &options);
        let _ = schemata::format::graphql::diff::diff(&sdl, against, &options);
    }
}

/// Tokens of the language, to splice into a real schema.
const TOKENS: &[&str] = &[
    "type ",
    "input ",
    "enum ",
    "union ",
    "interface ",
    "scalar ",
    "extend ",
    "schema ",
    "directive @d on FIELD ",
    "implements ",
    "&",
    "|",
    "=",
    "!",
    "[",
    "]",
    "{",
    "}",
    "(",
    ")",
    ":",
    "@deprecated",
    "@oneOf",
    "\"\"\"",
    "\"",
    "#",
    "...",
    "$",
    "Order",
    "Query",
    "ID",
    "Int",
    "String",
    "0",
    "-1.5e3",
    "null",
    "true",
    "\n",
    "query { a }",
    "repeatable ",
    "on ",
    "Node",
];

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, usize),
    Duplicate(usize, usize),
}

fn apply(text: &str, edits: &[Mutation]) -> String {
    let mut s: Vec<char> = text.chars().collect();
    for e in edits {
        let n = s.len().max(1);
        match *e {
            Mutation::Delete(at, len) => {
                let a = at % n;
                let b = (a + len % 40).min(s.len());
                s.drain(a.min(s.len())..b);
            }
            Mutation::Insert(at, token) => {
                let a = (at % n).min(s.len());
                let t: Vec<char> = TOKENS[token % TOKENS.len()].chars().collect();
                s.splice(a..a, t);
            }
            Mutation::Duplicate(at, len) => {
                let a = (at % n).min(s.len());
                let b = (a + len % 200).min(s.len());
                let piece: Vec<char> = s[a..b].to_vec();
                s.splice(b..b, piece);
            }
        }
    }
    s.into_iter().collect()
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Delete(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Insert(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let original = load(&real()).unwrap();
        exercise(&String::from_utf8_lossy(&bytes), &original);
    }

    #[test]
    fn mutations_of_a_real_schema_never_panic(edits in prop::collection::vec(mutation(), 1..6)) {
        let text = real();
        let original = load(&text).unwrap();
        exercise(&apply(&text, &edits), &original);
    }
}

/// Deep nesting is refused or read, never a stack overflow.
#[test]
fn deep_nesting_is_bounded() {
    let original = load(&real()).unwrap();
    for depth in [100, 10_000] {
        let list = format!("type Query {{ a: {}Int{} }}", "[".repeat(depth), "]".repeat(depth));
        exercise(&list, &original);
        let value = format!(
            "type Query {{ a(x: [Int] = {}1{}): Int }}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        exercise(&value, &original);
        let input = format!(
            "input I {{ f: Int = {}{} }} type Query {{ a: Int }}",
            "{f: ".repeat(depth),
            "}".repeat(depth)
        );
        exercise(&input, &original);
    }
}
