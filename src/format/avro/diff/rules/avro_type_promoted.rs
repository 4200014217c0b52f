//! Rule `avro-type-promoted`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::resolve::promotes;

crate::declare_avro_rule! {
    /// A type was promoted to a wider one (int to long, float or double; long to float or
    /// double; float to double).
    ///
    /// ## Why it matters
    ///
    /// Resolution promotes the writer's value to the reader's wider type, so a reader using
    /// the new schema reads old data (`backward` holds). A reader still using the old, narrower
    /// type cannot read the wider values written with the new one: `forward` breaks.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "count", "type": "int"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "count", "type": "long"}]}
    /// ```
    id: "avro-type-promoted",
    effect: Widens,
    summary: "A type was promoted to a wider one (int to long, float or double; long to float or double; float to double).",
    keywords: ["type"],
    hint: "upgrade every reader before any writer uses the wider type (or keep forward compatibility off for this change)",
}

fn check(cx: &mut Cx, p: &Pair) {
    if !no_union(cx, p) {
        return;
    }
    let (o, n) = (cx.old.kind(p.old), cx.new.kind(p.new));
    if !promotes(o, n) || promotes(n, o) {
        return;
    }
    cx.emit(
        &RULE,
        effect(p.live, false, true),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!(
            "The type{} was promoted from {} to {}: a reader using the old schema cannot read every new value.",
            at_path(&p.path),
            o.type_name(),
            n.type_name()
        ),
        vec![Cx::plan(p, Side::New, &[], Focus::Wide)],
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
