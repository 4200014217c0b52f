//! Simplifications that keep a schema's meaning but remove differences of spelling
//! between combinators: `allOf` branches folded into their parent (an intersection),
//! single-branch `anyOf`/`oneOf`, `oneOf` with disjoint branches read as `anyOf`, and an
//! `anyOf` whose branches each hold one distinct type folded into `type: [..]`.
//!
//! A fold happens only when it is exact; otherwise the combinator stays and the engine
//! compares its branches as a set.

use super::load::{intersect_values, tighter_bound};
use super::{Bound, Graph, Id, Obj, Origin, Schema, Types};
use std::rc::Rc;

/// Simplifies every node in place. Nodes are visited children first (children are
/// created after their parents), so a branch is already simple when its parent folds it.
pub fn simplify(g: &mut Graph) {
    let mut coverages = super::coverage::Coverages::new(g);
    for id in (0..g.nodes.len() as Id).rev() {
        simplify_node(g, id, &mut coverages);
    }
}

/// Combinators that accept every value the node's own keywords let through are dropped,
/// and a node one of whose combinators accepts none of those values accepts nothing (see
/// [`super::coverage`]): `anyOf: [{type: string}, {not: {type: string}}]` constrains
/// nothing, nor does `{type: number, anyOf: [{type: number}, {type: string, minLength:
/// 3}]}`'s `anyOf` (the string branch only speaks of values the node rejects anyway), nor
/// an `if`/`then`/`else` whose `if` decides the kind and whose branches keep it. Branches
/// of `anyOf`/`oneOf` that accept nothing are dropped.
fn by_coverage(g: &mut Graph, o: &mut Obj, cov: &mut super::coverage::Coverages) -> bool {
    use super::coverage::{Coverage, Part};
    let own = super::coverage::own(o);
    // (kinds the node's own keywords reject do not matter)
    let whole = |c: Coverage| own.0.iter().zip(c.0).all(|(o, p)| *o == Part::None || p == Part::All);
    let empty = |c: Coverage| own.0.iter().zip(c.0).all(|(o, p)| *o == Part::None || p == Part::None);
    let mut changed = false;
    for list in [&mut o.any_of, &mut o.one_of] {
        let before = list.len();
        list.retain(|&b| !cov.of(g, b).is_none());
        if list.len() != before {
            changed = true;
            if list.is_empty() {
                o.types = Some(Types(0));
                return true;
            }
        }
    }
    let parts = [
        Obj {
            any_of: o.any_of.clone(),
            ..Obj::default()
        },
        Obj {
            one_of: o.one_of.clone(),
            ..Obj::default()
        },
        Obj {
            not: o.not,
            ..Obj::default()
        },
        Obj {
            if_: o.if_,
            then_: o.then_,
            else_: o.else_,
            ..Obj::default()
        },
    ];
    for (k, part) in parts.iter().enumerate() {
        let present = match k {
            0 => !o.any_of.is_empty(),
            1 => !o.one_of.is_empty(),
            2 => o.not.is_some(),
            _ => o.if_.is_some(),
        };
        if !present {
            continue;
        }
        let c = cov.of_obj(g, part);
        if whole(c) {
            match k {
                0 => o.any_of.clear(),
                1 => o.one_of.clear(),
                2 => o.not = None,
                _ => (o.if_, o.then_, o.else_) = (None, None, None),
            }
            changed = true;
        } else if empty(c) {
            o.types = Some(Types(0));
            return true;
        }
    }
    let before = o.all_of.len();
    o.all_of.retain(|&b| !whole(cov.of(g, b)));
    if o.all_of.len() != before {
        changed = true;
    }
    changed
}

