//! Rule `items-widened`.

#[allow(unused_imports)]
use super::support::*;
#[allow(unused_imports)]
use crate::change::Effect;
#[allow(unused_imports)]
use crate::change::Side;
#[allow(unused_imports)]
use crate::format::json_schema::diff::engine::{At, Cx, Governed, ListKind, Pair, at_path, lists};
#[allow(unused_imports)]
use crate::format::json_schema::schema::Bound;

crate::declare_rule! {
    /// `items` (or `additionalItems`/`unevaluatedItems`) now lets through array items that were restricted.
    ///
    /// ## Why it matters
    ///
    /// Arrays with items the old schema rejected are now valid; old consumers reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "items": {"type": "string"}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array"}
    /// ```
    id: "items-widened",
    effect: Widens,
    summary: "`items` (or `additionalItems`/`unevaluatedItems`) now lets through array items that were restricted.",
    keywords: ["items", "additionalItems", "unevaluatedItems"],
    hint: "Under forward or full compatibility, deploy consumers that accept the wider items before producers send them.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("items");
    cx.claim("unevaluatedItems");
    let (o, n) = (
        cx.governed_items(Side::Old, &p.old),
        cx.governed_items(Side::New, &p.new),
    );
    let hit = matches!(
        (o, n),
        (Governed::Closed, Governed::Open) | (Governed::Closed, Governed::By(_)) | (Governed::By(_), Governed::Open)
    );
    if !hit {
        return;
    }
    let kw = if p.old.items.is_some() || p.new.items.is_some() {
        "items"
    } else {
        "unevaluatedItems"
    };
    let w = match o {
        Governed::By(id) => cx.old.obj(id).and_then(|x| {
            value_of_type(
                crate::format::json_schema::schema::Types::ALL.minus(effective_types(x)),
                effective_types(x),
                &crate::format::json_schema::schema::Obj::default(),
            )
        }),
        _ => Some(serde_json::json!("x")),
    };
    let index = p.old.prefix_items.len().max(p.new.prefix_items.len());
    cx.emit(
        &RULE,
        p,
        At::Keyword(kw),
        format!("Array items{} are now accepted more freely.", at_path(&p.path)),
        None,
    );
    if let Some(v) = w {
        cx.set_last_witness((v, Side::New), format!("{}/{index}", p.path));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
