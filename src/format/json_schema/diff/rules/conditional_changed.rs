//! Rule `conditional-changed`.

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
    /// The `if` condition of a conditional changed.
    ///
    /// ## Why it matters
    ///
    /// Which documents the `then`/`else` requirements apply to changed, so some documents become
    /// invalid and others valid.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"if": {"required": ["card"]}, "then": {"required": ["cvv"]}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"if": {"required": ["iban"]}, "then": {"required": ["cvv"]}}
    /// ```
    id: "conditional-changed",
    effect: Reshapes,
    summary: "The `if` condition of a conditional changed.",
    keywords: ["if", "then", "else"],
    hint: "Accept both the old and the new condition (`anyOf` of the two) while producers switch, then drop the old one in a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("if");
    let (Some(a), Some(b)) = (p.old.if_, p.new.if_) else {
        return;
    };
    if Cx::effect_of(&cx.trial(a, b, &p.path)) == Effect::Annotation {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("if"),
        format!("The `if` condition{} changed.", at_path(&p.path)),
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
