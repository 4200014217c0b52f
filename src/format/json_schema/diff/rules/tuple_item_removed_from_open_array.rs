//! Rule `tuple-item-removed-from-open-array`.

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
    /// A `prefixItems` position was removed from an array that accepts any further item.
    ///
    /// ## Why it matters
    ///
    /// Any value is now accepted at that position; old consumers may reject some.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "prefixItems": [{"type": "string"}]}
    /// ```
    id: "tuple-item-removed-from-open-array",
    effect: Widens,
    summary: "A `prefixItems` position was removed from an array that accepts any further item.",
    keywords: ["prefixItems", "items"],
    hint: "Under forward or full compatibility, keep the position's schema until consumers no longer rely on it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("prefixItems");
    if cx.governed_items(Side::New, &p.new) != Governed::Open {
        return;
    }
    for i in p.new.prefix_items.len()..p.old.prefix_items.len() {
        let id = p.old.prefix_items[i];
        if cx.is_true(Side::Old, id) {
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
                " and is now unconstrained"
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
