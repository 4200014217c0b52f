//! Rule `deprecation-reason-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// The reason of a `@deprecated` mark changed.
    ///
    /// ## Why it matters
    ///
    /// Nothing breaks; only the advice to clients changed.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a: Int @deprecated(reason: "use b")
    ///   b: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a: Int @deprecated(reason: "use b, removed in June")
    ///   b: Int }
    /// ```
    id: "deprecation-reason-changed",
    effect: Annotation,
    level: Safe,
    area: "deprecations",
    summary: "The reason of a `@deprecated` mark changed.",
    keywords: ["@deprecated"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let (Some(a), Some(b)) = (el.deprecation(Side::Old), el.deprecation(Side::New))
        && a != b
    {
        cx.emit(
            el,
            format!("The deprecation reason of {} changed from {a:?} to {b:?}.", el.what()),
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
