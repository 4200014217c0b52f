//! Rule `required-argument-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A field gained a required argument (non-null, without a default).
    ///
    /// ## Why it matters
    ///
    /// Every operation that selects the field without the argument now fails validation.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { orders: [String] }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { orders(first: Int!): [String] }
    /// ```
    id: "required-argument-added",
    effect: Narrows,
    level: Breaking,
    area: "arguments",
    direction: Request,
    summary: "A field gained a required argument (non-null, without a default).",
    keywords: ["argument", "!"],
    hint: "Add the argument with a default value, or nullable; make it required only once every client sends it.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument {
        owner: ArgOwner::Field { ty, field },
        name,
        pair,
    } = el
        && let Some(a) = pair.added()
        && required(a)
    {
        cx.emit(
            el,
            format!(
                "Required argument `{name}: {}` was added to `{ty}.{field}`: operations that select the field without it no longer validate.",
                a.ty
            ),
        );
        cx.witness(Plan::SelectField {
            side: Side::Old,
            ty: ty.to_string(),
            field: field.to_string(),
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
