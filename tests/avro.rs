//! Avro: the rule and lint catalogues' guards (every rule file registered, one fixture per
//! rule firing it, messages, places and witnesses compared with `expected.txt`, nothing found comparing a schema
//! with itself), the mirror property of the two directions, witnesses checked again through
//! apache-avro, the fixtures of nested and recursive schemas, and agreement with Confluent's
//! Avro compatibility cases.
//!
//! `SCHEMATA_BLESS=1` rewrites the expected outputs after a deliberate change.

use schemata::format::avro::diff::rules::ALL;
use schemata::format::avro::model::{AvroDoc, load_value};
use schemata::source::SourceFile;
use schemata::{Effect, Mode, Options};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("SCHEMATA_BLESS").is_some()
}

fn load(path: &Path) -> AvroDoc {
    let text = std::fs::read_to_string(path).unwrap();
    load_value(SourceFile::parse(path.file_name().unwrap().to_string_lossy(), text).unwrap()).unwrap()
}

fn load_str(name: &str, text: &str) -> AvroDoc {
    load_value(SourceFile::parse(name, text.to_string()).unwrap()).unwrap()
}

fn diff(old: &AvroDoc, new: &AvroDoc, mode: Mode, witnesses: bool) -> schemata::DiffReport {
    schemata::format::avro::diff::diff(
        old,
        new,
        &Options {
            mode,
            witnesses,
            ..Default::default()
        },
    )
}

fn render(report: &schemata::DiffReport) -> String {
    let mut s = format!(
        "compatible: {}\nrequired_bump: {}\n",
        report.compatible,
        report.required_bump.as_str()
    );
    for c in &report.changes {
        s.push_str(&format!(
            "{} {} breaking={} at '{}' (old line {}, new line {})\n  {}\n",
            c.rule,
            c.effect.as_str(),
            c.breaking,
            c.instance_path,
            c.old.as_ref().map_or(0, |p| p.line),
            c.new.as_ref().map_or(0, |p| p.line),
            c.message
        ));
        if let Some(w) = &c.witness {
            s.push_str(&format!(
                "  witness ({:?} writes): {} = {}\n",
                w.accepted_by,
                w.document,
                w.encoded.as_deref().unwrap_or("")
            ));
        }
    }
    s
}

