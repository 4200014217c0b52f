//! Rule `avro-decimal-precision-changed`.

use crate::change::Side;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Logical;

crate::declare_avro_rule! {
    /// A decimal's precision changed.
    ///
    /// ## Why it matters
    ///
    /// Precision bounds the digits a value may have. With a lower precision, old values may
    /// not fit the new reader (narrows); with a higher one, new values may not fit old readers
    /// (widens). The specification makes decimals of different precision not match at all,
    /// and apache-avro's check refuses them; Java's ignores it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}
    /// ```
    id: "avro-decimal-precision-changed",
    effect: Narrows,
    summary: "A decimal's precision changed.",
    keywords: ["logicalType", "precision"],
    hint: "size decimals for the largest values up front; a new field is the safe way to change it",
}

fn check(cx: &mut Cx, p: &Pair) {
    if !no_union(cx, p) {
        return;
    }
    let (Some(Logical::Decimal { precision: a, .. }), Some(Logical::Decimal { precision: b, .. })) =
        (&cx.old.node(p.old).logical, &cx.new.node(p.new).logical)
    else {
        return;
    };
    if a == b {
        return;
    }
    let lower = b < a;
    cx.emit(
        &RULE,
        effect(p.live, lower, !lower),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!(
            "The decimal precision{} changed from {a} to {b}: {}.",
            at_path(&p.path),
            if lower {
                "old values may have more digits than a reader using the new schema accepts"
            } else {
                "new values may have more digits than a reader using the old schema accepts"
            }
        ),
        vec![],
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
