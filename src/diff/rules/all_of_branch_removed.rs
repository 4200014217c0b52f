//! Rule `all-of-branch-removed`.

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
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("allOf");
    let (ol, nl) = lists(p, ListKind::AllOf);
    if ol.is_empty() && nl.is_empty() {
        return;
    }
    let (ol, nl) = (ol.to_vec(), nl.to_vec());
    let pairing = cx.pairing(p, ListKind::AllOf);
    for (i, j) in pairing.pairs.iter().copied() {
        let _ = (ol[i], nl[j]);
    }
    let unpaired = pairing.old_unpaired.clone();
    for k in unpaired {
        let index = k.to_string();
        cx.emit(
            &RULE,
            p,
            At::Entry("allOf", &index),
            format!("A branch was removed from `allOf`{}.", at_path(&p.path)),
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
