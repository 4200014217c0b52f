//! Rule `min-length-increased`.

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
    /// `minLength` was raised (or added).
    ///
    /// ## Why it matters
    ///
    /// Shorter strings that were valid are now rejected.
    ///
    /// Strings are compared as sets (length interval ∩ pattern languages ∩ listed strings; see
    /// docs/semantics.md): the rule fires when the witness, a string one side accepts and the
    /// other rejects, falls outside the new `minLength`. A bound the pattern already implies
    /// (`^[a-z]{3}$` with `maxLength` 5 or 3) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "minLength": 1}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "minLength": 3}
    /// ```
    id: "min-length-increased",
    effect: Narrows,
    summary: "`minLength` was raised (or added).",
    keywords: ["minLength"],
    hint: "Enforce the new `minLength` in producers first; raise the schema's bound once every stored value meets it.",
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
        Moved::Up,
        "strings that short",
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
