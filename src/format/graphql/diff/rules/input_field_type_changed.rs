//! Rule `input-field-type-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An input field now takes another type, or another list structure.
    ///
    /// ## Why it matters
    ///
    /// Values of the old type no longer fit: values that set the field are rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { limit: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { limit: String }
    /// ```
    id: "input-field-type-changed",
    effect: Reshapes,
    level: Breaking,
    area: "input-fields",
    direction: Request,
    summary: "An input field now takes another type, or another list structure.",
    keywords: ["input field", "type"],
    hint: "Add an input field with the new type under a new name, deprecate the old one.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::InputField { owner, name, pair } = el
        && let Some((a, b)) = pair.both()
        && matches!(
            model::relate(&a.ty, &b.ty),
            TypeRelation::Different | TypeRelation::MixedNullability
        )
    {
        cx.emit(
            el,
            format!(
                "Input field `{owner}.{name}` changed type from `{}` to `{}`.",
                a.ty, b.ty
            ),
        );
        cx.witness(Plan::PassInputField {
            side: Side::Old,
            input: owner.to_string(),
            field: name.to_string(),
            value: ArgValue::Sample,
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
