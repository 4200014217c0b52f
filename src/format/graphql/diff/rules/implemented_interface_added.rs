//! Rule `implemented-interface-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An object type or interface now implements another interface.
    ///
    /// ## Why it matters
    ///
    /// Fields that return the interface may now return objects of a type old clients have no fragment for.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { node: Node }
    ///
    /// interface Node { id: ID! }
    ///
    /// type Order { id: ID! }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { node: Node }
    ///
    /// interface Node { id: ID! }
    ///
    /// type Order implements Node { id: ID! }
    /// ```
    id: "implemented-interface-added",
    effect: Widens,
    level: Dangerous,
    area: "interfaces",
    direction: Response,
    summary: "An object type or interface now implements another interface.",
    keywords: ["implements"],
    hint: "Tell client teams first; clients should ignore `__typename`s they do not know.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Implements { owner, interface, pair } = el
        && pair.added().is_some()
    {
        cx.emit(
            el,
            format!("`{owner}` now implements `{interface}`: fields returning `{interface}` may return it."),
        );
        cx.witness(Plan::Spread {
            side: Side::New,
            ty: owner.to_string(),
            on: interface.to_string(),
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
