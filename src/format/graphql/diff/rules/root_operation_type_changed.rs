//! Rule `root-operation-type-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A root operation type is now another type.
    ///
    /// ## Why it matters
    ///
    /// Operations select fields of the root type: those the new root type lacks fail, and fragments on the old root type no longer apply.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// schema { query: Query }
    ///
    /// type Query { a: Int }
    ///
    /// type Root { b: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// schema { query: Root }
    ///
    /// type Query { a: Int }
    ///
    /// type Root { b: Int }
    /// ```
    id: "root-operation-type-changed",
    effect: Reshapes,
    level: Breaking,
    area: "schema",
    summary: "A root operation type is now another type.",
    keywords: ["schema", "query", "mutation", "subscription"],
    hint: "Keep the root type's name; move fields, not the root.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Schema = el {
        for ((op, a), (_, b)) in roots(cx.old).into_iter().zip(roots(cx.new)) {
            if let (Some(a), Some(b)) = (a, b)
                && a != b
            {
                cx.emit(
                    el,
                    format!("The {} root type changed from `{a}` to `{b}`.", op_name(op)),
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
