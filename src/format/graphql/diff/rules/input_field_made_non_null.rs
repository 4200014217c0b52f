//! Rule `input-field-made-non-null`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An input field's type gained a non-null marker.
    ///
    /// ## Why it matters
    ///
    /// Values that set the field to null, or leave it out where no default covers it, are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { q: String }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { q: String! }
    /// ```
    id: "input-field-made-non-null",
    effect: Narrows,
    level: Breaking,
    area: "input-fields",
    direction: Request,
    summary: "An input field's type gained a non-null marker.",
    keywords: ["input field", "!"],
    hint: "Keep the field nullable and treat null as absent on the server.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::InputField { owner, name, pair } = el
        && let Some((a, b)) = pair.both()
        && model::relate(&a.ty, &b.ty) == TypeRelation::Stricter
    {
        cx.emit(
            el,
            format!(
                "Input field `{owner}.{name}` changed type from `{}` to `{}`: values with null there are rejected.",
                a.ty, b.ty
            ),
        );
        cx.witness(Plan::PassInputField {
            side: Side::Old,
            input: owner.to_string(),
            field: name.to_string(),
            value: ArgValue::Null,
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
