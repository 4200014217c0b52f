//! Rule `output-field-removed-without-deprecation`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A field that was never deprecated was removed.
    ///
    /// ## Why it matters
    ///
    /// Clients had no warning: nothing in the schema told them to stop selecting the field, and their operations now fail validation.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query {
    ///   a: Int
    ///   b: String
    /// }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query {
    ///   a: Int
    /// }
    /// ```
    id: "output-field-removed-without-deprecation",
    effect: Narrows,
    level: Breaking,
    area: "fields",
    direction: Response,
    summary: "A field that was never deprecated was removed.",
    keywords: ["field", "@deprecated"],
    hint: "Mark the field `@deprecated(reason: \"…\")` in one release, and remove it in a later one.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Field { owner, name, pair, .. } = el
        && let Some(f) = pair.removed()
        && model::deprecation(&f.directives).is_none()
    {
        cx.emit(
            el,
            format!(
                "Field `{owner}.{name}` was removed without first being deprecated: operations that select it no longer validate."
            ),
        );
        cx.witness(Plan::SelectField {
            side: Side::Old,
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
