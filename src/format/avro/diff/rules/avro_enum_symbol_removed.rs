//! Rule `avro-enum-symbol-removed`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::rules::quoted;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// Symbols were removed from an enum.
    ///
    /// ## Why it matters
    ///
    /// Old data may hold the removed symbols. A reader using the new schema cannot read them
    /// — unless the new enum declares a `default`, which it then reads instead (Avro 1.9+).
    /// Breaks `backward` without a default.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID", "VOID"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"]}
    /// ```
    id: "avro-enum-symbol-removed",
    effect: Narrows,
    summary: "Symbols were removed from an enum.",
    keywords: ["symbols"],
    hint: "give the enum a \"default\" symbol in a release before removing symbols",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Kind::Enum(o), Kind::Enum(n)) = (cx.old.kind(p.old), cx.new.kind(p.new)) else {
        return;
    };
    let removed: Vec<&String> = o.symbols.iter().filter(|s| !n.symbols.contains(s)).collect();
    let Some(first) = removed.first() else { return };
    let index = o.symbols.iter().position(|s| s == *first).unwrap_or(0);
    let consequence = match &n.default {
        Some(d) => format!(
            "a reader using the new schema reads {} as \"{d}\", the enum's default",
            if removed.len() == 1 { "it" } else { "them" }
        ),
        None => format!(
            "a reader using the new schema cannot read old data holding {}",
            if removed.len() == 1 { "it" } else { "them" }
        ),
    };
    cx.emit(
        &RULE,
        effect(p.live, n.default.is_none(), false),
        p,
        None,
        Some(cx.under(Side::Old, p.old, &format!("/symbols/{index}"))),
        Some(cx.under(Side::New, p.new, "/symbols")),
        format!(
            "Previously present symbol{} {} of enum {}{} {} removed: {consequence}.",
            if removed.len() == 1 { "" } else { "s" },
            quoted(&removed),
            n.name.full,
            at_path(&p.path),
            if removed.len() == 1 { "was" } else { "were" }
        ),
        vec![Cx::plan(p, Side::Old, &[], Focus::Symbol((*first).clone()))],
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