#[test]
fn every_rule_file_is_registered_under_its_own_id() {
    let files: BTreeSet<String> = std::fs::read_dir(root().join("src/format/avro/diff/rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".rs") && n != "mod.rs")
        .map(|n| n.trim_end_matches(".rs").replace('_', "-"))
        .collect();
    let ids: BTreeSet<String> = ALL.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(files, ids, "rule files and registered rules differ");
    assert_eq!(ids.len(), ALL.len(), "a rule is registered twice");
    for r in ALL {
        assert_eq!(r.format, Some(schemata::Format::Avro));
        let doc = r.doc_text();
        assert!(
            doc.contains("## Why it matters") && doc.contains("## Example"),
            "{} lacks docs",
            r.id
        );
        if r.effect != Effect::Annotation && r.id != "avro-unclassified-change" {
            assert!(
                r.hint.is_some(),
                "{} can break and says nothing on how to ship it safely",
                r.id
            );
        }
    }
    // Rule ids are unique across formats (the config and `schemata rules` look them up by id).
    let all = schemata::format::all_rules();
    let unique: BTreeSet<&str> = all.iter().map(|r| r.id).collect();
    assert_eq!(unique.len(), all.len(), "two rules share an id");
}

#[test]
fn one_fixture_pair_per_rule_firing_it_with_its_expected_output() {
    let dirs: BTreeSet<String> = std::fs::read_dir(root().join("fixtures/rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("old.avsc").exists())
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    let ids: BTreeSet<String> = ALL.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(dirs, ids, "fixture folders and rules differ");
    let mut failures = Vec::new();
    for r in ALL {
        let dir = root().join("fixtures/rules").join(r.id);
        let (old, new) = (load(&dir.join("old.avsc")), load(&dir.join("new.avsc")));
        let got = render(&diff(&old, &new, Mode::Backward, true));
        if r.id != "avro-unclassified-change" {
            assert!(
                got.contains(&format!("\n{} ", r.id)),
                "{} does not fire on its own fixture:\n{got}",
                r.id
            );
        }
        // Avro's fixtures are checked here (messages, places, witnesses), not by
        // tests/catalogue.rs.
        let expected_path = dir.join("expected.txt");
        if bless() {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("{}:\n--- expected\n{expected}--- got\n{got}", r.id));
        }
    }
    assert!(
        failures.is_empty(),
        "fixture outputs changed (SCHEMATA_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}

/// Nested records, recursion and named types used twice: whole outputs under fixtures/avro/cases.
#[test]
fn nested_recursive_and_shared_types_match_their_expected_output() {
    let dir = root().join("fixtures/avro/cases");
    let mut failures = Vec::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let case = entry.unwrap().path();
        count += 1;
        let (old, new) = (load(&case.join("old.avsc")), load(&case.join("new.avsc")));
        let got = render(&diff(&old, &new, Mode::Backward, true));
        let expected_path = case.join("expected.txt");
        if bless() {
            std::fs::write(&expected_path, &got).unwrap();
        } else if std::fs::read_to_string(&expected_path).unwrap_or_default() != got {
            failures.push(format!("{}:\n{got}", case.display()));
        }
    }
    assert!(count >= 3);
    assert!(
        failures.is_empty(),
        "outputs changed (SCHEMATA_BLESS=1):\n{}",
        failures.join("\n")
    );
}

fn fixture_docs() -> Vec<(String, AvroDoc, AvroDoc)> {
    let mut out = Vec::new();
    for dir in [root().join("fixtures/rules"), root().join("fixtures/avro/cases")] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.join("old.avsc").exists() {
                out.push((
                    p.display().to_string(),
                    load(&p.join("old.avsc")),
                    load(&p.join("new.avsc")),
                ));
            }
        }
    }
    out
}

#[test]
fn a_schema_compared_with_itself_has_no_change() {
    for (name, old, new) in fixture_docs() {
        for doc in [&old, &new] {
            let report = diff(doc, doc, Mode::Full, true);
            assert!(report.changes.is_empty(), "{name}: {:?}", report.changes);
        }
    }
}

/// What breaks `backward` from A to B breaks `forward` from B to A, and the reverse.
#[test]
fn the_two_directions_mirror_each_other() {
    for (name, old, new) in fixture_docs() {
        for mode in [Mode::Backward, Mode::Forward] {
            let there = diff(&old, &new, mode, false).compatible;
            let other = if mode == Mode::Backward {
                Mode::Forward
            } else {
                Mode::Backward
            };
            let back = diff(&new, &old, other, false).compatible;
            assert_eq!(there, back, "{name}: {mode:?} A→B vs the mirror B→A");
        }
    }
}

/// The verdict agrees with the resolution checker run directly in each direction (the
/// engine's rules explain what the checker finds, nothing more, nothing less, but for the
/// logical-type rules, which are stricter than Java's check on purpose).
#[test]
fn the_verdict_agrees_with_schema_resolution() {
    use schemata::format::avro::resolve::Checker;
    for (name, old, new) in fixture_docs() {
        let logical = |r: &schemata::DiffReport| {
            r.changes
                .iter()
                .any(|c| c.rule.contains("logical") || c.rule.contains("decimal"))
        };
        let backward = diff(&old, &new, Mode::Backward, false);
        if logical(&backward) {
            continue;
        }
        assert_eq!(
            backward.compatible,
            Checker::new(&old, &new).can_read(old.root, new.root),
            "{name}: backward"
        );
        let forward = diff(&old, &new, Mode::Forward, false);
        assert_eq!(
            forward.compatible,
            Checker::new(&new, &old).can_read(new.root, old.root),
            "{name}: forward"
        );
    }
}

/// Every witness decodes as it says: the writer's side encodes it, and the other side's
/// reader fails on it (checked again here, independently of the engine).
#[test]
fn witnesses_are_data_the_other_side_cannot_read() {
    use schemata::format::avro::datum;
    let mut seen = BTreeSet::new();
    for (name, old, new) in fixture_docs() {
        for mode in [Mode::Backward, Mode::Forward] {
            for c in diff(&old, &new, mode, true).changes {
                let Some(w) = &c.witness else { continue };
                let (writer, reader) = match w.accepted_by {
                    schemata::change::Side::Old => (&old, &new),
                    schemata::change::Side::New => (&new, &old),
                };
                let hex = w.encoded.as_deref().unwrap();
                let bytes: Vec<u8> = (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                    .collect();
                let own = datum::decode(writer, writer, &bytes).unwrap();
                assert!(own.is_ok(), "{name} {}: the writer cannot read its own witness", c.rule);
                match datum::decode(writer, reader, &bytes).unwrap() {
                    Err(_) => {}
                    Ok(v) => assert!(
                        datum::rounds(&v, 0.1),
                        "{name} {}: the reader reads the witness",
                        c.rule
                    ),
                }
                seen.insert(c.rule);
            }
        }
    }
    for rule in [
        "avro-field-added-without-default",
        "avro-field-removed-without-default",
        "avro-type-promoted",
        "avro-type-demoted",
        "avro-type-changed",
        "avro-enum-symbol-removed",
        "avro-enum-symbol-added",
        "avro-union-branch-removed",
        "avro-union-branch-added",
        "avro-became-union",
        "avro-union-became-type",
        "avro-fixed-size-changed",
    ] {
        assert!(seen.contains(rule), "no verified witness for {rule}: {seen:?}");
    }
}

#[test]
fn every_incompatibility_is_reported_not_only_the_first() {
    let old = load_str(
        "old.avsc",
        r#"{"type":"record","name":"R","fields":[
            {"name":"a","type":"long"},
            {"name":"b","type":{"type":"enum","name":"E","symbols":["X","Y"]}},
            {"name":"c","type":["null","string"]}]}"#,
    );
    let new = load_str(
        "new.avsc",
        r#"{"type":"record","name":"R","fields":[
            {"name":"a","type":"int"},
            {"name":"b","type":{"type":"enum","name":"E","symbols":["X"]}},
            {"name":"c","type":"string"},
            {"name":"d","type":"int"}]}"#,
    );
    let report = diff(&old, &new, Mode::Backward, true);
    let breaking: Vec<(&str, &str)> = report
        .changes
        .iter()
        .filter(|c| c.breaking)
        .map(|c| (c.rule, c.instance_path.as_str()))
        .collect();
    assert_eq!(
        breaking,
        [
            ("avro-field-added-without-default", "/d"),
            ("avro-type-demoted", "/a"),
            ("avro-enum-symbol-removed", "/b"),
            ("avro-union-became-type", "/c"),
        ],
        "{:#?}",
        report.changes
    );
    assert!(
        report
            .changes
            .iter()
            .filter(|c| c.breaking)
            .all(|c| c.witness.is_some())
    );
}

