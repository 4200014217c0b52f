//! Rule `additional-properties-widened`.

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
    /// `additionalProperties` (or `unevaluatedProperties`) now lets through undeclared properties that were rejected.
    ///
    /// ## Why it matters
    ///
    /// Documents with undeclared properties are now valid; consumers on the old schema reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "additionalProperties": false}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object"}
    /// ```
    id: "additional-properties-widened",
    effect: Widens,
    summary: "`additionalProperties` (or `unevaluatedProperties`) now lets through undeclared properties that were rejected.",
    keywords: ["additionalProperties", "unevaluatedProperties"],
    hint: "Under forward or full compatibility, update consumers to accept the extra properties before producers send them.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("additionalProperties");
    cx.claim("unevaluatedProperties");
    let (o, n) = (
        cx.governed_additional(Side::Old, &p.old),
        cx.governed_additional(Side::New, &p.new),
    );
    let widened = matches!(
        (o, n),
        (Governed::Closed, Governed::Open) | (Governed::Closed, Governed::By(_)) | (Governed::By(_), Governed::Open)
    );
    if !widened {
        return;
    }
    let name = undeclared_name(cx, &[&p.old, &p.new]);
    let value = match o {
        Governed::Closed => match n {
            Governed::By(id) => cx
                .new
                .obj(id)
                .and_then(|x| value_of_type(effective_types(x), crate::format::json_schema::schema::Types(0), x)),
            _ => Some(serde_json::json!("x")),
        },
        Governed::By(id) => cx.old.obj(id).and_then(|x| {
            value_of_type(
                crate::format::json_schema::schema::Types::ALL.minus(effective_types(x)),
                effective_types(x),
                &crate::format::json_schema::schema::Obj::default(),
            )
        }),
        Governed::Open => None,
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
        format!(
            "Undeclared properties{} are now accepted more freely.",
            at_path(&p.path)
        ),
        None,
    );
    if let (Some(v), Some(name)) = (value, name) {
        cx.set_last_witness((v, Side::New), format!("{}/{}", p.path, name));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
