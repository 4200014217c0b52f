//! Rule `one-of-branch-removed`.

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
    /// An alternative was removed from `oneOf`.
    ///
    /// ## Why it matters
    ///
    /// Documents that matched only the removed alternative were valid and are now rejected.
    /// When the removed alternative may overlap a remaining one (their types intersect),
    /// documents that matched both were invalid and are now valid, so the change is reported
    /// as reshaping.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"oneOf": [{"type": "string", "maxLength": 3}, {"type": "string", "pattern": "^a"}, {"type": "integer"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"oneOf": [{"type": "string", "maxLength": 3}, {"type": "string", "pattern": "^a"}]}
    /// ```
    id: "one-of-branch-removed",
    effect: Narrows,
    summary: "An alternative was removed from `oneOf`.",
    keywords: ["oneOf"],
    hint: "Mark the branch `deprecated: true`, stop producing documents that only it accepts, then remove it in a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (list, unpaired) = unpaired_branches(cx, p, ListKind::OneOf, Side::Old);
    for k in unpaired {
        let index = k.to_string();
        // `oneOf` accepts what exactly one branch accepts: a branch that may overlap the
        // others also changes the verdict for documents they accept.
        if disjoint_from_rest(cx.old, &list, k) {
            cx.emit(
                &RULE,
                p,
                At::Entry("oneOf", &index),
                format!("A branch was removed from `oneOf`{}.", at_path(&p.path)),
                None,
            );
        } else {
            cx.emit_with(
                &RULE,
                Effect::Reshapes,
                p,
                At::Entry("oneOf", &index),
                format!(
                    "A branch that may overlap the others was removed from `oneOf`{}: documents matching it and another branch change verdict.",
                    at_path(&p.path)
                ),
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
