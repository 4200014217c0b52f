//! Rule `any-of-branch-removed`.

#[allow(unused_imports)]
use super::support::*;
#[allow(unused_imports)]
use crate::diff::Effect;
#[allow(unused_imports)]
use crate::diff::engine::{At, Cx, Governed, ListKind, Pair, at_path, lists};
#[allow(unused_imports)]
use crate::schema::Bound;
#[allow(unused_imports)]
use crate::witness::Side;

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
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("anyOf");
    let (ol, nl) = lists(p, ListKind::AnyOf);
    if ol.is_empty() && nl.is_empty() {
        return;
    }
    let (ol, nl) = (ol.to_vec(), nl.to_vec());
    let pairing = cx.pairing(p, ListKind::AnyOf);
    for (i, j) in pairing.pairs.iter().copied() {
        let _ = (ol[i], nl[j]);
    }
    let unpaired = pairing.old_unpaired.clone();
    for k in unpaired {
        let index = k.to_string();
        cx.emit(
            &RULE,
            p,
            At::Entry("anyOf", &index),
            format!("A branch was removed from `anyOf`{}.", at_path(&p.path)),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::diff::rules::assert_example_fires(&super::RULE);
    }
}
