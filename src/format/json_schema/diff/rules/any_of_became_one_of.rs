//! Rule `any-of-became-one-of`.

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
    /// `anyOf` was replaced by `oneOf` over overlapping alternatives.
    ///
    /// ## Why it matters
    ///
    /// Documents matching more than one alternative were valid under `anyOf` and are rejected under
    /// `oneOf`.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"anyOf": [{"type": "string", "minLength": 2}, {"maxLength": 3}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"oneOf": [{"type": "string", "minLength": 2}, {"maxLength": 3}]}
    /// ```
    id: "any-of-became-one-of",
    effect: Narrows,
    summary: "`anyOf` was replaced by `oneOf` over overlapping alternatives.",
    keywords: ["anyOf", "oneOf"],
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("anyOf");
    cx.claim("oneOf");
    if p.old.any_of.is_empty() || !p.old.one_of.is_empty() || !p.new.any_of.is_empty() || p.new.one_of.is_empty() {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("oneOf"),
        format!(
            "`anyOf` became `oneOf`{}: documents matching several alternatives are now rejected.",
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
