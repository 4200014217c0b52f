//! Rule `deprecation-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A `@deprecated` mark was removed.
    ///
    /// ## Why it matters
    ///
    /// Nothing breaks; the element is supported again, and clients may rely on it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a: Int @deprecated }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a: Int }
    /// ```
    id: "deprecation-removed",
    effect: Annotation,
    level: Safe,
    area: "deprecations",
    summary: "A `@deprecated` mark was removed.",
    keywords: ["@deprecated"],
}

fn check(cx: &mut Cx, el: &Element) {
    if el.on_both_sides() && el.deprecation(Side::Old).is_some() && el.deprecation(Side::New).is_none() {
        cx.emit(el, format!("{} is no longer deprecated.", capitalized(&el.what())));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
