//! A node of a [`Graph`] written back as a standalone JSON Schema (2020-12) document.
//!
//! The API formats embed schemas whose dialect the `jsonschema` crate does not read as such
//! (OpenAPI 3.0's `nullable`, a `discriminator`, `readOnly` properties that do not exist in a
//! request): loading normalizes all of that into the graph, and this writes the normalized
//! node and everything it reaches as one document, so that witnesses and samples of embedded
//! schemas are checked by the same validator as plain JSON Schemas, against the very schema
//! the engine compared. Every reachable node becomes an entry of `$defs` (`n<id>`), and
//! subschemas are `$ref`s to those entries, so shared and recursive schemas stay finite.

use super::{Graph, Id, Obj, Schema};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// The 2020-12 meta-schema URI the document declares.
const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";

/// The schema at node `id` as a standalone document; `None` when it reaches a reference
/// that is not followed (a URL, `$dynamicRef`), which no document can stand for offline.
pub fn to_document(g: &Graph, id: Id) -> Option<Value> {
    to_document_without(g, id, &|_| false)
}

/// [`to_document`], leaving out (of `properties` and `required`) every property whose schema
/// `hidden` picks: how an API writes the schema as one direction sees it (`readOnly`
/// properties do not exist in requests, `writeOnly` ones in responses).
pub fn to_document_without(g: &Graph, id: Id, hidden: &dyn Fn(&Obj) -> bool) -> Option<Value> {
    let mut defs = Map::new();
    let mut todo = vec![id];
    let mut seen = crate::hash::FastSet::default();
    while let Some(at) = todo.pop() {
        if !seen.insert(at) {
            continue;
        }
        let value = match &g.node(at).schema {
            Schema::Bool(b) => Value::Bool(*b),
            Schema::Ref(t) => {
                todo.push(*t);
                reference(*t)
            }
            Schema::Obj(o) => object(g, o, hidden, &mut todo)?,
        };
        defs.insert(def_name(at), value);
    }
    Some(json!({
        "$schema": DRAFT_2020_12,
        "$ref": format!("#/$defs/{}", def_name(id)),
        "$defs": Value::Object(defs),
    }))
}

fn def_name(id: Id) -> String {
    format!("n{id}")
}

fn reference(id: Id) -> Value {
    json!({ "$ref": format!("#/$defs/{}", def_name(id)) })
}

fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

