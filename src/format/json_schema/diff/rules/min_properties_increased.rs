//! Rule `min-properties-increased`.

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
    /// `minProperties` was raised (or added).
    ///
    /// ## Why it matters
    ///
    /// Objects with fewer properties were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "minProperties": 1}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "minProperties": 2}
    /// ```
    id: "min-properties-increased",
    effect: Narrows,
    summary: "`minProperties` was raised (or added).",
    keywords: ["minProperties"],
    hint: "Enforce the new `minProperties` in producers first; raise the schema's bound once every stored object meets it.",
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
        Moved::Up,
        "objects with that few properties",
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
