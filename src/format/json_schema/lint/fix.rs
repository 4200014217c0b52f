//! `lint --profile P --fix`: rewrites a schema into the subset an LLM provider accepts, the
//! same limits the profile's lint rules check (see their documentation for the sources):
//!
//! - **openai-strict**: every object closed (`additionalProperties: false`) with every
//!   property `required`; a property that was optional accepts `null` instead (`"type":
//!   ["string", "null"]`, or an `anyOf` with `{"type": "null"}`); `oneOf` becomes `anyOf`;
//!   the unsupported keywords (`allOf`, `not`, `if`/`then`/`else`, `patternProperties`,
//!   `minProperties`, `uniqueItems`, …) move into the `description` so the model still reads
//!   them; a root that is not an object is wrapped in one (`{"value": …}`).
//! - **anthropic-tools**: objects closed, the constraints strict tool use does not support
//!   (`minimum`, `maxLength`, `minItems` above 1, …) moved into the `description`, a root that
//!   is not an object wrapped.
//! - **gemini**: only the `responseSchema` keywords stay; the others move into the
//!   `description`; a `null` union becomes `nullable: true`, `const` a one-value `enum`, and
//!   local `$ref`s are inlined (Gemini's `responseSchema` has no `$defs`).
//!
//! What cannot be rewritten (a schema over OpenAI's size limits, an external `$ref`, a
//! recursive `$ref` for Gemini) is left as is; the caller lints the result and reports it.

use super::Profile;
use serde_json::{Map, Value, json};

/// A rewritten schema and what was done to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fixed {
    pub schema: Value,
    /// One line per edit: "`/properties/note`: optional, now required and nullable".
    pub edits: Vec<String>,
}

/// Rewrites `schema` into what `profile` accepts.
pub fn fix(schema: &Value, profile: Profile) -> Fixed {
    let mut out = Fixer {
        profile,
        edits: Vec::new(),
        root: schema.clone(),
    };
    let mut value = schema.clone();
    if profile == Profile::Gemini {
        value = out.inline_refs(&value, 0);
        if let Some(map) = value.as_object_mut() {
            for key in ["$defs", "definitions"] {
                if map.remove(key).is_some() {
                    out.edits.push(format!("`/{key}`: removed after inlining its `$ref`s"));
                }
            }
        }
    }
    out.node(&mut value, "");
    let value = out.root_object(value);
    Fixed {
        schema: value,
        edits: out.edits,
    }
}

/// OpenAI strict mode: the keywords it does not support (as its lint rule lists them).
const OPENAI_UNSUPPORTED: &[&str] = &[
    "allOf",
    "not",
    "dependentRequired",
    "dependentSchemas",
    "dependencies",
    "if",
    "then",
    "else",
    "patternProperties",
    "unevaluatedProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "unevaluatedItems",
    "contains",
    "minContains",
    "maxContains",
    "uniqueItems",
];

/// Anthropic strict tool use: the constraints it does not support.
const ANTHROPIC_UNSUPPORTED: &[&str] = &[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "maxItems",
    "uniqueItems",
    "contains",
    "patternProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
];

/// Gemini's `responseSchema`: the keywords it takes.
const GEMINI_SUPPORTED: &[&str] = &[
    "type",
    "format",
    "description",
    "nullable",
    "enum",
    "properties",
    "required",
    "propertyOrdering",
    "items",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "anyOf",
    "title",
    "$schema",
    "$id",
    "$comment",
    "example",
];

struct Fixer {
    profile: Profile,
    edits: Vec<String>,
    root: Value,
}

fn is_object_schema(map: &Map<String, Value>) -> bool {
    let t = map.get("type");
    t.and_then(Value::as_str) == Some("object")
        || t.and_then(Value::as_array)
            .is_some_and(|a| a.iter().any(|v| v == "object"))
        || map.contains_key("properties")
}

fn at(pointer: &str) -> &str {
    if pointer.is_empty() { "the root" } else { pointer }
}

