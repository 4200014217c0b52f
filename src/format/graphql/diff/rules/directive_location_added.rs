//! Rule `directive-location-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A directive may be used at one more location.
    ///
    /// ## Why it matters
    ///
    /// More documents validate; existing ones are unaffected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// directive @cached on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @cached on FIELD | QUERY
    ///
    /// type Query { a: Int }
    /// ```
    id: "directive-location-added",
    effect: Widens,
    level: Safe,
    area: "directives",
    summary: "A directive may be used at one more location.",
    keywords: ["directive", "on"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::DirectiveLocation {
        directive,
        location,
        pair,
    } = el
        && pair.added().is_some()
    {
        cx.emit(
            el,
            format!("Directive `@{directive}` may now be used on {}.", location.name()),
        );
        cx.witness(Plan::UseDirective {
            side: Side::New,
            directive: directive.to_string(),
            location: Some(location.name().to_string()),
            repeat: false,
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
