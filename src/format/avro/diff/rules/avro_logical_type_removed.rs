//! Rule `avro-logical-type-removed`.

use crate::change::Side;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};

crate::declare_avro_rule! {
    /// A logical type was removed from a type (`timestamp-millis` to `long`).
    ///
    /// ## Why it matters
    ///
    /// The encoding is unchanged, so readers of both versions read both; readers of the new
    /// schema get raw numbers or bytes instead of instants, dates or decimals.
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
    /// {"type": "record", "name": "Event", "fields": [{"name": "at", "type": "long"}]}
    /// ```
    id: "avro-logical-type-removed",
    effect: Annotation,
    summary: "A logical type was removed from a type (`timestamp-millis` to `long`).",
    keywords: ["logicalType"],
}

fn check(cx: &mut Cx, p: &Pair) {
    if !no_union(cx, p) {
        return;
    }
    let (Some(l), None) = (&cx.old.node(p.old).logical, &cx.new.node(p.new).logical) else {
        return;
    };
    cx.emit(
        &RULE,
        effect(p.live, false, false),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!("The type{} lost the logical type {}.", at_path(&p.path), l.describe()),
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
