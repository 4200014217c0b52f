//! Rule `avro-named-type-renamed`.

use crate::change::Side;
use crate::format::avro::diff::rules::both_named;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};

crate::declare_avro_rule! {
    /// A record, enum or fixed type was renamed.
    ///
    /// ## Why it matters
    ///
    /// Resolution requires a reader's named type to have the writer's (unqualified) name, or
    /// to list the writer's full name among its `aliases`. A new name with the old one as an
    /// alias reads old data (`backward` holds) but readers of the old schema do not know the
    /// new name (`forward` breaks); without the alias neither reads the other.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Customer", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Client", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    id: "avro-named-type-renamed",
    effect: Reshapes,
    summary: "A record, enum or fixed type was renamed.",
    keywords: ["name", "aliases"],
    hint: "keep the old full name in the new type's \"aliases\" (and upgrade readers before writers)",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Some((o, n)) = both_named(cx, p) else { return };
    if o.name == n.name {
        return;
    }
    let reads_old = n.aliases.contains(&o.full);
    let reads_new = o.aliases.contains(&n.full);
    let how = match (reads_old, reads_new) {
        (true, true) => "each side lists the other's name among its aliases".to_string(),
        (true, false) => format!("a reader using the old schema does not know the name {}", n.full),
        (false, true) => format!("a reader using the new schema does not know the name {}", o.full),
        (false, false) => {
            "neither side lists the other's name among its aliases, so neither reads the other's data".to_string()
        }
    };
    cx.emit(
        &RULE,
        effect(p.live, !reads_old, !reads_new),
        p,
        None,
        Some(cx.under(Side::Old, p.old, "/name")),
        Some(cx.under(Side::New, p.new, "/name")),
        format!(
            "{} {} was renamed to {}{}: {how}.",
            cx.old.kind(p.old).type_name(),
            o.full,
            n.full,
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
