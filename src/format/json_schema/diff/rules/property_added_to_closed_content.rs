//! Rule `property-added-to-closed-content`.

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
    /// A property was declared on an object that rejected undeclared properties.
    ///
    /// ## Why it matters
    ///
    /// Documents carrying the new property were invalid before; consumers on the old schema reject
    /// them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {}}, "additionalProperties": false}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {}, "note": {}}, "additionalProperties": false}
    /// ```
    id: "property-added-to-closed-content",
    effect: Widens,
    summary: "A property was declared on an object that rejected undeclared properties.",
    keywords: ["properties", "patternProperties"],
    hint: "Under forward or full compatibility, add the property to the consumers' schema first; producers send it after.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("properties");
    cx.claim("patternProperties");
    if cx.governed_additional(Side::Old, &p.old) != Governed::Closed {
        return;
    }
    let added: Vec<(String, u32)> = p
        .new
        .properties
        .iter()
        .filter(|(k, _)| !p.old.properties.contains_key(*k))
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    for (name, id) in added {
        if cx.governed_name(Side::Old, &p.old, &name) != Governed::Closed || cx.is_false(Side::New, id) {
            continue;
        }
        cx.emit(
            &RULE,
            p,
            At::Entry("properties", &name),
            format!("Property `{name}` is now accepted{}.", at_path(&p.path)),
            None,
        );
        let sample = cx
            .new
            .obj(id)
            .map(|o| value_of_type(effective_types(o), crate::format::json_schema::schema::Types(0), o))
            .unwrap_or(Some(serde_json::Value::Null));
        if let Some(v) = sample {
            cx.set_last_witness((v, Side::New), property_path(&p.path, &name));
        }
    }
    let patterns: Vec<String> = p
        .new
        .pattern_properties
        .keys()
        .filter(|k| !p.old.pattern_properties.contains_key(*k))
        .cloned()
        .collect();
    for pat in patterns {
        if cx.is_false(Side::New, p.new.pattern_properties[&pat]) {
            continue;
        }
        cx.emit(
            &RULE,
            p,
            At::Entry("patternProperties", &pat),
            format!("Properties matching `{pat}` are now accepted{}.", at_path(&p.path)),
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
