//! Rule `avro-enum-symbol-added`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::rules::quoted;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// Symbols were added to an enum.
    ///
    /// ## Why it matters
    ///
    /// Readers using the new schema read every old symbol (`backward` holds). Readers still
    /// using the old schema cannot read the new symbols in new data — unless the old enum
    /// declares a `default`, which they read instead. Breaks `forward` without one.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID", "REFUNDED"]}
    /// ```
    id: "avro-enum-symbol-added",
    effect: Widens,
    summary: "Symbols were added to an enum.",
    keywords: ["symbols"],
    hint: "declare an enum \"default\" (e.g. UNKNOWN) before adding symbols, so older readers map new ones to it",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Kind::Enum(o), Kind::Enum(n)) = (cx.old.kind(p.old), cx.new.kind(p.new)) else {
        return;
    };
    let added: Vec<&String> = n.symbols.iter().filter(|s| !o.symbols.contains(s)).collect();
    let Some(first) = added.first() else { return };
    let index = n.symbols.iter().position(|s| s == *first).unwrap_or(0);
    let consequence = match &o.default {
        Some(d) => format!(
            "a reader using the old schema reads {} as \"{d}\", its default",
            if added.len() == 1 { "it" } else { "them" }
        ),
        None => format!(
            "a reader using the old schema cannot read new data holding {}",
            if added.len() == 1 { "it" } else { "them" }
        ),
    };
    cx.emit(
        &RULE,
        effect(p.live, false, o.default.is_none()),
        p,
        None,
        Some(cx.under(Side::Old, p.old, "/symbols")),
        Some(cx.under(Side::New, p.new, &format!("/symbols/{index}"))),
        format!(
            "Symbol{} {} {} added to enum {}{}: {consequence}.",
            if added.len() == 1 { "" } else { "s" },
            quoted(&added),
            if added.len() == 1 { "was" } else { "were" },
            n.name.full,
            at_path(&p.path)
        ),
        vec![Cx::plan(p, Side::New, &[], Focus::Symbol((*first).clone()))],
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
