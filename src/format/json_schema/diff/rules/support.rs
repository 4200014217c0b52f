//! Helpers shared by rule files: bounds, witnesses, wording. Not a rule.

use crate::change::Effect;
use crate::change::Side;
use crate::format::json_schema::diff::engine::{At, Cx, ListKind, Pair, at_path, lists};
use crate::format::json_schema::diff::rule::JsonRule;
use crate::format::json_schema::schema::{Bound, Obj, Types};
use serde_json::{Value, json};

/// A marker value: "the document with the value at this path taken away".
pub const ABSENT: &str = "\u{0}schemata:absent";

/// Which way a count bound moved.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    Up,
    Down,
}

/// Compares a count bound (`minLength`, `maxItems`, …). An absent upper bound is
/// infinite and an absent lower bound is 0. Emits `rule` when the bound moved `want`.
#[allow(clippy::too_many_arguments)]
pub fn count_bound(
    cx: &mut Cx,
    p: &Pair,
    rule: &'static JsonRule,
    kw: &'static str,
    old: Option<u64>,
    new: Option<u64>,
    upper: bool,
    want: Moved,
    what: &str,
    witness: fn(u64) -> Option<Value>,
) {
    cx.claim(kw);
    let norm = |v: Option<u64>| if upper { v.unwrap_or(u64::MAX) } else { v.unwrap_or(0) };
    let (a, b) = (norm(old), norm(new));
    let moved = match a.cmp(&b) {
        std::cmp::Ordering::Less => Moved::Up,
        std::cmp::Ordering::Greater => Moved::Down,
        std::cmp::Ordering::Equal => return,
    };
    if moved != want {
        return;
    }
    let change = match (old, new) {
        (None, Some(n)) => format!("`{kw}: {n}` was added"),
        (Some(o), None) => format!("`{kw}: {o}` was removed"),
        (Some(o), Some(n)) => format!("`{kw}` went from {o} to {n}"),
        (None, None) => return,
    };
    // narrowing: a value at the old edge; widening: a value just past the old limit
    let narrows = (upper && moved == Moved::Down) || (!upper && moved == Moved::Up);
    let (edge, side) = match (upper, narrows) {
        (true, true) => (b.saturating_add(1), Side::Old),
        (true, false) => (a.saturating_add(1), Side::New),
        (false, true) => (a, Side::Old),
        (false, false) => (b, Side::New),
    };
    let consequence = if narrows {
        format!("{what} accepted before are now rejected")
    } else {
        format!("{what} rejected before are now accepted")
    };
    let w = witness(edge).map(|v| (v, side));
    cx.emit(
        rule,
        p,
        At::Keyword(kw),
        format!("{change}{}: {consequence}.", at_path(&p.path)),
        w,
    );
}

pub fn string_of(len: u64) -> Option<Value> {
    (len <= 10_000).then(|| Value::String("a".repeat(len as usize)))
}

pub fn no_witness(_: u64) -> Option<Value> {
    None
}

/// Does a number satisfy an object's numeric keywords and type?
pub fn number_fits(o: &Obj, x: f64) -> bool {
    if let Some(t) = o.types {
        let is_int = x.fract() == 0.0;
        if !(t.contains(Types::NUMBER) || (is_int && t.contains(Types::INTEGER))) {
            return false;
        }
    }
    if let Some(Bound { value, exclusive }) = o.minimum
        && (x < value || (exclusive && x == value))
    {
        return false;
    }
    if let Some(Bound { value, exclusive }) = o.maximum
        && (x > value || (exclusive && x == value))
    {
        return false;
    }
    if let Some(m) = o.multiple_of {
        let q = x / m;
        if (q - q.round()).abs() > 1e-9 {
            return false;
        }
    }
    if let Some(e) = &o.enumeration
        && !e.iter().any(|v| v.as_f64() == Some(x))
    {
        return false;
    }
    true
}

