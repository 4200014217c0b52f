//! Rule `union-member-type-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A union gained a member type.
    ///
    /// ## Why it matters
    ///
    /// Old operations still validate, but fields of the union may now return objects of a type old clients have no fragment for.
    ///
    /// ## Example
    ///
    /// Old:
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
    ///
    /// New:
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
    id: "union-member-type-added",
    effect: Widens,
    level: Dangerous,
    area: "unions",
    direction: Response,
    summary: "A union gained a member type.",
    keywords: ["union"],
    hint: "Tell client teams first; clients should ignore `__typename`s they do not know.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::UnionMember { owner, member, pair } = el
        && pair.added().is_some()
    {
        cx.emit(
            el,
            format!(
                "`{member}` was added to the union `{owner}`: responses may now hold a type old clients do not expect."
            ),
        );
        cx.witness(Plan::TypenameResponse {
            abstract_type: owner.to_string(),
            member: member.to_string(),
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
