//! Rule `tuple-item-added-to-closed-array`.

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
    /// A `prefixItems` position was added to an array that rejected further items.
    ///
    /// ## Why it matters
    ///
    /// Longer arrays are now valid; consumers on the old schema reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "prefixItems": [{"type": "string"}], "items": false}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false}
    /// ```
    id: "tuple-item-added-to-closed-array",
    effect: Widens,
    summary: "A `prefixItems` position was added to an array that rejected further items.",
    keywords: ["prefixItems", "items"],
    hint: "Under forward or full compatibility, add the position to the consumers' schema first; producers send it after.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("prefixItems");
    if cx.governed_items(Side::Old, &p.old) != Governed::Closed {
        return;
    }
    for i in p.old.prefix_items.len()..p.new.prefix_items.len() {
        let id = p.new.prefix_items[i];
        if cx.is_false(Side::New, id) {
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
                " and is now accepted"
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
