//! Rule `avro-property-changed`.

use crate::change::Side;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};
use serde_json::Value;
use std::collections::BTreeMap;

crate::declare_avro_rule! {
    /// A property outside the specification (`connect.name`, `java-class`, an ignored
    /// `logicalType`, …) or a field's sort `order` changed.
    ///
    /// ## Why it matters
    ///
    /// Resolution ignores these, so readers of both versions read both; code generators,
    /// Kafka Connect and sorting may not.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string", "order": "ascending"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string", "order": "descending"}]}
    /// ```
    id: "avro-property-changed",
    effect: Annotation,
    summary: "A property outside the specification (`connect.name`, `java-class`, an ignored `logicalType`, …) or a field's sort `order` changed.",
    keywords: ["order"],
}

fn changed_keys(a: &BTreeMap<String, Value>, b: &BTreeMap<String, Value>) -> Vec<String> {
    let mut keys: Vec<String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect();
    keys.dedup();
    keys
}

fn check(cx: &mut Cx, p: &Pair) {
    if no_union(cx, p) {
        let (o, n) = (cx.old.node(p.old), cx.new.node(p.new));
        let mut keys = changed_keys(&o.props, &n.props);
        if o.logical.is_none() && n.logical.is_none() && o.logical_raw != n.logical_raw {
            keys.push("logicalType".into());
        }
        if !keys.is_empty() {
            cx.emit(
                &RULE,
                effect(p.live, false, false),
                p,
                None,
                Some(cx.at(Side::Old, p.old)),
                Some(cx.at(Side::New, p.new)),
                format!(
                    "The propert{} {} of the type{} changed.",
                    if keys.len() == 1 { "y" } else { "ies" },
                    keys.join(", "),
                    at_path(&p.path)
                ),
                vec![],
            );
        }
    }
    let (Some(or), Some(nr)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for fp in &p.fields {
        let (Some(i), Some(j)) = (fp.old, fp.new) else { continue };
        let (of, nf) = (&or.fields[i], &nr.fields[j]);
        let mut keys = changed_keys(&of.props, &nf.props);
        if of.order.as_deref().unwrap_or("ascending") != nf.order.as_deref().unwrap_or("ascending") {
            keys.push("order".into());
        }
        if keys.is_empty() {
            continue;
        }
        let path = format!("{}/{}", p.path, crate::source::escape_token(&nf.name));
        cx.emit(
            &RULE,
            effect(p.live, false, false),
            p,
            Some(path),
            Some(cx.field_at(Side::Old, p.old, i, "")),
            Some(cx.field_at(Side::New, p.new, j, "")),
            format!(
                "The propert{} {} of field \"{}\"{} changed.",
                if keys.len() == 1 { "y" } else { "ies" },
                keys.join(", "),
                nf.name,
                at_path(&p.path)
            ),
            vec![],
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
