//! Rule `unclassified-sdl-change`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An element changed in a way no other rule describes.
    ///
    /// ## Why it matters
    ///
    /// schemata never passes a difference it cannot classify: it is reported as breaking until a rule describes it.
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
    /// type Query { a: Int }
    /// ```
    id: "unclassified-sdl-change",
    effect: Reshapes,
    level: Breaking,
    area: "schema",
    summary: "An element changed in a way no other rule describes.",
    keywords: [],
    hint: "Report the change to schemata's maintainers; meanwhile acknowledge it in schemata.yaml if it is intended.",
}

fn check(cx: &mut Cx, el: &Element) {
    cx.emit(
        el,
        format!("{} changed in a way no rule describes.", capitalized(&el.what())),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
