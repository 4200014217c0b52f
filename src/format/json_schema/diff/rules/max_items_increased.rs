//! Rule `max-items-increased`.

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
    /// `maxItems` was raised (or removed).
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject the longer arrays new producers send.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "maxItems": 5}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "maxItems": 10}
    /// ```
    id: "max-items-increased",
    effect: Widens,
    summary: "`maxItems` was raised (or removed).",
    keywords: ["maxItems"],
    hint: "Under forward or full compatibility, raise the limit in consumers first; producers use it after.",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (old, new) = max_items_bounds(cx, p);
    count_bound(
        cx,
        p,
        &RULE,
        "maxItems",
        old,
        new,
        true,
        Moved::Up,
        "longer arrays",
        no_witness,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
