//! Rule `not-added`.

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
    /// A `not` was added.
    ///
    /// ## Why it matters
    ///
    /// Documents matching the `not` schema were valid and are now rejected.
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
    /// {"type": "string", "not": {"const": ""}}
    /// ```
    id: "not-added",
    effect: Narrows,
    summary: "A `not` was added.",
    keywords: ["not"],
    hint: "Stop producing the documents `not` will exclude first, then add it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("not");
    if !(p.old.not.is_none() && p.new.not.is_some()) {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("not"),
        format!("A `not` was added{}.", at_path(&p.path)),
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
