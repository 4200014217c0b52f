//! Rule `output-field-type-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A field now returns another type, or another list structure.
    ///
    /// ## Why it matters
    ///
    /// Old clients select sub-fields or read values of the old type: their operations may stop validating, and values they read change shape.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { total: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { total: String }
    /// ```
    id: "output-field-type-changed",
    effect: Reshapes,
    level: Breaking,
    area: "fields",
    direction: Response,
    summary: "A field now returns another type, or another list structure.",
    keywords: ["field", "type"],
    hint: "Add a field with the new type under a new name, deprecate the old one, and remove it later.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Field { owner, name, pair, .. } = el
        && let Some((a, b)) = pair.both()
        && matches!(
            model::relate(&a.ty, &b.ty),
            TypeRelation::Different | TypeRelation::MixedNullability
        )
    {
        cx.emit(
            el,
            format!("Field `{owner}.{name}` changed type from `{}` to `{}`.", a.ty, b.ty),
        );
        cx.witness(Plan::FieldType {
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
