//! Rule `contains-added`.

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
    /// `contains` was added.
    ///
    /// ## Why it matters
    ///
    /// Arrays without a matching item were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "contains": {"const": "admin"}}
    /// ```
    id: "contains-added",
    effect: Narrows,
    summary: "`contains` was added.",
    keywords: ["contains", "minContains", "maxContains"],
    hint: "Make producers include the required item first; add `contains` once stored arrays all have it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("contains");
    if !(p.old.contains.is_none() && p.new.contains.is_some()) {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("contains"),
        format!("Arrays{} must now contain a matching item.", at_path(&p.path)),
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
