//! Rule `unique-items-removed`.

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
    /// `uniqueItems: true` was removed.
    ///
    /// ## Why it matters
    ///
    /// Arrays may now repeat items; old consumers reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "uniqueItems": true}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array"}
    /// ```
    id: "unique-items-removed",
    effect: Widens,
    summary: "`uniqueItems: true` was removed.",
    keywords: ["uniqueItems"],
    hint: "Under forward or full compatibility, deploy consumers that tolerate duplicates before producers send them.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("uniqueItems");
    if !p.old.unique_items || p.new.unique_items {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("uniqueItems"),
        format!("Arrays{} may now repeat items.", at_path(&p.path)),
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
