//! Rule `union-member-type-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A union lost a member type.
    ///
    /// ## Why it matters
    ///
    /// Operations that spread a fragment on the member inside a selection of the union no longer validate.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { search: Result }
    ///
    /// union Result = Order | User
    ///
    /// type Order { id: ID }
    ///
    /// type User { id: ID }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { search: Result }
    ///
    /// union Result = Order
    ///
    /// type Order { id: ID }
    ///
    /// type User { id: ID }
    /// ```
    id: "union-member-type-removed",
    effect: Narrows,
    level: Breaking,
    area: "unions",
    direction: Response,
    summary: "A union lost a member type.",
    keywords: ["union"],
    hint: "Stop returning the member first; remove it from the union once no client spreads a fragment on it there.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::UnionMember { owner, member, pair } = el
        && pair.removed().is_some()
    {
        cx.emit(
            el,
            format!("`{member}` was removed from the union `{owner}`: fragments on `{member}` inside `{owner}` no longer validate."),
        );
        cx.witness(Plan::Spread {
            side: Side::Old,
            ty: owner.to_string(),
            on: member.to_string(),
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
