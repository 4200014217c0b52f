//! Rule `implemented-interface-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An object type or interface no longer implements an interface.
    ///
    /// ## Why it matters
    ///
    /// Fragments on the interface inside selections of the type, and fragments on the type inside selections of the interface, no longer validate.
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
    /// type Order implements Node { id: ID! }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { node: Node }
    ///
    /// interface Node { id: ID! }
    ///
    /// type Order { id: ID! }
    /// ```
    id: "implemented-interface-removed",
    effect: Narrows,
    level: Breaking,
    area: "interfaces",
    direction: Response,
    summary: "An object type or interface no longer implements an interface.",
    keywords: ["implements"],
    hint: "Keep the interface implemented until no client relies on it.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Implements { owner, interface, pair } = el
        && pair.removed().is_some()
    {
        cx.emit(el, format!("`{owner}` no longer implements `{interface}`."));
        cx.witness(Plan::Spread {
            side: Side::Old,
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
