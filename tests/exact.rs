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

#[test]
fn numbers_are_compared_as_sets() {
    use Verdict::*;
    let ints = |v: Vec<i64>| v.into_iter().map(|x| json!(x)).collect::<Vec<_>>();
    check(vec![
        case(
            "an exclusive integer bound is the closed bound below it",
            json!({"type": "integer", "exclusiveMaximum": 10}),
            json!({"type": "integer", "maximum": 9}),
            Same,
            ints(vec![8, 9, 10, 11]),
        ),
        case(
            "a fractional bound on integers is the integer inside it",
            json!({"type": "integer", "minimum": 0.5, "maximum": 3.7}),
            json!({"type": "integer", "minimum": 1, "maximum": 3}),
            Same,
            ints(vec![0, 1, 3, 4]),
        ),
        case(
            "an enum of consecutive integers is the integer range",
            json!({"enum": [1, 2, 3]}),
            json!({"type": "integer", "minimum": 1, "maximum": 3}),
            Same,
            vec![json!(0), json!(1), json!(2), json!(3), json!(4), json!(2.5), json!("1")],
        ),
        case(
            "a range wider than the enum widens",
            json!({"enum": [1, 2, 3]}),
            json!({"type": "integer", "minimum": 1, "maximum": 4}),
            Widens,
            ints(vec![1, 4, 5]),
        ),
        case(
            "integers are numbers",
            json!({"type": "integer", "minimum": 0}),
            json!({"type": "number", "minimum": 0}),
            Widens,
            vec![json!(0.5), json!(1), json!(-1)],
        ),
        case(
            "multipleOf 2 on integers keeps the even numbers of multipleOf 1",
            json!({"type": "number", "multipleOf": 4}),
            json!({"type": "integer", "multipleOf": 2}),
            Widens,
            vec![json!(4), json!(6), json!(3)],
        ),
        case(
            "multipleOf 0.5 on integers is the integers",
            json!({"type": "integer", "multipleOf": 0.5}),
            json!({"type": "integer"}),
            Same,
            vec![json!(1), json!(1.5)],
        ),
        case(
            "a decimal step",
            json!({"type": "number", "multipleOf": 0.1}),
            json!({"type": "number", "multipleOf": 0.2}),
            Narrows,
            vec![json!(0.4), json!(0.3)],
        ),
        case(
            "an exclusive bound on numbers is not the closed one",
            json!({"type": "number", "exclusiveMaximum": 10}),
            json!({"type": "number", "maximum": 10}),
            Widens,
            vec![json!(10), json!(9.5)],
        ),
        case(
            "a const folded into the range it sits in",
            json!({"type": "integer", "minimum": 5, "maximum": 5}),
            json!({"const": 5}),
            Same,
            vec![json!(5), json!(4), json!(5.0)],
        ),
        case(
            "bounds moved both ways on integers",
            json!({"type": "integer", "minimum": 0, "maximum": 10}),
            json!({"type": "integer", "minimum": 5, "maximum": 20}),
            Reshapes,
            ints(vec![0, 15]),
        ),
    ]);
}

#[test]
fn strings_are_compared_as_sets() {
    use Verdict::*;
    check(vec![
        case(
            "a longer prefix is within a shorter one",
            json!({"type": "string", "pattern": "^ab"}),
            json!({"type": "string", "pattern": "^a"}),
            Widens,
            vec![json!("ab"), json!("ac"), json!("b")],
        ),
        case(
            "a shorter prefix is not within a longer one",
            json!({"type": "string", "pattern": "^a"}),
            json!({"type": "string", "pattern": "^ab"}),
            Narrows,
            vec![json!("ab"), json!("ac")],
        ),
        case(
            "a pattern that matches everything is no pattern",
            json!({"type": "string"}),
            json!({"type": "string", "pattern": "a*"}),
            Same,
            vec![json!(""), json!("b")],
        ),
        case(
            "a pattern that fixes the length makes a looser maxLength no change",
            json!({"type": "string", "pattern": "^[a-z]{3}$", "maxLength": 5}),
            json!({"type": "string", "pattern": "^[a-z]{3}$", "maxLength": 3}),
            Same,
            vec![json!("abc"), json!("abcd")],
        ),
        case(
            "an enum of strings is the finite pattern",
            json!({"enum": ["a", "b"]}),
            json!({"type": "string", "pattern": "^(a|b)$"}),
            Same,
            vec![json!("a"), json!("b"), json!("ab"), json!(1)],
        ),
        case(
            "a character class grew",
            json!({"type": "string", "pattern": "^[a-z]+$"}),
            json!({"type": "string", "pattern": "^[a-z0-9]+$"}),
            Widens,
            vec![json!("a1"), json!("ab")],
        ),
        case(
            "digits are ASCII in ECMA-262",
            json!({"type": "string", "pattern": "^\\d+$"}),
            json!({"type": "string", "pattern": "^[0-9]+$"}),
            Same,
            vec![json!("12"), json!("١٢")],
        ),
        case(
            "two unrelated patterns",
            json!({"type": "string", "pattern": "^a+$"}),
            json!({"type": "string", "pattern": "^b+$"}),
            Reshapes,
            vec![json!("a"), json!("b")],
        ),
        case(
            "a minLength the pattern already implies",
            json!({"type": "string", "pattern": "^[a-z]{2,}$"}),
            json!({"type": "string", "pattern": "^[a-z]{2,}$", "minLength": 1}),
            Same,
            vec![json!("a"), json!("ab")],
        ),
        case_nw(
            "patterns with backreferences are compared by spelling only",
            json!({"type": "string", "pattern": "^(a)\\1$"}),
            json!({"type": "string", "pattern": "^(b)\\1$"}),
            Reshapes,
            vec![json!("aa"), json!("bb")],
        ),
    ]);
}