impl Fixer {
    /// Whether a keyword stays in a schema of this profile.
    fn unsupported(&self, key: &str, value: &Value) -> bool {
        match self.profile {
            Profile::OpenaiStrict => OPENAI_UNSUPPORTED.contains(&key),
            Profile::AnthropicTools => {
                ANTHROPIC_UNSUPPORTED.contains(&key) || (key == "minItems" && value.as_u64().is_some_and(|n| n > 1))
            }
            Profile::Gemini => !GEMINI_SUPPORTED.contains(&key) && !key.starts_with("x-"),
        }
    }

    /// Fixes one subschema, then the subschemas it keeps.
    fn node(&mut self, value: &mut Value, pointer: &str) {
        let Some(map) = value.as_object_mut() else {
            return;
        };
        if self.profile == Profile::OpenaiStrict
            && let Some(one_of) = map.remove("oneOf")
        {
            // anyOf accepts everything oneOf did (and documents matching two branches).
            match map.get_mut("anyOf") {
                Some(Value::Array(list)) => list.extend(one_of.as_array().cloned().unwrap_or_default()),
                _ => {
                    map.insert("anyOf".into(), one_of);
                }
            }
            self.edits.push(format!("`{}`: `oneOf` became `anyOf`", at(pointer)));
        }
        if self.profile == Profile::Gemini {
            self.gemini_spellings(map, pointer);
        }
        // Closed objects (Gemini has no additionalProperties: it never adds properties).
        if is_object_schema(map) && self.profile != Profile::Gemini {
            match map.get("additionalProperties") {
                Some(Value::Bool(false)) => {}
                Some(Value::Object(extra)) if !extra.is_empty() => {
                    let text = serde_json::to_string(extra).unwrap_or_default();
                    append_description(map, &format!("additionalProperties: {text}"));
                    map.insert("additionalProperties".into(), Value::Bool(false));
                    self.edits.push(format!(
                        "`{}`: `additionalProperties` schema moved into the description; now false",
                        at(pointer)
                    ));
                }
                _ => {
                    map.insert("additionalProperties".into(), Value::Bool(false));
                    self.edits
                        .push(format!("`{}`: `additionalProperties: false` added", at(pointer)));
                }
            }
        }
        // Keywords the provider does not take: into the description, so the model reads them.
        let moved: Vec<String> = map
            .iter()
            .filter(|(k, v)| self.unsupported(k, v))
            .map(|(k, _)| k.clone())
            .collect();
        if !moved.is_empty() {
            let mut notes = Vec::new();
            for key in &moved {
                if let Some(v) = map.remove(key) {
                    // additionalProperties: false says nothing a Gemini model needs to read.
                    if !(self.profile == Profile::Gemini && key == "additionalProperties" && v == Value::Bool(false)) {
                        notes.push(format!("{key}: {}", serde_json::to_string(&v).unwrap_or_default()));
                    }
                }
            }
            if !notes.is_empty() {
                append_description(map, &notes.join("; "));
            }
            self.edits.push(format!(
                "`{}`: {} moved into the description",
                at(pointer),
                moved.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
            ));
        }
        // OpenAI: every property required; the optional ones accept null instead.
        if self.profile == Profile::OpenaiStrict
            && let Some(Value::Object(props)) = map.get("properties")
        {
            let names: Vec<String> = props.keys().cloned().collect();
            let required: Vec<String> = map_required(map);
            let mut all = required.clone();
            for name in &names {
                if !required.contains(name) {
                    if let Some(Value::Object(props)) = map.get_mut("properties")
                        && let Some(prop) = props.get_mut(name)
                    {
                        make_nullable(prop);
                    }
                    all.push(name.clone());
                    self.edits.push(format!(
                        "`{pointer}/properties/{}`: optional, now required and nullable",
                        crate::source::escape_token(name)
                    ));
                }
            }
            if all != required {
                map.insert("required".into(), json!(all));
            }
        }
        if self.profile == Profile::OpenaiStrict
            && let Some(Value::Array(items)) = map.get("items").cloned().as_ref()
        {
            // Draft 4-7 tuple `items`: OpenAI reads `items` as one schema; keep the
            // positions in the description and accept any of their types.
            let text = serde_json::to_string(items).unwrap_or_default();
            append_description(map, &format!("items (by position): {text}"));
            map.insert("items".into(), json!({ "anyOf": items }));
            self.edits.push(format!(
                "`{}`: tuple `items` became an `anyOf` of the positions",
                at(pointer)
            ));
        }
        // Then the subschemas that remain.
        for key in ["properties", "$defs", "definitions"] {
            if let Some(Value::Object(m)) = map.get_mut(key) {
                for (name, child) in m.iter_mut() {
                    let p = format!("{pointer}/{key}/{}", crate::source::escape_token(name));
                    self.node(child, &p);
                }
            }
        }
        for key in ["items", "additionalProperties", "not", "if", "then", "else", "contains"] {
            if let Some(child) = map.get_mut(key)
                && child.is_object()
            {
                let p = format!("{pointer}/{key}");
                self.node(child, &p);
            }
        }
        for key in ["anyOf", "oneOf", "allOf", "prefixItems"] {
            if let Some(Value::Array(list)) = map.get_mut(key) {
                for (i, child) in list.iter_mut().enumerate() {
                    let p = format!("{pointer}/{key}/{i}");
                    self.node(child, &p);
                }
            }
        }
    }

