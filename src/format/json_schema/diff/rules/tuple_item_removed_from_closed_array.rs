//! Rule `tuple-item-removed-from-closed-array`.

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
    /// A `prefixItems` position was removed from an array that rejects further items.
    ///
    /// ## Why it matters
    ///
    /// Arrays that long were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "prefixItems": [{"type": "string"}], "items": false}
    /// ```
    id: "tuple-item-removed-from-closed-array",
    effect: Narrows,
    summary: "A `prefixItems` position was removed from an array that rejects further items.",
    keywords: ["prefixItems", "items"],
    hint: "Keep the position, marked `deprecated: true`, until producers stop sending it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("prefixItems");
    if cx.governed_items(Side::New, &p.new) != Governed::Closed {
        return;
    }
    for i in p.new.prefix_items.len()..p.old.prefix_items.len() {
        let id = p.old.prefix_items[i];
        if cx.is_false(Side::Old, id) {
            continue;
        }
        let index = i.to_string();
        cx.emit(
            &RULE,
            p,
            At::Entry("prefixItems", &index),
            format!(
                "Array position {i}{} lost its own schema{}.",
                at_path(&p.path),
                ": arrays that long are now rejected"
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
