//! Rule `tuple-item-added-to-open-array`.

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
    /// A `prefixItems` position was added to an array that accepted any further item.
    ///
    /// ## Why it matters
    ///
    /// Arrays with a value at that position that does not match the new schema were valid and are
    /// now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "prefixItems": [{"type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]}
    /// ```
    id: "tuple-item-added-to-open-array",
    effect: Narrows,
    summary: "A `prefixItems` position was added to an array that accepted any further item.",
    keywords: ["prefixItems", "items"],
    hint: "Give the new position the widest type old arrays carry there, or put the new data in a new property.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("prefixItems");
    if cx.governed_items(Side::Old, &p.old) != Governed::Open {
        return;
    }
    for i in p.old.prefix_items.len()..p.new.prefix_items.len() {
        let id = p.new.prefix_items[i];
        if cx.is_true(Side::New, id) {
            continue;
        }
        let index = i.to_string();
        cx.emit(
            &RULE,
            p,
            At::Entry("prefixItems", &index),
            format!(
                "Array position {i}{} now has its own schema{}.",
                at_path(&p.path),
                " where any item was accepted"
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
