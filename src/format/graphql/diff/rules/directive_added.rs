//! Rule `directive-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A directive was defined.
    ///
    /// ## Why it matters
    ///
    /// Operations may now use it (for executable locations); existing operations are unaffected.
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
    /// directive @cached(ttl: Int) on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    id: "directive-added",
    effect: Widens,
    level: Safe,
    area: "directives",
    summary: "A directive was defined.",
    keywords: ["directive"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Directive { name, pair } = el
        && pair.added().is_some()
    {
        cx.emit(el, format!("Directive `@{name}` was added."));
        cx.witness(Plan::UseDirective {
            side: Side::New,
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