#[test]
fn renames_honour_aliases_in_the_direction_that_reads_them() {
    let old = load_str(
        "o.avsc",
        r#"{"type":"record","name":"Customer","namespace":"a","fields":[{"name":"id","type":"string"}]}"#,
    );
    let aliased = load_str(
        "n.avsc",
        r#"{"type":"record","name":"Client","namespace":"a","aliases":["Customer"],"fields":[{"name":"id","type":"string"}]}"#,
    );
    let bare = load_str(
        "n.avsc",
        r#"{"type":"record","name":"Client","namespace":"a","fields":[{"name":"id","type":"string"}]}"#,
    );
    let moved = load_str(
        "n.avsc",
        r#"{"type":"record","name":"Customer","namespace":"b","fields":[{"name":"id","type":"string"}]}"#,
    );
    assert!(diff(&old, &aliased, Mode::Backward, false).compatible);
    assert!(!diff(&old, &aliased, Mode::Forward, false).compatible);
    assert!(!diff(&old, &bare, Mode::Backward, false).compatible);
    let ns = diff(&old, &moved, Mode::Full, false);
    assert!(ns.compatible, "{:?}", ns.changes);
    assert_eq!(ns.changes[0].rule, "avro-namespace-changed");
}

#[test]
fn enum_defaults_make_symbol_changes_compatible() {
    let old = load_str(
        "o.avsc",
        r#"{"type":"enum","name":"S","symbols":["U","A","B"],"default":"U"}"#,
    );
    let new = load_str(
        "n.avsc",
        r#"{"type":"enum","name":"S","symbols":["U","A","C"],"default":"U"}"#,
    );
    let r = diff(&old, &new, Mode::Full, false);
    assert!(r.compatible, "{:?}", r.changes);
    let rules: Vec<&str> = r.changes.iter().map(|c| c.rule).collect();
    assert_eq!(rules, ["avro-enum-symbol-removed", "avro-enum-symbol-added"]);
}

