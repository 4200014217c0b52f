//! Rule `avro-union-branch-removed`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// A branch was removed from a union.
    ///
    /// ## Why it matters
    ///
    /// Old data may hold a value of the removed branch, and no branch of the new union reads
    /// it: a reader using the new schema fails (Java: `MISSING_UNION_BRANCH`). Breaks
    /// `backward`.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Event", "fields": [{"name": "id", "type": ["null", "string", "long"]}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Event", "fields": [{"name": "id", "type": ["null", "string"]}]}
    /// ```
    id: "avro-union-branch-removed",
    effect: Narrows,
    summary: "A branch was removed from a union.",
    keywords: ["union"],
    hint: "keep the branch until no data written with it is read any more (or give readers a branch it promotes to)",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Kind::Union(_), Kind::Union(_)) = (cx.old.kind(p.old), cx.new.kind(p.new)) else {
        return;
    };
    let new_branches = cx.new.branches(p.new);
    for b in &p.branches {
        let (Some(o), None) = (b.old, b.new) else { continue };
        let label = cx.old.label(o);
        // Another branch may read its data (a removed `int` next to a `long`).
        let breaks = !new_branches.iter().any(|&n| cx.backward.can_read(o, n));
        cx.emit(
            &RULE,
            effect(p.live, breaks, false),
            p,
            Some(format!("{}/{}", p.path, crate::source::escape_token(&label))),
            Some(cx.at(Side::Old, o)),
            Some(cx.at(Side::New, p.new)),
            format!(
                "Branch {} was removed from the union{}: {}.",
                cx.old.describe(o),
                at_path(&p.path),
                if breaks {
                    "a reader using the new schema cannot read old data of that branch"
                } else {
                    "another branch of the new union reads its data"
                }
            ),
            vec![Cx::plan(p, Side::Old, &[], Focus::Branch(o))],
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
