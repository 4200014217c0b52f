//! Lint rule `type-description-required`.

use crate::format::graphql::lint::{Cx, Item};

crate::declare_graphql_lint! {
    /// Every type definition has a description.
    ///
    /// ## Why it matters
    ///
    /// Descriptions are the schema's documentation: GraphiQL, client code generators and
    /// schema registries show them to every client developer. A type without one leaves its
    /// readers guessing what it stands for.
    ///
    /// ## Example
    ///
    /// ```graphql
    /// type Order { id: ID! }
    /// ```
    ///
    /// `Order` has no description; write `"An order placed by a customer." type Order …`.
    /// Extensions (`extend type …`) are not asked for one: the definition carries it.
    id: "type-description-required",
    level: Warn,
    summary: "Every type definition has a description.",
}

fn check(cx: &mut Cx, item: &Item) {
    if let Item::Type {
        kind,
        name,
        description,
        extension: false,
    } = item
        && description.is_none_or(|d| d.trim().is_empty())
    {
        cx.report(
            item,
            format!("the {kind} `{name}` has no description"),
            Some(format!("add a \"…\" description before `{name}`")),
        );
    }
}
