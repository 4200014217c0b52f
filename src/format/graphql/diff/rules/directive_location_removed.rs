//! Rule `directive-location-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A directive may no longer be used at a location.
    ///
    /// ## Why it matters
    ///
    /// Documents that use the directive at that location no longer validate.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// directive @cached on FIELD | QUERY
    ///
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @cached on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    id: "directive-location-removed",
    effect: Narrows,
    level: Breaking,
    area: "directives",
    summary: "A directive may no longer be used at a location.",
    keywords: ["directive", "on"],
    hint: "Keep the location and ignore the directive there on the server.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::DirectiveLocation {
        directive,
        location,
        pair,
    } = el
        && pair.removed().is_some()
    {
        cx.emit(
            el,
            format!("Directive `@{directive}` may no longer be used on {}.", location.name()),
        );
        cx.witness(Plan::UseDirective {
            side: Side::Old,
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