    /// Gemini's OpenAPI 3.0 spellings: `nullable` for a `null` union, `enum` for `const`.
    fn gemini_spellings(&mut self, map: &mut Map<String, Value>, pointer: &str) {
        if let Some(Value::Array(types)) = map.get("type").cloned() {
            let non_null: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
            let nullable = non_null.len() < types.len();
            if non_null.len() == 1 {
                map.insert("type".into(), non_null[0].clone());
                if nullable {
                    map.insert("nullable".into(), Value::Bool(true));
                }
                self.edits.push(format!(
                    "`{}`: type list became `type: {}`{}",
                    at(pointer),
                    non_null[0],
                    if nullable { " with `nullable: true`" } else { "" }
                ));
            } else if non_null.len() > 1 {
                map.remove("type");
                let branches: Vec<Value> = non_null.iter().map(|t| json!({ "type": t })).collect();
                map.insert("anyOf".into(), Value::Array(branches));
                if nullable {
                    map.insert("nullable".into(), Value::Bool(true));
                }
                self.edits
                    .push(format!("`{}`: type list became an `anyOf` of types", at(pointer)));
            }
        }
        if let Some(Value::Array(branches)) = map.get("anyOf").cloned() {
            let null = |b: &Value| b.get("type") == Some(&json!("null")) && b.as_object().is_some_and(|m| m.len() == 1);
            if branches.iter().any(null) {
                let rest: Vec<Value> = branches.into_iter().filter(|b| !null(b)).collect();
                map.insert("nullable".into(), Value::Bool(true));
                map.insert("anyOf".into(), Value::Array(rest));
                self.edits
                    .push(format!("`{}`: the `null` branch became `nullable: true`", at(pointer)));
            }
        }
        if let Some(c) = map.remove("const") {
            map.insert("enum".into(), json!([c]));
            self.edits
                .push(format!("`{}`: `const` became a one-value `enum`", at(pointer)));
        }
    }