/// A number accepted by `accept` and rejected by `reject`, looked for near their bounds.
pub fn number_between(accept: &Obj, reject: &Obj) -> Option<Value> {
    let mut seeds = vec![0.0, 1.0, -1.0];
    for o in [accept, reject] {
        for b in [o.minimum, o.maximum].into_iter().flatten() {
            seeds.push(b.value);
        }
        if let Some(m) = o.multiple_of {
            seeds.push(m);
        }
    }
    let steps: Vec<f64> = [accept.multiple_of, reject.multiple_of]
        .into_iter()
        .flatten()
        .chain([1.0, 0.5, 0.25])
        .collect();
    let mut candidates = Vec::new();
    for s in &seeds {
        candidates.push(*s);
        for d in &steps {
            candidates.push(s + d);
            candidates.push(s - d);
        }
        candidates.push(s.floor());
        candidates.push(s.ceil());
    }
    candidates
        .into_iter()
        .find(|&x| x.is_finite() && number_fits(accept, x) && !number_fits(reject, x))
        .map(number_value)
}

pub fn number_value(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        json!(x as i64)
    } else {
        json!(x)
    }
}

/// A value of a type in `accept` but not in `reject`, shaped to satisfy `shape`'s simple
/// keywords where it can.
pub fn value_of_type(accept: Types, reject: Types, shape: &Obj) -> Option<Value> {
    let len = shape.min_length.unwrap_or(0).min(64) as usize;
    let number = shape
        .minimum
        .map(|b| {
            if b.exclusive {
                b.value.floor() + 1.0
            } else {
                b.value.ceil()
            }
        })
        .unwrap_or(0.0);
    let candidates = [
        (Types::STRING, Value::String("a".repeat(len))),
        (Types::INTEGER, number_value(number)),
        (Types::NUMBER, json!(number + 0.5)),
        (Types::BOOLEAN, json!(true)),
        (Types::OBJECT, json!({})),
        (Types::ARRAY, json!([])),
        (Types::NULL, Value::Null),
    ];
    candidates
        .into_iter()
        .find(|(t, v)| accept.contains(*t) && !reject.contains(Types::of_value(v)))
        .map(|(_, v)| v)
}

/// A value a schema object likely accepts, to show what a side that now accepts nothing
/// lost: its first listed value, or a value of its types shaped by its simple keywords.
/// The witness builder verifies it before it is shown.
pub fn member_of(o: &Obj) -> Option<Value> {
    if let Some(e) = &o.enumeration {
        return e.first().cloned();
    }
    let types = effective_types(o);
    // prefer the types with the fewest constraints of their own
    let keywords = o.keyword_types();
    let free = types.minus(keywords);
    value_of_type(if free.is_empty() { types } else { free }, Types(0), o)
}

/// Plain values to try when looking for something outside an enum.
pub fn probe_values() -> Vec<Value> {
    vec![
        json!("x"),
        json!(""),
        json!(0),
        json!(1),
        json!(0.5),
        json!(true),
        json!(false),
        Value::Null,
        json!({}),
        json!([]),
    ]
}

/// Quotes a JSON value briefly for a message.
pub fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(57).collect::<String>())
    } else {
        s
    }
}