#[test]
fn the_scalar_kinds_of_a_type_union() {
    use Verdict::*;
    check(vec![
        case(
            "type written as enum of its values",
            json!({"type": "boolean"}),
            json!({"enum": [true, false]}),
            Same,
            vec![json!(true), json!(null)],
        ),
        case(
            "null added to a const",
            json!({"const": "a"}),
            json!({"enum": ["a", null]}),
            Widens,
            vec![json!(null), json!("a")],
        ),
        case(
            "a type union traded for another",
            json!({"type": ["string", "null"]}),
            json!({"type": ["integer", "null"]}),
            Reshapes,
            vec![json!("a"), json!(1), json!(null)],
        ),
    ]);
}

#[test]
fn combinators_that_accept_everything_or_nothing() {
    use Verdict::*;
    let anything = vec![json!(null), json!(1), json!("a"), json!({}), json!([]), json!(true)];
    check(vec![
        case(
            "an anyOf with a branch for every document, rewritten into another",
            json!({"type": "object", "properties": {"a": {"anyOf": [{"type": "string"}, {"description": "anything"}]}}}),
            json!({"type": "object", "properties": {"a": {"anyOf": [true, {"type": "integer"}]}}}),
            Same,
            vec![json!({"a": 1}), json!({"a": null})],
        ),
        case(
            "a string or not a string is anything",
            json!({"anyOf": [{"type": "string"}, {"not": {"type": "string"}}]}),
            json!({}),
            Same,
            anything.clone(),
        ),
        case(
            "exactly one of string or not string is anything",
            json!({}),
            json!({"oneOf": [{"type": "string"}, {"not": {"type": "string"}}]}),
            Same,
            anything.clone(),
        ),
        case(
            "an if that decides the type and branches that keep it",
            json!({}),
            json!({"if": {"type": "string"}, "then": {"type": "string"}, "else": {"not": {"type": "string"}}}),
            Same,
            anything.clone(),
        ),
        case(
            "a branch about strings does not constrain a number",
            json!({"type": "number", "anyOf": [{"type": "number"}, {"type": "string", "minLength": 3}]}),
            json!({"type": "number"}),
            Same,
            vec![json!(1), json!("a")],
        ),
        case(
            "oneOf of two branches that both accept everything accepts nothing",
            json!({"type": "object", "properties": {"a": {"type": "string"}}}),
            json!({"type": "object", "properties": {"a": {"oneOf": [{}, {"description": "any"}]}}}),
            Narrows,
            vec![json!({"a": "x"}), json!({})],
        ),
    ]);
}

#[test]
fn listed_objects_against_a_schema() {
    use Verdict::*;
    check(vec![
        case(
            "a const object replaced by the schema of its property widens",
            json!({"const": {"key": "value"}}),
            json!({"properties": {"key": {"const": "value"}}}),
            Widens,
            vec![json!({"key": "value"}), json!({"key": "other"}), json!(1)],
        ),
        case(
            "a schema replaced by a const object it accepts narrows",
            json!({"type": "object", "properties": {"key": {"type": "string"}}}),
            json!({"const": {"key": "value"}}),
            Narrows,
            vec![json!({"key": "value"}), json!({"key": "other"})],
        ),
        case(
            "a listed object the new schema rejects",
            json!({"enum": [{"key": "value"}, {"key": 1}]}),
            json!({"type": "object", "properties": {"key": {"type": "string"}}}),
            Reshapes,
            vec![json!({"key": 1}), json!({"key": "other"})],
        ),
    ]);
}
