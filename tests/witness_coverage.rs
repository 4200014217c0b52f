//! Witness coverage on a replayed history: a schema shaped like those of real registries
//! (nested objects, enums, `$ref`s into `$defs`, `anyOf`/`oneOf`, arrays, patterns and
//! bounds) goes through a few hundred revisions, each with edits of many kinds. Every
//! consecutive pair is diffed; every witness printed must be accepted by the side it names
//! and rejected by the other, checked with the jsonschema crate on its own; and at least 95%
//! of the breaking changes must carry one (the others say why not).
//!
//! `cargo test --test witness_coverage -- --nocapture` prints the share.

use schemata::change::Side;
use schemata::format::json_schema::diff::diff;
use schemata::format::json_schema::schema::load_value;
use schemata::source::SourceFile;
use schemata::{Mode, OpenContent, Options};
use serde_json::{Map, Value, json};

/// splitmix64, so the history is the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const NAMES: &[&str] = &[
    "id",
    "status",
    "amount",
    "currency",
    "note",
    "email",
    "tags",
    "items",
    "address",
    "city",
    "zip",
    "country",
    "createdAt",
    "priority",
    "quantity",
    "sku",
    "kind",
    "owner",
    "phone",
    "labels",
];

fn leaf(rng: &mut Rng, i: usize) -> Value {
    match rng.below(9) {
        0 => json!({"type": "string", "maxLength": 20 + rng.below(60), "description": format!("Field {i}.")}),
        1 => {
            let values = &["new", "paid", "void", "refunded"][..2 + rng.below(3)];
            json!({"type": "string", "enum": values})
        }
        2 => json!({"type": "integer", "minimum": 0, "maximum": 100 + rng.below(900)}),
        3 => json!({"type": "number", "exclusiveMinimum": 0}),
        4 => json!({"type": "string", "pattern": "^[A-Z]{2}-[0-9]{3}$"}),
        5 => json!({"type": "array", "items": {"type": "string", "minLength": 1}, "maxItems": 5 + rng.below(10)}),
        6 => json!({"$ref": "#/$defs/money"}),
        7 => json!({"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]}),
        _ => json!({"type": "boolean", "default": false}),
    }
}

fn object(rng: &mut Rng, depth: usize) -> Value {
    let mut props = Map::new();
    let n = 3 + rng.below(5);
    for i in 0..n {
        let name = NAMES[(i * 7 + depth * 3 + rng.below(NAMES.len())) % NAMES.len()].to_string();
        let v = if depth < 2 && rng.below(4) == 0 {
            object(rng, depth + 1)
        } else {
            leaf(rng, i)
        };
        props.insert(name, v);
    }
    let required: Vec<Value> = props.keys().take(2).map(|k| json!(k)).collect();
    let mut o = json!({"type": "object", "properties": props, "required": required});
    if rng.below(3) == 0 {
        o["additionalProperties"] = json!(false);
    }
    o
}

fn initial(rng: &mut Rng) -> Value {
    let mut root = object(rng, 0);
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["$defs"] = json!({
        "money": {
            "type": "object",
            "properties": {"value": {"type": "number", "minimum": 0}, "currency": {"enum": ["EUR", "USD", "GBP"]}},
            "required": ["value"]
        },
        "party": {
            "oneOf": [
                {"type": "object", "properties": {"kind": {"const": "person"}, "name": {"type": "string"}}, "required": ["kind"]},
                {"type": "object", "properties": {"kind": {"const": "company"}, "vat": {"type": "string"}}, "required": ["kind"]}
            ]
        }
    });
    root["properties"]["party"] = json!({"$ref": "#/$defs/party"});
    root
}

/// Every object schema (by JSON Pointer) under `v`, with `properties`.
fn objects(v: &Value, at: String, out: &mut Vec<String>) {
    if let Some(o) = v.as_object() {
        if o.get("properties").is_some_and(Value::is_object) {
            out.push(at.clone());
        }
        for (k, c) in o {
            let child = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
            objects(c, child, out);
        }
    }
}

/// One edit of a random kind somewhere in the schema (a few tries to find one that changes
/// what the schema accepts, else a description edit).
fn edit(rng: &mut Rng, schema: &mut Value) {
    for _ in 0..8 {
        if edit_once(rng, schema) {
            return;
        }
    }
}

fn edit_once(rng: &mut Rng, schema: &mut Value) -> bool {
    let mut objs = Vec::new();
    objects(schema, String::new(), &mut objs);
    let at = rng.pick(&objs).clone();
    let obj = schema.pointer_mut(&at).unwrap();
    let names: Vec<String> = obj["properties"].as_object().unwrap().keys().cloned().collect();
    if names.is_empty() {
        obj["properties"]["added"] = json!({"type": "string"});
        return true;
    }
    let name = rng.pick(&names).clone();
    let p = &mut obj["properties"][&name];
    match rng.below(16) {
        0 if p.get("enum").is_some_and(|e| e.as_array().unwrap().len() > 1) => {
            p["enum"].as_array_mut().unwrap().pop();
        }
        1 if p.get("enum").is_some() => p["enum"].as_array_mut().unwrap().push(json!("archived")),
        2 if p.get("maxLength").is_some() => p["maxLength"] = json!(p["maxLength"].as_u64().unwrap() / 2),
        3 if p.get("maximum").is_some() => p["maximum"] = json!(p["maximum"].as_u64().unwrap() + 10),
        4 if p.get("type") == Some(&json!("boolean")) => p["type"] = json!("string"),
        5 if p.get("type") == Some(&json!("integer")) => p["type"] = json!("number"),
        6 if p.get("pattern").is_some() => p["pattern"] = json!("^[A-Z]{3}-[0-9]{3}$"),
        7 if p.get("items").is_some() => p["items"]["minLength"] = json!(3),
        8 if p.get("anyOf").is_some() => {
            p["anyOf"].as_array_mut().unwrap().pop();
        }
        9 if p.get("minimum").is_some() => p["minimum"] = json!(5),
        10 => {
            let req = obj["required"].as_array_mut().unwrap();
            if let Some(i) = req.iter().position(|r| r == &json!(name)) {
                req.remove(i);
            } else {
                req.push(json!(name));
            }
        }
        11 => {
            obj["properties"][format!("extra{}", rng.below(1000))] = json!({"type": "string", "maxLength": 8});
        }
        12 if names.len() > 2 => {
            obj["properties"].as_object_mut().unwrap().shift_remove(&name);
            if let Some(req) = obj["required"].as_array_mut() {
                req.retain(|r| r != &json!(name));
            }
        }
        13 => {
            let open = obj.get("additionalProperties") != Some(&json!(false));
            obj["additionalProperties"] = json!(!open);
        }
        14 if p.get("type") == Some(&json!("string")) => p["minLength"] = json!(2),
        15 => {
            if let Some(o) = p.as_object_mut() {
                o.insert("description".into(), json!(format!("Edited {}.", rng.below(100))));
            }
        }
        _ => return false,
    }
    true
}

fn graph(v: &Value) -> schemata::format::json_schema::schema::Graph {
    load_value(SourceFile::parse("schema.json", serde_json::to_string_pretty(v).unwrap()).unwrap()).unwrap()
}

#[test]
fn breaking_changes_of_a_replayed_history_carry_verified_witnesses() {
    let mut rng = Rng(2026);
    let mut schema = initial(&mut rng);
    let (mut breaking, mut witnessed, mut checked) = (0usize, 0usize, 0usize);
    let mut missing: Vec<String> = Vec::new();
    for _revision in 0..400 {
        let mut next = schema.clone();
        for _ in 0..1 + rng.below(4) {
            edit(&mut rng, &mut next);
        }
        let (vo, vn) = (
            jsonschema::validator_for(&schema).unwrap(),
            jsonschema::validator_for(&next).unwrap(),
        );
        for mode in [Mode::Backward, Mode::Forward] {
            let options = Options {
                mode,
                open_content: OpenContent::Strict,
                ..Options::default()
            };
            let report = diff(&mut graph(&schema), &mut graph(&next), &options);
            for c in &report.changes {
                if let Some(w) = &c.witness {
                    let (in_old, in_new) = (vo.is_valid(&w.document), vn.is_valid(&w.document));
                    let ok = match w.accepted_by {
                        Side::Old => in_old && !in_new,
                        Side::New => in_new && !in_old,
                    };
                    assert!(ok, "{}: witness {} is not {:?}-only", c.rule, w.document, w.accepted_by);
                    checked += 1;
                }
                if c.breaking {
                    breaking += 1;
                    if c.witness.is_some() {
                        witnessed += 1;
                    } else {
                        assert!(c.message.contains("No witness: "), "{}: {}", c.rule, c.message);
                        missing.push(format!("{} {}: {}", c.rule, c.instance_path, c.message));
                    }
                }
            }
        }
        schema = next;
    }
    let share = 100.0 * witnessed as f64 / breaking.max(1) as f64;
    eprintln!(
        "witness coverage: {witnessed} of {breaking} breaking changes ({share:.1}%); {checked} witnesses verified"
    );
    for m in missing.iter().take(20) {
        eprintln!("  without: {m}");
    }
    assert!(breaking > 200, "the history should break often: {breaking}");
    assert!(share >= 95.0, "only {share:.1}% of breaking changes carry a witness");
}
