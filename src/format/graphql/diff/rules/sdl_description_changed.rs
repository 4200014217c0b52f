//! Rule `sdl-description-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A description was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Nothing a client sends or receives changes; the documentation does.
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
    /// type Query {
    ///   "The answer."
    ///   a: Int
    /// }
    /// ```
    id: "sdl-description-changed",
    effect: Annotation,
    level: Safe,
    area: "descriptions",
    summary: "A description was added, removed or changed.",
    keywords: ["description"],
}

fn check(cx: &mut Cx, el: &Element) {
    if el.on_both_sides() {
        let (a, b) = (el.description(Side::Old, cx), el.description(Side::New, cx));
        let what = el.what();
        match (a, b) {
            (None, Some(_)) => {
                cx.emit(el, format!("A description was added to {what}."));
            }
            (Some(_), None) => {
                cx.emit(el, format!("The description of {what} was removed."));
            }
            (Some(x), Some(y)) if x != y => {
                cx.emit(el, format!("The description of {what} changed."));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
