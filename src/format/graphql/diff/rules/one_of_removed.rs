//! Rule `one-of-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An input object is no longer `@oneOf`.
    ///
    /// ## Why it matters
    ///
    /// The server accepts more combinations of fields; old values still validate.
    ///
    /// ## Example
    ///
    /// Old:
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
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @oneOf on INPUT_OBJECT
    ///
    /// type Query { a(by: By): Int }
    ///
    /// input By {
    ///   id: ID
    ///   name: String
    /// }
    /// ```
    id: "one-of-removed",
    effect: Widens,
    level: Safe,
    area: "input-fields",
    direction: Request,
    summary: "An input object is no longer `@oneOf`.",
    keywords: ["@oneOf"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Type { name, pair } = el
        && let Some((ExtendedType::InputObject(a), ExtendedType::InputObject(b))) = pair.both()
        && a.directives.get("oneOf").is_some()
        && b.directives.get("oneOf").is_none()
    {
        cx.emit(
            el,
            format!("Input object `{name}` is no longer @oneOf: values may set several fields."),
        );
        cx.witness(Plan::UseInput {
            side: Side::New,
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
