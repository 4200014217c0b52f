//! Rule `max-properties-increased`.

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
    /// `maxProperties` was raised (or removed).
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject objects with more properties.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "maxProperties": 3}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "maxProperties": 5}
    /// ```
    id: "max-properties-increased",
    effect: Widens,
    summary: "`maxProperties` was raised (or removed).",
    keywords: ["maxProperties"],
    hint: "Under forward or full compatibility, raise the limit in consumers first; producers use it after.",
}

fn check(cx: &mut Cx, p: &Pair) {
    count_bound(
        cx,
        p,
        &RULE,
        "maxProperties",
        p.old.max_properties,
        p.new.max_properties,
        true,
        Moved::Up,
        "objects with more properties",
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
