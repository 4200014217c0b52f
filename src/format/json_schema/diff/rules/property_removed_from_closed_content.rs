//! Rule `property-removed-from-closed-content`.

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
    /// A declared property was removed from an object that rejects undeclared properties.
    ///
    /// ## Why it matters
    ///
    /// Documents that carry the property were valid and are now rejected. With `open_content:
    /// lenient` this does not break (Confluent's LENIENT policy).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {}, "note": {}}, "additionalProperties": false}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {}}, "additionalProperties": false}
    /// ```
    id: "property-removed-from-closed-content",
    effect: Narrows,
    summary: "A declared property was removed from an object that rejects undeclared properties.",
    keywords: ["properties", "patternProperties"],
    content_model: true,
    hint: "Keep the property declared with `deprecated: true` until no producer sends it, then remove it in a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("properties");
    cx.claim("patternProperties");
    if cx.governed_additional(Side::New, &p.new) != Governed::Closed {
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
        if cx.governed_name(Side::New, &p.new, &name) != Governed::Closed || cx.is_false(Side::Old, id) {
            continue;
        }
        let sample = cx
            .old
            .obj(id)
            .map(|o| value_of_type(effective_types(o), crate::format::json_schema::schema::Types(0), o))
            .unwrap_or(Some(serde_json::Value::Null));
        let w = sample.map(|v| (v, Side::Old));
        let mut p2 = p.path.clone();
        p2.push('/');
        p2.push_str(&crate::source::escape_token(&name));
        cx.emit(&RULE, p, At::Entry("properties", &name), format!("Property `{name}` was removed{} from an object that rejects undeclared properties: documents carrying it are now rejected.", at_path(&p.path)), None);
        if let Some(w) = w {
            cx.set_last_witness(w, p2);
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
        if cx.is_false(Side::Old, p.old.pattern_properties[&pat]) {
            continue;
        }
        cx.emit(
            &RULE,
            p,
            At::Entry("patternProperties", &pat),
            format!(
                "Properties matching `{pat}` are no longer accepted{}.",
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
