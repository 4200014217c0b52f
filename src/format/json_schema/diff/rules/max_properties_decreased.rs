//! Rule `max-properties-decreased`.

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
    /// `maxProperties` was lowered (or added).
    ///
    /// ## Why it matters
    ///
    /// Objects with more properties were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "maxProperties": 5}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "maxProperties": 3}
    /// ```
    id: "max-properties-decreased",
    effect: Narrows,
    summary: "`maxProperties` was lowered (or added).",
    keywords: ["maxProperties"],
    hint: "Enforce the new `maxProperties` in producers first; lower the schema's bound once no stored object exceeds it.",
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
        Moved::Down,
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
