//! Rule `directive-repeatable-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A directive became `repeatable`.
    ///
    /// ## Why it matters
    ///
    /// It may now appear several times at one place; existing documents are unaffected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// directive @tag(name: String) on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @tag(name: String) repeatable on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    id: "directive-repeatable-added",
    effect: Widens,
    level: Safe,
    area: "directives",
    summary: "A directive became `repeatable`.",
    keywords: ["directive", "repeatable"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Directive { name, pair } = el
        && let Some((a, b)) = pair.both()
        && !a.repeatable
        && b.repeatable
    {
        cx.emit(el, format!("Directive `@{name}` became repeatable."));
        cx.witness(Plan::UseDirective {
            side: Side::New,
            directive: name.to_string(),
            location: None,
            repeat: true,
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