fn simplify_node(g: &mut Graph, id: Id, cov: &mut super::coverage::Coverages) {
    let Schema::Obj(obj) = &g.nodes[id as usize].schema else {
        return;
    };
    if obj.all_of.is_empty() && obj.any_of.is_empty() && obj.one_of.is_empty() && obj.not.is_none() && obj.if_.is_none()
    {
        // Most nodes have no combinators: only the keyword-level tidying applies.
        let obj = obj.clone();
        if let Some(o) = tidy(g, id, &obj) {
            g.nodes[id as usize].schema = Schema::Obj(Rc::new(o));
        }
        return;
    }
    let mut o: Obj = (**obj).clone();
    let mut changed = prune_branches(g, id, &mut o);
    changed |= by_coverage(g, &mut o, cov);

    // (`oneOf` is not deduplicated: `oneOf: [A, A]` rejects every value A accepts)
    dedup_ids(g, &mut o.any_of);
    if o.any_of.len() == 1 {
        o.all_of.push(o.any_of.pop().unwrap());
        changed = true;
    }
    if o.one_of.len() == 1 {
        o.all_of.push(o.one_of.pop().unwrap());
        changed = true;
    }
    if !o.one_of.is_empty() && o.any_of.is_empty() && pairwise_disjoint(g, &o.one_of) {
        o.any_of = std::mem::take(&mut o.one_of);
        changed = true;
    }
    if !o.any_of.is_empty() && (fold_value_branches(g, &mut o) || fold_typed_branches(g, id, &mut o)) {
        changed = true;
    }

    // allOf: fold each branch that merges exactly; keep the rest.
    let mut kept = Vec::new();
    let mut queue: std::collections::VecDeque<Id> = std::mem::take(&mut o.all_of).into();
    let mut guard = 0;
    while let Some(b) = queue.pop_front() {
        guard += 1;
        let r = g.resolve(b);
        if r == id || guard > 1000 {
            kept.push(b);
            continue;
        }
        let origin = g.nodes[r as usize].origin.clone();
        match &g.nodes[r as usize].schema {
            Schema::Bool(true) => changed = true,
            Schema::Bool(false) => {
                o.types = Some(Types(0));
                changed = true;
            }
            Schema::Obj(branch) => {
                let mut branch = (**branch).clone();
                // nested allOf flattens into ours
                let nested = std::mem::take(&mut branch.all_of);
                if merge_into(&mut o, &branch, &origin) {
                    // a merged branch's own allOf joins ours
                    queue.extend(nested);
                    changed = true;
                } else {
                    kept.push(b);
                }
            }
            Schema::Ref(_) => kept.push(b),
        }
    }
    dedup_ids(g, &mut kept);
    if kept.len() != o.all_of.len() {
        changed = true;
    }
    o.all_of = kept;
    if let Some(tidied) = tidy(g, id, &o) {
        o = tidied;
        changed = true;
    }
    if changed {
        g.nodes[id as usize].schema = Schema::Obj(Rc::new(o));
    }
}

/// `anyOf`/`oneOf` branches that are `false` never match and are dropped; an `anyOf` with
/// a branch that accepts everything constrains nothing. A list left empty accepts nothing.
/// A `oneOf` with two branches that accept everything accepts nothing (every value
/// matches both); with one, it accepts what no other branch accepts (`not: {anyOf: rest}`).
fn prune_branches(g: &mut Graph, id: Id, o: &mut Obj) -> bool {
    let mut changed = false;
    if o.any_of.iter().any(|&b| g.is_true(b)) {
        o.any_of.clear();
        changed = true;
    }
    let always = o.one_of.iter().filter(|&&b| g.is_true(b)).count();
    if always >= 2 {
        o.one_of.clear();
        o.types = Some(Types(0));
        return true;
    }
    if always == 1 && o.one_of.len() > 1 && o.not.is_none() {
        let rest: Vec<Id> = o.one_of.iter().copied().filter(|&b| !g.is_true(b)).collect();
        let origin = g.nodes[id as usize].origin.child("oneOf");
        let excluded = if rest.len() == 1 {
            rest[0]
        } else {
            g.push(super::Node {
                origin: origin.clone(),
                schema: Schema::Obj(Rc::new(Obj {
                    any_of: rest,
                    ..Obj::default()
                })),
            })
        };
        o.one_of.clear();
        o.not = Some(excluded);
        o.moved.insert("not", origin);
        return true;
    }
    for list in [&mut o.any_of, &mut o.one_of] {
        let before = list.len();
        list.retain(|&b| !g.is_false(b));
        if list.len() != before {
            changed = true;
            if list.is_empty() {
                o.types = Some(Types(0));
            }
        }
    }
    changed
}

