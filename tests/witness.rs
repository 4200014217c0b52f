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
