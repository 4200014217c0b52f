//! Rule `avro-string-bytes-changed`.

use crate::change::Side;
use crate::format::avro::diff::rules::no_union;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::resolve::promotes;

crate::declare_avro_rule! {
    /// A type changed between `string` and `bytes`.
    ///
    /// ## Why it matters
    ///
    /// Avro encodes both the same way and resolution converts either into the other, so
    /// readers of both versions read both. Compatible — but a reader expecting text may now
    /// receive bytes that are not UTF-8.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Blob", "fields": [{"name": "body", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Blob", "fields": [{"name": "body", "type": "bytes"}]}
    /// ```
    id: "avro-string-bytes-changed",
    effect: Annotation,
    summary: "A type changed between `string` and `bytes`.",
    keywords: ["type"],
}

fn check(cx: &mut Cx, p: &Pair) {
    if !no_union(cx, p) {
        return;
    }
    let (o, n) = (cx.old.kind(p.old), cx.new.kind(p.new));
    if !(promotes(n, o) && promotes(o, n)) {
        return;
    }
    cx.emit(
        &RULE,
        effect(p.live, false, false),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!(
            "The type{} changed from {} to {}; resolution converts between them.",
            at_path(&p.path),
            o.type_name(),
            n.type_name()
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
