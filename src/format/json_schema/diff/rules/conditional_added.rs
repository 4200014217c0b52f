//! Rule `conditional-added`.

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
    /// An `if`/`then`/`else` was added.
    ///
    /// ## Why it matters
    ///
    /// Documents meeting the condition must now also match `then` (or `else`).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "if": {"required": ["card"]}, "then": {"required": ["cvv"]}}
    /// ```
    id: "conditional-added",
    effect: Narrows,
    summary: "An `if`/`then`/`else` was added.",
    keywords: ["if", "then", "else"],
    hint: "Make every producer satisfy the new `if`/`then` first, or scope it to a new property, then add it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("if");
    if !(p.old.if_.is_none() && p.new.if_.is_some()) {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("if"),
        format!("A conditional (`if`/`then`/`else`) was added{}.", at_path(&p.path)),
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
