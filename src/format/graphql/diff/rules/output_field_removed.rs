//! Rule `output-field-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A deprecated field was removed from an object type or interface.
    ///
    /// ## Why it matters
    ///
    /// The field was deprecated first, as it should be, but any operation that still selects it no longer validates.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query {
    ///   a: Int
    ///   b: String @deprecated(reason: "use a")
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
    id: "output-field-removed",
    effect: Narrows,
    level: Breaking,
    area: "fields",
    direction: Response,
    summary: "A deprecated field was removed from an object type or interface.",
    keywords: ["field"],
    hint: "Check that no client still selects it (deprecation warnings, field usage) before the release.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Field { owner, name, pair, .. } = el
        && let Some(f) = pair.removed()
        && let Some(reason) = model::deprecation(&f.directives)
    {
        cx.emit(
            el,
            format!(
                "Field `{owner}.{name}` (deprecated: {reason:?}) was removed: operations that still select it no longer validate."
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
