//! Rule `one-of-branch-added`.

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
    /// An alternative was added to `oneOf`.
    ///
    /// ## Why it matters
    ///
    /// Documents matching only the new alternative are now valid; old consumers reject them. (If
    /// the new alternative overlaps an old one, documents matching both become invalid: review
    /// overlapping `oneOf` branches.)
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
    /// {"oneOf": [{"type": "string", "maxLength": 3}, {"type": "string", "pattern": "^a"}, {"type": "string", "format": "email"}]}
    /// ```
    id: "one-of-branch-added",
    effect: Widens,
    summary: "An alternative was added to `oneOf`.",
    keywords: ["oneOf"],
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("oneOf");
    let (ol, nl) = lists(p, ListKind::OneOf);
    if ol.is_empty() && nl.is_empty() {
        return;
    }
    let (ol, nl) = (ol.to_vec(), nl.to_vec());
    let pairing = cx.pairing(p, ListKind::OneOf);
    for (i, j) in pairing.pairs.iter().copied() {
        let _ = (ol[i], nl[j]);
    }
    let unpaired = pairing.new_unpaired.clone();
    for k in unpaired {
        let index = k.to_string();
        cx.emit(
            &RULE,
            p,
            At::Entry("oneOf", &index),
            format!("A branch was added to `oneOf`{}.", at_path(&p.path)),
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
