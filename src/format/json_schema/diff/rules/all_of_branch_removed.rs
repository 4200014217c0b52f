//! Rule `all-of-branch-removed`.

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
    /// A schema was removed from `allOf`.
    ///
    /// ## Why it matters
    ///
    /// Documents no longer have to match that branch; old consumers may still require it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"allOf": [{"properties": {"id": {"type": "string"}}}, {"properties": {"n": {"type": "integer"}}}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"allOf": [{"properties": {"id": {"type": "string"}}}]}
    /// ```
    id: "all-of-branch-removed",
    effect: Widens,
    summary: "A schema was removed from `allOf`.",
    keywords: ["allOf"],
    hint: "Under forward or full compatibility, deploy consumers that no longer rely on the removed branch before producers stop satisfying it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (_, unpaired) = unpaired_branches(cx, p, ListKind::AllOf, Side::Old);
    for k in unpaired {
        cx.emit(
            &RULE,
            p,
            At::Entry("allOf", &k.to_string()),
            format!("A branch was removed from `allOf`{}.", at_path(&p.path)),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
