//! Rule `input-field-made-nullable`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An input field's type lost a non-null marker.
    ///
    /// ## Why it matters
    ///
    /// The server accepts more; old values still validate. New clients that send null fail against the old server (`forward`).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { q: String! }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { q: String }
    /// ```
    id: "input-field-made-nullable",
    effect: Widens,
    level: Safe,
    area: "input-fields",
    direction: Request,
    summary: "An input field's type lost a non-null marker.",
    keywords: ["input field", "!"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::InputField { owner, name, pair } = el
        && let Some((a, b)) = pair.both()
        && model::relate(&a.ty, &b.ty) == TypeRelation::Looser
    {
        cx.emit(
            el,
            format!(
                "Input field `{owner}.{name}` changed type from `{}` to `{}`.",
                a.ty, b.ty
            ),
        );
        cx.witness(Plan::PassInputField {
            side: Side::New,
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
