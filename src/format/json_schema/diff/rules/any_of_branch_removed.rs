//! Rule `any-of-branch-removed`.

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
    /// An alternative was removed from `anyOf`.
    ///
    /// ## Why it matters
    ///
    /// Documents that matched only the removed alternative were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"anyOf": [{"type": "string", "maxLength": 3}, {"type": "string", "pattern": "^a"}, {"type": "string", "format": "email"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"anyOf": [{"type": "string", "maxLength": 3}, {"type": "string", "pattern": "^a"}]}
    /// ```
    id: "any-of-branch-removed",
    effect: Narrows,
    summary: "An alternative was removed from `anyOf`.",
    keywords: ["anyOf"],
    hint: "Mark the branch `deprecated: true`, stop producing documents that only it accepts, then remove it in a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (_, unpaired) = unpaired_branches(cx, p, ListKind::AnyOf, Side::Old);
    for k in unpaired {
        cx.emit(
            &RULE,
            p,
            At::Entry("anyOf", &k.to_string()),
            format!("A branch was removed from `anyOf`{}.", at_path(&p.path)),
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