    /// Replaces local `$ref`s (`#/$defs/x`, `#/definitions/x`, any `#/…` pointer) by what they
    /// point at; a recursive one stays (and the lint reports it).
    fn inline_refs(&mut self, value: &Value, depth: usize) -> Value {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref")
                    && let Some(pointer) = r.strip_prefix('#')
                    && depth < 32
                    && let Some(target) = self.root.pointer(pointer).cloned()
                {
                    let mut inlined = self.inline_refs(&target, depth + 1);
                    if let Value::Object(m) = &mut inlined {
                        for (k, v) in map {
                            if k != "$ref" {
                                m.insert(k.clone(), self.inline_refs(v, depth));
                            }
                        }
                    }
                    if depth == 0 || !self.edits.iter().any(|e| e.contains(r.as_str())) {
                        self.edits.push(format!("`$ref: {r}` inlined"));
                    }
                    return inlined;
                }
                Value::Object(
                    map.iter()
                        .map(|(k, v)| (k.clone(), self.inline_refs(v, depth)))
                        .collect(),
                )
            }
            Value::Array(list) => Value::Array(list.iter().map(|v| self.inline_refs(v, depth)).collect()),
            other => other.clone(),
        }
    }

    /// OpenAI and Anthropic take an object at the root (OpenAI: not an `anyOf`); anything else
    /// is wrapped as the one property `value`.
    fn root_object(&mut self, value: Value) -> Value {
        if self.profile == Profile::Gemini {
            return value;
        }
        let is_object = value.get("type") == Some(&json!("object"));
        let root_any_of = self.profile == Profile::OpenaiStrict && value.get("anyOf").is_some();
        if is_object && !root_any_of {
            return value;
        }
        let mut inner = value;
        let mut outer = Map::new();
        if let Some(map) = inner.as_object_mut() {
            for key in ["$schema", "$id", "title", "$defs", "definitions"] {
                if let Some(v) = map.remove(key) {
                    outer.insert(key.into(), v);
                }
            }
        }
        outer.insert("type".into(), json!("object"));
        outer.insert("properties".into(), json!({ "value": inner }));
        outer.insert("required".into(), json!(["value"]));
        outer.insert("additionalProperties".into(), json!(false));
        self.edits.push(
            "the root: not an object schema, wrapped as the property `value` of one (answers come as {\"value\": …})"
                .into(),
        );
        Value::Object(outer)
    }
}

fn map_required(map: &Map<String, Value>) -> Vec<String> {
    map.get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default()
}

/// Appends a sentence of constraints to a schema's description.
fn append_description(map: &mut Map<String, Value>, note: &str) {
    let text = match map.get("description").and_then(Value::as_str) {
        Some(d) if !d.trim().is_empty() => format!("{} ({note})", d.trim_end()),
        _ => format!("({note})"),
    };
    map.insert("description".into(), Value::String(text));
}

