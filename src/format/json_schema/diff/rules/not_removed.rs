//! Rule `not-removed`.

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
    /// A `not` was removed.
    ///
    /// ## Why it matters
    ///
    /// Documents matching the old `not` schema are now valid; old consumers reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "not": {"const": ""}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string"}
    /// ```
    id: "not-removed",
    effect: Widens,
    summary: "A `not` was removed.",
    keywords: ["not"],
    hint: "Under forward or full compatibility, deploy consumers that accept what `not` excluded before producers send it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("not");
    if !(p.old.not.is_some() && p.new.not.is_none()) {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("not"),
        format!("A `not` was removed{}.", at_path(&p.path)),
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
