//! Rule `root-operation-type-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// The schema lost a root operation type.
    ///
    /// ## Why it matters
    ///
    /// Every operation of that kind (every mutation, every subscription) stops validating.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a: Int }
    ///
    /// type Mutation { b: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a: Int }
    /// ```
    id: "root-operation-type-removed",
    effect: Narrows,
    level: Breaking,
    area: "schema",
    summary: "The schema lost a root operation type.",
    keywords: ["schema", "mutation", "subscription"],
    hint: "Keep the root type until no client sends operations of that kind.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Schema = el {
        for ((op, a), (_, b)) in roots(cx.old).into_iter().zip(roots(cx.new)) {
            if let (Some(a), None) = (a, b) {
                cx.emit(
                    el,
                    format!(
                        "The {} root type `{a}` was removed: every {} fails.",
                        op_name(op),
                        op_name(op)
                    ),
                );
                cx.witness(Plan::UseRoot { side: Side::Old, op });
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
