//! Properties the engine must hold on every schema we have (the rule fixtures and, when the
//! folder is beside the project, Confluent's conformance cases):
//!
//! - comparing a schema with itself finds nothing;
//! - reformatting (pretty or compact JSON, any key order, JSON ↔ YAML) changes nothing;
//! - the verdicts mirror: A → B is backward compatible exactly when B → A is forward compatible;
//! - an oracle with the jsonschema crate: when A → B reports no narrowing (backward
//!   compatible), every generated document valid under A is valid under B, and the mirror
//!   for forward compatibility.

use proptest::prelude::*;
use schemata::format::json_schema::diff::diff;
use schemata::format::json_schema::schema::load_value;
use schemata::source::SourceFile;
use schemata::{Mode, OpenContent, Options};
use serde_json::{Map, Value};
use std::path::Path;

#[path = "conformance.rs"]
#[allow(dead_code)]
mod conformance;

fn fixture_pairs() -> Vec<(String, Value, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/rules");
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let read = |f: &str| -> Option<Value> {
            let text = std::fs::read_to_string(e.path().join(f)).ok()?;
            Some(SourceFile::parse(f, text).ok()?.value)
        };
        if let (Some(a), Some(b)) = (read("old.json"), read("new.json")) {
            out.push((e.file_name().to_string_lossy().into_owned(), a, b));
        }
    }
    out
}

fn all_pairs() -> Vec<(String, Value, Value)> {
    let mut pairs = fixture_pairs();
    match conformance::cases() {
        Some(cases) => pairs.extend(cases.into_iter().map(|c| (c.id, c.original, c.update))),
        None => eprintln!("../shared/conformance/confluent is absent: only the rule fixtures are used"),
    }
    pairs
}

fn graph(name: &str, v: &Value) -> Option<schemata::format::json_schema::schema::Graph> {
    let text = serde_json::to_string(v).ok()?;
    load_value(SourceFile::parse(format!("{name}.json"), text).ok()?).ok()
}

fn options(mode: Mode) -> Options {
    Options {
        mode,
        open_content: OpenContent::Strict,
        witnesses: false,
        ..Default::default()
    }
}

fn compare(a: &Value, b: &Value, mode: Mode) -> Option<schemata::DiffReport> {
    let mut ga = graph("a", a)?;
    let mut gb = graph("b", b)?;
    Some(diff(&mut ga, &mut gb, &options(mode)))
}

#[test]
fn a_schema_compared_with_itself_has_no_changes() {
    let mut checked = 0;
    let pairs = all_pairs();
    let expected = pairs.len() * 2 * 9 / 10;
    for (id, a, b) in pairs {
        for v in [&a, &b] {
            if let Some(r) = compare(v, v, Mode::Backward) {
                assert!(r.changes.is_empty(), "{id}: {:#?}", r.changes);
                checked += 1;
            }
        }
    }
    assert!(
        checked >= expected,
        "only {checked} schemas loaded, expected at least {expected}"
    );
}

#[test]
fn verdicts_mirror_between_the_two_directions() {
    let mut failures = Vec::new();
    for (id, a, b) in all_pairs() {
        let (Some(ab), Some(ba)) = (compare(&a, &b, Mode::Backward), compare(&b, &a, Mode::Forward)) else {
            continue;
        };
        if ab.compatible != ba.compatible {
            failures.push(format!(
                "{id}: A→B backward {} but B→A forward {}",
                ab.compatible, ba.compatible
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Reorders every object's keys by a seed.
fn shuffle(v: &Value, seed: &mut u64) -> Value {
    match v {
        Value::Object(m) => {
            let mut entries: Vec<(&String, &Value)> = m.iter().collect();
            for i in (1..entries.len()).rev() {
                *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let j = (*seed >> 33) as usize % (i + 1);
                entries.swap(i, j);
            }
            let mut out = Map::new();
            for (k, v) in entries {
                out.insert(k.clone(), shuffle(v, seed));
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(|x| shuffle(x, seed)).collect()),
        other => other.clone(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn reformatting_changes_nothing(index in 0usize..100_000, seed in any::<u64>(), yaml in any::<bool>(), pretty in any::<bool>()) {
        let pairs = fixture_pairs();
        let (id, a, _) = &pairs[index % pairs.len()];
        let mut s = seed;
        let shuffled = shuffle(a, &mut s);
        let text = if yaml {
            serde_yaml::to_string(&shuffled).unwrap()
        } else if pretty {
            serde_json::to_string_pretty(&shuffled).unwrap()
        } else {
            serde_json::to_string(&shuffled).unwrap()
        };
        let name = if yaml { "b.yaml" } else { "b.json" };
        let (Some(mut ga), Ok(file)) = (graph("a", a), SourceFile::parse(name, text)) else {
            return Ok(());
        };
        let Ok(mut gb) = load_value(file) else { return Ok(()) };
        let r = diff(&mut ga, &mut gb, &options(Mode::Backward));
        prop_assert!(r.changes.is_empty(), "{}: {:#?}", id, r.changes);
    }
}

/// Documents to try: samples of both sides under several seeds, plus small variations.
fn candidates(a: &Value, b: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    for v in [a, b] {
        let Some(g) = graph("s", v) else { continue };
        for seed in 0..6 {
            if let Ok(Some(doc)) = schemata::format::json_schema::sample::sample(&g, seed) {
                out.push(doc);
            }
        }
    }
    let base = out.clone();
    for doc in base {
        if let Value::Object(m) = &doc {
            // Drop each member in turn, and set each to a value of another type.
            for k in m.keys() {
                let mut d = m.clone();
                d.shift_remove(k);
                out.push(Value::Object(d));
                let mut d = m.clone();
                d.insert(k.clone(), Value::Null);
                out.push(Value::Object(d));
            }
        }
    }
    out.extend([
        Value::Null,
        Value::from(0),
        Value::from(""),
        Value::from(vec![Value::from(1)]),
    ]);
    out
}

#[test]
fn the_jsonschema_oracle_agrees_when_no_narrowing_is_reported() {
    let mut violations = Vec::new();
    let mut tested = 0;
    for (id, a, b) in fixture_pairs() {
        let (Ok(va), Ok(vb)) = (jsonschema::validator_for(&a), jsonschema::validator_for(&b)) else {
            continue;
        };
        let (Some(back), Some(fwd)) = (compare(&a, &b, Mode::Backward), compare(&a, &b, Mode::Forward)) else {
            continue;
        };
        for doc in candidates(&a, &b) {
            tested += 1;
            if back.compatible && va.is_valid(&doc) && !vb.is_valid(&doc) {
                violations.push(format!("{id}: backward compatible, but {doc} is valid under old only"));
            }
            if fwd.compatible && vb.is_valid(&doc) && !va.is_valid(&doc) {
                violations.push(format!("{id}: forward compatible, but {doc} is valid under new only"));
            }
        }
    }
    assert!(tested > 1000, "only {tested} documents tried");
    assert!(violations.is_empty(), "{violations:#?}");
}
