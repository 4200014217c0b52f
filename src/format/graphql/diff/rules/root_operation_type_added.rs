//! Rule `root-operation-type-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// The schema gained a root operation type (mutations or subscriptions).
    ///
    /// ## Why it matters
    ///
    /// Clients may now send operations of that kind; nothing they sent before changes.
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
    /// type Query { a: Int }
    ///
    /// type Mutation { b: Int }
    /// ```
    id: "root-operation-type-added",
    effect: Widens,
    level: Safe,
    area: "schema",
    summary: "The schema gained a root operation type (mutations or subscriptions).",
    keywords: ["schema", "mutation", "subscription"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Schema = el {
        for ((op, a), (_, b)) in roots(cx.old).into_iter().zip(roots(cx.new)) {
            if let (None, Some(b)) = (a, b) {
                cx.emit(el, format!("The schema now has a {} root type, `{b}`.", op_name(op)));
                cx.witness(Plan::UseRoot { side: Side::New, op });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
