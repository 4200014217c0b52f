//! Rule `min-length-decreased`.

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
    /// `minLength` was lowered (or removed).
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject the shorter strings new producers send.
    ///
    /// Strings are compared as sets (length interval ∩ pattern languages ∩ listed strings; see
    /// docs/semantics.md): the rule fires when the witness, a string one side accepts and the
    /// other rejects, falls outside the old `minLength`. A bound the pattern already implies
    /// (`^[a-z]{3}$` with `maxLength` 5 or 3) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "minLength": 3}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "minLength": 1}
    /// ```
    id: "min-length-decreased",
    effect: Widens,
    summary: "`minLength` was lowered (or removed).",
    keywords: ["minLength"],
    hint: "Under forward or full compatibility, lower the bound in consumers first (handle shorter values); producers use it after.",
}

fn check(cx: &mut Cx, p: &Pair) {
    count_bound(
        cx,
        p,
        &RULE,
        "minLength",
        p.old.min_length,
        p.new.min_length,
        false,
        Moved::Down,
        "shorter strings",
        string_of,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
