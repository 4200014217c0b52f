//! Rule `argument-made-non-null`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An argument's type gained a non-null marker (`Int` → `Int!`).
    ///
    /// ## Why it matters
    ///
    /// Operations that pass `null`, or a nullable variable where no default covers it, now fail validation.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { orders(first: Int): [String] }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { orders(first: Int!): [String] }
    /// ```
    id: "argument-made-non-null",
    effect: Narrows,
    level: Breaking,
    area: "arguments",
    direction: Request,
    summary: "An argument's type gained a non-null marker (`Int` → `Int!`).",
    keywords: ["argument", "!"],
    hint: "Keep the argument nullable and treat null as absent on the server.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument { name, pair, .. } = el
        && let Some((a, b)) = pair.both()
        && model::relate(&a.ty, &b.ty) == TypeRelation::Stricter
    {
        cx.emit(
            el,
            format!(
                "Argument `{}` changed type from `{}` to `{}`: operations that pass null for `{name}` no longer validate.",
                el.coordinate(),
                a.ty,
                b.ty
            ),
        );
        cx.witness(Plan::PassArgument {
            side: Side::Old,
            owner: owner_ref(el),
            arg: name.to_string(),
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
