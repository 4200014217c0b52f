//! Rule `pattern-added`.

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
    /// A `pattern` was added to a string.
    ///
    /// ## Why it matters
    ///
    /// Strings that do not match the new pattern were valid and are now rejected.
    ///
    /// Strings are compared as sets (length interval ∩ pattern languages ∩ listed strings; see
    /// docs/semantics.md): the rule fires when the witness, a string one side accepts and the
    /// other rejects, falls outside the new pattern's language. A bound the pattern already
    /// implies (`^[a-z]{3}$` with `maxLength` 5 or 3) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "pattern": "^[A-Z]{3}$"}
    /// ```
    id: "pattern-added",
    effect: Narrows,
    summary: "A `pattern` was added to a string.",
    keywords: ["pattern"],
    hint: "Validate the pattern in producers first; add it once every stored value matches.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("pattern");
    let (None, Some(n)) = (&p.old.pattern, &p.new.pattern) else {
        return;
    };
    cx.emit(
        &RULE,
        p,
        At::Keyword("pattern"),
        format!("Strings{} must now match pattern `{n}`.", at_path(&p.path)),
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
