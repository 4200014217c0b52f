//! Verdicts on small schema pairs where a plausible shortcut gives the wrong answer, each
//! checked against the `jsonschema` crate: an incompatible verdict comes with a document
//! that one side accepts and the other rejects, so the test fails if either schemata or
//! the example is wrong.

use schemata::{Mode, Options};
use serde_json::{Value, json};

struct Case {
    name: &'static str,
    old: Value,
    new: Value,
    mode: Mode,
    compatible: bool,
    /// For an incompatible verdict: a document accepted by exactly one side.
    witness: Option<Value>,
}

fn verdict(old: &Value, new: &Value, mode: Mode) -> schemata::DiffReport {
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
        let report = verdict(&c.old, &c.new, c.mode);
        let rules: Vec<String> = report
            .changes
            .iter()
            .map(|x| format!("{} ({:?})", x.rule, x.effect))
            .collect();
        assert_eq!(report.compatible, c.compatible, "{}: {rules:?}", c.name);
        if let Some(w) = &c.witness {
            let (vo, vn) = (
                jsonschema::validator_for(&c.old).unwrap(),
                jsonschema::validator_for(&c.new).unwrap(),
            );
            let (in_old, in_new) = (vo.is_valid(w), vn.is_valid(w));
            let shows = match c.mode {
                Mode::Backward => in_old && !in_new,
                Mode::Forward => in_new && !in_old,
                _ => in_old != in_new,
            };
            assert!(
                shows,
                "{}: {w} does not show the break (old {in_old}, new {in_new})",
                c.name
            );
        }
    }
}

