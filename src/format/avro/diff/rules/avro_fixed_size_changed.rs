//! Rule `avro-fixed-size-changed`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// A fixed type's size changed.
    ///
    /// ## Why it matters
    ///
    /// A fixed value is exactly `size` bytes with no length on the wire; resolution requires
    /// equal sizes. Readers of either version fail on the other's data.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "fixed", "name": "Hash", "size": 16}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "fixed", "name": "Hash", "size": 32}
    /// ```
    id: "avro-fixed-size-changed",
    effect: Reshapes,
    summary: "A fixed type's size changed.",
    keywords: ["size"],
    hint: "declare a new fixed type (a new name) and a new field for it",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Kind::Fixed(o), Kind::Fixed(n)) = (cx.old.kind(p.old), cx.new.kind(p.new)) else {
        return;
    };
    if o.size == n.size {
        return;
    }
    cx.emit(
        &RULE,
        effect(p.live, true, true),
        p,
        None,
        Some(cx.under(Side::Old, p.old, "/size")),
        Some(cx.under(Side::New, p.new, "/size")),
        format!(
            "The size of fixed {}{} changed from {} to {} bytes: readers of either version cannot read the other's data.",
            n.name.full,
            at_path(&p.path),
            o.size,
            n.size
        ),
        vec![
            Cx::plan(p, Side::Old, &[], Focus::Reach),
            Cx::plan(p, Side::New, &[], Focus::Reach),
        ],
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
