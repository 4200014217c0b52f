//! Rule `max-items-decreased`.

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
    /// `maxItems` was lowered (or added).
    ///
    /// ## Why it matters
    ///
    /// Longer arrays were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "maxItems": 10}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "maxItems": 5}
    /// ```
    id: "max-items-decreased",
    effect: Narrows,
    summary: "`maxItems` was lowered (or added).",
    keywords: ["maxItems"],
    hint: "Enforce the new `maxItems` in producers first; lower the schema's bound once no stored array exceeds it.",
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
        Moved::Down,
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
