//! Rule `one-of-branch-added`.

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
    /// An alternative was added to `oneOf`.
    ///
    /// ## Why it matters
    ///
    /// Documents matching only the new alternative are now valid; old consumers reject them.
    /// When the new alternative may overlap an old one (their types intersect), documents
    /// matching both become invalid too, so the change is reported as reshaping.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"oneOf": [{"type": "string", "maxLength": 3}, {"type": "string", "pattern": "^a"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"oneOf": [{"type": "string", "maxLength": 3}, {"type": "string", "pattern": "^a"}, {"type": "integer"}]}
    /// ```
    id: "one-of-branch-added",
    effect: Widens,
    summary: "An alternative was added to `oneOf`.",
    keywords: ["oneOf"],
    hint: "Under forward or full compatibility, deploy consumers that accept the new branch before producers send documents of that shape.",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (list, unpaired) = unpaired_branches(cx, p, ListKind::OneOf, Side::New);
    for k in unpaired {
        let index = k.to_string();
        // `oneOf` accepts what exactly one branch accepts: a branch that may overlap the
        // others also changes the verdict for documents they accept.
        if disjoint_from_rest(cx.new, &list, k) {
            cx.emit(
                &RULE,
                p,
                At::Entry("oneOf", &index),
                format!("A branch was added to `oneOf`{}.", at_path(&p.path)),
                None,
            );
        } else {
            cx.emit_with(
                &RULE,
                Effect::Reshapes,
                p,
                At::Entry("oneOf", &index),
                format!(
                    "A branch that may overlap the others was added to `oneOf`{}: documents matching it and another branch change verdict.",
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
