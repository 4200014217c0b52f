//! Rule `min-items-decreased`.

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
    /// `minItems` was lowered (or removed).
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject the shorter arrays new producers send.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "minItems": 2}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "minItems": 1}
    /// ```
    id: "min-items-decreased",
    effect: Widens,
    summary: "`minItems` was lowered (or removed).",
    keywords: ["minItems"],
    hint: "Under forward or full compatibility, lower the bound in consumers first (handle shorter arrays); producers use it after.",
}

fn check(cx: &mut Cx, p: &Pair) {
    count_bound(
        cx,
        p,
        &RULE,
        "minItems",
        p.old.min_items,
        p.new.min_items,
        false,
        Moved::Down,
        "shorter arrays",
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
