//! Rule `avro-enum-symbols-reordered`.

use crate::change::Side;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// An enum's symbols were reordered.
    ///
    /// ## Why it matters
    ///
    /// A symbol is written as its index, but resolution maps it by name, so readers of both
    /// versions read both. Code that stores or compares the index (or sorts by it: Avro orders
    /// enums by index) sees a change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "enum", "name": "Size", "symbols": ["S", "M", "L"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "enum", "name": "Size", "symbols": ["L", "M", "S"]}
    /// ```
    id: "avro-enum-symbols-reordered",
    effect: Annotation,
    summary: "An enum's symbols were reordered.",
    keywords: ["symbols"],
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Kind::Enum(o), Kind::Enum(n)) = (cx.old.kind(p.old), cx.new.kind(p.new)) else {
        return;
    };
    let common_old: Vec<&String> = o.symbols.iter().filter(|s| n.symbols.contains(s)).collect();
    let common_new: Vec<&String> = n.symbols.iter().filter(|s| o.symbols.contains(s)).collect();
    if common_old == common_new {
        return;
    }
    cx.emit(
        &RULE,
        effect(p.live, false, false),
        p,
        None,
        Some(cx.under(Side::Old, p.old, "/symbols")),
        Some(cx.under(Side::New, p.new, "/symbols")),
        format!(
            "The symbols of enum {}{} were reordered.",
            n.name.full,
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
