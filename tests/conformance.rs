//! Agreement with Confluent Schema Registry's JSON Schema compatibility test data
//! (../shared/conformance/confluent, beside the project). Each case's backward verdict
//! under STRICT must equal `compatible`, and under LENIENT `compatible_lenient` (or
//! `compatible` when absent). Every disagreement we accept is listed, with its reason and
//! a witness, in tests/conformance/known-differences.md; anything else fails the test.

use schemata::format::json_schema::diff::diff;
use schemata::format::json_schema::schema::load_value;
use schemata::source::SourceFile;
use schemata::{Mode, OpenContent, Options};
use serde_json::Value;
use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance/confluent")
}

/// Confluent's 2020-12 file has trailing commas; drop commas right before `}`/`]`
/// outside strings.
fn strip_trailing_commas(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let (mut in_str, mut esc) = (false, false);
    for (i, &c) in chars.iter().enumerate() {
        if in_str {
            out.push(c);
            if esc {
                esc = false;
            } else if c == '\\' {
                esc = true;
            } else if c == '"' {
                in_str = false;
            }
            continue;
        }
        if c == '"' {
            in_str = true;
        }
        if c == ',' {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if matches!(next, Some('}') | Some(']')) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

pub struct Case {
    pub id: String,
    pub original: Value,
    pub update: Value,
    pub compatible: bool,
    pub compatible_lenient: bool,
}

pub fn cases() -> Option<Vec<Case>> {
    let dir = corpus_dir();
    if !dir.is_dir() {
        return None;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if !name.starts_with("diff-") || !name.ends_with(".json") {
            continue;
        }
        let text = strip_trailing_commas(&std::fs::read_to_string(&f).unwrap());
        let list: Vec<Value> = serde_json::from_str(&text).unwrap();
        for (i, c) in list.into_iter().enumerate() {
            let compatible = c["compatible"].as_bool().unwrap();
            out.push(Case {
                id: format!("{name}#{i}"),
                original: c["original_schema"].clone(),
                update: c["update_schema"].clone(),
                compatible,
                compatible_lenient: c
                    .get("compatible_lenient")
                    .and_then(Value::as_bool)
                    .unwrap_or(compatible),
            });
        }
    }
    Some(out)
}

fn verdict(old: &Value, new: &Value, open_content: OpenContent) -> (bool, Vec<String>) {
    let load = |v: &Value, name: &str| {
        load_value(SourceFile::parse(name, serde_json::to_string_pretty(v).unwrap()).unwrap()).unwrap()
    };
    let (mut a, mut b) = (load(old, "original.json"), load(new, "update.json"));
    let report = diff(
        &mut a,
        &mut b,
        &Options {
            mode: Mode::Backward,
            open_content,
            witnesses: false,
            ..Default::default()
        },
    );
    (
        report.compatible,
        report
            .changes
            .iter()
            .map(|c| format!("{} {} {}", c.rule, c.effect.as_str(), c.instance_path))
            .collect(),
    )
}

fn known_differences() -> Vec<String> {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/conformance/known-differences.md"),
    )
    .unwrap_or_default();
    text.lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn confluent_verdicts_agree() {
    let Some(cases) = cases() else {
        eprintln!(
            "SKIPPED: {} not found; the Confluent conformance corpus is not on this machine",
            corpus_dir().display()
        );
        return;
    };
    let known = known_differences();
    let mut agree = 0;
    let mut unexpected = Vec::new();
    let mut listed_but_agreeing = Vec::new();
    for c in &cases {
        let (strict, changes) = verdict(&c.original, &c.update, OpenContent::Strict);
        let (lenient, _) = verdict(&c.original, &c.update, OpenContent::Lenient);
        let ok = strict == c.compatible && lenient == c.compatible_lenient;
        if ok {
            agree += 1;
            if known.contains(&c.id) {
                listed_but_agreeing.push(c.id.clone());
            }
        } else if !known.contains(&c.id) {
            unexpected.push(format!(
                "{}: expected strict={} lenient={}, got strict={strict} lenient={lenient}\n  old: {}\n  new: {}\n  changes: {changes:?}",
                c.id, c.compatible, c.compatible_lenient, c.original, c.update
            ));
        }
    }
    let total = cases.len();
    eprintln!(
        "conformance: {agree}/{total} Confluent cases agree ({:.1} %)",
        100.0 * agree as f64 / total as f64
    );
    assert!(
        unexpected.is_empty(),
        "{} unexpected disagreements:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    assert!(
        listed_but_agreeing.is_empty(),
        "listed in known-differences.md but now agreeing (remove them): {listed_but_agreeing:?}"
    );
    // Every case either agrees or is a documented, witnessed difference.
    assert_eq!(agree + known.len(), total, "cases neither agreeing nor listed");
}

#[test]
fn recursive_schema_has_no_self_difference() {
    let path = corpus_dir().join("recursive-schema.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED: {} not found", path.display());
        return;
    };
    let v: Value = serde_json::from_str(&text).unwrap();
    let (compatible, changes) = verdict(&v, &v, OpenContent::Strict);
    assert!(compatible && changes.is_empty(), "{changes:?}");
}

#[test]
fn every_conformance_schema_has_no_self_difference() {
    let Some(cases) = cases() else {
        eprintln!("SKIPPED: conformance corpus not found");
        return;
    };
    for c in &cases {
        for v in [&c.original, &c.update] {
            let (_, changes) = verdict(v, v, OpenContent::Strict);
            assert!(changes.is_empty(), "{}: diff(a, a) = {changes:?} for {v}", c.id);
        }
    }
}
