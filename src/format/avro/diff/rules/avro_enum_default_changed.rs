//! Rule `avro-enum-default-changed`.

use crate::change::Side;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// An enum's default symbol was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// A reader uses its enum's default for a symbol it does not know. Declaring one makes
    /// adding symbols safe for that reader's version; removing it makes the next added symbol
    /// break it. Compatible by itself.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "enum", "name": "Status", "symbols": ["UNKNOWN", "NEW", "PAID"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "enum", "name": "Status", "symbols": ["UNKNOWN", "NEW", "PAID"], "default": "UNKNOWN"}
    /// ```
    id: "avro-enum-default-changed",
    effect: Annotation,
    summary: "An enum's default symbol was added, removed or changed.",
    keywords: ["default"],
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Kind::Enum(o), Kind::Enum(n)) = (cx.old.kind(p.old), cx.new.kind(p.new)) else {
        return;
    };
    let what = match (&o.default, &n.default) {
        (None, Some(d)) => format!("gained the default \"{d}\""),
        (Some(d), None) => format!("lost its default \"{d}\""),
        (Some(a), Some(b)) if a != b => format!("changed its default from \"{a}\" to \"{b}\""),
        _ => return,
    };
    cx.emit(
        &RULE,
        effect(p.live, false, false),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!("Enum {}{} {what}.", n.name.full, at_path(&p.path)),
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
