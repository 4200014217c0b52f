//! Rule `type-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A named type was added.
    ///
    /// ## Why it matters
    ///
    /// New operations may use the type; old operations are unaffected. Under `forward` it breaks: a new client using the type fails against the old server.
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
    /// type Order { id: ID! }
    /// ```
    id: "type-added",
    effect: Widens,
    level: Safe,
    area: "types",
    summary: "A named type was added.",
    keywords: ["type"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Type { name, pair } = el
        && let Some(t) = pair.added()
    {
        cx.emit(el, format!("The {} `{name}` was added.", model::kind_name(t)));
        cx.witness(Plan::UseType {
            side: Side::New,
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
