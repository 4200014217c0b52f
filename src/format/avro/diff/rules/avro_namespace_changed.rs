//! Rule `avro-namespace-changed`.

use crate::change::Side;
use crate::format::avro::diff::rules::both_named;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};

crate::declare_avro_rule! {
    /// A named type moved to another namespace (its unqualified name kept).
    ///
    /// ## Why it matters
    ///
    /// Resolution compares unqualified names, so readers of both versions read both. Code
    /// generated from the schema moves to another package, and registries keyed by full name
    /// (Confluent's `RecordNameStrategy`) see a new subject.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "namespace": "com.acme", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "namespace": "com.acme.sales", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    id: "avro-namespace-changed",
    effect: Annotation,
    summary: "A named type moved to another namespace (its unqualified name kept).",
    keywords: ["namespace"],
}

fn check(cx: &mut Cx, p: &Pair) {
    let Some((o, n)) = both_named(cx, p) else { return };
    if o.name != n.name || o.namespace == n.namespace {
        return;
    }
    let shown = |s: &str| {
        if s.is_empty() {
            "the null namespace".to_string()
        } else {
            format!("\"{s}\"")
        }
    };
    cx.emit(
        &RULE,
        effect(p.live, false, false),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!(
            "{}{} moved from {} to {} (now {}).",
            o.full,
            at_path(&p.path),
            shown(&o.namespace),
            shown(&n.namespace),
            n.full
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
