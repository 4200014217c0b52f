//! Rule `argument-made-nullable`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An argument's type lost a non-null marker (`Int!` → `Int`).
    ///
    /// ## Why it matters
    ///
    /// The server accepts more: old operations still validate. New operations that pass null fail against the old server (`forward`).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { orders(first: Int!): [String] }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { orders(first: Int): [String] }
    /// ```
    id: "argument-made-nullable",
    effect: Widens,
    level: Safe,
    area: "arguments",
    direction: Request,
    summary: "An argument's type lost a non-null marker (`Int!` → `Int`).",
    keywords: ["argument", "!"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument { name, pair, .. } = el
        && let Some((a, b)) = pair.both()
        && model::relate(&a.ty, &b.ty) == TypeRelation::Looser
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
            side: Side::New,
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
