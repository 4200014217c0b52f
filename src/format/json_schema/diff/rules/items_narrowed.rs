//! Rule `items-narrowed`.

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
    /// `items` (or `additionalItems`/`unevaluatedItems`) now restricts array items that were free.
    ///
    /// ## Why it matters
    ///
    /// Arrays holding items the new schema rejects were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array", "items": {"type": "string"}}
    /// ```
    id: "items-narrowed",
    effect: Narrows,
    summary: "`items` (or `additionalItems`/`unevaluatedItems`) now restricts array items that were free.",
    keywords: ["items", "additionalItems", "unevaluatedItems"],
    hint: "Make producers send only the narrower items first, or add a new property with the narrower `items`, then retire the old one.",
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
        (Governed::Open, Governed::Closed) | (Governed::Open, Governed::By(_)) | (Governed::By(_), Governed::Closed)
    );
    if !hit {
        return;
    }
    let kw = if p.old.items.is_some() || p.new.items.is_some() {
        "items"
    } else {
        "unevaluatedItems"
    };
    let w = match n {
        Governed::By(id) => cx.new.obj(id).and_then(|x| {
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
        format!("Array items{} are now restricted.", at_path(&p.path)),
        None,
    );
    if let Some(v) = w {
        cx.set_last_witness((v, Side::Old), format!("{}/{index}", p.path));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
