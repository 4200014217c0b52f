//! Scalar values decided on sets: for each node pair, what each side accepts among nulls,
//! booleans, numbers and strings is compared as sets ([`crate::format::json_schema::schema::sets`]),
//! and each kind whose inclusion is decided is reported here, once per direction, with a
//! witness from the sets and the rule of the keyword that rejects it. The keyword rules then
//! leave those kinds alone (the engine narrows the pair's context to the rest), so a
//! respelling of one set (`exclusiveMaximum: 10` and `maximum: 9` on integers, `enum: [1,
//! 2, 3]` and the integers 1 to 3, `pattern: "^ab"` within `"^a"`) is no break.

use super::engine::{At, Cx, Pair, at_path};
use super::rule::JsonRule;
use super::rules;
use crate::change::{Effect, Side};
use crate::format::json_schema::schema::sets::{Incl, Kind, Scalars};
use crate::format::json_schema::schema::{Obj, Types};
use serde_json::Value;

/// Whether two objects say the same about scalar values (so their sets are equal).
fn same_scalar_keywords(o: &Obj, n: &Obj) -> bool {
    o.types == n.types
        && o.enumeration == n.enumeration
        && o.minimum == n.minimum
        && o.maximum == n.maximum
        && o.multiple_of == n.multiple_of
        && o.min_length == n.min_length
        && o.max_length == n.max_length
        && o.pattern == n.pattern
}

/// Decides the scalar kinds of a pair that the sets can decide, reports their changes, and
/// returns the types decided (which the keyword rules then skip).
pub fn decide(cx: &mut Cx, pair: &Pair) -> Types {
    let (o, n) = (&pair.old, &pair.new);
    if o.has_applicators() || n.has_applicators() {
        return Types(0);
    }
    let context = pair.context;
    let mut decided = Types(0);
    let strings_comparable = o.format == n.format
        && o.content_encoding == n.content_encoding
        && o.content_media_type == n.content_media_type;
    let kinds: Vec<Kind> = Kind::ALL
        .into_iter()
        .filter(|k| context.contains(k.types()))
        .filter(|k| *k != Kind::String || strings_comparable)
        .collect();
    if same_scalar_keywords(o, n) {
        for k in kinds {
            decided = decided.union(k.types());
        }
        return decided;
    }
    let (Some(so), Some(sn)) = (Scalars::of(o, cx.patterns()), Scalars::of(n, cx.patterns())) else {
        return Types(0);
    };
    let mut found: Vec<Finding> = Vec::new();
    for kind in kinds {
        let (lost, gained) = (so.within(&sn, kind), sn.within(&so, kind));
        if matches!(lost, Incl::Unknown(_)) || matches!(gained, Incl::Unknown(_)) {
            continue;
        }
        decided = decided.union(kind.types());
        if let Incl::No(w) = lost {
            found.push(finding(pair, kind, (&so, &sn), w, Side::Old));
        }
        if let Incl::No(w) = gained {
            found.push(finding(pair, kind, (&so, &sn), w, Side::New));
        }
    }
    emit(cx, pair, found);
    decided
}

/// One scalar kind's change in one direction.
struct Finding {
    rule: &'static JsonRule,
    keyword: &'static str,
    effect: Effect,
    message: String,
    witness: Option<(Value, Side)>,
}

/// Reports the findings, one per rule and effect: kinds that changed for the same reason
/// read as one change (`type: string` → `integer` is one type change, not a string lost
/// and a number gained).
fn emit(cx: &mut Cx, pair: &Pair, mut found: Vec<Finding>) {
    let is = |f: &Finding, r: &'static JsonRule| std::ptr::eq(f.rule, r);
    // a `multipleOf` that went both ways changed
    let tightened = found.iter().any(|f| is(f, &rules::multiple_of_tightened::RULE));
    let loosened = found.iter().any(|f| is(f, &rules::multiple_of_loosened::RULE));
    if tightened && loosened {
        for f in found.iter_mut() {
            if is(f, &rules::multiple_of_tightened::RULE) || is(f, &rules::multiple_of_loosened::RULE) {
                f.rule = &rules::multiple_of_changed::RULE;
            }
        }
    }
    let narrowed = found.iter().any(|f| is(f, &rules::type_narrowed::RULE));
    let widened = found.iter().any(|f| is(f, &rules::type_widened::RULE));
    if narrowed && widened {
        let witness = found
            .iter()
            .find(|f| is(f, &rules::type_narrowed::RULE))
            .and_then(|f| f.witness.clone());
        found.retain(|f| !is(f, &rules::type_narrowed::RULE) && !is(f, &rules::type_widened::RULE));
        let describe = |o: &Obj| o.value_types().unwrap_or(Types::ALL).describe();
        found.push(Finding {
            rule: &rules::type_changed::RULE,
            keyword: "type",
            effect: Effect::Reshapes,
            message: format!(
                "The type{} changed from {} to {}.",
                at_path(&pair.path),
                describe(&pair.old),
                describe(&pair.new)
            ),
            witness,
        });
    }
    let mut merged: Vec<Finding> = Vec::new();
    for f in found {
        // one rule that both narrowed and widened reshaped
        match merged.iter_mut().find(|m| std::ptr::eq(m.rule, f.rule)) {
            Some(m) => {
                m.effect = m.effect.combine(f.effect);
                m.message.push(' ');
                m.message.push_str(&f.message);
            }
            None => merged.push(f),
        }
    }
    for f in merged {
        cx.emit_with(f.rule, f.effect, pair, At::Keyword(f.keyword), f.message, f.witness);
    }
}