/// One schema object; its subschemas are queued on `todo` and written as references.
fn object(g: &Graph, o: &Obj, hidden: &dyn Fn(&Obj) -> bool, todo: &mut Vec<Id>) -> Option<Value> {
    // Every field is named, so that a field added to `Obj` cannot be forgotten here.
    let Obj {
        moved: _,
        types,
        enumeration,
        min_length,
        max_length,
        pattern,
        format,
        content_encoding,
        content_media_type,
        minimum,
        maximum,
        multiple_of,
        properties,
        required,
        additional_properties,
        pattern_properties,
        property_names,
        min_properties,
        max_properties,
        dependent_required,
        dependent_schemas,
        unevaluated_properties,
        prefix_items,
        items,
        contains,
        min_contains,
        max_contains,
        min_items,
        max_items,
        unique_items,
        unevaluated_items,
        all_of,
        any_of,
        one_of,
        not,
        if_,
        then_,
        else_,
        external_ref,
        dynamic_ref,
        title,
        description,
        default,
        examples,
        deprecated,
        read_only,
        write_only,
        comment: _,
        id: _,
        extensions: _,
    } = o;
    if external_ref.is_some() || dynamic_ref.is_some() {
        return None;
    }
    let mut m = Map::new();
    let sub = |id: Id, todo: &mut Vec<Id>| {
        todo.push(id);
        reference(id)
    };
    if let Some(t) = types {
        if t.is_empty() {
            return Some(Value::Bool(false));
        }
        let names = t.names();
        m.insert(
            "type".into(),
            if names.len() == 1 {
                Value::from(names[0])
            } else {
                Value::from(names)
            },
        );
    }
    if let Some(e) = enumeration {
        m.insert("enum".into(), Value::Array(e.clone()));
    }
    let counts = [
        ("minLength", min_length),
        ("maxLength", max_length),
        ("minProperties", min_properties),
        ("maxProperties", max_properties),
        ("minContains", min_contains),
        ("maxContains", max_contains),
        ("minItems", min_items),
        ("maxItems", max_items),
    ];
    for (k, v) in counts {
        if let Some(v) = v {
            m.insert(k.into(), Value::from(*v));
        }
    }
    let strings = [
        ("pattern", pattern),
        ("format", format),
        ("contentEncoding", content_encoding),
        ("contentMediaType", content_media_type),
        ("title", title),
        ("description", description),
    ];
    for (k, v) in strings {
        if let Some(v) = v {
            m.insert(k.into(), Value::from(v.as_str()));
        }
    }
    if let Some(b) = minimum {
        m.insert(
            (if b.exclusive { "exclusiveMinimum" } else { "minimum" }).into(),
            number(b.value),
        );
    }
    if let Some(b) = maximum {
        m.insert(
            (if b.exclusive { "exclusiveMaximum" } else { "maximum" }).into(),
            number(b.value),
        );
    }
    if let Some(x) = multiple_of {
        m.insert("multipleOf".into(), number(*x));
    }
    let map_of = |named: &BTreeMap<String, Id>, todo: &mut Vec<Id>| -> Value {
        Value::Object(named.iter().map(|(k, id)| (k.clone(), sub(*id, todo))).collect())
    };
    let gone: Vec<&String> = properties
        .iter()
        .filter(|(_, id)| g.obj(**id).is_some_and(hidden))
        .map(|(k, _)| k)
        .collect();
    let shown: BTreeMap<String, Id>;
    let properties = if gone.is_empty() {
        properties
    } else {
        shown = properties
            .iter()
            .filter(|(k, _)| !gone.contains(k))
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        &shown
    };
    if !properties.is_empty() {
        m.insert("properties".into(), map_of(properties, todo));
    }
    if !pattern_properties.is_empty() {
        m.insert("patternProperties".into(), map_of(pattern_properties, todo));
    }
    if !dependent_schemas.is_empty() {
        m.insert("dependentSchemas".into(), map_of(dependent_schemas, todo));
    }
    if !required.is_empty() {
        m.insert(
            "required".into(),
            Value::from(required.iter().cloned().collect::<Vec<_>>()),
        );
    }
    if !dependent_required.is_empty() {
        m.insert(
            "dependentRequired".into(),
            Value::Object(
                dependent_required
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::from(v.iter().cloned().collect::<Vec<_>>())))
                    .collect(),
            ),
        );
    }
    let list_of = |ids: &[Id], todo: &mut Vec<Id>| Value::Array(ids.iter().map(|id| sub(*id, todo)).collect());
    for (k, ids) in [
        ("prefixItems", prefix_items),
        ("allOf", all_of),
        ("anyOf", any_of),
        ("oneOf", one_of),
    ] {
        if !ids.is_empty() {
            m.insert(k.into(), list_of(ids, todo));
        }
    }
    for (k, id) in [
        ("additionalProperties", additional_properties),
        ("propertyNames", property_names),
        ("unevaluatedProperties", unevaluated_properties),
        ("items", items),
        ("contains", contains),
        ("unevaluatedItems", unevaluated_items),
        ("not", not),
        ("if", if_),
        ("then", then_),
        ("else", else_),
    ] {
        if let Some(id) = id {
            todo.push(*id);
            m.insert(k.into(), reference(*id));
        }
    }
    if *unique_items {
        m.insert("uniqueItems".into(), Value::Bool(true));
    }
    if let Some(d) = default {
        m.insert("default".into(), d.clone());
    }
    if let Some(e) = examples {
        m.insert("examples".into(), Value::Array(e.clone()));
    }
    for (k, flag) in [
        ("deprecated", deprecated),
        ("readOnly", read_only),
        ("writeOnly", write_only),
    ] {
        if *flag {
            m.insert(k.into(), Value::Bool(true));
        }
    }
    Some(Value::Object(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::json_schema::schema::load_value;
    use crate::source::SourceFile;

    fn graph(text: &str) -> Graph {
        load_value(SourceFile::parse("s.json", text.to_string()).unwrap()).unwrap()
    }

    fn valid(doc: &Value, instance: Value) -> bool {
        jsonschema::validator_for(doc).unwrap().is_valid(&instance)
    }

    #[test]
    fn the_export_accepts_what_the_schema_accepts() {
        let text = r##"{"$schema": "http://json-schema.org/draft-04/schema#",
            "type": "object", "required": ["n"],
            "properties": {"n": {"type": "integer", "minimum": 0, "exclusiveMinimum": true},
                           "tags": {"type": "array", "items": {"$ref": "#/definitions/tag"}, "maxItems": 2},
                           "next": {"$ref": "#"}},
            "additionalProperties": false,
            "definitions": {"tag": {"enum": ["a", "b"]}}}"##;
        let g = graph(text);
        let doc = to_document(&g, g.root).unwrap();
        assert!(valid(&doc, json!({"n": 1, "tags": ["a"], "next": {"n": 2}})));
        assert!(!valid(&doc, json!({"n": 0})), "exclusive minimum");
        assert!(!valid(&doc, json!({"n": 1, "tags": ["c"]})), "enum through a $ref");
        assert!(!valid(&doc, json!({"n": 1, "x": 1})), "closed object");
        assert!(!valid(&doc, json!({"n": 1, "next": {}})), "recursion");
    }

    #[test]
    fn an_unfollowed_reference_cannot_be_exported() {
        let g = graph(r#"{"properties": {"a": {"$ref": "https://example.com/a.json"}}}"#);
        assert_eq!(to_document(&g, g.root), None);
    }

    #[test]
    fn a_schema_of_no_type_accepts_nothing() {
        let g = graph(r#"{"type": "string", "enum": [1]}"#);
        let doc = to_document(&g, g.root).unwrap();
        assert!(!valid(&doc, json!(1)) && !valid(&doc, json!("1")));
    }
}
