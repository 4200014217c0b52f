//! Rule `min-properties-decreased`.

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
    /// `minProperties` was lowered (or removed).
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject objects with fewer properties.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "minProperties": 2}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "minProperties": 1}
    /// ```
    id: "min-properties-decreased",
    effect: Widens,
    summary: "`minProperties` was lowered (or removed).",
    keywords: ["minProperties"],
    hint: "Under forward or full compatibility, lower the bound in consumers first; producers use it after.",
}

fn check(cx: &mut Cx, p: &Pair) {
    count_bound(
        cx,
        p,
        &RULE,
        "minProperties",
        p.old.min_properties,
        p.new.min_properties,
        false,
        Moved::Down,
        "objects with fewer properties",
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