/// Lets a property schema also accept `null` (OpenAI's spelling of "optional").
fn make_nullable(prop: &mut Value) {
    let Some(map) = prop.as_object_mut() else {
        // `true` accepts null already; `false` accepts only an absent property, now null.
        if prop == &Value::Bool(false) {
            *prop = json!({ "type": "null" });
        }
        return;
    };
    let add_null_to_enum = |map: &mut Map<String, Value>| {
        if let Some(Value::Array(values)) = map.get_mut("enum")
            && !values.contains(&Value::Null)
        {
            values.push(Value::Null);
        }
    };
    match map.get("type").cloned() {
        Some(Value::String(t)) if t == "null" => {}
        Some(Value::String(t)) => {
            map.insert("type".into(), json!([t, "null"]));
            add_null_to_enum(map);
        }
        Some(Value::Array(mut types)) => {
            if !types.contains(&json!("null")) {
                types.push(json!("null"));
                map.insert("type".into(), Value::Array(types));
            }
            add_null_to_enum(map);
        }
        _ => {
            if let Some(Value::Array(branches)) = map.get_mut("anyOf") {
                if !branches.iter().any(|b| b.get("type") == Some(&json!("null"))) {
                    branches.push(json!({ "type": "null" }));
                }
            } else if map.contains_key("enum") && !map.contains_key("$ref") {
                add_null_to_enum(map);
            } else {
                let inner = std::mem::take(map);
                let description = inner.get("description").cloned();
                let mut wrapper = Map::new();
                if let Some(d) = description {
                    wrapper.insert("description".into(), d);
                }
                wrapper.insert("anyOf".into(), json!([Value::Object(inner), { "type": "null" }]));
                *map = wrapper;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn findings_after(schema: &Value, profile: Profile) -> Vec<String> {
        let fixed = fix(schema, profile);
        let text = serde_json::to_string_pretty(&fixed.schema).unwrap();
        let file = SourceFile::parse("fixed.json", text).unwrap();
        super::super::profile_findings(&file, profile)
            .into_iter()
            .map(|f| format!("{} {}: {}", f.rule, f.pointer, f.message))
            .collect()
    }

    fn order() -> Value {
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Order",
            "type": "object",
            "properties": {
                "id": {"type": "string", "maxLength": 36},
                "status": {"enum": ["pending", "paid"]},
                "total": {"$ref": "#/$defs/money"},
                "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true, "minItems": 2},
                "kind": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                "meta": {"type": "object", "minProperties": 1, "properties": {"a": {"type": "integer", "minimum": 1}}}
            },
            "required": ["id"],
            "$defs": {"money": {"type": "object", "properties": {"amount": {"type": "integer"}}, "required": ["amount"]}}
        })
    }

    #[test]
    fn openai_strict_result_passes_the_openai_profile() {
        let fixed = fix(&order(), Profile::OpenaiStrict);
        assert_eq!(findings_after(&order(), Profile::OpenaiStrict), Vec::<String>::new());
        let s = &fixed.schema;
        assert_eq!(s["required"], json!(["id", "status", "total", "tags", "kind", "meta"]));
        assert_eq!(s["additionalProperties"], json!(false));
        // Optional properties accept null instead.
        assert_eq!(s["properties"]["tags"]["type"], json!(["array", "null"]));
        assert_eq!(s["properties"]["status"]["enum"], json!(["pending", "paid", null]));
        assert_eq!(s["properties"]["total"]["anyOf"][1], json!({"type": "null"}));
        assert_eq!(
            s["properties"]["id"]["type"],
            json!("string"),
            "required stays non-null"
        );
        // Unsupported keywords are kept for the model to read.
        let tags = s["properties"]["tags"]["description"].as_str().unwrap();
        assert!(tags.contains("uniqueItems: true"), "{tags}");
        assert!(s["properties"]["kind"].get("anyOf").is_some());
        assert_eq!(s["$defs"]["money"]["additionalProperties"], json!(false));
        assert!(
            fixed.edits.iter().any(|e| e.contains("/properties/tags")),
            "{:?}",
            fixed.edits
        );
    }

    #[test]
    fn anthropic_and_gemini_results_pass_their_profiles() {
        assert_eq!(findings_after(&order(), Profile::AnthropicTools), Vec::<String>::new());
        assert_eq!(findings_after(&order(), Profile::Gemini), Vec::<String>::new());
        let g = fix(&order(), Profile::Gemini).schema;
        assert!(g.get("$defs").is_none());
        assert_eq!(
            g["properties"]["total"]["properties"]["amount"]["type"],
            json!("integer")
        );
        let a = fix(&order(), Profile::AnthropicTools).schema;
        assert_eq!(a["properties"]["tags"]["minItems"], Value::Null);
        assert!(
            a["properties"]["id"]["description"]
                .as_str()
                .unwrap()
                .contains("maxLength: 36")
        );
    }

    #[test]
    fn a_root_that_is_not_an_object_is_wrapped() {
        let fixed = fix(&json!({"type": "string", "title": "Name"}), Profile::OpenaiStrict);
        assert_eq!(fixed.schema["properties"]["value"]["type"], json!("string"));
        assert_eq!(fixed.schema["title"], json!("Name"));
        assert_eq!(
            findings_after(
                &json!({"anyOf": [{"type": "string"}, {"type": "integer"}]}),
                Profile::OpenaiStrict
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn gemini_spells_null_unions_and_const_its_way() {
        let s = json!({"type": "object", "properties": {
            "a": {"type": ["string", "null"]},
            "b": {"const": "x"},
            "c": {"anyOf": [{"type": "integer"}, {"type": "null"}]}
        }});
        let g = fix(&s, Profile::Gemini).schema;
        assert_eq!(g["properties"]["a"], json!({"type": "string", "nullable": true}));
        assert_eq!(g["properties"]["b"], json!({"enum": ["x"]}));
        assert_eq!(g["properties"]["c"]["nullable"], json!(true));
    }

    #[test]
    fn fixing_twice_changes_nothing_more() {
        for p in Profile::ALL {
            let once = fix(&order(), p);
            let twice = fix(&once.schema, p);
            assert_eq!(once.schema, twice.schema, "{p:?}");
            assert!(twice.edits.is_empty(), "{p:?}: {:?}", twice.edits);
        }
    }
}
