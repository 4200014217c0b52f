//! Witnesses are real: every witness document printed for a fixture pair is accepted by
//! the side it names and rejected by the other, checked here with the `jsonschema` crate
//! independently of schemata's own checking. The rules the issue names always get one.

use schemata::change::Side;
use schemata::format::json_schema::diff::rules::ALL;
use schemata::{Options, diff_files};
use std::path::PathBuf;

/// A validator for a fixture; `None` only for fixtures with a remote `$ref`, which no
/// offline validator can compile.
fn validator(path: &PathBuf) -> Option<jsonschema::Validator> {
    let text = std::fs::read_to_string(path).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    match jsonschema::validator_for(&v) {
        Ok(v) => Some(v),
        Err(e) => {
            assert!(
                text.contains("\"$ref\": \"https://") || text.contains("$dynamicRef"),
                "{}: {e}",
                path.display()
            );
            None
        }
    }
}

#[test]
fn every_witness_is_accepted_by_one_side_and_rejected_by_the_other() {
    let mut checked = 0;
    let mut with_witness = std::collections::BTreeSet::new();
    for r in ALL {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/rules")
            .join(r.id);
        let (old, new) = (dir.join("old.json"), dir.join("new.json"));
        let report = diff_files(&old, &new, &Options::default()).unwrap();
        let (Some(vo), Some(vn)) = (validator(&old), validator(&new)) else {
            continue;
        };
        for c in &report.changes {
            let Some(w) = &c.witness else { continue };
            let (in_old, in_new) = (vo.is_valid(&w.document), vn.is_valid(&w.document));
            match w.accepted_by {
                Side::Old => assert!(in_old && !in_new, "{}: witness {} not old-only", c.rule, w.document),
                Side::New => assert!(in_new && !in_old, "{}: witness {} not new-only", c.rule, w.document),
            }
            with_witness.insert(c.rule);
            checked += 1;
        }
    }
    assert!(checked > 0);
    for rule in [
        "type-narrowed",
        "type-widened",
        "type-changed",
        "enum-value-removed",
        "enum-value-added",
        "required-added",
        "required-removed",
        "max-length-decreased",
        "max-length-increased",
        "min-length-increased",
        "min-length-decreased",
        "minimum-increased",
        "minimum-decreased",
        "maximum-increased",
        "maximum-decreased",
        "additional-properties-narrowed",
        "additional-properties-widened",
    ] {
        assert!(
            with_witness.contains(rule),
            "no witness for {rule}; witnesses for: {with_witness:?}"
        );
    }
}

/// A breaking verdict the witness search cannot back, where the accepting side allows a
/// finite set of values that the other side accepts in full, is reclassified (when the set
/// comparison has not already decided it): the issue's
/// examples (a `const` object rewritten as `properties`, an enum of integers rewritten as a
/// range, an enum of one-letter strings rewritten as `maxLength: 1`). The verdict is the
/// same with and without witnesses.
#[test]
fn breaks_that_no_document_shows_are_reclassified_by_proof() {
    use schemata::format::json_schema::diff::diff;
    use schemata::format::json_schema::schema::load_value;
    use schemata::source::SourceFile;
    use serde_json::json;
    let cases = [
        (
            json!({"const": {"key": "value"}}),
            json!({"properties": {"key": {"const": "value"}}}),
        ),
        (
            json!({"enum": [1, 2, 3]}),
            json!({"type": "integer", "minimum": 1, "maximum": 3}),
        ),
        (
            json!({"type": "object", "properties": {"s": {"enum": ["a", "b"]}}}),
            json!({"type": "object", "properties": {"s": {"type": "string", "maxLength": 1}}}),
        ),
    ];
    let graph = |v: &serde_json::Value| load_value(SourceFile::parse("s.json", v.to_string()).unwrap()).unwrap();
    for (old, new) in &cases {
        for witnesses in [true, false] {
            let options = Options {
                witnesses,
                ..Options::default()
            };
            let report = diff(&mut graph(old), &mut graph(new), &options);
            assert!(
                report.compatible,
                "{old} -> {new} (witnesses: {witnesses}): {:#?}",
                report.changes
            );
            // Where the set comparison did not already decide it, the proof did and says so.
            for c in report.changes.iter().filter(|c| c.message.contains("reclassified")) {
                assert!(!c.breaking && c.witness.is_none(), "{old} -> {new}: {c:#?}");
            }
        }
    }
    // A real narrowing of a finite set keeps its verdict and its witness.
    let (old, new) = (json!({"enum": ["a", "b"]}), json!({"type": "string", "maxLength": 0}));
    let report = diff(&mut graph(&old), &mut graph(&new), &Options::default());
    assert!(!report.compatible);
    assert!(
        report
            .changes
            .iter()
            .filter(|c| c.breaking)
            .all(|c| c.witness.is_some()),
        "{:#?}",
        report.changes
    );
}
