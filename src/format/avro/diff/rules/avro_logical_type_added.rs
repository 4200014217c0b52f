//! Rule `avro-logical-type-added`.

use crate::change::Side;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};

crate::declare_avro_rule! {
    /// A logical type was added to a type (`long` to `timestamp-millis`).
    ///
    /// ## Why it matters
    ///
    /// The encoding is the underlying type's, so readers of both versions read both; readers
    /// of the new schema now interpret the values (as instants, dates, decimals…). Check that
    /// old data means what the logical type says.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Event", "fields": [{"name": "at", "type": "long"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Event", "fields": [{"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}}]}
    /// ```
    id: "avro-logical-type-added",
    effect: Annotation,
    summary: "A logical type was added to a type (`long` to `timestamp-millis`).",
    keywords: ["logicalType"],
}

fn check(cx: &mut Cx, p: &Pair) {
    if !no_union(cx, p) {
        return;
    }
    let (None, Some(l)) = (&cx.old.node(p.old).logical, &cx.new.node(p.new).logical) else {
        return;
    };
    cx.emit(
        &RULE,
        effect(p.live, false, false),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!("The type{} gained the logical type {}.", at_path(&p.path), l.describe()),
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
