//! Rule `all-of-branch-added`.

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
    /// A schema was added to `allOf`.
    ///
    /// ## Why it matters
    ///
    /// Documents must now also match the new branch.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"allOf": [{"properties": {"id": {"type": "string"}}}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"allOf": [{"properties": {"id": {"type": "string"}}}, {"properties": {"n": {"type": "integer"}}}]}
    /// ```
    id: "all-of-branch-added",
    effect: Narrows,
    summary: "A schema was added to `allOf`.",
    keywords: ["allOf"],
    hint: "Make producers satisfy the new `allOf` branch first, or apply it only to a new property (`if`/`then`), and ship it in a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (_, unpaired) = unpaired_branches(cx, p, ListKind::AllOf, Side::New);
    for k in unpaired {
        cx.emit(
            &RULE,
            p,
            At::Entry("allOf", &k.to_string()),
            format!("A branch was added to `allOf`{}.", at_path(&p.path)),
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