/// Keyword-level rewrites that keep a node's meaning but remove differences of spelling:
///
/// - `not` of a schema that accepts everything accepts nothing; `not: false` is dropped;
/// - a `pattern` that every string matches constrains nothing (see
///   [`matches_every_string`]): it is kept among the extensions, where an edit to it still
///   shows as an annotation; a `patternProperties` entry whose pattern matches every name and whose schema
///   accepts everything is dropped, and with such a pattern `additionalProperties` and
///   `unevaluatedProperties` never apply;
/// - `propertyNames` that accepts every name is dropped;
/// - `enum` values of a type the node does not accept are dropped;
/// - a type for which the node's own keywords admit no value is taken out of `type`
///   (`minLength` above `maxLength`, a required property whose schema is `false`, more
///   `minItems` than a closed tuple holds…), so a schema that accepts nothing reads as such;
/// - `maxItems` at or below the number of `prefixItems` closes the array: positions past
///   it are dropped and `items` becomes `false`, which is how `items: false` reads too.
///
/// Returns the rewritten node, or `None` when nothing changes (the common case, with no
/// copy made).
fn tidy(g: &mut Graph, id: Id, o: &Obj) -> Option<Obj> {
    let mut out: Option<Obj> = None;
    macro_rules! cur {
        () => {
            out.as_ref().unwrap_or(o)
        };
    }
    macro_rules! edit {
        () => {
            out.get_or_insert_with(|| o.clone())
        };
    }
    if let Some(n) = o.not {
        if g.is_true(n) {
            let e = edit!();
            e.not = None;
            e.types = Some(Types(0));
        } else if g.is_false(n) {
            edit!().not = None;
        }
    }
    if o.pattern.as_deref().is_some_and(matches_every_string) {
        // kept where an edit still shows, but as a keyword that constrains nothing
        let e = edit!();
        if let Some(p) = e.pattern.take() {
            e.extensions.insert("pattern".into(), serde_json::Value::String(p));
        }
    }
    if o.pattern_properties.keys().any(|p| matches_every_string(p)) {
        let e = edit!();
        e.additional_properties = None;
        e.unevaluated_properties = None;
        e.pattern_properties
            .retain(|p, &mut s| !(matches_every_string(p) && g.is_true(s)));
    }
    if o.property_names.is_some_and(|p| g.is_true(p)) {
        edit!().property_names = None;
    }
    if let (Some(values), Some(types)) = (&cur!().enumeration, cur!().types)
        && values.iter().any(|v| !types.contains(Types::of_value(v)))
    {
        let kept: Vec<_> = values
            .iter()
            .filter(|v| types.contains(Types::of_value(v)))
            .cloned()
            .collect();
        edit!().enumeration = Some(kept);
    }
    let types = cur!().types.unwrap_or(Types::ALL);
    let empty = unsatisfiable_types(g, cur!(), types);
    if types.intersects(empty) {
        edit!().types = Some(types.minus(empty));
    }
    // An array closed at its prefix: `maxItems` ≤ the prefix length, or `items: false`.
    let c = cur!();
    let closed = c.items.is_some_and(|i| g.is_false(i));
    if let Some(max) = c.max_items
        && max <= c.prefix_items.len() as u64
        && c.types.is_none_or(|t| t.intersects(Types::ARRAY))
    {
        let at = g.nodes[id as usize].origin.child("maxItems");
        let items = if closed {
            c.items
        } else {
            Some(g.push(super::Node {
                origin: at.clone(),
                schema: Schema::Bool(false),
            }))
        };
        let e = edit!();
        e.prefix_items.truncate(max as usize);
        e.max_items = None;
        if !closed {
            e.items = items;
            e.moved.insert("items", at);
        }
    } else if closed && c.max_items.is_some_and(|m| m >= c.prefix_items.len() as u64) {
        // `maxItems` at or above a closed prefix says nothing more
        edit!().max_items = None;
    }
    out
}

