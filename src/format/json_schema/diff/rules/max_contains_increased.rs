//! Rule `max-contains-increased`.

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
    /// `maxContains` was raised (or removed).
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject arrays with more matching items.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "contains": {"type": "number"}, "maxContains": 2}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "contains": {"type": "number"}, "maxContains": 3}
    /// ```
    id: "max-contains-increased",
    effect: Widens,
    summary: "`maxContains` was raised (or removed).",
    keywords: ["maxContains"],
    hint: "Under forward or full compatibility, raise the limit in consumers first; producers use it after.",
}

fn check(cx: &mut Cx, p: &Pair) {
    count_bound(
        cx,
        p,
        &RULE,
        "maxContains",
        p.old.max_contains,
        p.new.max_contains,
        true,
        Moved::Up,
        "arrays with more matching items",
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
