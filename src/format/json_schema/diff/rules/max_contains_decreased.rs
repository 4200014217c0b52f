//! Rule `max-contains-decreased`.

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
    /// `maxContains` was lowered (or added).
    ///
    /// ## Why it matters
    ///
    /// Arrays with more matching items were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "contains": {"type": "number"}, "maxContains": 3}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "contains": {"type": "number"}, "maxContains": 2}
    /// ```
    id: "max-contains-decreased",
    effect: Narrows,
    summary: "`maxContains` was lowered (or added).",
    keywords: ["maxContains"],
    hint: "Enforce the new `maxContains` in producers first; lower the schema's bound once no stored array exceeds it.",
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
        Moved::Down,
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