/// Whether an ECMA-262 `pattern` (searched, not anchored) matches every string: it has
/// no assertion other than a leading `^`, and it matches the empty string. Such a pattern
/// matches the empty substring at the start of any string. Patterns this cannot decide
/// (other assertions, or syntax the `regex` crate does not take) are kept.
pub fn matches_every_string(pattern: &str) -> bool {
    let body = pattern.strip_prefix('^').unwrap_or(pattern);
    if body.contains(['^', '$']) || body.contains("\\b") || body.contains("\\B") || body.contains("(?") {
        return false;
    }
    // Without a quantifier that allows zero, an alternation or a group, every atom takes
    // a character: such a pattern cannot match the empty string (no regex to compile,
    // which this runs for every `pattern` of every version loaded).
    if !body.is_empty() && !body.contains(['*', '?', '{', '|', '(']) {
        return false;
    }
    regex::Regex::new(body).is_ok_and(|r| r.is_match(""))
}

/// The types among `types` for which the node's own keywords admit no value. Only plain
/// contradictions are found; a type not listed may still be empty.
fn unsatisfiable_types(g: &Graph, o: &Obj, types: Types) -> Types {
    let mut empty = Types(0);
    if types.intersects(Types::STRING) && string_contradiction(o).is_some() {
        empty = empty.union(Types::STRING);
    }
    if types.intersects(Types::INTEGER) {
        match number_contradiction(o, !types.contains(Types::NUMBER)) {
            Some((true, _)) => empty = empty.union(Types::NUMBER).union(Types::INTEGER),
            Some((false, _)) => empty = empty.union(Types::INTEGER),
            None => {}
        }
    }
    if types.intersects(Types::OBJECT) && object_contradiction(g, o).is_some() {
        empty = empty.union(Types::OBJECT);
    }
    if types.intersects(Types::ARRAY) && array_contradiction(g, o).is_some() {
        empty = empty.union(Types::ARRAY);
    }
    empty
}

/// Why a node accepts nothing, in a consumer's words, when normalization found a reason
/// (`None` for a plain `false`, or when the reason is not one of the contradictions that
/// [`tidy`] and [`prune_branches`] detect).
pub fn contradiction(g: &Graph, id: Id) -> Option<String> {
    let Schema::Obj(o) = &g.nodes[g.resolve(id) as usize].schema else {
        return None;
    };
    if let Some(n) = o.not
        && g.is_true(n)
    {
        return Some("its `not` excludes every value".into());
    }
    if o.enumeration.as_ref().is_some_and(|e| e.is_empty()) {
        return Some("no value of its `enum` has an allowed type".into());
    }
    // (normalization emptied `type`, so a set without `number` is as close as we get to
    // knowing it said `integer`)
    let integers_only = o.types.is_some_and(|t| !t.contains(Types::NUMBER));
    let reasons: Vec<(&str, String)> = [
        ("strings", string_contradiction(o)),
        ("numbers", number_contradiction(o, integers_only).map(|r| r.1)),
        ("objects", object_contradiction(g, o)),
        ("arrays", array_contradiction(g, o)),
    ]
    .into_iter()
    .filter_map(|(kind, r)| r.map(|r| (kind, r)))
    .collect();
    match reasons.len() {
        0 => None,
        1 => Some(reasons[0].1.clone()),
        _ => Some(
            reasons
                .iter()
                .map(|(kind, r)| format!("{kind}: {r}"))
                .collect::<Vec<_>>()
                .join("; "),
        ),
    }
}

fn string_contradiction(o: &Obj) -> Option<String> {
    match (o.min_length, o.max_length) {
        (Some(lo), Some(hi)) if lo > hi => Some(format!("`minLength` {lo} is above `maxLength` {hi}")),
        _ => None,
    }
}

/// `(true, why)` when no number fits the bounds, `(false, why)` when no integer does (only
/// asked with `integers_only`).
fn number_contradiction(o: &Obj, integers_only: bool) -> Option<(bool, String)> {
    let (lo, hi) = (o.minimum?, o.maximum?);
    let show = |b: Bound, lower: bool| match (b.exclusive, lower) {
        (true, true) => format!("> {}", b.value),
        (false, true) => format!(">= {}", b.value),
        (true, false) => format!("< {}", b.value),
        (false, false) => format!("<= {}", b.value),
    };
    // (the text is only built for a contradiction: this runs for every bounded number)
    let range = || format!("{} and {}", show(lo, true), show(hi, false));
    if lo.value > hi.value || (lo.value == hi.value && (lo.exclusive || hi.exclusive)) {
        return Some((true, format!("no number is {}", range())));
    }
    if integers_only {
        let first = if lo.exclusive {
            lo.value.floor() + 1.0
        } else {
            lo.value.ceil()
        };
        let last = if hi.exclusive {
            hi.value.ceil() - 1.0
        } else {
            hi.value.floor()
        };
        if first > last {
            return Some((false, format!("no integer is {}", range())));
        }
    }
    None
}

