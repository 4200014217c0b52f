//! Rule `argument-type-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An argument now takes another type, or another list structure.
    ///
    /// ## Why it matters
    ///
    /// Values and variables of the old type no longer fit: operations that pass them fail validation.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { order(id: Int): String }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { order(id: String): String }
    /// ```
    id: "argument-type-changed",
    effect: Reshapes,
    level: Breaking,
    area: "arguments",
    direction: Request,
    summary: "An argument now takes another type, or another list structure.",
    keywords: ["argument", "type"],
    hint: "Add an argument with the new type under a new name, deprecate the old one.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument { name, pair, .. } = el
        && let Some((a, b)) = pair.both()
        && matches!(
            model::relate(&a.ty, &b.ty),
            TypeRelation::Different | TypeRelation::MixedNullability
        )
    {
        cx.emit(
            el,
            format!(
                "Argument `{}` changed type from `{}` to `{}`.",
                el.coordinate(),
                a.ty,
                b.ty
            ),
        );
        cx.witness(Plan::PassArgument {
            side: Side::Old,
            owner: owner_ref(el),
            arg: name.to_string(),
            value: ArgValue::Variable,
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