pub fn show_list(values: &[&Value]) -> String {
    let shown: Vec<String> = values.iter().take(5).map(|v| show(v)).collect();
    let more = values.len().saturating_sub(5);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// The type set a node effectively allows (`type` and `enum` together); all when unsaid.
pub fn effective_types(o: &Obj) -> Types {
    o.value_types().unwrap_or(Types::ALL)
}

/// Emits a rule for an annotation keyword that differs.
pub fn annotation<T: PartialEq>(cx: &mut Cx, p: &Pair, rule: &'static JsonRule, kw: &'static str, old: &T, new: &T) {
    cx.claim(kw);
    if old != new {
        cx.emit(
            rule,
            p,
            At::Keyword(kw),
            format!(
                "`{kw}` changed{}; documentation only, validation is the same.",
                at_path(&p.path)
            ),
            None,
        );
    }
}

/// The `maxItems` of each side as it bounds arrays: an array closed after its
/// `prefixItems` (`items: false`, which is also how a `maxItems` at or below the prefix
/// length is normalized) holds at most that many items. `(None, None)` unless one side
/// writes `maxItems`, so a closed tuple that grows is reported by the tuple rules only.
pub fn max_items_bounds(cx: &Cx, p: &Pair) -> (Option<u64>, Option<u64>) {
    let written = |o: &Obj| o.max_items.is_some() || o.moved.contains_key("items");
    if !written(&p.old) && !written(&p.new) {
        return (None, None);
    }
    (
        crate::format::json_schema::schema::merge::array_max_items(cx.old, &p.old),
        crate::format::json_schema::schema::merge::array_max_items(cx.new, &p.new),
    )
}

/// A witness value with the side that accepts it, and the instance path it goes at.
pub type PlacedWitness = ((Value, Side), String);

/// The first few findings of a trial diff under `not`, as one text, and a witness for the
/// outer schema: a document the inner schema accepts on one side only is rejected by the
/// outer schema on that side, so the inner witness serves with its sides swapped.
pub fn under_not(findings: &[crate::format::json_schema::diff::engine::Raw]) -> (String, Option<PlacedWitness>) {
    let details: Vec<&str> = findings
        .iter()
        .filter(|r| r.effect != Effect::Annotation)
        .take(3)
        .map(|r| r.message.as_str())
        .collect();
    let witness = findings.iter().find_map(|r| {
        let (v, side) = r.witness.clone()?;
        Some((
            (v, side.other()),
            r.witness_path.clone().unwrap_or_else(|| r.path.clone()),
        ))
    });
    (details.join(" "), witness)
}

/// The instance path of property `name` of the object at `path`.
pub fn property_path(path: &str, name: &str) -> String {
    format!("{path}/{}", crate::source::escape_token(name))
}

/// An undeclared property name for witnesses: not declared and matched by no pattern.
/// `None` when the patterns leave no name free among the few tried (`.*` matches all).
pub fn undeclared_name(cx: &mut Cx, objs: &[&Obj]) -> Option<String> {
    let candidates = ["undeclared", "x", "_", "0", "-", "~", "Z", ""];
    (0..8)
        .map(|i| format!("undeclared{i}"))
        .chain(candidates.iter().map(|c| c.to_string()))
        .find(|name| {
            !objs.iter().any(|o| {
                o.properties.contains_key(name) || o.pattern_properties.keys().any(|pat| cx.matches(pat, name))
            })
        })
}

/// Whether branch `k` of a `oneOf` provably shares no instance with the other branches
/// (their types do not meet, or their `enum` values are distinct).
pub fn disjoint_from_rest(
    g: &crate::format::json_schema::schema::Graph,
    branches: &[crate::format::json_schema::schema::Id],
    k: usize,
) -> bool {
    branches
        .iter()
        .enumerate()
        .all(|(i, &b)| i == k || crate::format::json_schema::schema::merge::branches_disjoint(g, branches[k], b))
}

/// The branches of a combinator list that the pairing left without a partner on one side
/// (`Side::Old`: removed, `Side::New`: added), with that side's list. Claims the keyword.
pub fn unpaired_branches(
    cx: &mut Cx,
    p: &Pair,
    kind: ListKind,
    side: Side,
) -> (Vec<crate::format::json_schema::schema::Id>, Vec<usize>) {
    cx.claim(match kind {
        ListKind::AllOf => "allOf",
        ListKind::AnyOf => "anyOf",
        ListKind::OneOf => "oneOf",
    });
    let (ol, nl) = lists(p, kind);
    if ol.is_empty() && nl.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let list = match side {
        Side::Old => ol.to_vec(),
        Side::New => nl.to_vec(),
    };
    let pairing = cx.pairing(p, kind);
    let unpaired = match side {
        Side::Old => pairing.old_unpaired.clone(),
        Side::New => pairing.new_unpaired.clone(),
    };
    (list, unpaired)
}
