//! Rule `avro-decimal-scale-changed`.

use crate::change::Side;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Logical;

crate::declare_avro_rule! {
    /// A decimal's scale changed.
    ///
    /// ## Why it matters
    ///
    /// A decimal is written as its unscaled integer; the reader applies its own scale. With
    /// another scale, `12.34` written at scale 2 reads as `1.234` at scale 3. The
    /// specification makes decimals with different scales not match; Java's compatibility
    /// check ignores it. Breaking in both directions.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 3}
    /// ```
    id: "avro-decimal-scale-changed",
    effect: Reshapes,
    summary: "A decimal's scale changed.",
    keywords: ["logicalType", "scale"],
    hint: "add a new field with the new scale and deprecate the old one",
}

fn check(cx: &mut Cx, p: &Pair) {
    if !no_union(cx, p) {
        return;
    }
    let (Some(Logical::Decimal { scale: a, .. }), Some(Logical::Decimal { scale: b, .. })) =
        (&cx.old.node(p.old).logical, &cx.new.node(p.new).logical)
    else {
        return;
    };
    if a == b {
        return;
    }
    cx.emit(
        &RULE,
        effect(p.live, true, true),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!(
            "The decimal scale{} changed from {a} to {b}: readers of either version misread the other's values by a factor of 10^{}.",
            at_path(&p.path),
            a.abs_diff(*b)
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