fn object_contradiction(g: &Graph, o: &Obj) -> Option<String> {
    match (o.min_properties, o.max_properties) {
        (Some(lo), Some(hi)) if lo > hi => {
            return Some(format!("`minProperties` {lo} is above `maxProperties` {hi}"));
        }
        (_, Some(hi)) if o.required.len() as u64 > hi => {
            return Some(format!(
                "{} properties are required but `maxProperties` is {hi}",
                o.required.len()
            ));
        }
        _ => {}
    }
    if o.property_names.is_some_and(|p| g.is_false(p)) && (!o.required.is_empty() || o.min_properties.unwrap_or(0) > 0)
    {
        return Some("properties are required but `propertyNames` accepts no name".into());
    }
    o.required.iter().find_map(|name| {
        if let Some(&s) = o.properties.get(name) {
            return g
                .is_false(s)
                .then(|| format!("property `{name}` is required but its schema accepts nothing"));
        }
        let mut matched = false;
        for (pattern, &s) in &o.pattern_properties {
            match regex::Regex::new(pattern) {
                Ok(r) if r.is_match(name) => {
                    if g.is_false(s) {
                        return Some(format!(
                            "property `{name}` is required but `patternProperties` `{pattern}` accepts no value for it"
                        ));
                    }
                    matched = true;
                }
                Ok(_) => {}
                Err(_) => return None,
            }
        }
        (!matched && o.additional_properties.is_some_and(|a| g.is_false(a)))
            .then(|| format!("property `{name}` is required but not declared, and `additionalProperties` is false"))
    })
}

/// The most items an array may hold: `maxItems`, or fewer when `items: false` closes it
/// after its `prefixItems`.
pub fn array_max_items(g: &Graph, o: &Obj) -> Option<u64> {
    if o.items.is_some_and(|i| g.is_false(i)) {
        let n = o.prefix_items.len() as u64;
        Some(o.max_items.map_or(n, |m| m.min(n)))
    } else {
        o.max_items
    }
}

fn array_contradiction(g: &Graph, o: &Obj) -> Option<String> {
    let min = o.min_items.unwrap_or(0);
    let max = array_max_items(g, o);
    if let Some(m) = max
        && min > m
    {
        return Some(format!("`minItems` {min} but at most {m} items are allowed"));
    }
    if let Some(i) = o.prefix_items.iter().take(min as usize).position(|&p| g.is_false(p)) {
        return Some(format!(
            "item {i} is required by `minItems` but its schema accepts nothing"
        ));
    }
    if let Some(c) = o.contains {
        let at_least = o.min_contains.unwrap_or(1);
        if at_least > 0 {
            if g.is_false(c) {
                return Some("`contains` accepts no item".into());
            }
            if let Some(m) = o.max_contains.filter(|&m| at_least > m) {
                return Some(format!("`minContains` {at_least} is above `maxContains` {m}"));
            }
            if let Some(m) = max.filter(|&m| at_least > m) {
                return Some(format!("`contains` needs {at_least} items but at most {m} are allowed"));
            }
        }
    }
    None
}

/// Removes branches that are the same node or structurally identical leaves.
fn dedup_ids(g: &Graph, list: &mut Vec<Id>) {
    let mut seen: Vec<Id> = Vec::new();
    list.retain(|&b| {
        let r = g.resolve(b);
        if seen.iter().any(|&s| s == r || same_leaf(g, s, r)) {
            false
        } else {
            seen.push(r);
            true
        }
    });
}