/// `kind` values accepted by `side` only, with the rule of the keyword on the other side
/// that rejects the witness.
fn finding(pair: &Pair, kind: Kind, sets: (&Scalars, &Scalars), w: Option<Value>, side: Side) -> Finding {
    let narrowing = side == Side::Old;
    let (accepting, rejecting) = if narrowing {
        (&pair.old, &pair.new)
    } else {
        (&pair.new, &pair.old)
    };
    let (rule, keyword) = culprit(kind, w.as_ref(), accepting, rejecting, narrowing);
    let effect = if narrowing { Effect::Narrows } else { Effect::Widens };
    let verb = if narrowing {
        "were accepted and are now rejected"
    } else {
        "were rejected and are now accepted"
    };
    let example = w
        .as_ref()
        .map_or_else(String::new, |v| format!(" (for example {})", rules::support::show(v)));
    let message = format!(
        "{}{}: the old schema accepted {}, the new one {}; some {verb}{example}.",
        capitalized(kind.plural()),
        at_path(&pair.path),
        sets.0.describe(kind),
        sets.1.describe(kind),
    );
    Finding {
        rule,
        keyword,
        effect,
        message,
        witness: w.map(|v| (v, side)),
    }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The rule (and keyword) that explains why `rejecting` refuses the witness `w` that
/// `accepting` takes.
fn culprit(
    kind: Kind,
    w: Option<&Value>,
    accepting: &Obj,
    rejecting: &Obj,
    narrowing: bool,
) -> (&'static JsonRule, &'static str) {
    use rules::*;
    let pick = |narrow: &'static JsonRule, widen: &'static JsonRule| if narrowing { narrow } else { widen };
    let types = rejecting.types.unwrap_or(Types::ALL);
    let type_rule = (pick(&type_narrowed::RULE, &type_widened::RULE), "type");
    let enum_rule = || match (accepting.enumeration.is_some(), narrowing) {
        (true, true) => (&enum_value_removed::RULE, "enum"),
        (false, true) => (&enum_added::RULE, "enum"),
        (true, false) => (&enum_value_added::RULE, "enum"),
        (false, false) => (&enum_removed::RULE, "enum"),
    };
    let Some(w) = w else {
        // no witness: the first keyword of the kind that differs
        return match kind {
            Kind::Number if accepting.minimum != rejecting.minimum => {
                (pick(&minimum_increased::RULE, &minimum_decreased::RULE), "minimum")
            }
            Kind::Number if accepting.maximum != rejecting.maximum => {
                (pick(&maximum_decreased::RULE, &maximum_increased::RULE), "maximum")
            }
            Kind::Number if accepting.multiple_of != rejecting.multiple_of => (
                pick(&multiple_of_tightened::RULE, &multiple_of_loosened::RULE),
                "multipleOf",
            ),
            Kind::String if accepting.pattern != rejecting.pattern => pattern_rule(accepting, narrowing),
            _ if accepting.enumeration != rejecting.enumeration => enum_rule(),
            _ => type_rule,
        };
    };
    if !types.contains(Types::of_value(w)) {
        return type_rule;
    }
    if let Some(values) = &rejecting.enumeration
        && !values.contains(w)
    {
        return enum_rule();
    }
    match kind {
        Kind::Number => {
            let x = w.as_f64().unwrap_or(0.0);
            if rejecting
                .minimum
                .is_some_and(|b| x < b.value || (b.exclusive && x == b.value))
            {
                return (pick(&minimum_increased::RULE, &minimum_decreased::RULE), "minimum");
            }
            if rejecting
                .maximum
                .is_some_and(|b| x > b.value || (b.exclusive && x == b.value))
            {
                return (pick(&maximum_decreased::RULE, &maximum_increased::RULE), "maximum");
            }
            if rejecting.multiple_of.is_some() {
                return (
                    pick(&multiple_of_tightened::RULE, &multiple_of_loosened::RULE),
                    "multipleOf",
                );
            }
            type_rule
        }
        Kind::String => {
            let len = w.as_str().map_or(0, |s| s.chars().count() as u64);
            if rejecting.min_length.is_some_and(|m| len < m) {
                return (
                    pick(&min_length_increased::RULE, &min_length_decreased::RULE),
                    "minLength",
                );
            }
            if rejecting.max_length.is_some_and(|m| len > m) {
                return (
                    pick(&max_length_decreased::RULE, &max_length_increased::RULE),
                    "maxLength",
                );
            }
            if rejecting.pattern.is_some() {
                return pattern_rule(accepting, narrowing);
            }
            type_rule
        }
        Kind::Null | Kind::Boolean => type_rule,
    }
}

fn pattern_rule(accepting: &Obj, narrowing: bool) -> (&'static JsonRule, &'static str) {
    use rules::*;
    match (accepting.pattern.is_some(), narrowing) {
        (false, true) => (&pattern_added::RULE, "pattern"),
        (false, false) => (&pattern_removed::RULE, "pattern"),
        _ => (&pattern_changed::RULE, "pattern"),
    }
}

/// A side that lists its values (`enum`/`const` holding objects or arrays) against a side
/// that does not: each listed value is evaluated against the other side's schema, and a
/// value of the other side outside the list is looked for among plain values. When both
/// are decided, the change is reported here in full (returns true) and the pair needs no
/// other rule: `const: {"key": "value"}` → `{properties: {key: {const: "value"}}}` widens.
pub fn decide_listed(cx: &mut Cx, pair: &Pair) -> bool {
    let (listed_side, values) = match (&pair.old.enumeration, &pair.new.enumeration) {
        (Some(e), None) => (Side::Old, e.clone()),
        (None, Some(e)) => (Side::New, e.clone()),
        _ => return false,
    };
    if values.len() > 10_000 || !values.iter().any(|v| v.is_object() || v.is_array()) {
        return false;
    }
    let other_side = listed_side.other();
    let other_id = match other_side {
        Side::Old => pair.old_id,
        Side::New => pair.new_id,
    };
    // listed values the other side rejects
    let mut outside_other = None;
    for v in &values {
        match cx.accepts(other_side, other_id, v) {
            None => return false,
            Some(true) => {}
            Some(false) => {
                if outside_other.is_none() {
                    outside_other = Some(v.clone());
                }
            }
        }
    }
    // a value of the other side that is not listed
    let mut candidates = rules::support::probe_values();
    for v in &values {
        if let Value::Object(m) = v {
            // the listed object with one property dropped, or changed
            for k in m.keys() {
                let mut fewer = m.clone();
                fewer.remove(k);
                candidates.push(Value::Object(fewer));
                let mut other = m.clone();
                other.insert(k.clone(), Value::String("other".into()));
                candidates.push(Value::Object(other));
            }
            let mut more = m.clone();
            more.insert("extra".into(), Value::Null);
            candidates.push(Value::Object(more));
        }
    }
    let listed = |c: &Value| values.contains(&crate::format::json_schema::schema::load::canonical_value(c.clone()));
    let mut beyond_list = None;
    for c in candidates {
        if listed(&c) {
            continue;
        }
        if cx.accepts(other_side, other_id, &c) == Some(true) {
            beyond_list = Some(c);
            break;
        }
    }
    let Some(beyond) = beyond_list else {
        return false;
    };
    // listed side lost (old listed) or gained (new listed) the values outside the other side
    let (removed_rule, added_rule) = if listed_side == Side::Old {
        (&rules::enum_value_removed::RULE, &rules::enum_removed::RULE)
    } else {
        (&rules::enum_value_added::RULE, &rules::enum_added::RULE)
    };
    if let Some(v) = outside_other {
        let (effect, message) = if listed_side == Side::Old {
            (
                Effect::Narrows,
                format!(
                    "The listed value {}{} is rejected by the new schema.",
                    rules::support::show(&v),
                    at_path(&pair.path)
                ),
            )
        } else {
            (
                Effect::Widens,
                format!(
                    "The listed value {}{} was rejected by the old schema.",
                    rules::support::show(&v),
                    at_path(&pair.path)
                ),
            )
        };
        cx.emit_with(
            removed_rule,
            effect,
            pair,
            At::Keyword("enum"),
            message,
            Some((v, listed_side)),
        );
    }
    let (effect, message) = if listed_side == Side::Old {
        (
            Effect::Widens,
            format!(
                "The list of allowed values{} was replaced by a schema that accepts more, such as {}.",
                at_path(&pair.path),
                rules::support::show(&beyond)
            ),
        )
    } else {
        (
            Effect::Narrows,
            format!(
                "Values{} are now limited to a list; others the old schema accepted, such as {}, are rejected.",
                at_path(&pair.path),
                rules::support::show(&beyond)
            ),
        )
    };
    cx.emit_with(
        added_rule,
        effect,
        pair,
        At::Keyword("enum"),
        message,
        Some((beyond, other_side)),
    );
    true
}
