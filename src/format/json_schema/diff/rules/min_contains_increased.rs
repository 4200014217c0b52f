//! Rule `min-contains-increased`.

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
    /// `minContains` was raised (or added).
    ///
    /// ## Why it matters
    ///
    /// Arrays with fewer matching items were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "contains": {"type": "number"}, "minContains": 1}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "contains": {"type": "number"}, "minContains": 2}
    /// ```
    id: "min-contains-increased",
    effect: Narrows,
    summary: "`minContains` was raised (or added).",
    keywords: ["minContains"],
    hint: "Enforce the new `minContains` in producers first; raise the schema's bound once every stored array meets it.",
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
        Moved::Up,
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
