//! Example documents: a small valid instance of a schema, deterministic for a seed.
//!
//! A seeded generator walks the schema (types, enums, properties and `required`, items,
//! bounds, common formats, `anyOf`/`oneOf` choices, `$ref`s within the document) and every
//! candidate is checked with the jsonschema crate; the first valid one wins. When none of
//! the seeded attempts is valid, the witness sampler's canonical instance is tried. Nothing
//! unverified is ever returned.

use crate::format::json_schema::schema::Graph;
use crate::format::json_schema::validate::InstanceValidator;
use serde_json::{Map, Value, json};

/// splitmix64: small, fast, and the same sequence everywhere for a seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const WORDS: &[&str] = &[
    "alpha", "blue", "cedar", "delta", "ember", "fjord", "gale", "harbor", "iris", "juniper",
];

struct Gen<'a> {
    /// Every file of the schema by registry path; `$ref`s resolve among them.
    files: std::collections::HashMap<&'a str, &'a Value>,
    rng: Rng,
    budget: usize,
}

/// `dir(base)/reference`, normalised (`.` and `..` folded).
fn join(base: &str, reference: &str) -> String {
    let mut parts: Vec<&str> = base.split('/').collect();
    parts.pop();
    for c in reference.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    parts.join("/")
}

impl Gen<'_> {
    fn value(&mut self, schema: &Value, depth: usize, base: &str) -> Value {
        self.budget = self.budget.saturating_sub(1);
        let Some(s) = schema.as_object() else {
            return if schema == &Value::Bool(false) {
                Value::Null
            } else {
                json!("x")
            };
        };
        if depth > 24 || self.budget == 0 {
            return Value::Null;
        }
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let (doc, fragment) = r.split_once('#').unwrap_or((r, ""));
            let file = if doc.is_empty() {
                base.to_string()
            } else {
                join(base, doc)
            };
            let pointer = crate::format::json_schema::schema::load::percent_decode(fragment);
            if let Some(target) = self.files.get(file.as_str()).and_then(|d| d.pointer(&pointer)) {
                let target = target.clone();
                return self.value(&target, depth + 1, &file);
            }
        }
        if let Some(c) = s.get("const") {
            return c.clone();
        }
        if let Some(Value::Array(values)) = s.get("enum")
            && !values.is_empty()
        {
            return values[self.rng.below(values.len() as u64) as usize].clone();
        }
        for kw in ["anyOf", "oneOf"] {
            if let Some(Value::Array(branches)) = s.get(kw)
                && !branches.is_empty()
            {
                let pick = branches[self.rng.below(branches.len() as u64) as usize].clone();
                let mut merged = s.clone();
                merged.remove(kw);
                if let Value::Object(b) = &pick {
                    for (k, v) in b {
                        merged.entry(k.clone()).or_insert_with(|| v.clone());
                    }
                }
                return self.value(&Value::Object(merged), depth + 1, base);
            }
        }
        if let Some(Value::Array(parts)) = s.get("allOf") {
            let mut merged = s.clone();
            merged.remove("allOf");
            for p in parts {
                if let Value::Object(b) = p {
                    for (k, v) in b {
                        match (merged.get_mut(k), v) {
                            (Some(Value::Object(a)), Value::Object(b)) => {
                                for (k2, v2) in b {
                                    a.entry(k2.clone()).or_insert_with(|| v2.clone());
                                }
                            }
                            (Some(Value::Array(a)), Value::Array(b)) if k == "required" => a.extend(b.iter().cloned()),
                            (None, _) => {
                                merged.insert(k.clone(), v.clone());
                            }
                            _ => {}
                        }
                    }
                }
            }
            return self.value(&Value::Object(merged), depth + 1, base);
        }
        let ty = match s.get("type") {
            Some(Value::String(t)) => t.clone(),
            Some(Value::Array(ts)) => {
                let ts: Vec<&str> = ts.iter().filter_map(Value::as_str).filter(|t| *t != "null").collect();
                match ts.len() {
                    0 => "null".to_string(),
                    n => ts[self.rng.below(n as u64) as usize].to_string(),
                }
            }
            _ if s.contains_key("properties") || s.contains_key("required") => "object".into(),
            _ if s.contains_key("items") || s.contains_key("prefixItems") => "array".into(),
            _ if s.contains_key("minLength") || s.contains_key("pattern") || s.contains_key("format") => {
                "string".into()
            }
            _ if s.contains_key("minimum") || s.contains_key("maximum") => "number".into(),
            _ => "string".into(),
        };
        match ty.as_str() {
            "object" => self.object(s, depth, base),
            "array" => self.array(s, depth, base),
            "integer" | "number" => self.number(s, ty == "integer"),
            "boolean" => json!(self.rng.chance(50)),
            "null" => Value::Null,
            _ => self.string(s),
        }
    }

    fn object(&mut self, s: &Map<String, Value>, depth: usize, base: &str) -> Value {
        let mut out = Map::new();
        let required: Vec<&str> = s
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let empty = Map::new();
        let props = s.get("properties").and_then(Value::as_object).unwrap_or(&empty);
        for (name, sub) in props {
            if required.contains(&name.as_str()) || self.rng.chance(50) {
                let v = self.value(sub, depth + 1, base);
                out.insert(name.clone(), v);
            }
        }
        for name in required {
            if !out.contains_key(name) {
                let sub = s
                    .get("additionalProperties")
                    .filter(|a| a.is_object())
                    .cloned()
                    .unwrap_or(json!({}));
                let v = self.value(&sub, depth + 1, base);
                out.insert(name.to_string(), v);
            }
        }
        Value::Object(out)
    }

    fn array(&mut self, s: &Map<String, Value>, depth: usize, base: &str) -> Value {
        let min = s.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        let max = s.get("maxItems").and_then(Value::as_u64).unwrap_or(min.max(3));
        let n = (min + self.rng.below(max.saturating_sub(min) + 1)).min(min.max(3));
        let mut out = Vec::new();
        let prefix = s
            .get("prefixItems")
            .and_then(Value::as_array)
            .or_else(|| s.get("items").and_then(Value::as_array));
        let items = s
            .get("items")
            .filter(|i| i.is_object() || i.is_boolean())
            .cloned()
            .unwrap_or(json!({}));
        for i in 0..n as usize {
            let sub = prefix.and_then(|p| p.get(i)).cloned().unwrap_or_else(|| items.clone());
            let v = self.value(&sub, depth + 1, base);
            out.push(v);
        }
        if s.get("uniqueItems") == Some(&Value::Bool(true)) {
            let mut seen: Vec<Value> = Vec::new();
            out.retain(|v| {
                let fresh = !seen.contains(v);
                seen.push(v.clone());
                fresh
            });
        }
        Value::Array(out)
    }

    fn number(&mut self, s: &Map<String, Value>, integer: bool) -> Value {
        let num = |k: &str| s.get(k).and_then(Value::as_f64);
        let mut lo = num("minimum").unwrap_or(0.0_f64.min(num("maximum").unwrap_or(100.0) - 100.0));
        let mut hi = num("maximum").unwrap_or(lo + 100.0);
        if let Some(x) = num("exclusiveMinimum") {
            lo = lo.max(x + if integer { 1.0 } else { 0.5 });
        }
        if let Some(x) = num("exclusiveMaximum") {
            hi = hi.min(x - if integer { 1.0 } else { 0.5 });
        }
        if hi < lo {
            hi = lo;
        }
        let span = (hi - lo).min(1_000_000.0);
        let mut v = lo + (self.rng.below(1_000) as f64 / 1_000.0) * span;
        if let Some(m) = num("multipleOf").filter(|m| *m > 0.0) {
            v = (v / m).ceil() * m;
            if v > hi {
                v = (hi / m).floor() * m;
            }
        }
        if integer || v.fract() == 0.0 {
            let i = v.round() as i64;
            json!(i)
        } else {
            json!((v * 100.0).round() / 100.0)
        }
    }

    fn string(&mut self, s: &Map<String, Value>) -> Value {
        let word = WORDS[self.rng.below(WORDS.len() as u64) as usize];
        let n = self.rng.below(1000);
        let text = match s.get("format").and_then(Value::as_str) {
            Some("date-time") => format!("2026-0{}-1{}T12:{:02}:00Z", 1 + n % 9, n % 10, n % 60),
            Some("date") => format!("2026-0{}-1{}", 1 + n % 9, n % 10),
            Some("time") => format!("12:{:02}:00Z", n % 60),
            Some("email") => format!("{word}@example.com"),
            Some("uri" | "url" | "iri") => format!("https://example.com/{word}"),
            Some("uuid") => format!(
                "3f2a9c0d-11e4-4b7a-8c2d-{:012x}",
                self.rng.next_u64() & 0xffff_ffff_ffff
            ),
            Some("hostname") => format!("{word}.example.com"),
            Some("ipv4") => format!("192.0.2.{}", n % 255),
            Some("ipv6") => "2001:db8::1".to_string(),
            _ => format!("{word}-{n}"),
        };
        let min = s.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = s.get("maxLength").and_then(Value::as_u64).map(|m| m as usize);
        if let Some(p) = s.get("pattern").and_then(Value::as_str) {
            let candidates =
                crate::format::json_schema::witness::pattern_candidates(p, min as u64, max.map(|m| m as u64));
            if !candidates.is_empty() {
                let pick = self.rng.below(candidates.len() as u64) as usize;
                return Value::String(candidates[pick].clone());
            }
        }
        let mut text = text;
        while text.chars().count() < min {
            text.push('x');
        }
        if let Some(max) = max {
            text = text.chars().take(max).collect();
        }
        Value::String(text)
    }
}

/// A valid example of a loaded schema, the same for the same seed; `None` when no attempt
/// (and not the canonical sample either) is valid.
pub fn sample(graph: &Graph, seed: u64) -> crate::Result<Option<Value>> {
    let validator = InstanceValidator::new(graph)?;
    let root = &graph.files[0].value;
    let base = graph.file_paths.first().map(String::as_str).unwrap_or("");
    let mut g = Gen {
        files: graph
            .file_paths
            .iter()
            .map(String::as_str)
            .zip(graph.files.iter().map(|f| &f.value))
            .collect(),
        rng: Rng::new(seed),
        budget: 0,
    };
    for _ in 0..32 {
        g.budget = 10_000;
        let candidate = g.value(root, 0, base);
        if validator.is_valid(&candidate) {
            return Ok(Some(candidate));
        }
    }
    // The witness sampler knows more keywords; its instance is verified the same way.
    let docs = crate::format::json_schema::diff::engine::docs_of(graph);
    let mut builder = crate::format::json_schema::witness::WitnessBuilder::new(docs.clone(), docs);
    Ok(builder
        .sample_of(crate::change::Side::Old)
        .filter(|c| validator.is_valid(c)))
}
