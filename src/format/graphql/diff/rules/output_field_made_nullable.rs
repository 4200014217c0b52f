//! Rule `output-field-made-nullable`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A field's type lost a non-null marker (`String!` → `String`, `[A!]` → `[A]`).
    ///
    /// ## Why it matters
    ///
    /// The server may now answer `null` where clients were promised a value: generated client types and code that reads the value without a check break at run time.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { total: Int! }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { total: Int }
    /// ```
    id: "output-field-made-nullable",
    effect: Narrows,
    level: Breaking,
    area: "fields",
    direction: Response,
    summary: "A field's type lost a non-null marker (`String!` → `String`, `[A!]` → `[A]`).",
    keywords: ["field", "!"],
    hint: "Keep the field non-null; add a nullable field beside it if the value can now be missing.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Field { owner, name, pair, .. } = el
        && let Some((a, b)) = pair.both()
        && model::relate(&a.ty, &b.ty) == TypeRelation::Looser
    {
        cx.emit(
            el,
            format!(
                "Field `{owner}.{name}` changed type from `{}` to `{}`: responses may now hold null where old clients expect a value.",
                a.ty, b.ty
            ),
        );
        cx.witness(Plan::NullResponse {
            ty: owner.to_string(),
            field: name.to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
