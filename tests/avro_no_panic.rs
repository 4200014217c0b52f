//! Avro's reader, diff, witnesses, validate, lint and sample never panic: on arbitrary bytes,
//! and on mutations of real `.avsc` documents (the rule fixtures and the example). On the
//! mutated documents that load, two properties hold as well: a schema compared with itself
//! has no change, and the diff's verdict in each direction is the resolution checker's.

use proptest::prelude::*;
use schemata::format::avro::model::{AvroDoc, load_value};
use schemata::format::avro::resolve::Checker;
use schemata::source::SourceFile;
use schemata::{Mode, Options};
use serde_json::{Value, json};
use std::path::PathBuf;

fn corpus() -> Vec<Value> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut dirs = vec![root.join("schemas-example/avro")];
    for base in ["fixtures/rules", "fixtures/avro/cases"] {
        for e in std::fs::read_dir(root.join(base)).unwrap() {
            dirs.push(e.unwrap().path());
        }
    }
    for d in dirs {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "avsc") {
                // Money is referenced by name from the example's payments; inline it there.
                let text = std::fs::read_to_string(&p).unwrap();
                if let Ok(v) = serde_json::from_str::<Value>(&text) {
                    out.push(v);
                }
            }
        }
    }
    out
}

/// Values a mutation puts somewhere: Avro-shaped and not.
fn replacement() -> impl Strategy<Value = Value> {
    prop::sample::select(vec![
        json!("int"),
        json!("long"),
        json!("string"),
        json!("bytes"),
        json!("double"),
        json!("null"),
        json!("Money"),
        json!("Nope"),
        json!(["null", "int"]),
        json!(["int", "string", "long"]),
        json!(["null", ["int"]]),
        json!({"type": "enum", "name": "E9", "symbols": ["A", "B"], "default": "A"}),
        json!({"type": "enum", "name": "E9", "symbols": []}),
        json!({"type": "fixed", "name": "F9", "size": 4}),
        json!({"type": "fixed", "name": "F9", "size": -1}),
        json!({"type": "record", "name": "R9", "fields": [{"name": "x", "type": "int", "default": 1}]}),
        json!({"type": "record", "name": "R9", "fields": [{"name": "self", "type": ["null", "R9"]}]}),
        json!({"type": "array", "items": "long"}),
        json!({"type": "map", "values": ["null", "string"]}),
        json!({"type": "bytes", "logicalType": "decimal", "precision": 4, "scale": 9}),
        json!({"type": "long", "logicalType": "timestamp-micros"}),
        json!({"type": {"type": "int"}}),
        json!({"name": "f", "type": "int", "default": "x"}),
        json!({"name": "f", "aliases": ["id", "note"], "type": "string"}),
        json!(null),
        json!(true),
        json!(12),
        json!(-3.5),
        json!("1bad"),
        json!([]),
        json!({}),
    ])
}

/// Every value of a document, by pre-order index.
fn nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(nodes).sum(),
        Value::Object(m) => m.values().map(nodes).sum(),
        _ => 0,
    }
}

fn node_mut(v: &mut Value, mut index: usize) -> Option<&mut Value> {
    if index == 0 {
        return Some(v);
    }
    index -= 1;
    let children: Vec<&mut Value> = match v {
        Value::Array(a) => a.iter_mut().collect(),
        Value::Object(m) => m.values_mut().collect(),
        _ => return None,
    };
    for c in children {
        let n = nodes(c);
        if index < n {
            return node_mut(c, index);
        }
        index -= n;
    }
    None
}

fn mutate(mut v: Value, edits: &[(usize, Value, u8)]) -> Value {
    for (at, with, how) in edits {
        let n = nodes(&v);
        if let Some(target) = node_mut(&mut v, at % n) {
            match (how % 3, &mut *target) {
                (1, Value::Object(m)) if !m.is_empty() => {
                    let k = m.keys().nth(at % m.len()).cloned().unwrap_or_default();
                    m.remove(&k);
                }
                (2, Value::Array(a)) if !a.is_empty() => {
                    let first = a[0].clone();
                    a.push(first);
                }
                _ => *target = with.clone(),
            }
        }
    }
    v
}

fn load(v: &Value, name: &str) -> Option<AvroDoc> {
    load_value(SourceFile::parse(name, serde_json::to_string_pretty(v).unwrap()).ok()?).ok()
}

fn exercise(old: &AvroDoc, new: &AvroDoc) {
    for mode in [Mode::Backward, Mode::Forward, Mode::Full] {
        let options = Options {
            mode,
            ..Default::default()
        };
        let _ = schemata::format::avro::diff::diff(old, new, &options);
    }
    use schemata::format::SchemaFormat;
    let _ = schemata::format::avro::Avro::sample(new, 3);
    let _ = schemata::format::avro::Avro::lint(&new.files[0], &Default::default());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if let Ok(file) = SourceFile::parse("x.avsc", text) {
            let _ = schemata::format::avro::lint::lint(&file, &Default::default());
            if let Ok(doc) = load_value(file.clone()) {
                exercise(&doc, &doc);
                let _ = schemata::format::avro::validate::check(&file, Ok(doc));
            }
        }
    }

    #[test]
    fn mutated_documents_never_panic_and_agree_with_resolution(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), replacement(), any::<u8>()), 1..4),
    ) {
        let corpus = corpus();
        let original = pick.get(&corpus).clone();
        let mutated = mutate(original.clone(), &edits);
        let text = serde_json::to_string(&mutated).unwrap();
        let file = SourceFile::parse("m.avsc", text).unwrap();
        let _ = schemata::format::avro::lint::lint(&file, &Default::default());
        let (Some(a), Some(b)) = (load(&original, "old.avsc"), load(&mutated, "new.avsc")) else {
            return Ok(());
        };
        let _ = schemata::format::avro::validate::check(&file, load(&mutated, "new.avsc").ok_or_else(|| schemata::Error::schema("x")));
        exercise(&a, &b);
        exercise(&b, &a);
        let same = schemata::format::avro::diff::diff(&b, &b, &Options { mode: Mode::Full, ..Default::default() });
        prop_assert!(same.changes.is_empty(), "{:?}", same.changes);
        for (mode, w, r) in [(Mode::Backward, &a, &b), (Mode::Forward, &b, &a)] {
            let report = schemata::format::avro::diff::diff(&a, &b, &Options { mode, witnesses: false, ..Default::default() });
            let stricter = report.changes.iter().any(|c| c.rule.contains("logical") || c.rule.contains("decimal"));
            if !stricter {
                let resolves = Checker::new(w, r).can_read(w.root, r.root);
                prop_assert_eq!(report.compatible, resolves, "{:?}\n{}\n{}", mode, serde_json::to_string(&original).unwrap(), serde_json::to_string(&mutated).unwrap());
            }
        }
    }
}
