//! Rule `unique-items-added`.

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
    /// `uniqueItems: true` was added.
    ///
    /// ## Why it matters
    ///
    /// Arrays with repeated items were valid and are now rejected.
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
    /// {"type": "array", "uniqueItems": true}
    /// ```
    id: "unique-items-added",
    effect: Narrows,
    summary: "`uniqueItems: true` was added.",
    keywords: ["uniqueItems"],
    hint: "De-duplicate in producers first; add `uniqueItems` once no stored array has duplicates.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("uniqueItems");
    if p.old.unique_items || !p.new.unique_items {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("uniqueItems"),
        format!("Arrays{} must now hold unique items.", at_path(&p.path)),
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
