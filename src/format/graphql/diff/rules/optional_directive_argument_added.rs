//! Rule `optional-directive-argument-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A directive gained an optional argument.
    ///
    /// ## Why it matters
    ///
    /// Existing uses still validate; new uses that pass it fail against the old server (`forward`).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// directive @cached on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @cached(ttl: Int) on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    id: "optional-directive-argument-added",
    effect: Widens,
    level: Safe,
    area: "directives",
    direction: Request,
    summary: "A directive gained an optional argument.",
    keywords: ["directive", "argument"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument {
        owner: ArgOwner::Directive(d),
        name,
        pair,
    } = el
        && let Some(a) = pair.added()
        && !required(a)
    {
        cx.emit(el, format!("Optional argument `{name}: {}` was added to `@{d}`.", a.ty));
        cx.witness(Plan::PassArgument {
            side: Side::New,
            owner: owner_ref(el),
            arg: name.to_string(),
            value: ArgValue::Sample,
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
