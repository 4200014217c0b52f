//! Rule `min-items-increased`.

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
    /// `minItems` was raised (or added).
    ///
    /// ## Why it matters
    ///
    /// Shorter arrays were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "minItems": 1}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "minItems": 2}
    /// ```
    id: "min-items-increased",
    effect: Narrows,
    summary: "`minItems` was raised (or added).",
    keywords: ["minItems"],
    hint: "Enforce the new `minItems` in producers first; raise the schema's bound once every stored array meets it.",
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
        Moved::Up,
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
