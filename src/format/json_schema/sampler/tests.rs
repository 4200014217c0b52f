//! Tests of sampling, search and verification.

use super::*;
use serde_json::json;

fn docs(root: Value) -> SchemaDocs {
    SchemaDocs {
        root_uri: "file:///schemas/root.json".to_string(),
        root,
        others: Vec::new(),
    }
}

fn assert_sample_valid(schema: Value) {
    let s = sample(&schema).unwrap_or_else(|| panic!("no sample for {schema}"));
    let draft = detect_draft(&schema);
    let v = jsonschema::options()
        .with_draft(draft)
        .build(&schema)
        .expect("schema compiles");
    assert!(v.is_valid(&s), "sample {s} is not valid for {schema}");
}

#[test]
fn samples_are_valid() {
    let schemas = vec![
        json!({"type": "object", "required": ["name", "age"], "properties": {
            "name": {"type": "string", "minLength": 3},
            "age": {"type": "integer", "minimum": 18, "maximum": 99}}}),
        json!({"type": "string", "pattern": "^[A-Z]{2}-\\d{4}$"}),
        json!({"type": "string", "format": "email", "maxLength": 40}),
        json!({"type": "string", "format": "date-time"}),
        json!({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}),
        json!({"$schema": "http://json-schema.org/draft-04/schema#",
               "type": "integer", "minimum": 5, "exclusiveMinimum": true, "multipleOf": 3}),
        json!({"type": "array", "minItems": 3, "uniqueItems": true, "items": {"type": "integer"}}),
        json!({"type": "array", "prefixItems": [{"type": "string"}, {"type": "boolean"}],
               "minItems": 2, "contains": {"const": 7}, "minContains": 1}),
        json!({"type": "array", "items": [{"type": "string"}, {"type": "null"}], "minItems": 2,
               "additionalItems": false}),
        json!({"$defs": {"pos": {"type": "integer", "minimum": 1}},
               "type": "object", "required": ["n"], "properties": {"n": {"$ref": "#/$defs/pos"}}}),
        json!({"definitions": {"s": {"type": "string", "enum": ["x", "y"]}},
               "type": "array", "minItems": 1, "items": {"$ref": "#/definitions/s"}}),
        json!({"oneOf": [{"type": "string", "maxLength": 0, "minLength": 1}, {"type": "integer", "minimum": 3}]}),
        json!({"allOf": [{"type": "object", "required": ["a"]}, {"required": ["b"],
               "properties": {"b": {"const": 2}}}]}),
        json!({"type": "object", "required": ["kind"], "properties": {"kind": {"enum": ["a", "b"]}},
               "if": {"properties": {"kind": {"const": "a"}}},
               "then": {"required": ["extra"], "properties": {"extra": {"type": "boolean"}}}}),
        json!({"not": {"type": ["null", "object"]}}),
        json!({"type": "object", "minProperties": 2, "additionalProperties": {"type": "integer"},
               "propertyNames": {"pattern": "^[a-z]+$"}}),
        json!({"type": "object", "required": ["tags"], "properties": {"tags": {
               "type": "array", "minItems": 2, "uniqueItems": true,
               "items": {"type": "string", "format": "uuid"}}}}),
        json!({"type": "string", "default": "hello", "maxLength": 10}),
        json!({"type": "object", "required": ["a"], "dependentRequired": {"a": ["b"]},
               "properties": {"b": {"type": "string", "minLength": 2}}}),
        json!({"anyOf": [{"type": "string", "pattern": "^x+$", "minLength": 4}]}),
        json!({"type": "number", "multipleOf": 0.5, "minimum": 0.7}),
        // Negations and exclusive choices need a value that breaks a schema.
        json!({"oneOf": [{"type": "number", "minimum": 0}, {"type": "number", "maximum": 10}]}),
        json!({"not": {"items": {"type": "string"}}}),
        json!({"type": "object", "required": ["a"],
               "not": {"properties": {"a": {}, "b": {}}, "additionalProperties": false}}),
        json!({"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}], "$defs": {
               "a": {"type": "object", "properties": {"kind": {"const": "a"}}},
               "b": {"type": "object", "properties": {"kind": {"const": "b"}}}}}),
        // Recursion: a cheap alternative beside an endless one, and `$ref` cycles.
        json!({"type": "object", "minProperties": 1, "patternProperties": {"^a": false, "^b": {"$ref": "#"}}}),
        json!({"$ref": "#/$defs/a", "$defs": {"a": {"allOf": [{"$ref": "#"}, {"$ref": "#/$defs/b"}]},
               "b": {"$ref": "#"}}}),
        json!({"type": "array", "uniqueItems": true, "minItems": 40, "items": {"type": "string", "maxLength": 2}}),
    ];
    let started = std::time::Instant::now();
    for s in schemas {
        assert_sample_valid(s);
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn sample_recursive_schema_terminates() {
    let schema = json!({"$defs": {"node": {"type": "object", "required": ["children"],
        "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
        "$ref": "#/$defs/node"});
    assert_sample_valid(schema);
    let impossible = json!({"$defs": {"n": {"type": "object", "required": ["next"],
        "properties": {"next": {"$ref": "#/$defs/n"}}}}, "$ref": "#/$defs/n"});
    // No finite instance exists; sample must just terminate.
    let _ = sample(&impossible);
}

#[test]
fn build_max_length_decreased() {
    let old = json!({"type": "object", "required": ["id", "name"], "properties": {
        "id": {"type": "integer", "minimum": 1},
        "name": {"type": "string", "maxLength": 12}}});
    let mut new = old.clone();
    new["properties"]["name"]["maxLength"] = json!(10);
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("/name", &json!("aaaaaaaaaaa"), Side::Old).expect("witness");
    assert_eq!(w["name"], json!("aaaaaaaaaaa"));
    assert!(w.get("id").is_some());
    assert_eq!(b.accepts(Side::Old, &w), Some(true));
    assert_eq!(b.accepts(Side::New, &w), Some(false));
}

#[test]
fn build_enum_value_removed() {
    let old = json!({"type": "object", "required": ["color", "size"], "properties": {
        "color": {"enum": ["red", "green", "blue"]},
        "size": {"type": "integer"}}});
    let mut new = old.clone();
    new["properties"]["color"]["enum"] = json!(["red", "green"]);
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("/color", &json!("blue"), Side::Old).expect("witness");
    assert_eq!(w, json!({"color": "blue", "size": 0}));
    // The other direction does not exist for this local value.
    assert_eq!(b.build("/color", &json!("blue"), Side::New), None);
}

#[test]
fn build_property_made_required() {
    let old = json!({"type": "object", "required": ["a"], "properties": {
        "a": {"type": "string"}, "b": {"type": "integer"}}});
    let mut new = old.clone();
    new["required"] = json!(["a", "b"]);
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("", &json!({"a": "x"}), Side::Old).expect("witness");
    assert_eq!(w, json!({"a": "x"}));
}

#[test]
fn build_type_changed_in_array() {
    let old = json!({"type": "object", "required": ["items"], "properties": {
        "items": {"type": "array", "minItems": 2, "items": {"type": "string"}}}});
    let mut new = old.clone();
    new["properties"]["items"]["items"]["type"] = json!("integer");
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("/items/0", &json!("s"), Side::Old).expect("witness");
    assert_eq!(w["items"][0], json!("s"));
    let w = b.build("/items/3", &json!(5), Side::New).expect("witness");
    assert_eq!(b.accepts(Side::New, &w), Some(true));
    assert_eq!(b.accepts(Side::Old, &w), Some(false));
}

#[test]
fn build_array_index_beyond_end_unique() {
    let old = json!({"type": "array", "uniqueItems": true, "items": {"type": "integer"}});
    let new = json!({"type": "array", "uniqueItems": true,
        "items": {"type": "integer", "maximum": 100}});
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("/4", &json!(500), Side::Old).expect("witness");
    assert_eq!(b.accepts(Side::Old, &w), Some(true));
    assert_eq!(b.accepts(Side::New, &w), Some(false));
}

#[test]
fn build_additional_properties_closed() {
    let old = json!({"type": "object", "required": ["meta"], "properties": {
        "meta": {"type": "object", "required": ["v"], "properties": {"v": {"type": "integer"}}}}});
    let mut new = old.clone();
    new["properties"]["meta"]["additionalProperties"] = json!(false);
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b
        .build("/meta", &json!({"v": 1, "extra": true}), Side::Old)
        .expect("witness");
    assert_eq!(w, json!({"meta": {"v": 1, "extra": true}}));
}

#[test]
fn build_ref_across_documents() {
    let root = json!({"type": "object", "required": ["address"], "properties": {
        "address": {"$ref": "address.json"}}});
    let addr_old = json!({"type": "object", "required": ["zip", "city"], "properties": {
        "zip": {"type": "string", "maxLength": 10},
        "city": {"type": "string", "minLength": 2}}});
    let mut addr_new = addr_old.clone();
    addr_new["properties"]["zip"]["maxLength"] = json!(5);
    let mk = |addr: Value| SchemaDocs {
        root_uri: "file:///schemas/root.json".to_string(),
        root: root.clone(),
        others: vec![("file:///schemas/address.json".to_string(), addr)],
    };
    let mut b = WitnessBuilder::new(mk(addr_old), mk(addr_new));
    let w = b.build("/address/zip", &json!("1234567"), Side::Old).expect("witness");
    assert_eq!(w["address"]["zip"], json!("1234567"));
    assert!(w["address"]["city"].as_str().is_some_and(|c| c.len() >= 2));
}

#[test]
fn ref_with_root_id() {
    let root = json!({"$id": "https://example.com/s/root.json", "type": "object",
        "required": ["a"], "properties": {"a": {"$ref": "defs.json#/$defs/a"}}});
    let defs_old = json!({"$defs": {"a": {"type": "integer", "maximum": 10}}});
    let defs_new = json!({"$defs": {"a": {"type": "integer", "maximum": 5}}});
    let mk = |d: Value| SchemaDocs {
        root_uri: "https://example.com/s/root.json".to_string(),
        root: root.clone(),
        others: vec![("https://example.com/s/defs.json".to_string(), d)],
    };
    let mut b = WitnessBuilder::new(mk(defs_old), mk(defs_new));
    assert_eq!(b.compile_error(Side::Old), None);
    let w = b.build("/a", &json!(7), Side::Old).expect("witness");
    assert_eq!(w, json!({"a": 7}));
}

#[test]
fn missing_other_document_fails_without_fetching() {
    let root = json!({"properties": {"a": {"$ref": "https://example.com/nope.json"}}});
    let mut b = WitnessBuilder::new(docs(root.clone()), docs(root));
    assert_eq!(b.accepts(Side::Old, &json!({})), None);
    assert!(b.compile_error(Side::Old).is_some());
    assert_eq!(b.build("/a", &json!(1), Side::Old), None);
}

#[test]
fn draft7_detected_without_schema_keyword() {
    let schema = json!({"type": "array", "items": [{"type": "string"}], "additionalItems": false});
    assert_eq!(detect_draft(&schema), Draft::Draft7);
    let mut b = WitnessBuilder::new(docs(schema.clone()), docs(schema));
    assert_eq!(b.accepts(Side::Old, &json!(["a", 1])), Some(false));
    assert_eq!(b.accepts(Side::Old, &json!(["a"])), Some(true));
}

#[test]
fn build_returns_none_when_local_does_not_discriminate() {
    let old = json!({"type": "object", "properties": {"n": {"type": "integer", "maximum": 10}}});
    let new = json!({"type": "object", "properties": {"n": {"type": "integer", "maximum": 8}}});
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    assert_eq!(b.build("/n", &json!(3), Side::Old), None);
    assert_eq!(b.build("/n", &json!("x"), Side::Old), None);
    assert!(b.build("/n", &json!(9), Side::Old).is_some());
}

#[test]
fn build_through_missing_optional_container() {
    let old = json!({"type": "object", "required": ["id"], "properties": {
        "id": {"type": "integer"},
        "shipping": {"type": "object", "required": ["street", "zip"], "properties": {
            "street": {"type": "string", "minLength": 3},
            "zip": {"type": "string", "pattern": "^[0-9]{5}$"}}}}});
    let mut new = old.clone();
    new["properties"]["shipping"]["properties"]["zip"]["pattern"] = json!("^[0-9]{4}$");
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("/shipping/zip", &json!("12345"), Side::Old).expect("witness");
    assert_eq!(w["shipping"]["zip"], json!("12345"));
    assert_eq!(w["shipping"]["street"], json!("aaa"));
}

#[test]
fn build_wildcard_tokens() {
    let old = json!({"type": "object", "properties": {"id": {"type": "string"}},
        "additionalProperties": {"type": "string"}});
    let mut new = old.clone();
    new["additionalProperties"] = json!({"type": "integer"});
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("/*", &json!("s"), Side::Old).expect("witness");
    assert_eq!(w, json!({"extra": "s"}));

    let old = json!({"type": "object", "patternProperties": {"^x-": {"type": "string"}}});
    let new = json!({"type": "object", "patternProperties": {"^x-": {"type": "integer"}}});
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("/*", &json!("s"), Side::Old).expect("witness");
    assert_eq!(w, json!({"x-": "s"}));

    let old = json!({"type": "array", "items": {"type": "string"}});
    let new = json!({"type": "array", "items": {"type": "string", "maxLength": 1}});
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("/*", &json!("long"), Side::Old).expect("witness");
    assert_eq!(w, json!(["long"]));
}

#[test]
fn uris_with_spaces_are_encoded() {
    let root = json!({"type": "object", "required": ["m"], "properties": {"m": {"$ref": "money.json"}}});
    let mk = |max: i64| SchemaDocs {
        root_uri: "file:///my schemas/root.json".to_string(),
        root: root.clone(),
        others: vec![(
            "file:///my schemas/money.json".to_string(),
            json!({"type": "number", "maximum": max}),
        )],
    };
    let mut b = WitnessBuilder::new(mk(100), mk(50));
    assert_eq!(b.compile_error(Side::Old), None);
    let w = b.build("/m", &json!(70), Side::Old).expect("witness");
    assert_eq!(w, json!({"m": 70}));
    assert_eq!(b.sample_of(Side::New), Some(json!({"m": 0})));
}

#[test]
fn large_schema_is_fast() {
    let mut props = Map::new();
    let mut defs = Map::new();
    let mut required = Vec::new();
    for i in 0..400 {
        defs.insert(
            format!("d{i}"),
            json!({"type": "object", "required": ["v", "w"], "properties": {
                "v": {"type": "string", "minLength": 2, "pattern": "^[a-z]+$"},
                "w": {"anyOf": [{"type": "null"}, {"$ref": format!("#/$defs/d{}", (i + 1) % 400)}]}}}),
        );
        props.insert(format!("p{i}"), json!({"$ref": format!("#/$defs/d{i}")}));
        required.push(json!(format!("p{i}")));
    }
    let old = json!({"type": "object", "required": required, "properties": props, "$defs": defs});
    let mut new = old.clone();
    new["$defs"]["d7"]["properties"]["v"]["maxLength"] = json!(3);
    let started = std::time::Instant::now();
    let mut b = WitnessBuilder::new(docs(old), docs(new));
    let w = b.build("/p7/v", &json!("abcdef"), Side::Old).expect("witness");
    assert_eq!(w["p7"]["v"], json!("abcdef"));
    for i in 0..50 {
        let _ = b.build(&format!("/p{i}/v"), &json!("abcdef"), Side::Old);
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn builder_can_move_across_threads() {
    fn is_send<T: Send>() {}
    is_send::<WitnessBuilder>();
}

#[test]
fn pattern_generator() {
    for (pat, min, max) in [
        ("^[a-z]+@[a-z]+\\.com$", 0, None),
        ("^\\d{3}-\\d{2}$", 0, None),
        ("^(foo|bar)_[0-9a-f]{8}$", 0, None),
        ("^[^\\s]{5,}$", 0, None),
        ("x", 6, Some(8)),
        ("^(?:[A-Z][a-z]*)(?: [A-Z][a-z]*)*$", 7, None),
    ] {
        let re = Regex::new(pat).unwrap();
        let cands = pattern_candidates(pat, min, max);
        assert!(
            cands.iter().any(|c| {
                let n = c.chars().count() as u64;
                re.is_match(c) && n >= min && max.is_none_or(|m| n <= m)
            }),
            "no candidate for {pat}: {cands:?}"
        );
    }
}
