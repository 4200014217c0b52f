//! Rule `pattern-removed`.

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
    /// A `pattern` was removed from a string.
    ///
    /// ## Why it matters
    ///
    /// Strings that did not match the old pattern are now accepted; old consumers may reject them.
    ///
    /// Strings are compared as sets (length interval ∩ pattern languages ∩ listed strings; see
    /// docs/semantics.md): the rule fires when the witness, a string one side accepts and the
    /// other rejects, falls outside the old pattern's language. A bound the pattern already
    /// implies (`^[a-z]{3}$` with `maxLength` 5 or 3) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "pattern": "^[A-Z]{3}$"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string"}
    /// ```
    id: "pattern-removed",
    effect: Widens,
    summary: "A `pattern` was removed from a string.",
    keywords: ["pattern"],
    hint: "Under forward or full compatibility, deploy consumers that accept any string there before producers send one.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("pattern");
    let (Some(o), None) = (&p.old.pattern, &p.new.pattern) else {
        return;
    };
    cx.emit(
        &RULE,
        p,
        At::Keyword("pattern"),
        format!("Strings{} no longer have to match pattern `{o}`.", at_path(&p.path)),
        None,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
