//! Rule `one-of-became-any-of`.

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
    /// `oneOf` over overlapping alternatives was replaced by `anyOf`.
    ///
    /// ## Why it matters
    ///
    /// Documents matching more than one alternative were rejected under `oneOf` and are now valid.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"oneOf": [{"type": "string", "minLength": 2}, {"maxLength": 3}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"anyOf": [{"type": "string", "minLength": 2}, {"maxLength": 3}]}
    /// ```
    id: "one-of-became-any-of",
    effect: Widens,
    summary: "`oneOf` over overlapping alternatives was replaced by `anyOf`.",
    keywords: ["anyOf", "oneOf"],
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("anyOf");
    cx.claim("oneOf");
    if p.old.one_of.is_empty() || !p.old.any_of.is_empty() || !p.new.one_of.is_empty() || p.new.any_of.is_empty() {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("anyOf"),
        format!(
            "`oneOf` became `anyOf`{}: documents matching several alternatives are now accepted.",
            at_path(&p.path)
        ),
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
