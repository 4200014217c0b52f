//! Evaluates a normalized schema on one value, for the set reasoning that needs membership
//! of listed values (`const: {"key": "value"}` is within `{properties: {key: {const:
//! "value"}}}` because that one object passes). Three-valued: `None` where the answer
//! depends on what this evaluator does not model (`format`, `content*`, `unevaluated*`,
//! unresolved references, patterns outside regular languages), so a caller never mistakes
//! "not known" for "rejected".

use super::sets::pattern::{Cache, Compiled};
use super::{Graph, Id, Obj, Schema, Types};
use serde_json::Value;

/// Whether the schema at `id` accepts `v` (`None`: not decided).
pub fn accepts(g: &Graph, id: Id, v: &Value, patterns: &mut Cache) -> Option<bool> {
    eval(g, id, v, patterns, 0)
}

fn eval(g: &Graph, id: Id, v: &Value, p: &mut Cache, depth: u32) -> Option<bool> {
    if depth > 64 {
        return None;
    }
    match &g.nodes[g.resolve(id) as usize].schema {
        Schema::Bool(b) => Some(*b),
        Schema::Ref(_) => None,
        Schema::Obj(o) => obj(g, o, v, p, depth + 1),
    }
}

/// `Some(false)` as soon as one part rejects; `None` if a part is unknown and none rejects.
fn all(parts: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
    let mut unknown = false;
    for r in parts {
        match r {
            Some(false) => return Some(false),
            None => unknown = true,
            Some(true) => {}
        }
    }
    if unknown { None } else { Some(true) }
}

fn matches(p: &mut Cache, pattern: &str, s: &str) -> Option<bool> {
    match &*p.get(pattern) {
        Compiled::Regular(r) => r.is_match(s),
        Compiled::Opaque(_) => None,
    }
}

fn obj(g: &Graph, o: &Obj, v: &Value, p: &mut Cache, depth: u32) -> Option<bool> {
    if o.external_ref.is_some() || o.dynamic_ref.is_some() {
        return None;
    }
    let t = Types::of_value(v);
    if let Some(types) = o.types
        && !types.contains(t)
    {
        return Some(false);
    }
    if let Some(values) = &o.enumeration
        && !values.contains(&super::load::canonical_value(v.clone()))
    {
        return Some(false);
    }
    let mut results: Vec<Option<bool>> = Vec::new();
    match v {
        Value::Number(_) => {
            let x = v.as_f64()?;
            let set = super::sets::number::NumSet::new(false, o.minimum, o.maximum, o.multiple_of, None)?;
            results.push(set.contains(x));
        }
        Value::String(s) => {
            let n = s.chars().count() as u64;
            results.push(Some(
                o.min_length.is_none_or(|m| n >= m) && o.max_length.is_none_or(|m| n <= m),
            ));
            if let Some(pattern) = &o.pattern {
                results.push(matches(p, pattern, s));
            }
            if o.format.is_some() || o.content_encoding.is_some() || o.content_media_type.is_some() {
                results.push(None);
            }
        }
        Value::Object(m) => {
            if o.unevaluated_properties.is_some() {
                results.push(None);
            }
            let n = m.len() as u64;
            results.push(Some(
                o.min_properties.is_none_or(|x| n >= x) && o.max_properties.is_none_or(|x| n <= x),
            ));
            results.push(Some(o.required.iter().all(|r| m.contains_key(r))));
            for (k, req) in &o.dependent_required {
                if m.contains_key(k) {
                    results.push(Some(req.iter().all(|r| m.contains_key(r))));
                }
            }
            for (k, &s) in &o.dependent_schemas {
                if m.contains_key(k) {
                    results.push(eval(g, s, v, p, depth));
                }
            }
            for (k, val) in m {
                if let Some(names) = o.property_names {
                    results.push(eval(g, names, &Value::String(k.clone()), p, depth));
                }
                let mut governed = false;
                if let Some(&s) = o.properties.get(k) {
                    governed = true;
                    results.push(eval(g, s, val, p, depth));
                }
                for (pattern, &s) in &o.pattern_properties {
                    match matches(p, pattern, k) {
                        Some(true) => {
                            governed = true;
                            results.push(eval(g, s, val, p, depth));
                        }
                        Some(false) => {}
                        None => results.push(None),
                    }
                }
                if !governed && let Some(a) = o.additional_properties {
                    results.push(eval(g, a, val, p, depth));
                }
                if results.contains(&Some(false)) {
                    return Some(false);
                }
            }
        }
        Value::Array(a) => {
            if o.unevaluated_items.is_some() {
                results.push(None);
            }
            let n = a.len() as u64;
            results.push(Some(
                o.min_items.is_none_or(|x| n >= x) && o.max_items.is_none_or(|x| n <= x),
            ));
            for (i, item) in a.iter().enumerate() {
                let s = o
                    .prefix_items
                    .get(i)
                    .copied()
                    .or(if i >= o.prefix_items.len() { o.items } else { None });
                if let Some(s) = s {
                    results.push(eval(g, s, item, p, depth));
                }
            }
            if o.unique_items {
                let mut seen: Vec<Value> = Vec::new();
                for item in a {
                    let c = super::load::canonical_value(item.clone());
                    if seen.contains(&c) {
                        return Some(false);
                    }
                    seen.push(c);
                }
            }
            if let Some(c) = o.contains {
                let mut count = 0u64;
                let mut unknown = false;
                for item in a {
                    match eval(g, c, item, p, depth) {
                        Some(true) => count += 1,
                        Some(false) => {}
                        None => unknown = true,
                    }
                }
                let (lo, hi) = (o.min_contains.unwrap_or(1), o.max_contains);
                if unknown {
                    results.push(None);
                } else {
                    results.push(Some(count >= lo && hi.is_none_or(|h| count <= h)));
                }
            }
        }
        _ => {}
    }
    for &b in &o.all_of {
        results.push(eval(g, b, v, p, depth));
    }
    if !o.any_of.is_empty() {
        let r: Vec<Option<bool>> = o.any_of.iter().map(|&b| eval(g, b, v, p, depth)).collect();
        results.push(if r.contains(&Some(true)) {
            Some(true)
        } else if r.contains(&None) {
            None
        } else {
            Some(false)
        });
    }
    if !o.one_of.is_empty() {
        let r: Vec<Option<bool>> = o.one_of.iter().map(|&b| eval(g, b, v, p, depth)).collect();
        results.push(if r.contains(&None) {
            None
        } else {
            Some(r.iter().filter(|x| **x == Some(true)).count() == 1)
        });
    }
    if let Some(n) = o.not {
        results.push(eval(g, n, v, p, depth).map(|b| !b));
    }
    if let Some(i) = o.if_ {
        results.push(match eval(g, i, v, p, depth) {
            Some(true) => o.then_.map_or(Some(true), |t| eval(g, t, v, p, depth)),
            Some(false) => o.else_.map_or(Some(true), |e| eval(g, e, v, p, depth)),
            None => None,
        });
    }
    all(results)
}
