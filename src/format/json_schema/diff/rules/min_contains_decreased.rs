//! Rule `min-contains-decreased`.

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
    /// `minContains` was lowered (or removed).
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject arrays with fewer matching items.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "contains": {"type": "number"}, "minContains": 2}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "contains": {"type": "number"}, "minContains": 1}
    /// ```
    id: "min-contains-decreased",
    effect: Widens,
    summary: "`minContains` was lowered (or removed).",
    keywords: ["minContains"],
    hint: "Under forward or full compatibility, lower the bound in consumers first; producers use it after.",
}

fn check(cx: &mut Cx, p: &Pair) {
    count_bound(
        cx,
        p,
        &RULE,
        "minContains",
        p.old.min_contains,
        p.new.min_contains,
        false,
        Moved::Down,
        "arrays with fewer matching items",
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
