//! Rule `directive-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A directive definition was removed.
    ///
    /// ## Why it matters
    ///
    /// Operations that use the directive (at an executable location) fail validation; documents that apply it (type-system locations) are no longer valid.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// directive @cached(ttl: Int) on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a: Int }
    /// ```
    id: "directive-removed",
    effect: Narrows,
    level: Breaking,
    area: "directives",
    summary: "A directive definition was removed.",
    keywords: ["directive"],
    hint: "Keep the definition and ignore the directive on the server until no client uses it.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Directive { name, pair } = el
        && pair.removed().is_some()
    {
        cx.emit(
            el,
            format!("Directive `@{name}` was removed: operations and documents that use it no longer validate."),
        );
        cx.witness(Plan::UseDirective {
            side: Side::Old,
            directive: name.to_string(),
            location: None,
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
