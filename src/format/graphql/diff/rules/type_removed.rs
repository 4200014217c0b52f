//! Rule `type-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A named type was removed.
    ///
    /// ## Why it matters
    ///
    /// An operation that names the type — in a fragment (`... on Order`) or a variable (`$o: OrderInput`) — no longer validates.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a: Int }
    ///
    /// type Order { id: ID! }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a: Int }
    /// ```
    id: "type-removed",
    effect: Narrows,
    level: Breaking,
    area: "types",
    summary: "A named type was removed.",
    keywords: ["type"],
    hint: "Deprecate the fields and arguments that use the type, wait until no operation names it, then remove it.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Type { name, pair } = el
        && let Some(t) = pair.removed()
    {
        cx.emit(
            el,
            format!(
                "The {} `{name}` was removed: operations that name it no longer validate.",
                model::kind_name(t)
            ),
        );
        cx.witness(Plan::UseType {
            side: Side::Old,
            ty: name.to_string(),
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
