//! Rule `output-field-made-non-null`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A field's type gained a non-null marker (`String` → `String!`).
    ///
    /// ## Why it matters
    ///
    /// The server promises more: old clients handle null and still work. New clients that rely on the promise break against the old server (`forward`).
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
    /// type Query { total: Int! }
    /// ```
    id: "output-field-made-non-null",
    effect: Widens,
    level: Safe,
    area: "fields",
    direction: Response,
    summary: "A field's type gained a non-null marker (`String` → `String!`).",
    keywords: ["field", "!"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Field { owner, name, pair, .. } = el
        && let Some((a, b)) = pair.both()
        && model::relate(&a.ty, &b.ty) == TypeRelation::Stricter
    {
        cx.emit(
            el,
            format!(
                "Field `{owner}.{name}` changed type from `{}` to `{}`: it no longer returns null.",
                a.ty, b.ty
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
