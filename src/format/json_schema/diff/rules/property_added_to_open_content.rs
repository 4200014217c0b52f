//! Rule `property-added-to-open-content`.

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
    /// A typed property was declared on an object that accepted any undeclared property.
    ///
    /// ## Why it matters
    ///
    /// With `additionalProperties` absent or `true`, a document could already carry this name with
    /// any value. Declaring it with a schema rejects the values that do not fit. This is
    /// Confluent's STRICT reading; with `open_content: lenient` (producers never send undeclared
    /// properties) it does not break.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {"type": "string"}}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {"type": "string"}, "note": {"type": "string"}}}
    /// ```
    id: "property-added-to-open-content",
    effect: Narrows,
    summary: "A typed property was declared on an object that accepted any undeclared property.",
    keywords: ["properties", "patternProperties"],
    content_model: true,
    hint: "Give the new property the widest type old documents may carry under that name, or set `open_content: lenient` if producers never send undeclared properties.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("properties");
    cx.claim("patternProperties");
    if cx.governed_additional(Side::Old, &p.old) != Governed::Open {
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
        if cx.governed_name(Side::Old, &p.old, &name) != Governed::Open || cx.is_true(Side::New, id) {
            continue;
        }
        let reject = cx
            .new
            .obj(id)
            .map(effective_types)
            .unwrap_or(crate::format::json_schema::schema::Types::ALL);
        let w = value_of_type(
            crate::format::json_schema::schema::Types::ALL.minus(reject),
            reject,
            &crate::format::json_schema::schema::Obj::default(),
        )
        .map(|v| (v, Side::Old));
        cx.emit(&RULE, p, At::Entry("properties", &name), format!("Property `{name}` was declared{} where any undeclared property was accepted: values that do not match its schema are now rejected.", at_path(&p.path)), None);
        // the value goes under the property's name, not in place of the object
        if let Some(w) = w {
            cx.set_last_witness(w, property_path(&p.path, &name));
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
        let id = p.new.pattern_properties[&pat];
        if cx.is_true(Side::New, id) {
            continue;
        }
        cx.emit(
            &RULE,
            p,
            At::Entry("patternProperties", &pat),
            format!(
                "Properties matching `{pat}`{} now have a schema where any value was accepted.",
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
