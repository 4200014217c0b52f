//! Rule `deprecation-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A field, argument, input field or enum value was marked `@deprecated`.
    ///
    /// ## Why it matters
    ///
    /// Nothing breaks; clients are told to stop using it before a later release removes it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a: Int @deprecated(reason: "use b")
    ///   b: Int }
    /// ```
    id: "deprecation-added",
    effect: Annotation,
    level: Safe,
    area: "deprecations",
    summary: "A field, argument, input field or enum value was marked `@deprecated`.",
    keywords: ["@deprecated"],
}

fn check(cx: &mut Cx, el: &Element) {
    if el.on_both_sides()
        && el.deprecation(Side::Old).is_none()
        && let Some(reason) = el.deprecation(Side::New)
    {
        cx.emit(el, format!("{} was deprecated: {reason:?}.", capitalized(&el.what())));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
