//! Exact verdicts, judged by set semantics: each case says whether NEW accepts exactly the
//! documents OLD does (`Same`), more (`Widens`), fewer (`Narrows`) or neither (`Reshapes`).
//! Every verdict is checked against the `jsonschema` crate: each breaking change the engine
//! reports must carry a witness that one side accepts and the other rejects, and a given
//! sample of documents must keep the containment the verdict claims.

use schemata::{Mode, Options};
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Same,
    Widens,
    Narrows,
    Reshapes,
}

struct Case {
    name: &'static str,
    old: Value,
    new: Value,
    verdict: Verdict,
    /// Documents to check the claimed containment on.
    samples: Vec<Value>,
    /// Whether every breaking change must carry a witness (false where building one is
    /// not this engine's set reasoning: whole conditionals, structural rewrites).
    needs_witness: bool,
}

fn case(name: &'static str, old: Value, new: Value, verdict: Verdict, samples: Vec<Value>) -> Case {
    Case {
        name,
        old,
        new,
        verdict,
        samples,
        needs_witness: true,
    }
}

/// A case whose breaking changes may come without a witness.
fn case_nw(name: &'static str, old: Value, new: Value, verdict: Verdict, samples: Vec<Value>) -> Case {
    Case {
        needs_witness: false,
        ..case(name, old, new, verdict, samples)
    }
}

fn diff(old: &Value, new: &Value, mode: Mode) -> schemata::DiffReport {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("old.json"), dir.path().join("new.json"));
    std::fs::write(&a, old.to_string()).unwrap();
    std::fs::write(&b, new.to_string()).unwrap();
    schemata::diff_files(
        &a,
        &b,
        &Options {
            mode,
            ..Default::default()
        },
    )
    .unwrap()
}

fn check(cases: Vec<Case>) {
    for c in cases {
        let (vo, vn) = (
            jsonschema::validator_for(&c.old).unwrap(),
            jsonschema::validator_for(&c.new).unwrap(),
        );
        // the claimed verdict holds on the samples (a test of the test)
        for s in &c.samples {
            let (o, n) = (vo.is_valid(s), vn.is_valid(s));
            let fine = match c.verdict {
                Verdict::Same => o == n,
                Verdict::Widens => !o || n,
                Verdict::Narrows => !n || o,
                Verdict::Reshapes => true,
            };
            assert!(
                fine,
                "{}: sample {s} contradicts {:?} (old {o}, new {n})",
                c.name, c.verdict
            );
        }
        for mode in [Mode::Backward, Mode::Forward] {
            let report = diff(&c.old, &c.new, mode);
            let rules: Vec<String> = report
                .changes
                .iter()
                .map(|x| format!("{} ({:?}): {}", x.rule, x.effect, x.message))
                .collect();
            let expected = matches!(
                (c.verdict, mode),
                (Verdict::Same, _) | (Verdict::Widens, Mode::Backward) | (Verdict::Narrows, Mode::Forward)
            );
            assert_eq!(report.compatible, expected, "{} under {mode:?}: {rules:#?}", c.name);
            for change in report.changes.iter().filter(|x| x.breaking) {
                let Some(w) = change.witness.as_ref() else {
                    assert!(
                        !c.needs_witness,
                        "{} under {mode:?}: {} has no witness: {rules:#?}",
                        c.name, change.rule
                    );
                    continue;
                };
                let doc = &w.document;
                let (o, n) = (vo.is_valid(doc), vn.is_valid(doc));
                assert!(
                    o != n,
                    "{}: the witness {doc} of {} does not separate (old {o}, new {n})",
                    c.name,
                    change.rule
                );
            }
        }
    }
}

const D4: &str = "http://json-schema.org/draft-04/schema#";
const D6: &str = "http://json-schema.org/draft-06/schema#";
const D7: &str = "http://json-schema.org/draft-07/schema#";
const D2019: &str = "https://json-schema.org/draft/2019-09/schema";

#[test]
fn each_draft_reads_its_own_keywords() {
    use Verdict::*;
    check(vec![
        case(
            "draft-04 has no const: oneOf of two branches that accept everything rejects everything",
            json!({"$schema": D4, "type": "object", "properties": {"editor": {"oneOf": [{"enum": ["vscode"]}, {"enum": ["vim"]}]}}}),
            json!({"$schema": D4, "type": "object", "properties": {"editor": {"oneOf": [{"const": "vscode"}, {"const": "vim"}]}}}),
            Narrows,
            vec![json!({"editor": "vscode"}), json!({}), json!({"editor": 1})],
        ),
        case(
            "propertyNames means nothing in draft-04",
            json!({"$schema": D4, "type": "object"}),
            json!({"$schema": D4, "type": "object", "propertyNames": {"maxLength": 3}}),
            Same,
            vec![json!({"long name": 1}), json!({})],
        ),
        case(
            "contains means nothing in draft-04",
            json!({"$schema": D4, "type": "array"}),
            json!({"$schema": D4, "type": "array", "contains": {"type": "string"}}),
            Same,
            vec![json!([1]), json!([])],
        ),
        case(
            "if/then/else mean nothing in draft-06",
            json!({"$schema": D6, "type": "object"}),
            json!({"$schema": D6, "type": "object", "if": {"required": ["a"]}, "then": {"required": ["b"]}}),
            Same,
            vec![json!({"a": 1})],
        ),
        case_nw(
            "if/then/else apply in draft-07",
            json!({"$schema": D7, "type": "object"}),
            json!({"$schema": D7, "type": "object", "if": {"required": ["a"]}, "then": {"required": ["b"]}}),
            Narrows,
            vec![json!({"a": 1}), json!({"a": 1, "b": 2})],
        ),
        case(
            "dependentRequired means nothing in draft-07",
            json!({"$schema": D7, "type": "object"}),
            json!({"$schema": D7, "type": "object", "dependentRequired": {"a": ["b"]}}),
            Same,
            vec![json!({"a": 1})],
        ),
        case_nw(
            "dependentRequired applies in 2019-09",
            json!({"$schema": D2019, "type": "object"}),
            json!({"$schema": D2019, "type": "object", "dependentRequired": {"a": ["b"]}}),
            Narrows,
            vec![json!({"a": 1}), json!({"a": 1, "b": 1})],
        ),
        case(
            "a const read by draft-07 and ignored by draft-04",
            json!({"$schema": D7, "type": "string", "const": "a"}),
            json!({"$schema": D4, "type": "string", "const": "a"}),
            Widens,
            vec![json!("a"), json!("b")],
        ),
        case(
            "bounds that moved both ways",
            json!({"type": "integer", "maximum": 5}),
            json!({"type": "integer", "minimum": 3}),
            Reshapes,
            vec![json!(1), json!(9)],
        ),
        case(
            "const in draft-06 is a constraint",
            json!({"$schema": D6, "type": "string"}),
            json!({"$schema": D6, "type": "string", "const": "a"}),
            Narrows,
            vec![json!("a"), json!("b")],
        ),
    ]);
}
