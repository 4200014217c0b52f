//! Rule `one-of-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An input object became `@oneOf`: exactly one field must be set.
    ///
    /// ## Why it matters
    ///
    /// Values that set several fields, or none, are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a(by: By): Int }
    ///
    /// input By {
    ///   id: ID
    ///   name: String
    /// }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @oneOf on INPUT_OBJECT
    ///
    /// type Query { a(by: By): Int }
    ///
    /// input By @oneOf {
    ///   id: ID
    ///   name: String
    /// }
    /// ```
    id: "one-of-added",
    effect: Narrows,
    level: Breaking,
    area: "input-fields",
    direction: Request,
    summary: "An input object became `@oneOf`: exactly one field must be set.",
    keywords: ["@oneOf"],
    hint: "Add a new `@oneOf` input type beside the old one instead.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Type { name, pair } = el
        && let Some((ExtendedType::InputObject(a), ExtendedType::InputObject(b))) = pair.both()
        && a.directives.get("oneOf").is_none()
        && b.directives.get("oneOf").is_some()
    {
        cx.emit(
            el,
            format!("Input object `{name}` became @oneOf: values must now set exactly one field."),
        );
        cx.witness(Plan::UseInput {
            side: Side::Old,
            input: name.to_string(),
            all_fields: true,
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
