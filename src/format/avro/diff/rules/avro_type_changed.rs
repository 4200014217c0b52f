//! Rule `avro-type-changed`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::resolve::{promotes, same_type};

crate::declare_avro_rule! {
    /// A type changed to one that neither reads nor is read by the other (string to int,
    /// record to enum, array to map, …).
    ///
    /// ## Why it matters
    ///
    /// No resolution rule converts between them: readers of either version fail on the
    /// other's data. Breaks every mode but `none`.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "long"}]}
    /// ```
    id: "avro-type-changed",
    effect: Reshapes,
    summary: "A type changed to one that neither reads nor is read by the other (string to int, record to enum, array to map, …).",
    keywords: ["type"],
    hint: "add a new field of the new type (with a default) and deprecate the old one instead of changing it in place",
}

fn check(cx: &mut Cx, p: &Pair) {
    if !no_union(cx, p) {
        return;
    }
    let (o, n) = (cx.old.kind(p.old), cx.new.kind(p.new));
    if same_type(o, n) || promotes(o, n) || promotes(n, o) {
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
            "The type{} changed from {} to {}: readers of either version cannot read the other's data.",
            at_path(&p.path),
            cx.old.describe(p.old),
            cx.new.describe(p.new)
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
