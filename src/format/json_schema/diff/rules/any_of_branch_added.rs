//! Rule `any-of-branch-added`.

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
    /// An alternative was added to `anyOf`.
    ///
    /// ## Why it matters
    ///
    /// Documents matching only the new alternative are now valid; old consumers reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"anyOf": [{"type": "string", "maxLength": 3}, {"type": "string", "pattern": "^a"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"anyOf": [{"type": "string", "maxLength": 3}, {"type": "string", "pattern": "^a"}, {"type": "string", "format": "email"}]}
    /// ```
    id: "any-of-branch-added",
    effect: Widens,
    summary: "An alternative was added to `anyOf`.",
    keywords: ["anyOf"],
    hint: "Under forward or full compatibility, deploy consumers that accept the new branch before producers send documents of that shape.",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (_, unpaired) = unpaired_branches(cx, p, ListKind::AnyOf, Side::New);
    for k in unpaired {
        cx.emit(
            &RULE,
            p,
            At::Entry("anyOf", &k.to_string()),
            format!("A branch was added to `anyOf`{}.", at_path(&p.path)),
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