/// Two nodes with no subschemas and the same constraints.
fn same_leaf(g: &Graph, a: Id, b: Id) -> bool {
    match (&g.nodes[a as usize].schema, &g.nodes[b as usize].schema) {
        (Schema::Bool(x), Schema::Bool(y)) => x == y,
        (Schema::Obj(x), Schema::Obj(y)) => {
            leaf(x)
                && leaf(y)
                && x.types == y.types
                && x.enumeration == y.enumeration
                && x.min_length == y.min_length
                && x.max_length == y.max_length
                && x.pattern == y.pattern
                && x.format == y.format
                && x.minimum == y.minimum
                && x.maximum == y.maximum
                && x.multiple_of == y.multiple_of
                && x.required == y.required
                && x.min_items == y.min_items
                && x.max_items == y.max_items
                && x.unique_items == y.unique_items
                && x.min_properties == y.min_properties
                && x.max_properties == y.max_properties
                && x.content_encoding == y.content_encoding
                && x.content_media_type == y.content_media_type
                && x.dependent_required == y.dependent_required
        }
        _ => false,
    }
}

fn leaf(o: &Obj) -> bool {
    o.properties.is_empty()
        && o.pattern_properties.is_empty()
        && o.additional_properties.is_none()
        && o.unevaluated_properties.is_none()
        && o.property_names.is_none()
        && o.dependent_schemas.is_empty()
        && o.prefix_items.is_empty()
        && o.items.is_none()
        && o.contains.is_none()
        && o.unevaluated_items.is_none()
        && !o.has_applicators()
}

/// The types a branch can accept, when it says so with `type` or `enum`.
pub fn branch_types(g: &Graph, id: Id) -> Option<Types> {
    match &g.nodes[g.resolve(id) as usize].schema {
        Schema::Bool(false) => Some(Types(0)),
        Schema::Obj(o) => o.value_types(),
        _ => None,
    }
}

/// No value can satisfy two branches at once, judged by their types and `enum`s.
pub fn pairwise_disjoint(g: &Graph, branches: &[Id]) -> bool {
    (0..branches.len()).all(|i| (i + 1..branches.len()).all(|j| branches_disjoint(g, branches[i], branches[j])))
}

/// Whether no value satisfies both branches: their types do not meet, both list their
/// values (`enum`/`const`) and no value is in both lists, or both are objects that require
/// a property whose listed values differ (`"action": {"const": "created"}` / `"deleted"`).
pub fn branches_disjoint(g: &Graph, a: Id, b: Id) -> bool {
    if let (Some(ta), Some(tb)) = (branch_types(g, a), branch_types(g, b))
        && !ta.intersects(tb)
    {
        return true;
    }
    let (Some(x), Some(y)) = (g.obj(a), g.obj(b)) else {
        return false;
    };
    if let (Some(u), Some(v)) = (&x.enumeration, &y.enumeration) {
        return intersect_values(u, v).is_empty();
    }
    // objects tagged by a required property with distinct values (a discriminator)
    let objects_only = |o: &Obj| o.types == Some(Types::OBJECT);
    objects_only(x)
        && objects_only(y)
        && x.required.intersection(&y.required).any(|name| {
            let values = |o: &Obj| {
                o.properties
                    .get(name)
                    .and_then(|&p| g.obj(p))
                    .and_then(|p| p.enumeration.as_ref())
            };
            matches!((values(x), values(y)), (Some(u), Some(v)) if intersect_values(u, v).is_empty())
        })
}

/// `anyOf: [{const: a}, {enum: [b, c]}]` is `enum: [a, b, c]`: branches that only list
/// values (with annotations) fold into one `enum`, intersected with the node's own.
fn fold_value_branches(g: &Graph, o: &mut Obj) -> bool {
    let mut values: Vec<serde_json::Value> = Vec::new();
    for &b in &o.any_of {
        let Some(bo) = g.obj(b) else { return false };
        let Some(e) = &bo.enumeration else { return false };
        if bo.constrains_beyond_type_and_values() || bo.id.is_some() {
            return false;
        }
        // (the branch's own `type` already filtered its values when it was tidied)
        values.extend(e.iter().cloned());
    }
    let values = super::load::canonical_set(values);
    o.enumeration = Some(match o.enumeration.take() {
        Some(own) => intersect_values(&own, &values),
        None => values,
    });
    o.any_of.clear();
    true
}

