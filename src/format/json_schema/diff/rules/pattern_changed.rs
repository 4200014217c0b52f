//! Rule `pattern-changed`.

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
    /// A string's `pattern` was replaced by another.
    ///
    /// ## Why it matters
    ///
    /// schemata cannot prove that one pattern contains the other, so the change is treated as both
    /// narrowing and widening. Review it: if the new pattern accepts strictly more, acknowledge the
    /// change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "pattern": "^[a-z]+$"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "pattern": "^[a-z0-9]+$"}
    /// ```
    id: "pattern-changed",
    effect: Reshapes,
    summary: "A string's `pattern` was replaced by another.",
    keywords: ["pattern"],
    hint: "Accept both patterns (`anyOf`) while producers switch, then drop the old one in a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("pattern");
    let (Some(o), Some(n)) = (&p.old.pattern, &p.new.pattern) else {
        return;
    };
    if o == n {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("pattern"),
        format!("The pattern{} changed from `{o}` to `{n}`.", at_path(&p.path)),
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
