//! Rule `additional-properties-narrowed`.

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
    /// `additionalProperties` (or `unevaluatedProperties`) now restricts undeclared properties that were free.
    ///
    /// ## Why it matters
    ///
    /// Documents with undeclared properties (or with values the new schema rejects) were valid and
    /// are now rejected. With `open_content: lenient` this does not break.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {}}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {}}, "additionalProperties": false}
    /// ```
    id: "additional-properties-narrowed",
    effect: Narrows,
    summary: "`additionalProperties` (or `unevaluatedProperties`) now restricts undeclared properties that were free.",
    keywords: ["additionalProperties", "unevaluatedProperties"],
    content_model: true,
    hint: "Declare the extra properties old documents carry before closing the object, and tighten `additionalProperties` only once no producer sends others.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("additionalProperties");
    cx.claim("unevaluatedProperties");
    let (o, n) = (
        cx.governed_additional(Side::Old, &p.old),
        cx.governed_additional(Side::New, &p.new),
    );
    let narrowed = matches!(
        (o, n),
        (Governed::Open, Governed::Closed) | (Governed::Open, Governed::By(_)) | (Governed::By(_), Governed::Closed)
    );
    if !narrowed {
        return;
    }
    let name = undeclared_name(cx, &[&p.old, &p.new]);
    let value = match n {
        Governed::Closed => Some(serde_json::json!("x")),
        Governed::By(id) => cx.new.obj(id).and_then(|o| {
            value_of_type(
                crate::format::json_schema::schema::Types::ALL.minus(effective_types(o)),
                effective_types(o),
                &crate::format::json_schema::schema::Obj::default(),
            )
        }),
        Governed::Open => None,
    };
    let what = if matches!(n, Governed::Closed) {
        "are now rejected"
    } else {
        "must now match a schema"
    };
    cx.emit(
        &RULE,
        p,
        At::Keyword(
            if p.new.additional_properties.is_some() || p.old.additional_properties.is_some() {
                "additionalProperties"
            } else {
                "unevaluatedProperties"
            },
        ),
        format!("Undeclared properties{} {what}.", at_path(&p.path)),
        None,
    );
    if let (Some(v), Some(name)) = (value, name) {
        cx.set_last_witness((v, Side::Old), format!("{}/{}", p.path, name));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