/// `anyOf: [{type: string, maxLength: 3}, {type: number}]` is `type: [string, number]`
/// with `maxLength: 3`, since string keywords only ever constrain strings.
fn fold_typed_branches(g: &Graph, _id: Id, o: &mut Obj) -> bool {
    if !pairwise_disjoint(g, &o.any_of) {
        return false;
    }
    let mut union = Types(0);
    let mut branches = Vec::new();
    // a `format` kept by a branch of another type than string (`{type: integer, format:
    // uint64}`): exact only while no branch accepts strings, which formats constrain
    let mut foreign_format = false;
    for &b in &o.any_of {
        let r = g.resolve(b);
        let Schema::Obj(bo) = &g.nodes[r as usize].schema else {
            return false;
        };
        let Some(t) = bo.types else { return false };
        // number keywords constrain integers too
        let applies_to = if t.intersects(Types::INTEGER) {
            t.union(Types::NUMBER)
        } else {
            t
        };
        let mut keywords = bo.keyword_types();
        let only_format = bo.min_length.is_none()
            && bo.max_length.is_none()
            && bo.pattern.is_none()
            && bo.content_encoding.is_none()
            && bo.content_media_type.is_none();
        if bo.format.is_some() && only_format && !t.intersects(Types::STRING) {
            keywords = keywords.minus(Types::STRING);
            foreign_format = true;
        }
        if bo.enumeration.is_some() || !keywords.minus(applies_to).is_empty() || bo.has_applicators() {
            return false;
        }
        // number and integer keywords overlap; so do object keywords across two object branches
        union = union.union(t);
        branches.push(((**bo).clone(), g.nodes[r as usize].origin.clone()));
    }
    if o.keyword_types().intersects(union) || (foreign_format && union.intersects(Types::STRING)) {
        return false;
    }
    let mut merged = o.clone();
    merged.any_of.clear();
    for (mut b, origin) in branches {
        b.types = None;
        b.title = None;
        b.description = None;
        b.examples = None;
        b.default = None;
        b.comment = None;
        if !merge_into(&mut merged, &b, &origin) {
            return false;
        }
    }
    merged.types = Some(match o.types {
        Some(t) => t.intersect(union),
        None => union,
    });
    *o = merged;
    true
}

