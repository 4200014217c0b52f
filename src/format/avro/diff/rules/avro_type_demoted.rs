//! Rule `avro-type-demoted`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::resolve::promotes;

crate::declare_avro_rule! {
    /// A type was narrowed to one it promotes to (long to int, double to float, …).
    ///
    /// ## Why it matters
    ///
    /// Promotion only goes one way. A reader using the new, narrower type cannot read the
    /// wider values old data may hold (a `long` beyond 32 bits, a `double` a `float` must
    /// round): `backward` breaks. Readers of the old schema promote the new values, so
    /// `forward` holds.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "count", "type": "long"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "count", "type": "int"}]}
    /// ```
    id: "avro-type-demoted",
    effect: Narrows,
    summary: "A type was narrowed to one it promotes to (long to int, double to float, …).",
    keywords: ["type"],
    hint: "add a new field of the narrower type with a default instead, and stop writing the old one later",
}

fn check(cx: &mut Cx, p: &Pair) {
    if !no_union(cx, p) {
        return;
    }
    let (o, n) = (cx.old.kind(p.old), cx.new.kind(p.new));
    if !promotes(n, o) || promotes(o, n) {
        return;
    }
    cx.emit(
        &RULE,
        effect(p.live, true, false),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!(
            "The type{} was narrowed from {} to {}: a reader using the new schema cannot read every old value.",
            at_path(&p.path),
            o.type_name(),
            n.type_name()
        ),
        vec![Cx::plan(p, Side::Old, &[], Focus::Wide)],
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
