//! Rule `avro-fields-reordered`.

use crate::change::Side;
use crate::format::avro::diff::rules::record_name;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};

crate::declare_avro_rule! {
    /// A record's fields were reordered.
    ///
    /// ## Why it matters
    ///
    /// Fields are written in declaration order, but resolution matches them by name, so
    /// readers of either version read the other's data. The binary layout (and the schema's
    /// fingerprint) changes: anything that decodes without the writer's schema breaks.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Point", "fields": [{"name": "x", "type": "int"}, {"name": "y", "type": "int"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Point", "fields": [{"name": "y", "type": "int"}, {"name": "x", "type": "int"}]}
    /// ```
    id: "avro-fields-reordered",
    effect: Annotation,
    summary: "A record's fields were reordered.",
    keywords: ["fields"],
}

fn check(cx: &mut Cx, p: &Pair) {
    if record(cx.old, p.old).is_none() || record(cx.new, p.new).is_none() {
        return;
    }
    let order: Vec<usize> = p
        .fields
        .iter()
        .filter(|f| f.backward && f.forward)
        .filter_map(|f| f.old)
        .collect();
    if order.windows(2).all(|w| w[0] < w[1]) {
        return;
    }
    cx.emit(
        &RULE,
        effect(p.live, false, false),
        p,
        None,
        Some(cx.under(Side::Old, p.old, "/fields")),
        Some(cx.under(Side::New, p.new, "/fields")),
        format!(
            "The fields of {}{} were reordered.",
            record_name(cx, p),
            at_path(&p.path)
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