#[test]
fn one_of_branches_that_overlap() {
    check(vec![
        Case {
            name: "a widened branch that overlaps another rejects what both now accept",
            old: json!({"oneOf": [{"type": "string"}, {"maxLength": 5}]}),
            new: json!({"oneOf": [{"type": "string"}, {"maxLength": 10}]}),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!("abcdef")),
        },
        Case {
            name: "an added branch that overlaps another rejects what both accept",
            old: json!({"oneOf": [{"type": "string"}]}),
            new: json!({"oneOf": [{"type": "string"}, {"maxLength": 5}]}),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!("")),
        },
        Case {
            name: "a narrowed branch of an old oneOf lets through what both rejected",
            old: json!({"type": "number", "oneOf": [{"maximum": 10}, {"minimum": 5}]}),
            new: json!({"type": "number", "maximum": 7}),
            mode: Mode::Forward,
            compatible: false,
            witness: Some(json!(6)),
        },
        Case {
            name: "branches of disjoint types: widening one only widens",
            old: json!({"oneOf": [{"type": "string", "maxLength": 5}, {"type": "number"}]}),
            new: json!({"oneOf": [{"type": "string", "maxLength": 10}, {"type": "number"}]}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
        Case {
            name: "oneOf became anyOf with a widened branch: only widens",
            old: json!({"type": "number", "oneOf": [{"maximum": 100}, {"multipleOf": 6}]}),
            new: json!({"type": "number", "anyOf": [{"maximum": 200}, {"multipleOf": 6}]}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
    ]);
}

#[test]
fn content_keywords_are_read_like_format() {
    check(vec![
        Case {
            name: "contentEncoding removed widens",
            old: json!({"type": "string", "contentEncoding": "base64"}),
            new: json!({"type": "string"}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
        Case {
            name: "contentEncoding removed breaks forward",
            old: json!({"type": "string", "contentEncoding": "base64"}),
            new: json!({"type": "string"}),
            mode: Mode::Forward,
            compatible: false,
            witness: None,
        },
        Case {
            name: "contentMediaType added narrows",
            old: json!({"type": "string"}),
            new: json!({"type": "string", "contentMediaType": "application/json"}),
            mode: Mode::Backward,
            compatible: false,
            witness: None,
        },
        Case {
            name: "contentMediaType added keeps forward",
            old: json!({"type": "string"}),
            new: json!({"type": "string", "contentMediaType": "application/json"}),
            mode: Mode::Forward,
            compatible: true,
            witness: None,
        },
    ]);
}

#[test]
fn schemas_that_accept_nothing_are_equal() {
    check(vec![
        Case {
            name: "a closed empty tuple with minItems 1 is false",
            old: json!({"type": "array", "items": false, "minItems": 1}),
            new: json!(false),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "two different contradictions",
            old: json!({"type": "object", "properties": {"name": false}, "required": ["name"]}),
            new: json!({"type": "object", "required": ["address"], "properties": {"address": {
                "type": "object", "properties": {"street": false}, "required": ["street"]}}}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "not of a schema that accepts everything",
            old: json!({"not": {"anyOf": [false, true]}}),
            new: json!(false),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "bounds that cross, and an integer range with no integer",
            old: json!({"type": "integer", "minimum": 1.2, "maximum": 1.8}),
            new: json!({"type": "string", "minLength": 3, "maxLength": 2}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "enum values of a type the schema rejects",
            old: json!({"type": "string", "enum": [1, 2]}),
            new: json!({"type": "string", "enum": [[3]]}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a contradiction on one type only narrows to the others",
            old: json!({"type": ["string", "array"]}),
            new: json!({"type": ["string", "array"], "items": false, "minItems": 1}),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!([1])),
        },
        Case {
            name: "a schema that accepted nothing now accepts something",
            old: json!({"type": "string", "minLength": 5, "maxLength": 2}),
            new: json!({"type": "string", "minLength": 2, "maxLength": 2}),
            mode: Mode::Forward,
            compatible: false,
            witness: Some(json!("ab")),
        },
    ]);
}

#[test]
fn arrays_closed_by_max_items_or_items_false() {
    check(vec![
        Case {
            name: "maxItems 0 and items false both mean the empty array",
            old: json!({"type": "array", "maxItems": 0}),
            new: json!({"type": "array", "items": false}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a tuple closed by maxItems is the tuple closed by items false",
            old: json!({"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "maxItems": 1}),
            new: json!({"type": "array", "prefixItems": [{"type": "string"}], "items": false}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "from at most 0 items to at most 1 string widens",
            old: json!({"type": "array", "maxItems": 0}),
            new: json!({"type": "array", "maxItems": 1, "items": {"type": "string"}}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
        Case {
            name: "from at most 0 items to at most 1 string breaks forward",
            old: json!({"type": "array", "maxItems": 0}),
            new: json!({"type": "array", "maxItems": 1, "items": {"type": "string"}}),
            mode: Mode::Forward,
            compatible: false,
            witness: Some(json!(["a"])),
        },
        Case {
            name: "a closed tuple that grows widens",
            old: json!({"type": "array", "prefixItems": [{"type": "string"}], "items": false}),
            new: json!({"type": "array", "prefixItems": [{"type": "string"}, {"type": "string"}], "items": false}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
    ]);
}

#[test]
fn patterns_that_match_every_string_constrain_nothing() {
    check(vec![
        Case {
            name: "an unanchored pattern that matches the empty string",
            old: json!({"type": "string"}),
            new: json!({"type": "string", "pattern": "[a-z]*"}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a leading ^ does not change that",
            old: json!({"type": "string", "pattern": "^a*"}),
            new: json!({"type": "string", "pattern": "b?"}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "anchored at both ends it is a real constraint",
            old: json!({"type": "string"}),
            new: json!({"type": "string", "pattern": "^[a-z]*$"}),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!("A")),
        },
        Case {
            name: "propertyNames with a pattern every name matches",
            old: json!({"type": "object", "properties": {"a": {}}}),
            new: json!({"type": "object", "propertyNames": {"pattern": "a*"}}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a pattern property every name matches takes the place of additionalProperties",
            old: json!({"type": "object", "patternProperties": {"^a*": {}}, "additionalProperties": false}),
            new: json!({"type": "object"}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "closing an object whose pattern matched every name",
            old: json!({"type": "object", "patternProperties": {"^a*": {}}}),
            new: json!({"type": "object", "additionalProperties": false, "properties": {"a": {"type": "integer"}}}),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!({"b": 1})),
        },
    ]);
}

#[test]
fn references_resolve_against_the_resource_they_sit_in() {
    let positive = json!({"type": "number", "exclusiveMinimum": 0});
    let negative = json!({"type": "object", "properties": {"a": {"type": "number", "exclusiveMaximum": 0}}});
    let same = json!({"type": "object", "properties": {"a": positive}});
    let root_id = |r: &str| {
        json!({"type": "object", "$id": "https://example.com/schemas/positive_num",
            "$defs": {"positive_num": positive}, "properties": {"a": {"$ref": r}}})
    };
    let bundled = |inner: Value| {
        json!({"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
            "$defs": {"positive_num": {"$id": "https://example.com/schemas/external", "$defs": inner}},
            "properties": {"a": {"$ref": "https://example.com/schemas/external#/$defs/positive_num"}}})
    };
    check(vec![
        Case {
            name: "an absolute-path reference to the document's own $id",
            old: same.clone(),
            new: root_id("/schemas/positive_num#/$defs/positive_num"),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a relative reference to the document's own $id",
            old: same.clone(),
            new: root_id("positive_num#/$defs/positive_num"),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a relative reference to the document's own $id, narrowing",
            old: negative.clone(),
            new: root_id("positive_num#/$defs/positive_num"),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!({"a": -1})),
        },
        Case {
            name: "a fragment read inside a bundled resource",
            old: negative.clone(),
            new: bundled(json!({"positive_num": positive})),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!({"a": -1})),
        },
        Case {
            name: "a local reference inside a bundled resource",
            old: negative,
            new: bundled(json!({"positive_num": {"$ref": "#/$defs/impl"}, "impl": positive})),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!({"a": -1})),
        },
    ]);
}

#[test]
fn dropping_a_combinator_whose_branches_the_rest_covers() {
    check(vec![
        Case {
            name: "a oneOf of two objects dropped from an object",
            old: json!({"type": "object", "oneOf": [
                {"type": "object", "properties": {"c": {"type": "string"}}},
                {"type": "object", "properties": {"d": {"type": "array"}}}]}),
            new: json!({"type": "object"}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
        Case {
            name: "the same, forward: objects matching both branches are now accepted",
            old: json!({"type": "object", "oneOf": [
                {"type": "object", "properties": {"c": {"type": "string"}}},
                {"type": "object", "properties": {"d": {"type": "array"}}}]}),
            new: json!({"type": "object"}),
            mode: Mode::Forward,
            compatible: false,
            witness: Some(json!({})),
        },
        Case {
            name: "overlapping number branches replaced by numbers or booleans",
            old: json!({"oneOf": [{"type": "number", "multipleOf": 10}, {"type": "number", "multipleOf": 1.5}]}),
            new: json!({"oneOf": [{"type": "number"}, {"type": "boolean"}]}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
    ]);
}

#[test]
fn a_schema_that_came_to_accept_nothing_says_why() {
    let report = verdict(
        &json!({"type": "object", "properties": {"a": {}}, "additionalProperties": false}),
        &json!({"type": "object", "properties": {"a": {}}, "required": ["b"], "additionalProperties": false}),
        Mode::Backward,
    );
    let change = report.changes.iter().find(|c| c.rule == "schema-became-false").unwrap();
    assert!(
        change.message.contains("property `b` is required but not declared"),
        "{}",
        change.message
    );
    let report = verdict(
        &json!({"type": "integer", "minimum": 1.2, "maximum": 1.8}),
        &json!({"type": "integer", "minimum": 1, "maximum": 2}),
        Mode::Backward,
    );
    let change = report
        .changes
        .iter()
        .find(|c| c.rule == "schema-no-longer-false")
        .unwrap();
    assert!(
        change.message.contains("no integer is >= 1.2 and <= 1.8"),
        "{}",
        change.message
    );
}

#[test]
fn optional_values_and_enumerations_in_their_usual_spellings() {
    check(vec![
        Case {
            name: "a nullable integer with a bound, as a type union and as anyOf with null",
            old: json!({"type": ["integer", "null"], "minimum": 1}),
            new: json!({"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a nullable integer with a format",
            old: json!({"type": ["integer", "null"], "format": "uint64"}),
            new: json!({"anyOf": [{"type": "integer", "format": "uint64"}, {"type": "null"}]}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a format on a non-string branch does not spread to strings",
            old: json!({"anyOf": [{"type": "integer", "format": "email"}, {"type": "string"}]}),
            new: json!({"type": ["integer", "string"]}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
        Case {
            name: "an enum and a oneOf of consts",
            old: json!({"type": "string", "enum": ["always", "asNeeded"]}),
            new: json!({"oneOf": [{"const": "always", "description": "a"}, {"const": "asNeeded", "description": "b"}]}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a const branch added to a oneOf of consts only widens",
            old: json!({"oneOf": [{"const": "always"}, {"const": "asNeeded"}]}),
            new: json!({"oneOf": [{"const": "always"}, {"const": "asNeeded"}, {"const": "never"}]}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
        Case {
            name: "the same, forward",
            old: json!({"oneOf": [{"const": "always"}, {"const": "asNeeded"}]}),
            new: json!({"oneOf": [{"const": "always"}, {"const": "asNeeded"}, {"const": "never"}]}),
            mode: Mode::Forward,
            compatible: false,
            witness: Some(json!("never")),
        },
        Case {
            name: "anyOf became oneOf over a string enumeration and an object",
            old: json!({"anyOf": [{"oneOf": [{"const": "on"}, {"const": "off"}]}, {"type": "object"}]}),
            new: json!({"oneOf": [{"oneOf": [{"const": "on"}, {"const": "off"}]}, {"type": "object"}]}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
    ]);
}

#[test]
fn a_type_union_against_alternatives_is_paired_type_by_type() {
    let object = json!({"type": "object", "properties": {"a": {"type": "string"}}});
    check(vec![
        Case {
            name: "an enumeration added beside an object and null",
            old: json!({"anyOf": [object, {"type": "null"}]}),
            new: json!({"anyOf": [{"type": "string", "enum": ["on", "off"]}, object, {"type": "null"}]}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
        Case {
            name: "the same, removed",
            old: json!({"anyOf": [{"type": "string", "enum": ["on", "off"]}, object, {"type": "null"}]}),
            new: json!({"anyOf": [object, {"type": "null"}]}),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!("on")),
        },
        Case {
            name: "null left out of the alternatives",
            old: json!({"type": ["object", "null"], "properties": {"a": {"type": "string"}}}),
            new: json!({"anyOf": [object, {"enum": ["x"]}]}),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!(null)),
        },
    ]);
    let report = verdict(
        &json!({"type": ["object", "null"], "properties": {"a": {"type": "string"}}}),
        &json!({"anyOf": [object, {"enum": ["x"]}]}),
        Mode::Backward,
    );
    let narrowed = report.changes.iter().find(|c| c.rule == "type-narrowed").unwrap();
    assert!(narrowed.message.contains("null values"), "{}", narrowed.message);
}

#[test]
fn long_lists_of_tagged_variants_pair_by_their_tags() {
    // 12 × 12 branches: paired by likeness, not by a trial diff of every pair.
    let variant = |i: usize, extra: bool| {
        let mut v = json!({"type": "object", "required": ["action"], "properties": {
            "action": {"const": format!("act{i}")},
            "sender": {"type": "string"},
            "note": {"type": "string"}}});
        if extra {
            v["properties"]["reason"] = json!({"type": "string"});
            v["required"] = json!(["action", "reason"]);
        }
        v
    };
    let old = json!({"oneOf": (0..12).map(|i| variant(i, false)).collect::<Vec<_>>()});
    let new = json!({"oneOf": (0..12).rev().map(|i| variant(i, i == 3)).collect::<Vec<_>>()});
    let report = verdict(&old, &new, Mode::Backward);
    // (variants with distinct tags are disjoint: the changes keep their plain effect)
    let breaking: Vec<(&str, &str, schemata::Effect)> = report
        .changes
        .iter()
        .filter(|c| c.breaking)
        .map(|c| (c.rule, c.old.as_ref().map_or("", |p| p.pointer.as_str()), c.effect))
        .collect();
    assert_eq!(
        breaking,
        [
            (
                "property-added-to-open-content",
                "/oneOf/3/properties",
                schemata::Effect::Narrows
            ),
            ("required-added", "/oneOf/3/required", schemata::Effect::Narrows)
        ],
        "{:#?}",
        report.changes
    );
}

#[test]
fn keywords_for_a_type_neither_side_accepts_change_nothing() {
    check(vec![
        Case {
            name: "an array keyword added to an object-only schema",
            old: json!({"type": "object"}),
            new: json!({"type": "object", "unevaluatedItems": false, "minItems": 2}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a string keyword changed under an integer type",
            old: json!({"type": "integer", "maxLength": 3, "items": {"type": "string"}}),
            new: json!({"type": "integer", "maxLength": 1, "items": {"type": "number"}}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "arrays newly accepted, with the array keywords that were there",
            old: json!({"type": "object", "items": {"type": "string"}}),
            new: json!({"type": ["object", "array"], "items": {"type": "string"}}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a format changed on integers still counts",
            old: json!({"type": "integer", "format": "int32"}),
            new: json!({"type": "integer", "format": "int64"}),
            mode: Mode::Backward,
            compatible: false,
            witness: None,
        },
    ]);
}

#[test]
fn subschemas_see_what_their_parent_says_about_the_same_instance() {
    let parent = |then: Value| {
        json!({"type": "object",
            "properties": {"case": {"enum": ["lower", "upper"]}, "data": {"type": "string"}},
            "if": {"properties": {"case": {"const": "lower"}}},
            "then": then})
    };
    check(vec![
        Case {
            name: "a type restated in then that the parent already imposes",
            old: parent(json!({"properties": {"data": {"maxLength": 9}}})),
            new: parent(json!({"properties": {"data": {"type": "string", "maxLength": 9}}})),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "the same in an allOf branch",
            old: json!({"type": "string", "allOf": [{"minLength": 1}, {"not": {"const": "x"}}]}),
            new: json!({"type": "string", "allOf": [{"type": "string", "minLength": 1}, {"not": {"const": "x"}}]}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "the same when a rule diffs something on trial first",
            old: parent(json!({"not": {"const": "x", "description": "a"}, "properties": {"data": {"maxLength": 9}}})),
            new: parent(json!({"not": {"const": "x", "description": "b"},
                "properties": {"data": {"type": "string", "maxLength": 9}}})),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "a real narrowing in then still counts",
            old: parent(json!({"properties": {"data": {"maxLength": 9}}})),
            new: parent(json!({"properties": {"data": {"type": "string", "maxLength": 3}}})),
            mode: Mode::Backward,
            compatible: false,
            witness: Some(json!({"case": "lower", "data": "abcdef"})),
        },
    ]);
}

#[test]
fn needless_escapes_in_a_pattern_do_not_change_it() {
    check(vec![
        Case {
            name: "an escaped # is a #",
            old: json!({"type": "string", "pattern": "^(header|payload)\\#(\\/[a-z]+)*$"}),
            new: json!({"type": "string", "pattern": "^(header|payload)#(\\/[a-z]+)*$"}),
            mode: Mode::Full,
            compatible: true,
            witness: None,
        },
        Case {
            name: "an escaped dot is not a dot: the new pattern accepts more",
            old: json!({"type": "string", "pattern": "^a\\.b$"}),
            new: json!({"type": "string", "pattern": "^a.b$"}),
            mode: Mode::Forward,
            compatible: false,
            witness: Some(json!("aab")),
        },
        Case {
            name: "an escaped dot is not a dot, and widening is not a backward break",
            old: json!({"type": "string", "pattern": "^a\\.b$"}),
            new: json!({"type": "string", "pattern": "^a.b$"}),
            mode: Mode::Backward,
            compatible: true,
            witness: None,
        },
    ]);
}
