//! Rule `conditional-removed`.

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
    /// An `if`/`then`/`else` was removed.
    ///
    /// ## Why it matters
    ///
    /// Documents no longer have to meet the conditional requirement; old consumers may still expect
    /// it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "if": {"required": ["card"]}, "then": {"required": ["cvv"]}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object"}
    /// ```
    id: "conditional-removed",
    effect: Widens,
    summary: "An `if`/`then`/`else` was removed.",
    keywords: ["if", "then", "else"],
    hint: "Under forward or full compatibility, deploy consumers that no longer rely on the `if`/`then` before producers stop satisfying it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("if");
    if !(p.old.if_.is_some() && p.new.if_.is_none()) {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("if"),
        format!("A conditional (`if`/`then`/`else`) was removed{}.", at_path(&p.path)),
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
