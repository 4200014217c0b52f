//! Rule `max-length-decreased`.

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
    /// `maxLength` was lowered (or added).
    ///
    /// ## Why it matters
    ///
    /// Longer strings that were valid are now rejected.
    ///
    /// Strings are compared as sets (length interval ∩ pattern languages ∩ listed strings; see
    /// docs/semantics.md): the rule fires when the witness, a string one side accepts and the
    /// other rejects, falls outside the new `maxLength`. A bound the pattern already implies
    /// (`^[a-z]{3}$` with `maxLength` 5 or 3) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "maxLength": 64}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "maxLength": 32}
    /// ```
    id: "max-length-decreased",
    effect: Narrows,
    summary: "`maxLength` was lowered (or added).",
    keywords: ["maxLength"],
    hint: "Enforce the new `maxLength` in producers first; lower the schema's bound once no stored value exceeds it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    count_bound(
        cx,
        p,
        &RULE,
        "maxLength",
        p.old.max_length,
        p.new.max_length,
        true,
        Moved::Down,
        "longer strings",
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