#[test]
fn a_union_branch_another_branch_reads_is_not_held_against_the_change() {
    // OLD's int is read by NEW's long; NEW's int branch is gone but nothing is lost.
    let old = load_str("o.avsc", r#"["null","int"]"#);
    let new = load_str("n.avsc", r#"["null","long"]"#);
    let r = diff(&old, &new, Mode::Backward, true);
    assert!(r.compatible, "{:?}", r.changes);
    assert_eq!(r.changes[0].rule, "avro-type-promoted");
    assert!(!diff(&old, &new, Mode::Forward, false).compatible);
}

// ---------------------------------------------------------------------------------------
// Lint

#[test]
fn every_lint_rule_is_registered_and_fires_on_its_fixture() {
    use schemata::format::avro::lint::{lint, rules::ALL as LINTS};
    let files: BTreeSet<String> = std::fs::read_dir(root().join("src/format/avro/lint/rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".rs") && n != "mod.rs")
        .map(|n| n.trim_end_matches(".rs").replace('_', "-"))
        .collect();
    let ids: BTreeSet<String> = LINTS.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(files, ids);
    let dirs: BTreeSet<String> = std::fs::read_dir(root().join("fixtures/lint"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("schema.avsc").exists())
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    assert_eq!(dirs, ids, "one fixture per Avro lint rule");
    let mut failures = Vec::new();
    for id in &ids {
        let dir = root().join("fixtures/lint").join(id);
        let file = SourceFile::read(&dir.join("schema.avsc")).unwrap();
        let out: String = lint(&file, &Default::default())
            .iter()
            .map(|f| {
                format!(
                    "{}:{} {} {} {}: {}\n",
                    f.line,
                    f.column,
                    f.level.as_str(),
                    f.rule,
                    f.pointer,
                    f.message
                )
            })
            .collect();
        assert!(
            out.lines().any(|l| l.split(' ').nth(2) == Some(id.as_str())),
            "{id} does not fire:\n{out}"
        );
        let expected = dir.join("expected.txt");
        if bless() {
            std::fs::write(&expected, &out).unwrap();
        } else if std::fs::read_to_string(&expected).unwrap_or_default() != out {
            failures.push(format!("{id}:\n{out}"));
        }
    }
    assert!(
        failures.is_empty(),
        "lint output changed (SCHEMATA_BLESS=1):\n{}",
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// Conformance

/// Confluent's Avro compatibility cases (../shared/conformance/confluent): each case's
/// backward verdict must equal `compatible_backward`.
#[test]
fn confluent_avro_compatibility_cases_agree() {
    let path = root().join("../shared/conformance/confluent/avro-compatibility-cases.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        panic!(
            "{} is missing: the conformance data lives beside the project",
            path.display()
        );
    };
    let mut count = 0;
    let mut failures = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = case["id"].as_str().unwrap();
        let want = case["compatible_backward"].as_bool().unwrap();
        let old = load_str("old.avsc", &case["old"].to_string());
        let new = load_str("new.avsc", &case["new"].to_string());
        let report = diff(&old, &new, Mode::Backward, true);
        if report.compatible != want {
            failures.push(format!(
                "{id}: want {want}, got {}: {:?}",
                report.compatible, report.changes
            ));
        }
        count += 1;
    }
    assert_eq!(count, 15);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Avro documents in `.json` files are told from JSON Schemas by what only Avro can be.
#[test]
fn avro_in_json_files_is_detected_by_shape() {
    use schemata::format::{Format, detect};
    let fmt = |text: &str| detect("x.json", &SourceFile::parse("x.json", text.to_string()).unwrap()).unwrap();
    for avro in [
        r#"{"type": "record", "name": "R", "fields": []}"#,
        r#"{"type": "map", "values": "long"}"#,
        r#"{"type": "array", "items": "string"}"#,
        r#"{"type": "array", "items": ["null", "string"]}"#,
        r#"{"type": "long", "logicalType": "timestamp-millis"}"#,
        r#"["null", "string"]"#,
        r#""int""#,
    ] {
        assert_eq!(fmt(avro), Format::Avro, "{avro}");
    }
    for json_schema in [
        r#"{"type": "array", "items": {"type": "string"}}"#,
        r#"{"type": "array", "items": [{"type": "string"}]}"#,
        r#"{"type": "object", "properties": {"values": {}}}"#,
        r#"{"type": "string"}"#,
    ] {
        assert_eq!(fmt(json_schema), Format::JsonSchema, "{json_schema}");
    }
}