/// Intersects `branch` into `target` when the result means exactly "both"; returns false
/// (leaving `target` unchanged) when it would not.
pub fn merge_into(target: &mut Obj, branch: &Obj, origin: &Origin) -> bool {
    let mut t = target.clone();
    macro_rules! take {
        ($field:ident, $kw:literal) => {
            if t.$field.is_none() && branch.$field.is_some() {
                t.$field = branch.$field.clone();
                t.moved.insert($kw, moved(branch, $kw, origin));
            }
        };
    }
    macro_rules! same_or_take {
        ($field:ident, $kw:literal) => {
            match (&t.$field, &branch.$field) {
                (Some(a), Some(b)) if a != b => return false,
                _ => take!($field, $kw),
            }
        };
    }
    macro_rules! lower {
        ($field:ident, $kw:literal) => {
            match (t.$field, branch.$field) {
                (Some(a), Some(b)) => {
                    if b > a {
                        t.$field = Some(b);
                        t.moved.insert($kw, moved(branch, $kw, origin));
                    }
                }
                _ => take!($field, $kw),
            }
        };
    }
    macro_rules! upper {
        ($field:ident, $kw:literal) => {
            match (t.$field, branch.$field) {
                (Some(a), Some(b)) => {
                    if b < a {
                        t.$field = Some(b);
                        t.moved.insert($kw, moved(branch, $kw, origin));
                    }
                }
                _ => take!($field, $kw),
            }
        };
    }
    // types and enum intersect
    match (t.types, branch.types) {
        (Some(a), Some(b)) => t.types = Some(a.intersect(b)),
        _ => take!(types, "type"),
    }
    match (&t.enumeration, &branch.enumeration) {
        (Some(a), Some(b)) => t.enumeration = Some(intersect_values(a, b)),
        _ => take!(enumeration, "enum"),
    }
    lower!(min_length, "minLength");
    upper!(max_length, "maxLength");
    lower!(min_items, "minItems");
    upper!(max_items, "maxItems");
    lower!(min_properties, "minProperties");
    upper!(max_properties, "maxProperties");
    lower!(min_contains, "minContains");
    upper!(max_contains, "maxContains");
    same_or_take!(pattern, "pattern");
    same_or_take!(format, "format");
    same_or_take!(content_encoding, "contentEncoding");
    same_or_take!(content_media_type, "contentMediaType");
    same_or_take!(multiple_of, "multipleOf");
    for (lower, kw) in [(true, "minimum"), (false, "maximum")] {
        let (a, b) = if lower {
            (t.minimum, branch.minimum)
        } else {
            (t.maximum, branch.maximum)
        };
        let merged = match (a, b) {
            (Some(a), Some(b)) => Some(tighter_bound(a, b, lower)),
            (a, b) => a.or(b),
        };
        if merged != a {
            t.moved.insert(kw, moved(branch, kw, origin));
        }
        if lower { t.minimum = merged } else { t.maximum = merged }
    }
    // object content model: from one side only
    let t_content = !t.properties.is_empty()
        || !t.pattern_properties.is_empty()
        || t.additional_properties.is_some()
        || t.unevaluated_properties.is_some();
    let b_content = !branch.properties.is_empty()
        || !branch.pattern_properties.is_empty()
        || branch.additional_properties.is_some()
        || branch.unevaluated_properties.is_some();
    if t_content && b_content {
        return false;
    }
    if b_content {
        t.properties = branch.properties.clone();
        t.pattern_properties = branch.pattern_properties.clone();
        t.additional_properties = branch.additional_properties;
        t.unevaluated_properties = branch.unevaluated_properties;
        for kw in [
            "properties",
            "patternProperties",
            "additionalProperties",
            "unevaluatedProperties",
        ] {
            t.moved.insert(kw, moved(branch, kw, origin));
        }
    }
    if !branch.required.is_empty() {
        if t.required.is_empty() {
            t.moved.insert("required", moved(branch, "required", origin));
        }
        t.required.extend(branch.required.iter().cloned());
    }
    same_or_take!(property_names, "propertyNames");
    for (k, v) in &branch.dependent_required {
        t.dependent_required
            .entry(k.clone())
            .or_default()
            .extend(v.iter().cloned());
    }
    for (k, v) in &branch.dependent_schemas {
        if t.dependent_schemas.insert(k.clone(), *v).is_some_and(|prev| prev != *v) {
            return false;
        }
    }
    // array content model: from one side only
    let t_items = !t.prefix_items.is_empty() || t.items.is_some() || t.unevaluated_items.is_some();
    let b_items = !branch.prefix_items.is_empty() || branch.items.is_some() || branch.unevaluated_items.is_some();
    if t_items && b_items {
        return false;
    }
    if b_items {
        t.prefix_items = branch.prefix_items.clone();
        t.items = branch.items;
        t.unevaluated_items = branch.unevaluated_items;
        for kw in ["prefixItems", "items", "unevaluatedItems"] {
            t.moved.insert(kw, moved(branch, kw, origin));
        }
    }
    same_or_take!(contains, "contains");
    t.unique_items |= branch.unique_items;
    t.all_of.extend(branch.all_of.iter().copied());
    for (tl, bl) in [(&mut t.any_of, &branch.any_of), (&mut t.one_of, &branch.one_of)] {
        if !tl.is_empty() && !bl.is_empty() {
            return false;
        }
        if tl.is_empty() {
            *tl = bl.clone();
        }
    }
    same_or_take!(not, "not");
    if t.if_.is_some() && branch.if_.is_some() {
        return false;
    }
    if t.if_.is_none() {
        t.if_ = branch.if_;
        t.then_ = branch.then_;
        t.else_ = branch.else_;
    }
    same_or_take!(external_ref, "$ref");
    same_or_take!(dynamic_ref, "$dynamicRef");
    // annotations: the parent's win
    take!(title, "title");
    take!(description, "description");
    take!(default, "default");
    take!(examples, "examples");
    take!(comment, "$comment");
    t.deprecated |= branch.deprecated;
    t.read_only |= branch.read_only;
    t.write_only |= branch.write_only;
    for (k, v) in &branch.extensions {
        t.extensions.entry(k.clone()).or_insert_with(|| v.clone());
    }
    *target = t;
    true
}

fn moved(branch: &Obj, kw: &'static str, origin: &Origin) -> Origin {
    branch.moved.get(kw).cloned().unwrap_or_else(|| origin.child(kw))
}
