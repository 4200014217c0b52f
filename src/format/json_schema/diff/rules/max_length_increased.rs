//! Rule `max-length-increased`.

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
    /// `maxLength` was raised (or removed).
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject, or truncate, the longer strings new producers send.
    ///
    /// Strings are compared as sets (length interval ∩ pattern languages ∩ listed strings; see
    /// docs/semantics.md): the rule fires when the witness, a string one side accepts and the
    /// other rejects, falls outside the old `maxLength`. A bound the pattern already implies
    /// (`^[a-z]{3}$` with `maxLength` 5 or 3) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "maxLength": 32}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "maxLength": 64}
    /// ```
    id: "max-length-increased",
    effect: Widens,
    summary: "`maxLength` was raised (or removed).",
    keywords: ["maxLength"],
    hint: "Under forward or full compatibility, raise the limit in consumers first (column sizes, buffers); producers use it after.",
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
        Moved::Up,
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
