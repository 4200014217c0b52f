//! Rule `avro-union-branch-added`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// A branch was added to a union.
    ///
    /// ## Why it matters
    ///
    /// Readers using the new schema read every old branch (`backward` holds). A reader still
    /// using the old union has no branch for values of the new one: `forward` breaks.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Event", "fields": [{"name": "id", "type": ["null", "string"]}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Event", "fields": [{"name": "id", "type": ["null", "string", "long"]}]}
    /// ```
    id: "avro-union-branch-added",
    effect: Widens,
    summary: "A branch was added to a union.",
    keywords: ["union"],
    hint: "upgrade every reader before any writer produces values of the new branch",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Kind::Union(_), Kind::Union(_)) = (cx.old.kind(p.old), cx.new.kind(p.new)) else {
        return;
    };
    let old_branches = cx.old.branches(p.old);
    for b in &p.branches {
        let (None, Some(n)) = (b.old, b.new) else { continue };
        let label = cx.new.label(n);
        // An old branch may read its data (a new `bytes` next to an old `string`).
        let breaks = !old_branches.iter().any(|&o| cx.forward.can_read(n, o));
        cx.emit(
            &RULE,
            effect(p.live, false, breaks),
            p,
            Some(format!("{}/{}", p.path, crate::source::escape_token(&label))),
            Some(cx.at(Side::Old, p.old)),
            Some(cx.at(Side::New, n)),
            format!(
                "Branch {} was added to the union{}: {}.",
                cx.new.describe(n),
                at_path(&p.path),
                if breaks {
                    "a reader using the old schema cannot read new data of that branch"
                } else {
                    "a branch of the old union reads its data"
                }
            ),
            vec![Cx::plan(p, Side::New, &[], Focus::Branch(n))],
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
