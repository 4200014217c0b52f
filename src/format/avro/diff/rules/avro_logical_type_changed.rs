//! Rule `avro-logical-type-changed`.

use crate::change::Side;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Logical;

crate::declare_avro_rule! {
    /// A logical type changed to another (`timestamp-millis` to `timestamp-micros`, `date` to
    /// `time-millis`).
    ///
    /// ## Why it matters
    ///
    /// The bytes still decode, so Java's compatibility check (and Confluent's) lets it pass —
    /// but every value is now read with another meaning: a millisecond timestamp read as
    /// microseconds lands in 1970. schemata treats this silent misreading as breaking in
    /// both directions.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Event", "fields": [{"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Event", "fields": [{"name": "at", "type": {"type": "long", "logicalType": "timestamp-micros"}}]}
    /// ```
    id: "avro-logical-type-changed",
    effect: Reshapes,
    summary: "A logical type changed to another (`timestamp-millis` to `timestamp-micros`, `date` to `time-millis`).",
    keywords: ["logicalType"],
    hint: "add a new field with the new logical type and deprecate the old one",
}

fn check(cx: &mut Cx, p: &Pair) {
    if !no_union(cx, p) {
        return;
    }
    let (Some(a), Some(b)) = (&cx.old.node(p.old).logical, &cx.new.node(p.new).logical) else {
        return;
    };
    if a == b || matches!((a, b), (Logical::Decimal { .. }, Logical::Decimal { .. })) {
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
            "The logical type{} changed from {} to {}: readers of either version misread the other's values.",
            at_path(&p.path),
            a.describe(),
            b.describe()
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
