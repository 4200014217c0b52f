//! Rule `property-removed-from-open-content`.

#[allow(unused_imports)]
use super::support::*;
#[allow(unused_imports)]
use crate::change::Effect;
#[allow(unused_imports)]
use crate::change::Side;
#[allow(unused_imports)]
use crate::format::json_schema::diff::engine::{At, Cx, Governed, ListKind, Pair, at_path, lists};
#[allow(unused_imports)]
use crate::format::json_schema::schema::Bound;

crate::declare_rule! {
    /// A declared property was removed from an object that accepts undeclared properties.
    ///
    /// ## Why it matters
    ///
    /// The name is still accepted, now with any value: old consumers may reject values the removed
    /// schema did not allow.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {"type": "string"}, "note": {"type": "string"}}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {"type": "string"}}}
    /// ```
    id: "property-removed-from-open-content",
    effect: Widens,
    summary: "A declared property was removed from an object that accepts undeclared properties.",
    keywords: ["properties", "patternProperties"],
    hint: "Under forward or full compatibility, keep the declaration, marked `deprecated: true`, until consumers no longer rely on its type.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("properties");
    cx.claim("patternProperties");
    if cx.governed_additional(Side::New, &p.new) != Governed::Open {
        return;
    }
    let removed: Vec<(String, u32)> = p
        .old
        .properties
        .iter()
        .filter(|(k, _)| !p.new.properties.contains_key(*k))
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    for (name, id) in removed {
        if cx.governed_name(Side::New, &p.new, &name) != Governed::Open || cx.is_true(Side::Old, id) {
            continue;
        }
        cx.emit(
            &RULE,
            p,
            At::Entry("properties", &name),
            format!(
                "Property `{name}` is no longer declared{}; any value is now accepted under that name.",
                at_path(&p.path)
            ),
            None,
        );
        let accept = cx
            .old
            .obj(id)
            .map(effective_types)
            .unwrap_or(crate::format::json_schema::schema::Types::ALL);
        if let Some(v) = value_of_type(
            crate::format::json_schema::schema::Types::ALL.minus(accept),
            accept,
            &crate::format::json_schema::schema::Obj::default(),
        ) {
            cx.set_last_witness((v, Side::New), property_path(&p.path, &name));
        }
    }
    let patterns: Vec<String> = p
        .old
        .pattern_properties
        .keys()
        .filter(|k| !p.new.pattern_properties.contains_key(*k))
        .cloned()
        .collect();
    for pat in patterns {
        if cx.is_true(Side::Old, p.old.pattern_properties[&pat]) {
            continue;
        }
        cx.emit(
            &RULE,
            p,
            At::Entry("patternProperties", &pat),
            format!(
                "Properties matching `{pat}`{} are no longer constrained.",
                at_path(&p.path)
            ),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
